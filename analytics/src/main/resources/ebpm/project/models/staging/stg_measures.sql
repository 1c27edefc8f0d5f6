-- stg_measures: the measure indicator sheets as landed, one row per indicator of each measure. A sheet row speaks
--   for one measure of its fiscal year (pillar numeral, mid-pillar number, field, measure number) with all its
--   indicators: the file that arrived last holding the measure gives its rows, so a file holding only corrected
--   rows replaces those measures and leaves the others of the year as they were. Earlier sheets stay in the lake.
--   Order of arrival (the same in every staging model): ingested_at (when ebpm first saw the file), then
--   source_modified_at (the landing file's modification time; NULL in lake files written before ebpm kept it,
--   which count as the earliest), then, only where both are equal, the file name.
-- grain: fiscal_year × pillar_code × mid_code × field × measure_no × indicator_no
-- inputs: src_measures (lake/measures), withdrawn_measures (ebpm withdraw)
WITH coded AS (
    SELECT m.*,
           regexp_extract(pillar, '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]', 0)     AS pillar_code,
           regexp_extract(mid_pillar, '[①②③④⑤⑥⑦⑧⑨⑩]', 0) AS mid_code
    FROM src_measures m
    -- Withdrawn files (ebpm withdraw) leave the figures (the lake keeps them): an earlier file of the measure counts
    -- again.
    WHERE NOT EXISTS (SELECT 1 FROM withdrawn_measures w WHERE w.source_checksum = m.source_checksum)
),
-- the files holding each measure, the one that arrived last first (a measure's indicators share one file)
ranked_files AS (
    SELECT fiscal_year, pillar_code, mid_code, field, measure_no, source_checksum,
           row_number() OVER (PARTITION BY fiscal_year, pillar_code, mid_code, field, measure_no
                              ORDER BY max(ingested_at) DESC, max(source_modified_at) DESC NULLS LAST,
                                       max(source_file) DESC, source_checksum DESC) AS newest_first
    FROM coded
    GROUP BY fiscal_year, pillar_code, mid_code, field, measure_no, source_checksum
),
newest_rows AS (
    SELECT m.*
    FROM coded m
    JOIN ranked_files f
      ON f.fiscal_year = m.fiscal_year AND f.pillar_code = m.pillar_code AND f.mid_code = m.mid_code
     AND f.field = m.field AND f.measure_no = m.measure_no AND f.source_checksum = m.source_checksum
     AND f.newest_first = 1
)
SELECT fiscal_year,
       pillar_code,
       regexp_replace(pillar, '^柱[ 　]*', '')                             AS pillar_label,
       mid_code,
       mid_code || ' ' || trim(substr(mid_pillar, 2))                     AS mid_label,
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
