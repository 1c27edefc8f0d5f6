-- The key an observation replaces: indicator × area × breakdown × period, as stg_observations keys it. A final
--   figure (確報) wins over a preliminary one (速報) whenever it arrived (precedence 0 before 1), then the file that
--   arrived last. A file stands for the keys it holds only.
-- One row per file × key; inputs: src_observations, night_files
SELECT source_checksum,
       CAST(NULL AS VARCHAR)   AS scope,
       indicator_code || ' ' || area_code || ' ' || breakdown || ' ' || period_type || period AS row_key,
       string_agg(concat_ws('|', value_text, coalesce(status, ''), coalesce(source, '')), ' / '
                  ORDER BY source_line) AS row_value,
       min(CASE WHEN status = '確報' THEN 0 ELSE 1 END) AS precedence,
       1                       AS keys
FROM src_observations
GROUP BY source_checksum, indicator_code, area_code, breakdown, period_type, period
