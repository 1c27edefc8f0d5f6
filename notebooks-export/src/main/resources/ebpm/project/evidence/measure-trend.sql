-- measure-trend: each measure and indicator of a plan across the plan's years: target, actual and evaluation per
--   year, and where the final year's target is a number, how far the measure has come towards it: 進捗率 = (the
--   year's actual − the first year's actual) ÷ (the final year's target − the first year's actual) × 100, in one
--   unit. 判定: 順調 when the progress is at least the share of the plan's years gone by ((year − 1) ÷ (years − 1)),
--   遅れ when below, 未把握 when the year's actual is no number (未把握, a text) or the year has no sheet row;
--   empty where no final target is set.
-- grain: one row per measure × indicator kind × indicator × fiscal year of the plan
-- inputs: params(plan), stg_measures, plan_years, plan_level_values, plan_indicator_kinds
WITH plan_rows AS (
    SELECT m.*
    FROM stg_measures m
    WHERE m.plan_id = (SELECT plan FROM params)
),
indicators AS (
    -- every measure indicator the plan's sheets hold, named as in its latest year
    SELECT plan_id, pillar_code, mid_code, field, measure_no, indicator_kind, indicator_no,
           max_by(measure_name, fiscal_year) AS measure_name, max_by(indicator_text, fiscal_year) AS indicator_text
    FROM plan_rows
    GROUP BY plan_id, pillar_code, mid_code, field, measure_no, indicator_kind, indicator_no
),
years AS (
    SELECT plan_id, fiscal_year, year_no, count(*) OVER (PARTITION BY plan_id) AS years
    FROM plan_years
    WHERE plan_id = (SELECT plan FROM params)
),
grid AS (
    SELECT i.*, y.fiscal_year, y.year_no, y.years,
           m.target_text, m.target_value, m.target_unit, m.actual_text, m.actual_value, m.actual_unit, m.evaluation
    FROM indicators i
    JOIN years y ON y.plan_id = i.plan_id
    LEFT JOIN plan_rows m
           ON m.fiscal_year = y.fiscal_year AND m.pillar_code = i.pillar_code AND m.mid_code = i.mid_code
          AND m.field = i.field AND m.measure_no = i.measure_no AND m.indicator_kind = i.indicator_kind
          AND m.indicator_no = i.indicator_no
),
ends AS (
    SELECT pillar_code, mid_code, field, measure_no, indicator_kind, indicator_no,
           max(CASE WHEN year_no = 1 THEN actual_value END)       AS first_actual,
           max(CASE WHEN year_no = 1 THEN actual_unit END)        AS first_unit,
           max(CASE WHEN year_no = years THEN target_value END)   AS final_target,
           max(CASE WHEN year_no = years THEN target_unit END)    AS final_unit,
           max(CASE WHEN year_no = years THEN target_text END)    AS final_target_text
    FROM grid
    GROUP BY pillar_code, mid_code, field, measure_no, indicator_kind, indicator_no
),
progressed AS (
    SELECT g.*, e.final_target_text,
           CASE WHEN e.final_target IS NOT NULL AND g.actual_value IS NOT NULL AND e.first_actual IS NOT NULL
                     AND coalesce(e.final_unit, '') = coalesce(e.first_unit, '')
                     AND coalesce(g.actual_unit, '') = coalesce(e.final_unit, '')
                     AND e.final_target <> e.first_actual
                THEN 100.0 * (g.actual_value - e.first_actual) / (e.final_target - e.first_actual) END AS progress,
           e.final_target IS NOT NULL AS final_target_set
    FROM grid g
    JOIN ends e
      ON e.pillar_code = g.pillar_code AND e.mid_code = g.mid_code AND e.field = g.field
     AND e.measure_no = g.measure_no AND e.indicator_kind = g.indicator_kind AND e.indicator_no = g.indicator_no
)
SELECT CASE WHEN l1.code = l1.label OR l1.code IS NULL THEN p.pillar_code ELSE l1.code || ' ' || l1.label END AS "上位区分",
       CASE WHEN l2.code IS NULL THEN p.mid_code
            WHEN l2.code = l2.label THEN l2.label ELSE l2.code || ' ' || l2.label END          AS "下位区分",
       p.field                                                                                AS "分野",
       CAST(p.measure_no AS BIGINT)                                                           AS "番号",
       p.measure_name                                                                         AS "施策名",
       p.indicator_kind                                                                       AS "指標区分",
       p.indicator_text                                                                       AS "指標",
       CASE WHEN p.fiscal_year = 2019 THEN '令和元年度'
            ELSE '令和' || CAST(p.fiscal_year - 2018 AS VARCHAR) || '年度' END                 AS "年度",
       p.target_text                                                                          AS "目標",
       p.actual_text                                                                          AS "実績",
       coalesce(p.evaluation, '')                                                             AS "評価",
       p.final_target_text                                                                    AS "最終年度目標",
       round(p.progress, 1)                                                                   AS "進捗率(%)",
       CASE WHEN NOT p.final_target_set THEN ''
            WHEN p.progress IS NULL THEN '未把握'
            WHEN p.progress >= 100.0 * (p.year_no - 1) / (p.years - 1) - 1e-9 THEN '順調'
            ELSE '遅れ' END                                                                    AS "判定"
FROM progressed p
LEFT JOIN plan_level_values l1 ON l1.plan_id = p.plan_id AND l1.level_no = 1 AND l1.code = p.pillar_code
LEFT JOIN plan_level_values l2 ON l2.plan_id = p.plan_id AND l2.level_no = 2 AND l2.code = p.mid_code
                              AND coalesce(l2.within_code, p.pillar_code) = p.pillar_code
LEFT JOIN plan_indicator_kinds k ON k.plan_id = p.plan_id AND k.indicator_kind = p.indicator_kind
ORDER BY coalesce(l1.position, 0), p.pillar_code, coalesce(l2.position, 0), p.mid_code, p.field, p.measure_no,
         k.position, p.indicator_no, p.fiscal_year
