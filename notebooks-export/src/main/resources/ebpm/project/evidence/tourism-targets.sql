-- tourism-targets: the two outcome indicators of the measure ウェブサイトを活用した神奈川の観光情報の発信 per fiscal
--   year, computed from the GA4 exports, against the targets of that year's measure sheet, evaluated by the
--   inspection report's rule: ◎ above the target (目標を上回った), ○ at the target (達成), △ below it (未達成).
--   A 施策 row per year gives the measure's evaluation from its indicators (△ if any is △, ◎ if all are ◎, else
--   ○) beside the evaluation the measure sheet records.
-- grain: one row per fiscal year × indicator, and one per fiscal year for the measure (成果指標 = 施策全体)
-- inputs: params(fy), indicator_value, stg_measures
WITH indicators AS (
    SELECT CAST(period AS INTEGER) AS fiscal_year,
           CASE indicator_code WHEN 'tourism_accommodation_pageviews' THEN 1 ELSE 2 END AS indicator_no,
           CASE indicator_code WHEN 'tourism_accommodation_pageviews' THEN '(1) 宿泊施設紹介ページPV数（観光かながわNOW）'
                ELSE '(2) 月平均PV数（外国人観光客向けウェブサイト）' END AS indicator,
           value, target,
           CASE WHEN target IS NULL THEN NULL
                WHEN value > target THEN '◎'
                WHEN value = target THEN '○'
                ELSE '△' END AS evaluation
    FROM indicator_value
    WHERE indicator_code IN ('tourism_accommodation_pageviews', 'tourism_inbound_monthly_average')
      AND area_code = (SELECT prefecture_code FROM project_vars) AND period_type = 'FY'
),
recorded AS (
    SELECT fiscal_year, indicator_no, actual_text, evaluation
    FROM stg_measures
    WHERE measure_name = 'ウェブサイトを活用した神奈川の観光情報の発信'
),
measure AS (
    SELECT fiscal_year, 3 AS indicator_no, '施策全体' AS indicator, CAST(NULL AS DOUBLE) AS value,
           CAST(NULL AS DOUBLE) AS target,
           CASE WHEN count(*) FILTER (WHERE evaluation = '△') > 0 THEN '△'
                WHEN count(*) FILTER (WHERE evaluation = '◎') = count(*) THEN '◎'
                ELSE '○' END AS evaluation
    FROM indicators
    GROUP BY fiscal_year
    HAVING count(evaluation) = count(*)
),
table_rows AS (
    SELECT * FROM indicators
    UNION ALL
    SELECT * FROM measure
)
SELECT CAST(r.fiscal_year AS BIGINT)                           AS "年度",
       r.indicator                                             AS "成果指標",
       r.target                                                AS "目標(PV)",
       r.value                                                 AS "実績(PV)",
       round(100.0 * r.value / nullif(r.target, 0), 1)         AS "達成率(%)",
       coalesce(r.evaluation, '')                              AS "評価",
       coalesce(m.actual_text, '')                             AS "点検報告書の実績",
       coalesce(CASE WHEN r.indicator_no = 3 THEN s.evaluation END, '') AS "点検報告書の評価"
FROM table_rows r
LEFT JOIN recorded m ON m.fiscal_year = r.fiscal_year AND m.indicator_no = r.indicator_no
LEFT JOIN (SELECT DISTINCT fiscal_year, evaluation FROM recorded) s ON s.fiscal_year = r.fiscal_year
WHERE (SELECT fy FROM params) IS NULL OR r.fiscal_year = (SELECT fy FROM params)
ORDER BY r.fiscal_year, r.indicator_no
