-- tourism-pageviews-trend: each tourism web site's monthly page views with the 12-month moving average (the month
--   and the 11 before it; empty until 12 consecutive months have data), which evens out the seasons.
-- grain: one row per site × month of the fiscal year
-- inputs: params(fy, site), int_page_views_monthly
WITH site_months AS (
    SELECT fiscal_year, site, max(site_name) AS site_name, month, sum(views) AS views,
           CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) AS month_index
    FROM int_page_views_monthly
    GROUP BY fiscal_year, site, month
),
averaged AS (
    SELECT s.*,
           avg(views) OVER last_12 AS average_12,
           count(*) OVER last_12   AS months_12
    FROM site_months s
    WINDOW last_12 AS (PARTITION BY site ORDER BY month_index RANGE BETWEEN 11 PRECEDING AND CURRENT ROW)
)
SELECT CAST(fiscal_year AS BIGINT)                                   AS "年度",
       month                                                         AS "年月",
       site_name                                                     AS "サイト",
       CAST(views AS BIGINT)                                         AS "表示回数",
       CASE WHEN months_12 = 12 THEN round(average_12, 0) END        AS "12か月移動平均"
FROM averaged
WHERE fiscal_year = (SELECT fy FROM params)
  AND ((SELECT site FROM params) IS NULL OR site = (SELECT site FROM params))
ORDER BY site, month
