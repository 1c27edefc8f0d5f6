-- measure-status: every measure of a fiscal year with each of its indicators, target, actual and recorded
--   evaluation; the attainment ratio (actual ÷ target) where both are numbers in the same unit; and whether the
--   recorded evaluation agrees with the numbers (不一致 = the evaluation says met but the numbers do not, or
--   the reverse — the reason column usually explains why).
-- grain: one row per measure × indicator
-- inputs: params(fy), stg_measures, int_measure_evaluations
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
       m.reason                                                               AS "未達成の理由及び今後の見込み等"
FROM stg_measures m
JOIN int_measure_evaluations e
  ON e.fiscal_year = m.fiscal_year AND e.pillar_code = m.pillar_code AND e.mid_code = m.mid_code
 AND e.field = m.field AND e.measure_no = m.measure_no
WHERE m.fiscal_year = (SELECT fy FROM params)
ORDER BY m.pillar_code, m.mid_code, m.field, m.measure_no, m.indicator_no
