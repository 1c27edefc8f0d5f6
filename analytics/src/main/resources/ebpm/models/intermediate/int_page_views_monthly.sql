-- int_page_views_monthly: page views per site, section and calendar month (YYYY-MM), with the fiscal year the
--   month belongs to. Grouped by the month's numbers first, so the text is made once per month, not per row.
-- grain: site × section × month
-- inputs: stg_page_views
WITH by_month AS (
    SELECT fiscal_year, site, section,
           year(view_date)    AS calendar_year,
           month(view_date)   AS month_number,
           max(site_name)     AS site_name,
           sum(views)         AS views
    FROM stg_page_views
    GROUP BY fiscal_year, site, section, year(view_date), month(view_date)
)
SELECT fiscal_year,
       site,
       site_name,
       section,
       CAST(calendar_year AS STRING) || '-' || lpad(CAST(month_number AS STRING), 2, '0') AS month,
       CAST(views AS BIGINT)                                                              AS views
FROM by_month
