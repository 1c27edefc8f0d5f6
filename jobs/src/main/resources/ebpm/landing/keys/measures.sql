-- The key a measure-sheet row replaces: fiscal year × measure (its plan's level codes — the ICT plan's pillar numeral
--   and mid-pillar number, the DX plan's 区分 and 施策分野 —, field, measure number), with all its indicators of every
--   kind, as stg_measures keys it. A sheet stands for one fiscal year (its scope): the measures of that year it does
--   not hold stay as they were. Lake files from before the plans lack the codes: the numerals are read from the text.
-- One row per file × key; inputs: src_measures (the partitions tonight's files wrote), night_files
SELECT source_checksum,
       'FY' || fiscal_year     AS scope,
       'FY' || fiscal_year || ' '
           || CASE WHEN level_1_code IS NULL OR length(level_1_code) = 1
                   THEN coalesce(level_1_code, regexp_extract(pillar, '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]', 0))
                        || coalesce(level_2_code, regexp_extract(mid_pillar, '[①②③④⑤⑥⑦⑧⑨⑩]', 0))
                   ELSE level_1_code || ' ' || level_2_code END
           || CASE WHEN field = '' THEN '' ELSE ' ' || field END || ' 番号' || measure_no AS row_key,
       string_agg(concat_ws('|', coalesce(indicator_kind, ''), measure_name, coalesce(department, ''),
                            coalesce(indicator_text, ''), coalesce(target_text, ''), coalesce(actual_text, ''),
                            evaluation, coalesce(reason, '')),
                  ' / ' ORDER BY indicator_kind, indicator_no) AS row_value,
       0                       AS precedence,
       1                       AS keys
FROM src_measures
GROUP BY ALL
