-- The key a measure-sheet row replaces: fiscal year × measure (pillar numeral, mid-pillar number, field, measure
--   number), with all its indicators, as stg_measures keys it. A sheet stands for one fiscal year (its scope): the
--   measures of that year it does not hold stay as they were.
-- One row per file × key; inputs: src_measures (the partitions tonight's files wrote), night_files
SELECT source_checksum,
       max(source_file)        AS source_file,
       max(ingested_at)        AS ingested_at,
       max(source_modified_at) AS source_modified_at,
       'FY' || fiscal_year     AS scope,
       'FY' || fiscal_year || ' ' || regexp_extract(pillar, '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]', 0)
           || regexp_extract(mid_pillar, '[①②③④⑤⑥⑦⑧⑨⑩]', 0) || ' ' || field || ' 番号' || measure_no AS row_key,
       string_agg(concat_ws('|', measure_name, coalesce(department, ''), coalesce(indicator_text, ''),
                            coalesce(target_text, ''), coalesce(actual_text, ''), evaluation, coalesce(reason, '')),
                  ' / ' ORDER BY indicator_no) AS row_value,
       0                       AS precedence
FROM src_measures
GROUP BY ALL
