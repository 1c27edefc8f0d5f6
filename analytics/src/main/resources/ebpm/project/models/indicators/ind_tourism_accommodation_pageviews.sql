-- ind_tourism_accommodation_pageviews: page views of the accommodation pages (section 宿泊施設紹介) of
--   観光かながわNOW (site kanagawa-now) per fiscal year, the outcome indicator (1) of the measure
--   ウェブサイトを活用した神奈川の観光情報の発信. The target is the one the measure sheet of the same fiscal year
--   sets for 宿泊施設紹介ページPV数 (none for a year without a landed sheet).
-- grain: area_code × breakdown × fiscal year (prefecture-wide: area = project_vars.prefecture_code; breakdown: the site id)
-- inputs: int_page_views_monthly, stg_measures
WITH actual AS (
    SELECT fiscal_year, sum(views) AS views
    FROM int_page_views_monthly
    WHERE site = 'kanagawa-now' AND section = '宿泊施設紹介'
    GROUP BY fiscal_year
),
targets AS (
    SELECT fiscal_year, max(target_value) AS target
    FROM stg_measures
    WHERE measure_name = 'ウェブサイトを活用した神奈川の観光情報の発信'
      AND indicator_text = '宿泊施設紹介ページPV数' AND target_unit = 'PV'
    GROUP BY fiscal_year
)
SELECT (SELECT prefecture_code FROM project_vars)                          AS area_code,
       'kanagawa-now'                    AS breakdown,
       'FY'                              AS period_type,
       CAST(a.fiscal_year AS STRING)    AS period,
       CAST(a.views AS DOUBLE)           AS value,
       t.target                          AS target
FROM actual a
LEFT JOIN targets t ON t.fiscal_year = a.fiscal_year
