-- int_page_views_pages: page views per site, page and calendar month, with the month's fiscal year. Both the
--   monthly section totals and the top pages are summed from it, so the page-view history is read once for both
--   rather than once for each. It holds no section: sections come from the seeds (int_page_sections), so that a
--   changed seed re-sections every month without recomputing this model.
-- grain: site × page_path × month
-- inputs: stg_page_views
-- Summed per title first, so that the greatest title is taken over the per-title rows, not over every day's row:
-- Spark sorts all rows it aggregates to take the greatest of a text, where it hashes them to sum them.
WITH by_title AS (
    SELECT fiscal_year, site, page_path, page_title,
           year(view_date)  AS calendar_year,
           month(view_date) AS month_number,
           sum(views)       AS views
    FROM stg_page_views
    GROUP BY fiscal_year, site, page_path, page_title, year(view_date), month(view_date)
)
SELECT fiscal_year,
       site,
       page_path,
       calendar_year,
       month_number,
       max(page_title)             AS page_title,
       CAST(sum(views) AS BIGINT)  AS views
FROM by_title
GROUP BY fiscal_year, site, page_path, calendar_year, month_number
