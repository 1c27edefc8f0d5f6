-- tourism-pageviews: monthly page views of the tourism web sites per section, with a 合計 row per site and month,
--   against the same month of the previous year (前年同月比 = change in percent; empty where that month has no data).
-- grain: one row per site × section × month of the fiscal year, and one per site × month (セクション = 合計)
-- inputs: params(fy, site), int_page_views_monthly
WITH monthly AS (
    SELECT fiscal_year, site, site_name, section, month, views
    FROM int_page_views_monthly
    UNION ALL
    SELECT fiscal_year, site, max(site_name), '合計', month, sum(views)
    FROM int_page_views_monthly
    GROUP BY fiscal_year, site, month
),
compared AS (
    SELECT m.*, p.views AS previous_views
    FROM monthly m
    LEFT JOIN monthly p
      ON p.site = m.site AND p.section = m.section
     AND p.month = CAST(CAST(substr(m.month, 1, 4) AS INTEGER) - 1 AS VARCHAR) || substr(m.month, 5)
)
SELECT CAST(fiscal_year AS BIGINT)                                          AS "年度",
       month                                                                AS "年月",
       site_name                                                            AS "サイト",
       section                                                              AS "セクション",
       CAST(views AS BIGINT)                                                AS "表示回数",
       CAST(previous_views AS BIGINT)                                       AS "前年同月表示回数",
       round(100.0 * (views - previous_views) / nullif(previous_views, 0), 1) AS "前年同月比(%)"
FROM compared
WHERE fiscal_year = (SELECT fy FROM params)
  AND ((SELECT site FROM params) IS NULL OR site = (SELECT site FROM params))
ORDER BY site, month,
         CASE section WHEN '合計' THEN 2 WHEN 'その他' THEN 1 ELSE 0 END, section
