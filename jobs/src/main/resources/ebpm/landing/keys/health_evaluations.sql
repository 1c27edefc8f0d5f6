-- The key a health-evaluation row replaces: fiscal year × municipality × project, as stg_health_evaluations keys
--   it. A file stands for the keys it holds only.
-- One row per file × key; inputs: src_health_evaluations (the partitions tonight's files wrote), night_files
SELECT source_checksum,
       CAST(NULL AS VARCHAR)   AS scope,
       'FY' || fiscal_year || ' ' || municipality_code || ' ' || project_name AS row_key,
       string_agg(concat_ws('|', project_category, eligible, participants, coalesce(CAST(completers AS VARCHAR), ''),
                            outcome_indicator, coalesce(outcome_unit, ''),
                            coalesce(CAST(value_before AS VARCHAR), ''), coalesce(CAST(value_after AS VARCHAR), ''),
                            prefecture_supported), ' / ' ORDER BY source_line) AS row_value,
       0                       AS precedence,
       1                       AS keys
FROM src_health_evaluations
GROUP BY source_checksum, fiscal_year, municipality_code, project_name
