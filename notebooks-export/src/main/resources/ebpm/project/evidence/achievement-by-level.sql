-- achievement-by-level: the summary table of a plan's yearly review, for any plan: per indicator kind, the measures
--   with an indicator and how many exceeded, achieved or missed it, with the achievement rate as the plan shows it,
--   per second level (中柱; 施策分野/取組事項), a subtotal per first level (柱; 区分) and the total. Each rate is set
--   beside the year it is compared with: the year before in the same plan, or for a plan's first year the last
--   year of the plan it follows (its levels differ, so only the total and the kinds both plans have compare). A
--   compared year without a sheet takes the published rate (indicator_value), for the outcome kind.
-- grain: one row per indicator kind × second level, per first level (下位区分 = 小計) and per kind (上位区分 = 合計)
-- inputs: params(plan, fy), int_plan_achievement, plan_years, plan_definitions, plan_level_values,
--   plan_indicator_kinds, indicator_value
WITH asked AS (
    SELECT y.plan_id, y.fiscal_year, y.first_year, y.compared_fiscal_year, y.compared_plan_id
    FROM plan_years y, params p
    WHERE y.plan_id = p.plan AND y.fiscal_year = p.fy
),
checked AS (
    -- a year outside the plan is an error the planner can act on, not an empty table
    SELECT CASE WHEN EXISTS (SELECT 1 FROM asked) THEN 1
                ELSE error('--fy ' || CAST((SELECT fy FROM params) AS VARCHAR) || ' is not a year of the plan '
                           || (SELECT plan FROM params) || ' (FY'
                           || (SELECT CAST(first_fiscal_year AS VARCHAR) || '–FY' || CAST(last_fiscal_year AS VARCHAR)
                               FROM plan_definitions WHERE plan_id = (SELECT plan FROM params))
                           || '): give --fy one of its years') END AS ok
),
this_year AS (
    SELECT a.*
    FROM int_plan_achievement a
    JOIN asked q ON q.plan_id = a.plan_id AND q.fiscal_year = a.fiscal_year
    WHERE (SELECT ok FROM checked) = 1
),
compared AS (
    SELECT a.indicator_kind, a.level_no, a.pillar_code, a.mid_code, a.rate_shown
    FROM int_plan_achievement a
    JOIN asked q ON q.compared_plan_id = a.plan_id AND q.compared_fiscal_year = a.fiscal_year
),
-- a compared year with no landed sheet: the published rate of its plan's outcome kind (e.g. FY2019 before its
-- sheet came), by the breakdown the indicator keys it with
published AS (
    SELECT k.indicator_kind,
           CASE WHEN v.breakdown = '全体' THEN 0 WHEN length(v.breakdown) = 1 THEN 1 ELSE 2 END AS level_no,
           CASE WHEN v.breakdown = '全体' THEN '' ELSE substr(v.breakdown, 1, 1) END        AS pillar_code,
           CASE WHEN length(v.breakdown) = 2 THEN substr(v.breakdown, 2, 1) ELSE '' END    AS mid_code,
           v.value AS rate_shown
    FROM indicator_value v
    JOIN asked q ON v.period = CAST(q.compared_fiscal_year AS VARCHAR)
    JOIN plan_indicator_kinds k ON k.plan_id = q.compared_plan_id AND k.outcome
    WHERE v.indicator_code = 'measure_achievement_rate' AND v.period_type = 'FY'
      AND v.area_code = (SELECT prefecture_code FROM project_vars)
      AND NOT EXISTS (SELECT 1 FROM compared)
),
previous AS (
    SELECT * FROM compared
    UNION ALL
    SELECT * FROM published
),
labelled AS (
    SELECT t.*,
           k.position                                                           AS kind_position,
           coalesce(l1.position, 0)                                             AS pillar_position,
           coalesce(l2.position, 0)                                             AS mid_position,
           CASE WHEN t.level_no = 0 THEN '合計'
                ELSE CASE WHEN l1.code = l1.label THEN l1.label ELSE l1.code || ' ' || l1.label END END AS upper_label,
           CASE WHEN t.level_no = 2
                THEN CASE WHEN l2.code = l2.label THEN l2.label ELSE l2.code || ' ' || l2.label END
                WHEN t.level_no = 1 THEN '小計' ELSE '' END                     AS lower_label
    FROM this_year t
    JOIN plan_indicator_kinds k ON k.plan_id = t.plan_id AND k.indicator_kind = t.indicator_kind
    LEFT JOIN plan_level_values l1 ON l1.plan_id = t.plan_id AND l1.level_no = 1 AND l1.code = t.pillar_code
    LEFT JOIN plan_level_values l2 ON l2.plan_id = t.plan_id AND l2.level_no = 2 AND l2.code = t.mid_code
                                  AND coalesce(l2.within_code, t.pillar_code) = t.pillar_code
)
SELECT r.indicator_kind                                                     AS "指標区分",
       r.upper_label                                                        AS "上位区分",
       r.lower_label                                                        AS "下位区分",
       r.measures                                                           AS "施策数",
       r.exceeded                                                           AS "上回った",
       r.achieved                                                           AS "達成",
       r.not_achieved                                                       AS "未達成",
       r.rate_shown                                                         AS "達成率(%)",
       CASE WHEN p.rate_shown IS NULL THEN ''
            ELSE (CASE WHEN q.compared_fiscal_year = 2019 THEN '令和元年度'
                       ELSE '令和' || CAST(q.compared_fiscal_year - 2018 AS VARCHAR) || '年度' END)
                 || CASE WHEN q.first_year THEN '（前計画 ' || d.name || ' の最終年度）' ELSE '' END
       END                                                                  AS "比較年度",
       p.rate_shown                                                         AS "比較年度達成率(%)",
       r.rate_shown - p.rate_shown                                          AS "増減(pt)"
FROM labelled r
CROSS JOIN asked q
LEFT JOIN plan_definitions d ON d.plan_id = q.compared_plan_id
LEFT JOIN previous p
       ON p.indicator_kind = r.indicator_kind AND p.level_no = r.level_no
      AND p.pillar_code = r.pillar_code AND p.mid_code = r.mid_code
ORDER BY r.kind_position, CASE WHEN r.level_no = 0 THEN 1 ELSE 0 END, r.pillar_position, r.pillar_code,
         CASE WHEN r.level_no = 1 THEN 1 ELSE 0 END, r.mid_position, r.mid_code
