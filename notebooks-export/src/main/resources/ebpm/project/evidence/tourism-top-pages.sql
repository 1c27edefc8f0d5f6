-- tourism-top-pages: the most viewed pages of each tourism web site in a fiscal year (as many as top_pages in
--   ebpm_project.yml, 10 by default), with their share of the site's views that year.
-- grain: one row per site × rank (1..top_pages) of the fiscal year
-- inputs: params(fy, site), int_page_views_pages, int_page_sections, project_vars
WITH pages AS (
    SELECT v.fiscal_year, v.site, max(s.site_name) AS site_name, v.page_path, max(v.page_title) AS page_title,
           max(s.section) AS section, sum(v.views) AS views
    FROM int_page_views_pages v
    JOIN int_page_sections s ON s.site = v.site AND s.page_path = v.page_path
    WHERE v.fiscal_year = (SELECT fy FROM params)
      AND ((SELECT site FROM params) IS NULL OR v.site = (SELECT site FROM params))
    GROUP BY v.fiscal_year, v.site, v.page_path
),
ranked AS (
    SELECT pages.*,
           row_number() OVER (PARTITION BY site ORDER BY views DESC, page_path) AS page_rank,
           sum(views) OVER (PARTITION BY site)                                AS site_views
    FROM pages
)
SELECT CAST(fiscal_year AS BIGINT)                            AS "年度",
       site_name                                              AS "サイト",
       CAST(page_rank AS BIGINT)                              AS "順位",
       page_path                                              AS "ページ",
       coalesce(page_title, '')                               AS "タイトル",
       section                                                AS "セクション",
       CAST(views AS BIGINT)                                  AS "表示回数",
       round(100.0 * views / site_views, 1)                   AS "構成比(%)"
FROM ranked
WHERE page_rank <= (SELECT top_pages FROM project_vars)
ORDER BY site, page_rank
