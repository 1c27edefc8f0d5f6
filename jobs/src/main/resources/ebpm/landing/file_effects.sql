-- file_effects: what each of tonight's files did to its source's keys, against the files that arrived before it:
--   keys it replaced (an earlier file held them), keys it added (none did), keys a file arriving after it holds
--   (a file read again tonight keeps its first arrival), and, for a file standing for a whole scope (a measure
--   sheet's fiscal year), the keys of that scope earlier files hold that it leaves as they were. Keys held by one
--   file only are counted from file_keys (a row without row_key stands for `keys` such keys); only the shared ones
--   (held_keys) are compared.
-- grain: source_checksum; inputs: file_keys, file_arrivals, held_keys, night_files
WITH tonight AS (
    SELECT source_checksum, min(scope) AS scope, sum(keys) AS keys
    FROM file_keys
    WHERE source_checksum IN (SELECT source_checksum FROM night_files)
    GROUP BY source_checksum
),
compared AS (
    SELECT source_checksum,
           count(*) FILTER (WHERE first_arrival < arrival) AS replaced,
           count(*) FILTER (WHERE last_arrival > arrival)  AS superseded
    FROM held_keys
    WHERE tonight
    GROUP BY source_checksum
),
scope_keys AS (
    SELECT k.scope, k.row_key, min(a.arrival) AS first_arrival
    FROM file_keys k
    JOIN file_arrivals a ON a.source_checksum = k.source_checksum
    WHERE k.scope IS NOT NULL AND k.row_key IS NOT NULL
    GROUP BY k.scope, k.row_key
)
SELECT t.source_checksum, t.scope, t.keys - coalesce(c.replaced, 0) AS added, coalesce(c.replaced, 0) AS replaced,
       coalesce(c.superseded, 0) AS superseded,
       CASE WHEN t.scope IS NULL THEN NULL
            ELSE (SELECT count(*) FROM scope_keys s WHERE s.scope = t.scope AND s.first_arrival < a.arrival)
                 - coalesce(c.replaced, 0)
       END AS left_as_they_were
FROM tonight t
JOIN file_arrivals a ON a.source_checksum = t.source_checksum
LEFT JOIN compared c ON c.source_checksum = t.source_checksum
ORDER BY a.arrival
