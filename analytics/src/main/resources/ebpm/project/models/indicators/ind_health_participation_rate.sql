-- ind_health_participation_rate: participants ÷ eligible people in percent, per municipality and project, and
--   prefecture-wide per project (all municipalities' participants ÷ all their eligible people).
-- grain: area_code × breakdown (project name) × fiscal year (prefecture-wide: area = project_vars.prefecture_code)
-- inputs: int_health_evaluations
SELECT municipality_code              AS area_code,
       project_name                   AS breakdown,
       'FY'                           AS period_type,
       CAST(fiscal_year AS STRING)    AS period,
       participation_rate             AS value
FROM int_health_evaluations
WHERE participation_rate IS NOT NULL
UNION ALL
SELECT (SELECT prefecture_code FROM project_vars),
       project_name,
       'FY',
       CAST(fiscal_year AS STRING),
       100 * CAST(sum(participants) AS DOUBLE) / nullif(sum(eligible), 0)
FROM int_health_evaluations
GROUP BY fiscal_year, project_name
HAVING sum(eligible) > 0
