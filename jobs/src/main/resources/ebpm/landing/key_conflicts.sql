-- key_conflicts: keys that two or more of tonight's files state with different values, grouped by the files
--   involved and the file that won, with the number of keys and the first of them as an example. Only keys held
--   by more than one of tonight's files are looked at.
-- grain: files × winner; inputs: held_keys
WITH shared AS (
    SELECT row_key
    FROM held_keys
    WHERE tonight
    GROUP BY row_key
    HAVING count(*) > 1 AND count(DISTINCT row_value) > 1
),
per_key AS (
    SELECT h.row_key,
           string_agg(h.source_file, ' | ' ORDER BY h.arrival) FILTER (WHERE h.tonight) AS files,
           any_value(h.winner)                                                           AS winner,
           -- the winner did not arrive last where a precedence decided (a 確報 over a later 速報)
           max(h.arrival) FILTER (WHERE h.source_checksum = h.winner) < max(h.last_arrival) AS by_precedence
    FROM held_keys h
    JOIN shared s ON s.row_key = h.row_key
    GROUP BY h.row_key
)
SELECT p.files, w.source_file AS winner, w.source_modified_at, p.by_precedence,
       count(*) AS keys, min(p.row_key) AS example
FROM per_key p
JOIN (SELECT DISTINCT source_checksum, source_file, ingested_at, source_modified_at FROM held_keys) w
  ON w.source_checksum = p.winner
GROUP BY ALL
ORDER BY p.files, winner
