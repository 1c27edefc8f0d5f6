-- int_page_views_pages: page views per site, page, section and calendar month, with the month's fiscal year. Both
--   the monthly section totals and the top pages are summed from it, so the page-view history is read once
--   for both rather than once for each.
-- grain: site × page_path × section × month
-- inputs: stg_page_views
SELECT fiscal_year,
       site,
       page_path,
       section,
       year(view_date)             AS calendar_year,
       month(view_date)            AS month_number,
       max(site_name)              AS site_name,
       max(page_title)             AS page_title,
       CAST(sum(views) AS BIGINT)  AS views
FROM stg_page_views
GROUP BY fiscal_year, site, page_path, section, year(view_date), month(view_date)
