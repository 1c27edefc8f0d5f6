-- ind_measure_achievement_rate: share of measures with an indicator that met or exceeded it,
--   (◎ + ○) ÷ (◎ + ○ + △) in percent. Years with a landed measure sheet are computed from it; other years
--   take the rate as published (e.g. FY2019, whose detail table is not available). value_status says which:
--   計算 for a computed rate, the 状態 it was published with for the others (速報, else 確報).
-- grain: area_code × breakdown × fiscal year (prefecture-wide: area = project_vars.prefecture_code)
-- inputs: int_measure_achievement, stg_observations
WITH computed AS (
    SELECT (SELECT prefecture_code FROM project_vars)                                           AS area_code,
           breakdown,
           'FY'                                               AS period_type,
           CAST(fiscal_year AS STRING)                        AS period,
           100 * CAST(exceeded + achieved AS DOUBLE) / measures AS value,
           '計算'                                             AS value_status
    FROM int_measure_achievement
),
published AS (
    SELECT area_code, breakdown, period_type, period, value,
           CASE WHEN status = '速報' THEN '速報' ELSE '確報' END AS value_status
    FROM stg_observations
    WHERE indicator_code = 'measure_achievement_rate'
)
SELECT * FROM computed
UNION ALL
SELECT p.*
FROM published p
WHERE NOT EXISTS (SELECT 1 FROM computed c
                  WHERE c.area_code = p.area_code AND c.breakdown = p.breakdown
                    AND c.period_type = p.period_type AND c.period = p.period)
