-- file_effects: what each of tonight's files did to its source's keys, against the files that arrived before it:
--   keys it replaced (an earlier file held them), keys it added (none did), keys a file arriving after it holds
--   (a file read again tonight keeps its first arrival), and, for a file standing for a whole scope (a measure
--   sheet's fiscal year), the keys of that scope earlier files hold that it leaves as they were.
-- grain: source_checksum; inputs: held_keys
WITH tonight AS (
    SELECT source_checksum, min(scope) AS scope, min(arrival) AS arrival,
           count(*)                                       AS keys,
           count(*) FILTER (WHERE first_arrival < arrival) AS replaced,
           count(*) FILTER (WHERE last_arrival > arrival)  AS superseded
    FROM held_keys
    WHERE tonight
    GROUP BY source_checksum
),
scope_keys AS (
    SELECT DISTINCT scope, row_key, first_arrival FROM held_keys WHERE scope IS NOT NULL
)
SELECT t.source_checksum, t.scope, t.keys - t.replaced AS added, t.replaced, t.superseded,
       CASE WHEN t.scope IS NULL THEN NULL
            ELSE (SELECT count(*) FROM scope_keys s WHERE s.scope = t.scope AND s.first_arrival < t.arrival)
                 - t.replaced
       END AS left_as_they_were
FROM tonight t
ORDER BY t.arrival
