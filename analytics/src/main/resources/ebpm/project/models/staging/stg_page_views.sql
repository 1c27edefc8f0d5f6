-- stg_page_views: the GA4 page rows that count. Rows are keyed by site, day and page path: where several landed
--   files cover the same site and day (an overlapping re-export), each key is taken from the newest file that holds
--   it, so nothing is counted twice; earlier files stay in the lake. Newest = the file that arrived last. Days
--   covered by one file only (the usual case) are passed through without per-key work, so the cost stays with the
--   overlaps: the lake is joined once for the days of one file and once for the others, not once for both
--   (a relation both branches read, DuckDB materialises: all 100 million rows of a large lake, 26 s instead of 7).
--   A page whose title changed during a day keeps one row per title. The site's name
--   and the page's section are not here: int_page_sections joins them from the project's seeds.
--   Order of arrival (the same in every staging model): ingested_at (when ebpm first saw the file), then
--   source_modified_at (the landing file's modification time; NULL in lake files written before ebpm kept it,
--   which count as the earliest), then, only where both are equal, the file name.
-- grain: site × view_date × page_path × page_title
-- inputs: src_page_views (lake/page_views), withdrawn_page_views (ebpm withdraw)
WITH day_file_names AS (
    -- Grouped by the file's name too, and only then by content (day_files): Spark sorts every row it aggregates to
    -- take the greatest of a text, so that is done over these few thousand rows, not over the lake.
    SELECT site, view_date, source_checksum, source_file,
           max(ingested_at)        AS ingested_at,
           max(source_modified_at) AS source_modified_at
    FROM src_page_views p
    -- Withdrawn files (ebpm withdraw) leave the figures (the lake keeps them): an earlier export of the day counts again.
    WHERE NOT EXISTS (SELECT 1 FROM withdrawn_page_views w WHERE w.source_checksum = p.source_checksum)
    GROUP BY site, view_date, source_checksum, source_file
),
day_files AS (
    SELECT site, view_date, source_checksum,
           max(ingested_at)        AS ingested_at,
           max(source_modified_at) AS source_modified_at,
           max(source_file)        AS source_file
    FROM day_file_names
    GROUP BY site, view_date, source_checksum
),
ranked_day_files AS (
    SELECT site, view_date, source_checksum,
           row_number() OVER (PARTITION BY site, view_date
                              ORDER BY ingested_at DESC, source_modified_at DESC NULLS LAST,
                                       source_file DESC, source_checksum DESC)                 AS file_rank,
           count(*) OVER (PARTITION BY site, view_date)                                        AS files_that_day
    FROM day_files
),
overlapping AS (
    SELECT /*+ BROADCAST(f) */ p.fiscal_year, p.site, p.view_date, p.page_path, p.page_title, p.views, p.active_users,
           p.source_file, p.source_checksum, f.file_rank,
           min(f.file_rank) OVER (PARTITION BY p.site, p.view_date, p.page_path) AS newest_rank
    FROM src_page_views p
    JOIN ranked_day_files f
      ON f.site = p.site AND f.view_date = p.view_date AND f.source_checksum = p.source_checksum
    WHERE f.files_that_day > 1
)
-- The hints are comments to DuckDB. Spark, which cannot tell that the day files are a few thousand rows, would
-- otherwise shuffle the whole lake to join them.
SELECT /*+ BROADCAST(f) */ p.fiscal_year, p.site, p.view_date, p.page_path, p.page_title, p.views, p.active_users,
       p.source_file, p.source_checksum
FROM src_page_views p
JOIN ranked_day_files f
  ON f.site = p.site AND f.view_date = p.view_date AND f.source_checksum = p.source_checksum
WHERE f.files_that_day = 1
UNION ALL
SELECT fiscal_year, site, view_date, page_path, page_title, views, active_users,
       source_file, source_checksum
FROM overlapping
WHERE file_rank = newest_rank
