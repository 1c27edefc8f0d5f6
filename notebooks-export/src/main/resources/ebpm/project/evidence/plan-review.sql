-- plan-review: the plan-end review of a whole plan period (as the ICT plan's 点検報告書 "4年間を総括"): per indicator
--   kind and level, the measures of the plan, how many met their indicator (◎ or ○) in each year of the plan, the
--   final year's evaluated measures and achievement rate, the measures never evaluated in any year (未把握: no ◎ ○ △
--   in any of its sheets), and the rate over the whole period = all years' met ÷ all years' evaluated.
--   N年度目 is the plan's N-th year (ICT: 1 = 令和元年度 … 4 = 令和4年度; DX: 1 = 令和6年度 … 4 = 令和9年度).
-- grain: one row per indicator kind × second level, per first level (下位区分 = 小計) and per kind (上位区分 = 合計)
-- inputs: params(plan), int_measure_evaluations, int_plan_achievement, plan_years, plan_legend, plan_level_values,
--   plan_indicator_kinds
WITH evaluations AS (
    SELECT e.plan_id, e.pillar_code, e.mid_code, e.field, e.measure_no, e.indicator_kind, y.year_no,
           CASE WHEN l.counted THEN 1 ELSE 0 END AS counted,
           CASE WHEN l.met THEN 1 ELSE 0 END     AS met
    FROM int_measure_evaluations e
    JOIN plan_years y ON y.plan_id = e.plan_id AND y.fiscal_year = e.fiscal_year
    LEFT JOIN plan_legend l ON l.plan_id = e.plan_id AND l.symbol = e.evaluation
    WHERE e.plan_id = (SELECT plan FROM params)
),
measures AS (
    SELECT plan_id, pillar_code, mid_code, field, measure_no, indicator_kind,
           CASE WHEN max(counted) = 0 THEN 1 ELSE 0 END AS never_evaluated
    FROM evaluations
    GROUP BY plan_id, pillar_code, mid_code, field, measure_no, indicator_kind
),
levels AS (
    SELECT plan_id, indicator_kind, 2 AS level_no, pillar_code, mid_code FROM measures
    UNION
    SELECT plan_id, indicator_kind, 1, pillar_code, '' FROM measures
    UNION
    SELECT plan_id, indicator_kind, 0, '', '' FROM measures
),
per_level AS (
    SELECT v.plan_id, v.indicator_kind, v.level_no, v.pillar_code, v.mid_code,
           (SELECT count(*) FROM measures m
            WHERE m.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR m.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR m.mid_code = v.mid_code))                  AS measures,
           (SELECT sum(m.never_evaluated) FROM measures m
            WHERE m.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR m.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR m.mid_code = v.mid_code))                  AS never_evaluated,
           (SELECT sum(e.met) FILTER (WHERE e.year_no = 1) FROM evaluations e
            WHERE e.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR e.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR e.mid_code = v.mid_code))                  AS met_1,
           (SELECT sum(e.met) FILTER (WHERE e.year_no = 2) FROM evaluations e
            WHERE e.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR e.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR e.mid_code = v.mid_code))                  AS met_2,
           (SELECT sum(e.met) FILTER (WHERE e.year_no = 3) FROM evaluations e
            WHERE e.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR e.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR e.mid_code = v.mid_code))                  AS met_3,
           (SELECT sum(e.met) FILTER (WHERE e.year_no = 4) FROM evaluations e
            WHERE e.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR e.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR e.mid_code = v.mid_code))                  AS met_4,
           (SELECT sum(e.met) FROM evaluations e
            WHERE e.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR e.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR e.mid_code = v.mid_code))                  AS met_all,
           (SELECT sum(e.counted) FROM evaluations e
            WHERE e.indicator_kind = v.indicator_kind
              AND (v.level_no = 0 OR e.pillar_code = v.pillar_code)
              AND (v.level_no < 2 OR e.mid_code = v.mid_code))                  AS counted_all
    FROM levels v
),
final_year AS (
    SELECT a.indicator_kind, a.level_no, a.pillar_code, a.mid_code, a.measures, a.rate_shown
    FROM int_plan_achievement a
    JOIN plan_years y ON y.plan_id = a.plan_id AND y.fiscal_year = a.fiscal_year AND y.last_year
    WHERE a.plan_id = (SELECT plan FROM params)
)
SELECT r.indicator_kind                                                        AS "指標区分",
       CASE WHEN r.level_no = 0 THEN '合計'
            WHEN l1.code IS NULL OR l1.code = l1.label THEN r.pillar_code
            ELSE l1.code || ' ' || l1.label END                                AS "上位区分",
       CASE WHEN r.level_no = 1 THEN '小計' WHEN r.level_no = 0 THEN ''
            WHEN l2.code IS NULL OR l2.code = l2.label THEN r.mid_code
            ELSE l2.code || ' ' || l2.label END                                AS "下位区分",
       CAST(r.measures AS BIGINT)                                              AS "施策数",
       CAST(coalesce(r.met_1, 0) AS BIGINT)                                    AS "1年度目達成",
       CAST(coalesce(r.met_2, 0) AS BIGINT)                                    AS "2年度目達成",
       CAST(coalesce(r.met_3, 0) AS BIGINT)                                    AS "3年度目達成",
       CAST(coalesce(r.met_4, 0) AS BIGINT)                                    AS "4年度目達成",
       CAST(f.measures AS BIGINT)                                              AS "最終年度評価施策数",
       f.rate_shown                                                            AS "最終年度達成率(%)",
       CAST(coalesce(r.never_evaluated, 0) AS BIGINT)                          AS "未把握",
       round(100.0 * r.met_all / nullif(r.counted_all, 0), 1)                  AS "期間通算達成率(%)"
FROM per_level r
LEFT JOIN final_year f
       ON f.indicator_kind = r.indicator_kind AND f.level_no = r.level_no AND f.pillar_code = r.pillar_code
      AND f.mid_code = r.mid_code
LEFT JOIN plan_level_values l1 ON l1.plan_id = r.plan_id AND l1.level_no = 1 AND l1.code = r.pillar_code
LEFT JOIN plan_level_values l2 ON l2.plan_id = r.plan_id AND l2.level_no = 2 AND l2.code = r.mid_code
                              AND coalesce(l2.within_code, r.pillar_code) = r.pillar_code
JOIN plan_indicator_kinds k ON k.plan_id = r.plan_id AND k.indicator_kind = r.indicator_kind
ORDER BY k.position, CASE WHEN r.level_no = 0 THEN 1 ELSE 0 END, coalesce(l1.position, 0), r.pillar_code,
         CASE WHEN r.level_no = 1 THEN 1 ELSE 0 END, coalesce(l2.position, 0), r.mid_code
