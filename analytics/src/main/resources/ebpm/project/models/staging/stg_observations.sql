-- stg_observations: published observations, one per key: a final figure (確報) supersedes a preliminary one
--   (速報), and among equals the file that arrived last wins. Earlier versions stay in the lake.
--   Order of arrival (the same in every staging model): ingested_at (when ebpm first saw the file), then
--   source_modified_at (the landing file's modification time; NULL in lake files written before ebpm kept it,
--   which count as the earliest), then, only where both are equal, the file name.
-- grain: indicator_code × area_code × breakdown × period_type × period
-- inputs: src_observations (lake/observations), withdrawn_observations (ebpm withdraw)
WITH ranked AS (
    SELECT o.*,
           row_number() OVER (PARTITION BY indicator_code, area_code, breakdown, period_type, period
                              ORDER BY CASE WHEN status = '確報' THEN 0 ELSE 1 END,
                                       ingested_at DESC, source_modified_at DESC NULLS LAST,
                                       source_file DESC, source_line DESC) AS newest_first
    FROM src_observations o
    -- Withdrawn files (ebpm withdraw) leave the figures; the lake keeps their rows.
    WHERE NOT EXISTS (SELECT 1 FROM withdrawn_observations w WHERE w.source_checksum = o.source_checksum)
)
SELECT indicator_code, area_code, breakdown, period_type, period, value, unit, value_text, status, source,
       source_file, source_checksum, source_line
FROM ranked
WHERE newest_first = 1
