-- ind_tourism_inbound_monthly_average: the inbound site's page views per month on average over a fiscal year
--   (the year's views ÷ the months with data, 12 for a complete year), the outcome indicator (2) of the measure
--   ウェブサイトを活用した神奈川の観光情報の発信. The target is the one the measure sheet of the same fiscal year
--   sets for 月平均PV数 (none for a year without a landed sheet).
-- grain: area_code × breakdown × fiscal year (prefecture-wide: area = project_vars.prefecture_code; breakdown: the site id)
-- inputs: int_page_views_monthly, stg_measures
WITH actual AS (
    SELECT fiscal_year, sum(views) AS views, count(DISTINCT month) AS months
    FROM int_page_views_monthly
    WHERE site = 'inbound'
    GROUP BY fiscal_year
),
targets AS (
    SELECT fiscal_year, max(target_value) AS target
    FROM stg_measures
    WHERE measure_name = 'ウェブサイトを活用した神奈川の観光情報の発信'
      AND indicator_text = '月平均PV数' AND target_unit = 'PV'
    GROUP BY fiscal_year
)
SELECT (SELECT prefecture_code FROM project_vars)                                  AS area_code,
       'inbound'                                 AS breakdown,
       'FY'                                      AS period_type,
       CAST(a.fiscal_year AS STRING)            AS period,
       CAST(a.views AS DOUBLE) / a.months        AS value,
       t.target                                  AS target
FROM actual a
LEFT JOIN targets t ON t.fiscal_year = a.fiscal_year
