-- measure-status: every measure of a fiscal year with each of its indicators, target, actual and recorded
--   evaluation; the attainment ratio (actual ÷ target) where both are numbers in the same unit; and whether the
--   recorded evaluation agrees with the numbers (不一致 = the evaluation says met but the numbers do not, or
--   the reverse — the reason column usually explains why).
--   Any plan's year: 柱/中柱/分野 hold the row's levels (the DX plan's 区分 and 施策分野; its 分野 is empty), and
--   指標区分 its indicator kind (過程指標, 成果指標; the ICT plan's are all 成果指標).
-- grain: one row per measure × indicator kind × indicator
-- inputs: params(fy), stg_measures, int_measure_evaluations, plan_level_values, plan_indicator_kinds
SELECT m.pillar_label                                                         AS "柱",
       m.mid_label                                                            AS "中柱",
       m.field                                                                AS "分野",
       CAST(m.measure_no AS BIGINT)                                           AS "番号",
       m.measure_name                                                         AS "施策名",
       m.department                                                           AS "所属",
       CAST(m.indicator_no AS BIGINT)                                         AS "指標番号",
       m.indicator_text                                                       AS "成果指標",
       m.target_text                                                          AS "目標",
       m.actual_text                                                          AS "実績",
       CASE WHEN m.target_value IS NOT NULL AND m.actual_value IS NOT NULL AND m.target_value <> 0
                 AND coalesce(m.target_unit, '') = coalesce(m.actual_unit, '')
            THEN round(100.0 * m.actual_value / m.target_value, 1) END       AS "実績/目標(%)",
       m.evaluation                                                           AS "評価",
       CASE
           WHEN e.evaluation IN ('◎', '○') AND e.numbers_verdict = 'not met' THEN '不一致'
           WHEN e.evaluation = '△' AND e.numbers_verdict = 'met' THEN '不一致'
           WHEN e.evaluation IN ('◎', '○', '△') AND e.numbers_verdict <> 'unknown' THEN '一致'
           ELSE ''
       END                                                                    AS "評価と数値",
       m.reason                                                               AS "未達成の理由及び今後の見込み等",
       m.indicator_kind                                                       AS "指標区分"
FROM stg_measures m
JOIN int_measure_evaluations e
  ON e.fiscal_year = m.fiscal_year AND e.pillar_code = m.pillar_code AND e.mid_code = m.mid_code
 AND e.field = m.field AND e.measure_no = m.measure_no AND e.indicator_kind = m.indicator_kind
LEFT JOIN plan_level_values l1 ON l1.plan_id = m.plan_id AND l1.level_no = 1 AND l1.code = m.pillar_code
LEFT JOIN plan_level_values l2 ON l2.plan_id = m.plan_id AND l2.level_no = 2 AND l2.code = m.mid_code
                              AND coalesce(l2.within_code, m.pillar_code) = m.pillar_code
LEFT JOIN plan_indicator_kinds k ON k.plan_id = m.plan_id AND k.indicator_kind = m.indicator_kind
WHERE m.fiscal_year = (SELECT fy FROM params)
-- the plan's display order (the ICT plan's codes sort as they print)
ORDER BY coalesce(l1.position, 0), m.pillar_code, coalesce(l2.position, 0), m.mid_code, m.field, m.measure_no,
         k.position, m.indicator_no
