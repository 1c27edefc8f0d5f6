-- The key a page-view row replaces: site × day × page path, as stg_page_views keys it (rows of one file with one
--   key, a title changed during the day, add up). A file stands for the keys it holds only. Only the days
--   tonight's files cover are read, so the work grows with tonight's files, not with the lake. Keys are listed only
--   on days more than one file covers: on a day one of tonight's files covers alone, each of its pages is a key it
--   added, so those are counted (one row per file, no row_key) rather than listed — a first night of ten million
--   rows lists none.
-- One row per file × listed key, and per file for its counted keys; inputs: src_page_views (the partitions
--   tonight's files wrote), night_files
WITH night_days AS (
    SELECT DISTINCT site, view_date
    FROM src_page_views
    WHERE source_checksum IN (SELECT source_checksum FROM night_files)
),
day_files AS (
    SELECT p.site, p.view_date, count(DISTINCT p.source_checksum) AS files
    FROM src_page_views p
    JOIN night_days d ON d.site = p.site AND d.view_date = p.view_date
    GROUP BY p.site, p.view_date
),
day_rows AS (
    SELECT p.*, d.files
    FROM src_page_views p
    JOIN day_files d ON d.site = p.site AND d.view_date = p.view_date
)
SELECT source_checksum,
       CAST(NULL AS VARCHAR)     AS scope,
       CAST(NULL AS VARCHAR)     AS row_key,
       CAST(NULL AS VARCHAR)     AS row_value,
       0                         AS precedence,
       count(DISTINCT (site, view_date, page_path)) AS keys
FROM day_rows
WHERE files = 1
GROUP BY source_checksum
UNION ALL
SELECT source_checksum,
       CAST(NULL AS VARCHAR)     AS scope,
       site || ' ' || CAST(view_date AS VARCHAR) || ' ' || page_path AS row_key,
       sum(views) || ' views' || coalesce(', ' || sum(active_users) || ' active users', '') AS row_value,
       0                         AS precedence,
       1                         AS keys
FROM day_rows
WHERE files > 1
GROUP BY source_checksum, site, view_date, page_path
