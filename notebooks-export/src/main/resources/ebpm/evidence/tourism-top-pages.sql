-- tourism-top-pages: the ten most viewed pages of each tourism web site in a fiscal year, with their share of the
--   site's views that year.
-- grain: one row per site × rank (1..10) of the fiscal year
-- inputs: params(fy, site), int_page_views_pages
WITH pages AS (
    SELECT fiscal_year, site, max(site_name) AS site_name, page_path, max(page_title) AS page_title,
           max(section) AS section, sum(views) AS views
    FROM int_page_views_pages
    WHERE fiscal_year = (SELECT fy FROM params)
      AND ((SELECT site FROM params) IS NULL OR site = (SELECT site FROM params))
    GROUP BY fiscal_year, site, page_path
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
WHERE page_rank <= 10
ORDER BY site, page_rank
