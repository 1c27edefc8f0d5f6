-- held_keys: every key tonight's files hold, with every file that holds it (file_keys: one row per file × key, from
--   the source's keys/<table>.sql), each file numbered in the order of arrival the staging models use:
--   ingested_at (first seen by ebpm), then source_modified_at (NULL, from lake files written before ebpm kept it,
--   counts as the earliest), then the file name only where both are equal.
-- grain: row_key × source_checksum
WITH files AS (
    SELECT source_checksum, max(source_file) AS source_file, max(ingested_at) AS ingested_at,
           max(source_modified_at) AS source_modified_at
    FROM file_keys
    GROUP BY source_checksum
),
arrivals AS (
    SELECT files.*,
           row_number() OVER (ORDER BY ingested_at, source_modified_at NULLS FIRST, source_file,
                                       source_checksum) AS arrival
    FROM files
)
SELECT k.row_key, k.scope, k.row_value, k.source_checksum, a.source_file, a.ingested_at, a.source_modified_at,
       a.arrival,
       k.source_checksum IN (SELECT source_checksum FROM night_files)              AS tonight,
       min(a.arrival) OVER (PARTITION BY k.row_key)                               AS first_arrival,
       max(a.arrival) OVER (PARTITION BY k.row_key)                               AS last_arrival,
       -- the file whose row counts: the lowest precedence (a 確報 before a 速報), then the one that arrived last
       first_value(k.source_checksum) OVER (PARTITION BY k.row_key
                                            ORDER BY k.precedence, a.arrival DESC) AS winner
FROM file_keys k
JOIN arrivals a ON a.source_checksum = k.source_checksum
