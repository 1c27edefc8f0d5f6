-- stg_health_evaluations: the municipalities' health-project evaluations as landed, one row per fiscal year ×
--   municipality × project. A corrected re-submission (a file arriving later that states the same key) replaces
--   the earlier row; both stay in the lake, and the values computed from the earlier one stay in the indicator history.
--   Order of arrival (the same in every staging model): ingested_at (when ebpm first saw the file), then
--   source_modified_at (the landing file's modification time; NULL in lake files written before ebpm kept it,
--   which count as the earliest), then, only where both are equal, the file name.
-- grain: fiscal_year × municipality_code × project_name
-- inputs: src_health_evaluations (lake/health_evaluations), withdrawn_health_evaluations (ebpm withdraw)
WITH ranked AS (
    SELECT h.*,
           row_number() OVER (PARTITION BY fiscal_year, municipality_code, project_name
                              ORDER BY ingested_at DESC, source_modified_at DESC NULLS LAST,
                                       source_file DESC, source_line DESC) AS newest_first
    FROM src_health_evaluations h
    -- Withdrawn (ebpm withdraw): a whole file, or one key of a file; the lake keeps the rows, the figures leave them out.
    WHERE NOT EXISTS (SELECT 1 FROM withdrawn_health_evaluations w
                      WHERE w.source_checksum = h.source_checksum
                        AND (w.fiscal_year IS NULL
                             OR (w.fiscal_year = h.fiscal_year AND w.municipality_code = h.municipality_code
                                 AND w.project_name = h.project_name)))
)
SELECT fiscal_year,
       municipality_code,
       municipality_name,
       project_name,
       project_category,
       eligible,
       participants,
       completers,
       outcome_indicator,
       outcome_unit,
       value_before,
       value_after,
       prefecture_supported,
       source_file,
       source_checksum,
       source_line
FROM ranked
WHERE newest_first = 1
