-- held_keys: the keys more than one file holds (file_keys: one row per file × key, from the source's
--   keys/<table>.sql; its rows without row_key count keys their file holds alone), with every file that holds each,
--   in order of arrival (file_arrivals). A key one file alone holds was added by it and needs no comparing: leaving
--   those out keeps this small when millions of keys are new.
-- grain: row_key × source_checksum; inputs: file_keys, file_arrivals, night_files
WITH shared AS (
    SELECT row_key
    FROM file_keys
    WHERE row_key IS NOT NULL
    GROUP BY row_key
    HAVING count(*) > 1
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
JOIN file_arrivals a ON a.source_checksum = k.source_checksum
WHERE k.row_key IN (SELECT row_key FROM shared)
