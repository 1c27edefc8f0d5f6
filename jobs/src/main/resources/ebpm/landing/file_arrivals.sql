-- file_arrivals: every file with rows in the partitions tonight's files wrote, numbered in the order of arrival the
--   staging models use: ingested_at (first seen by ebpm), then source_modified_at (NULL, from lake files written
--   before ebpm kept it, counts as the earliest), then the file name only where both are equal.
-- grain: source_checksum; inputs: lake_rows (those partitions' rows)
WITH files AS (
    SELECT source_checksum, max(source_file) AS source_file, max(ingested_at) AS ingested_at,
           max(source_modified_at) AS source_modified_at
    FROM lake_rows
    GROUP BY source_checksum
)
SELECT files.*,
       row_number() OVER (ORDER BY ingested_at, source_modified_at NULLS FIRST, source_file,
                                   source_checksum) AS arrival
FROM files
