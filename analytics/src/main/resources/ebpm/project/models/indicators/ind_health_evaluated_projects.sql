-- ind_health_evaluated_projects: number of health projects evaluated, per municipality and prefecture-wide.
-- grain: area_code × breakdown (全体) × fiscal year (prefecture-wide: area = project_vars.prefecture_code)
-- inputs: int_health_evaluations
SELECT municipality_code              AS area_code,
       '全体'                         AS breakdown,
       'FY'                           AS period_type,
       CAST(fiscal_year AS STRING)    AS period,
       CAST(count(*) AS DOUBLE)       AS value
FROM int_health_evaluations
GROUP BY fiscal_year, municipality_code
UNION ALL
SELECT (SELECT prefecture_code FROM project_vars), '全体', 'FY', CAST(fiscal_year AS STRING), CAST(count(*) AS DOUBLE)
FROM int_health_evaluations
GROUP BY fiscal_year
