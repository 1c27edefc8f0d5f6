-- health-support-summary: per fiscal year (all years, or the one asked for), the evaluations the prefecture
--   supported against its target, the projects evaluated, and whether supported projects improved more: the mean
--   improvement rate (改善率) of supported and unsupported projects, the difference and its 95% confidence interval
--   by Welch's t method (computed in int_health_support_effect), with a reading of the interval.
-- grain: one row per fiscal year
-- inputs: params(fy), indicator_value (health_evaluated_projects, health_supported_evaluations),
--   int_health_support_effect
WITH counts AS (
    SELECT period,
           max(CASE WHEN indicator_code = 'health_evaluated_projects' THEN value END)     AS projects,
           max(CASE WHEN indicator_code = 'health_supported_evaluations' THEN value END)  AS supported,
           max(CASE WHEN indicator_code = 'health_supported_evaluations' THEN target END) AS target
    FROM indicator_value
    WHERE indicator_code IN ('health_evaluated_projects', 'health_supported_evaluations')
      AND area_code = (SELECT prefecture_code FROM project_vars) AND breakdown = '全体' AND period_type = 'FY'
    GROUP BY period
)
SELECT CAST(e.fiscal_year AS BIGINT)                          AS "年度",
       CAST(c.projects AS BIGINT)                             AS "評価事業数",
       CAST(c.supported AS BIGINT)                            AS "県評価支援(件)",
       CAST(c.target AS BIGINT)                               AS "目標(件)",
       CAST(e.supported_n AS BIGINT)                          AS "支援あり(件)",
       CAST(e.unsupported_n AS BIGINT)                        AS "支援なし(件)",
       e.supported_mean                                       AS "支援あり平均改善率(%)",
       e.unsupported_mean                                     AS "支援なし平均改善率(%)",
       e.difference                                           AS "差(pt)",
       e.ci_lower                                             AS "95%信頼区間下限(pt)",
       e.ci_upper                                             AS "95%信頼区間上限(pt)",
       e.welch_df                                             AS "自由度",
       CASE WHEN e.ci_lower IS NULL THEN '判定できない（各群に改善率が2件以上必要）'
            WHEN e.ci_lower > 0 THEN '支援ありの改善が大きい（区間が0を含まない）'
            WHEN e.ci_upper < 0 THEN '支援なしの改善が大きい（区間が0を含まない）'
            ELSE '差ははっきりしない（区間が0を含む）' END   AS "判定"
FROM int_health_support_effect e
LEFT JOIN counts c ON c.period = CAST(e.fiscal_year AS VARCHAR)
WHERE (SELECT fy FROM params) IS NULL OR e.fiscal_year = (SELECT fy FROM params)
ORDER BY e.fiscal_year
