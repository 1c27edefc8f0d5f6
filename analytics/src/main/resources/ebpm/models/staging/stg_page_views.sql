-- stg_page_views: page views per site, day and page, each key taken from the newest landed file that holds it:
--   a GA4 re-export that overlaps earlier files replaces their rows for the keys it has, so nothing is counted
--   twice. Within one file, rows of the same key (a page whose title changed during the day) are added up first.
--   Newest = ingested last; files of one night are ordered by name. Earlier files stay in the lake.
-- grain: site × view_date × page_path
-- inputs: src_page_views (lake/page_views)
WITH per_file AS (
    SELECT fiscal_year, site, view_date, page_path, source_checksum,
           max(site_name)     AS site_name,
           max(section)       AS section,
           max(page_title)    AS page_title,
           sum(views)         AS views,
           sum(active_users)  AS active_users,
           max(ingested_at)   AS ingested_at,
           max(source_file)   AS source_file
    FROM src_page_views
    GROUP BY fiscal_year, site, view_date, page_path, source_checksum
),
ranked AS (
    SELECT per_file.*,
           row_number() OVER (PARTITION BY site, view_date, page_path
                              ORDER BY ingested_at DESC, source_file DESC, source_checksum DESC) AS newest_first
    FROM per_file
)
SELECT fiscal_year,
       site,
       site_name,
       view_date,
       page_path,
       page_title,
       section,
       CAST(views AS BIGINT)         AS views,
       CAST(active_users AS BIGINT)  AS active_users,
       source_file,
       source_checksum
FROM ranked
WHERE newest_first = 1
