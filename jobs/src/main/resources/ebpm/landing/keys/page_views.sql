-- The key a page-view row replaces: site × day × page path, as stg_page_views keys it (rows of one file with one
--   key, a title changed during the day, add up). A file stands for the keys it holds only. Only the days
--   tonight's files cover are read, so the work grows with tonight's files, not with the lake.
-- One row per file × key; inputs: src_page_views (the partitions tonight's files wrote), night_files
WITH night_days AS (
    SELECT DISTINCT site, view_date
    FROM src_page_views
    WHERE source_checksum IN (SELECT source_checksum FROM night_files)
)
SELECT p.source_checksum,
       CAST(NULL AS VARCHAR)     AS scope,
       p.site || ' ' || CAST(p.view_date AS VARCHAR) || ' ' || p.page_path AS row_key,
       sum(p.views) || ' views' || coalesce(', ' || sum(p.active_users) || ' active users', '') AS row_value,
       0                         AS precedence
FROM src_page_views p
JOIN night_days d ON d.site = p.site AND d.view_date = p.view_date
GROUP BY p.source_checksum, p.site, p.view_date, p.page_path
