-- health-evaluations: every health-project evaluation of a fiscal year (optionally one municipality's): eligible
--   people and participants, the participation rate against the previous year's rate for the same municipality
--   and project (増減 empty where that year is missing), the outcome indicator before and after, and the
--   improvement (改善幅: positive = better, in the indicator's unit), beside the indicator's name and unit; the
--   three values print with the indicator's decimals (seed_outcome_indicators.decimals, returned as 小数桁, which
--   the YAML's decimals_from uses and no format shows).
-- grain: one row per municipality × project
-- inputs: params(fy, municipality), int_health_evaluations, indicator_value (health_participation_rate),
--   seed_outcome_indicators
WITH rates AS (
    SELECT area_code, breakdown, period, value
    FROM indicator_value
    WHERE indicator_code = 'health_participation_rate' AND period_type = 'FY'
)
SELECT CAST(e.fiscal_year AS BIGINT)                            AS "年度",
       e.municipality_code                                      AS "市町村コード",
       e.municipality_name                                      AS "市町村名",
       e.project_name                                           AS "事業名",
       CAST(e.eligible AS BIGINT)                               AS "対象者数",
       CAST(e.participants AS BIGINT)                           AS "参加者数",
       round(r.value, 1)                                        AS "参加率(%)",
       round(p.value, 1)                                        AS "前年度参加率(%)",
       round(r.value, 1) - round(p.value, 1)                    AS "増減(pt)",
       e.outcome_indicator                                      AS "評価指標",
       coalesce(e.outcome_unit, o.unit)                         AS "単位",
       e.value_before                                           AS "事業前値",
       e.value_after                                            AS "事業後値",
       round(e.improvement, 4)                                  AS "改善幅",
       CASE WHEN e.prefecture_supported THEN '有' ELSE '無' END AS "県評価支援",
       o.decimals                                               AS "小数桁"
FROM int_health_evaluations e
LEFT JOIN seed_outcome_indicators o ON o.name = e.outcome_indicator
LEFT JOIN rates r
  ON r.area_code = e.municipality_code AND r.breakdown = e.project_name
 AND r.period = CAST(e.fiscal_year AS VARCHAR)
LEFT JOIN rates p
  ON p.area_code = e.municipality_code AND p.breakdown = e.project_name
 AND p.period = CAST(e.fiscal_year - 1 AS VARCHAR)
WHERE e.fiscal_year = (SELECT fy FROM params)
  AND ((SELECT municipality FROM params) IS NULL OR e.municipality_code = (SELECT municipality FROM params))
ORDER BY e.municipality_code, e.project_name
