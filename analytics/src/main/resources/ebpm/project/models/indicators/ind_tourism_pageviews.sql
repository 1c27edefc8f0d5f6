-- ind_tourism_pageviews: monthly page views of each tourism web site, per section and in total.
--   breakdown: '<site-id>:<section>', and '<site-id>:合計' for the whole site.
-- grain: area_code × breakdown × month (prefecture-wide: area = project_vars.prefecture_code)
-- inputs: int_page_views_monthly
WITH by_section AS (
    SELECT site || ':' || section AS breakdown, month, views
    FROM int_page_views_monthly
),
by_site AS (
    SELECT site || ':合計' AS breakdown, month, sum(views) AS views
    FROM int_page_views_monthly
    GROUP BY site, month
)
SELECT (SELECT prefecture_code FROM project_vars) AS area_code, breakdown, 'MONTH' AS period_type, month AS period, CAST(views AS DOUBLE) AS value
FROM by_section
UNION ALL
SELECT (SELECT prefecture_code FROM project_vars), breakdown, 'MONTH', month, CAST(views AS DOUBLE)
FROM by_site
