-- stg_measures: the measure indicator sheets as landed, from the newest sheet of each fiscal year only
--   (a corrected sheet for a year replaces the earlier one; both stay in the lake).
-- grain: fiscal_year × pillar_code × mid_code × field × measure_no × indicator_no
-- inputs: src_measures (lake/measures), withdrawn_measures (ebpm withdraw)
WITH ranked_files AS (
    SELECT fiscal_year,
           source_checksum,
           row_number() OVER (PARTITION BY fiscal_year
                              ORDER BY max(ingested_at) DESC, max(source_file) DESC) AS newest_first
    FROM src_measures m
    -- Withdrawn files (ebpm withdraw) leave the figures (the lake keeps them): an earlier sheet of the year counts again.
    WHERE NOT EXISTS (SELECT 1 FROM withdrawn_measures w WHERE w.source_checksum = m.source_checksum)
    GROUP BY fiscal_year, source_checksum
),
newest_rows AS (
    SELECT m.*
    FROM src_measures m
    JOIN ranked_files f
      ON f.fiscal_year = m.fiscal_year AND f.source_checksum = m.source_checksum AND f.newest_first = 1
)
SELECT fiscal_year,
       regexp_extract(pillar, '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]', 0)                         AS pillar_code,
       regexp_replace(pillar, '^柱[ 　]*', '')                             AS pillar_label,
       regexp_extract(mid_pillar, '[①②③④⑤⑥⑦⑧⑨⑩]', 0)                     AS mid_code,
       regexp_extract(mid_pillar, '[①②③④⑤⑥⑦⑧⑨⑩]', 0) || ' '
           || trim(substr(mid_pillar, 2))                                 AS mid_label,
       field,
       measure_no,
       measure_name,
       department,
       indicator_no,
       indicator_count,
       indicator_text,
       target_text,
       target_value,
       target_unit,
       actual_text,
       actual_value,
       actual_unit,
       evaluation,
       reason,
       source_file,
       source_checksum,
       source_line
FROM newest_rows
