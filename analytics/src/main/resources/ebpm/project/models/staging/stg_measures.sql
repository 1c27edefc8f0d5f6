-- stg_measures: the measure indicator sheets as landed, one row per indicator of each measure. A sheet row speaks
--   for one measure of its fiscal year (its plan's level codes, field, measure number) with all its indicators of
--   every kind: the file that arrived last holding the measure gives its rows, so a file holding only corrected
--   rows replaces those measures and leaves the others of the year as they were. Earlier sheets stay in the lake.
--   Order of arrival (the same in every staging model): ingested_at (when ebpm first saw the file), then
--   source_modified_at (the landing file's modification time; NULL in lake files written before ebpm kept it,
--   which count as the earliest), then, only where both are equal, the file name.
--   Levels: pillar_code / mid_code are the codes of the row's first and second level (Ⅰ and ① of the ICT plan,
--   区分 and 施策分野 of the DX plan); lake files from before the plans were kept lack plan_id, the codes and the
--   indicator kind, which are then taken from the plan of the year, the numerals in the text and the plan's kind.
-- grain: fiscal_year × pillar_code × mid_code × field × measure_no × indicator_kind × indicator_no
-- inputs: src_measures (lake/measures), withdrawn_measures (ebpm withdraw), plan_years, plan_indicator_kinds
WITH coded AS (
    SELECT m.*,
           coalesce(m.plan_id, y.plan_id)                                        AS plan,
           coalesce(m.level_1_code, regexp_extract(m.pillar, '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]', 0))     AS pillar_code,
           coalesce(m.level_2_code, regexp_extract(m.mid_pillar, '[①②③④⑤⑥⑦⑧⑨⑩]', 0)) AS mid_code,
           coalesce(m.indicator_kind, k.indicator_kind)                         AS kind
    FROM src_measures m
    LEFT JOIN plan_years y ON y.fiscal_year = m.fiscal_year
    LEFT JOIN plan_indicator_kinds k ON k.plan_id = coalesce(m.plan_id, y.plan_id) AND k.position = 1
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
       plan                                                               AS plan_id,
       pillar_code,
       regexp_replace(pillar, '^柱[ 　]*', '')                             AS pillar_label,
       mid_code,
       -- ① ICT及び… as the report prints it; a level named by its whole text (教育) as written
       CASE WHEN substr(mid_pillar, 1, 1) = mid_code THEN mid_code || ' ' || trim(substr(mid_pillar, 2))
            ELSE mid_pillar END                                           AS mid_label,
       field,
       measure_no,
       measure_name,
       department,
       kind                                                               AS indicator_kind,
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
