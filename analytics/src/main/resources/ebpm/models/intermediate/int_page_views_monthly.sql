-- int_page_views_monthly: page views per site, section and calendar month (YYYY-MM), with the fiscal year the
--   month belongs to. Grouped by the month's numbers first, so the text is made once per month, not per row.
-- grain: site × section × month
-- inputs: int_page_views_pages
WITH by_month AS (
    SELECT fiscal_year, site, section, calendar_year, month_number,
           max(site_name)     AS site_name,
           sum(views)         AS views
    FROM int_page_views_pages
    GROUP BY fiscal_year, site, section, calendar_year, month_number
)
SELECT fiscal_year,
       site,
       site_name,
       section,
       CAST(calendar_year AS STRING) || '-' || lpad(CAST(month_number AS STRING), 2, '0') AS month,
       CAST(views AS BIGINT)                                                              AS views
FROM by_month
