-- int_page_views_monthly: page views per site, section and calendar month (YYYY-MM), with the fiscal year the
--   month belongs to.
-- grain: site × section × month
-- inputs: stg_page_views
WITH dated AS (
    SELECT fiscal_year, site, site_name, section, page_path, views,
           CAST(year(view_date) AS VARCHAR) || '-' || lpad(CAST(month(view_date) AS VARCHAR), 2, '0') AS month
    FROM stg_page_views
)
SELECT fiscal_year,
       site,
       max(site_name)                 AS site_name,
       section,
       month,
       CAST(sum(views) AS BIGINT)     AS views,
       count(DISTINCT page_path)      AS pages
FROM dated
GROUP BY fiscal_year, site, section, month
