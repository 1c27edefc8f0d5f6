-- ind_health_outcome_improvement_rate: the improvement of a project's outcome indicator as a share of its value
--   before the project, in percent (positive = better), per municipality and project; prefecture-wide per project
--   the unweighted mean over the municipalities.
-- grain: area_code × breakdown (project name) × fiscal year (prefecture-wide: area = project_vars.prefecture_code)
-- inputs: int_health_evaluations
SELECT municipality_code              AS area_code,
       project_name                   AS breakdown,
       'FY'                           AS period_type,
       CAST(fiscal_year AS STRING)    AS period,
       improvement_rate               AS value
FROM int_health_evaluations
WHERE improvement_rate IS NOT NULL
UNION ALL
SELECT (SELECT prefecture_code FROM project_vars),
       project_name,
       'FY',
       CAST(fiscal_year AS STRING),
       avg(improvement_rate)
FROM int_health_evaluations
WHERE improvement_rate IS NOT NULL
GROUP BY fiscal_year, project_name
