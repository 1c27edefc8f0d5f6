-- int_measure_evaluations: one row per measure and indicator kind with its recorded evaluation and what its numbers
--   say. numbers_verdict: 'met' when every indicator's actual reaches its target (numbers in the same unit, or the
--   same text such as 実施/実施), 'not met' when any numeric actual falls short, else 'unknown'. A plan with one
--   indicator kind (the ICT plan: 成果指標) has one row per measure.
-- grain: fiscal_year × pillar_code × mid_code × field × measure_no × indicator_kind
-- inputs: stg_measures
WITH indicator_checks AS (
    SELECT fiscal_year, pillar_code, mid_code, field, measure_no, indicator_kind,
           CASE
               WHEN target_value IS NOT NULL AND actual_value IS NOT NULL
                    AND coalesce(target_unit, '') = coalesce(actual_unit, '')
                   THEN CASE WHEN actual_value >= target_value THEN 1 ELSE 0 END
               WHEN target_text IS NOT NULL AND target_text = actual_text THEN 1
           END AS met
    FROM stg_measures
),
measure_checks AS (
    SELECT fiscal_year, pillar_code, mid_code, field, measure_no, indicator_kind,
           CASE
               WHEN min(met) = 0 THEN 'not met'
               WHEN count(met) = count(*) THEN 'met'
               ELSE 'unknown'
           END AS numbers_verdict
    FROM indicator_checks
    GROUP BY fiscal_year, pillar_code, mid_code, field, measure_no, indicator_kind
)
SELECT m.fiscal_year, m.plan_id, m.pillar_code, m.pillar_label, m.mid_code, m.mid_label, m.field, m.measure_no,
       m.measure_name, m.department, m.indicator_kind, m.indicator_count, m.evaluation, c.numbers_verdict
FROM stg_measures m
JOIN measure_checks c
  ON c.fiscal_year = m.fiscal_year AND c.pillar_code = m.pillar_code AND c.mid_code = m.mid_code
 AND c.field = m.field AND c.measure_no = m.measure_no AND c.indicator_kind = m.indicator_kind
WHERE m.indicator_no = 1
