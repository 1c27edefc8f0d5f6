-- int_page_views_monthly: page views per site, section and calendar month (YYYY-MM), with the fiscal year the
--   month belongs to. Grouped by the month's numbers first, so the text is made once per month, not per row.
-- grain: site × section × month
-- inputs: int_page_views_pages, int_page_sections
WITH by_month AS (
    SELECT v.fiscal_year, v.site, s.section, v.calendar_year, v.month_number,
           max(s.site_name)   AS site_name,
           sum(v.views)       AS views
    FROM int_page_views_pages v
    JOIN int_page_sections s ON s.site = v.site AND s.page_path = v.page_path
    GROUP BY v.fiscal_year, v.site, s.section, v.calendar_year, v.month_number
)
SELECT fiscal_year,
       site,
       site_name,
       section,
       CAST(calendar_year AS STRING) || '-' || lpad(CAST(month_number AS STRING), 2, '0') AS month,
       CAST(views AS BIGINT)                                                              AS views
FROM by_month
