-- ind_measures_exceeded: number of measures evaluated ◎.
-- grain: area_code × breakdown × fiscal year (prefecture-wide: area = project_vars.prefecture_code)
-- inputs: int_measure_achievement
SELECT (SELECT prefecture_code FROM project_vars)                      AS area_code,
       breakdown,
       'FY'                          AS period_type,
       CAST(fiscal_year AS STRING)   AS period,
       CAST(exceeded AS DOUBLE)          AS value
FROM int_measure_achievement
