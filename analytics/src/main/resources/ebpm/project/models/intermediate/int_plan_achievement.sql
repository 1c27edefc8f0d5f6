-- int_plan_achievement: for each plan, fiscal year and indicator kind, how many measures exceeded, achieved or missed
--   their indicator, per second level (中柱; 施策分野/取組事項), per first level (柱; 区分) and overall, with the
--   achievement rate and the rate as the plan shows it. What a symbol counts as comes from the plan's legend
--   (plan_legend: ◎ exceeded, ○ achieved, △ not achieved, — not set); a blank evaluation is a measure finished in an
--   earlier year. rate = met ÷ counted in percent; rate_shown rounds it to the plan's decimals, half up or, in a year
--   whose report cut rates off (the ICT plan's FY2019), down.
--   level_no: 2 a second-level row, 1 a first-level subtotal (mid_code ''), 0 the plan's total (both '').
-- grain: plan_id × fiscal_year × indicator_kind × level_no × pillar_code × mid_code
-- inputs: int_measure_evaluations, plan_legend, plan_years
WITH judged AS (
    SELECT e.plan_id, e.fiscal_year, e.indicator_kind, e.pillar_code, e.mid_code,
           CASE WHEN l.result = 'exceeded' THEN 1 ELSE 0 END     AS exceeded,
           CASE WHEN l.result = 'achieved' THEN 1 ELSE 0 END     AS achieved,
           CASE WHEN l.result = 'not_achieved' THEN 1 ELSE 0 END AS not_achieved,
           CASE WHEN l.result = 'not_set' THEN 1 ELSE 0 END      AS not_set,
           CASE WHEN l.counted THEN 1 ELSE 0 END                 AS counted
    FROM int_measure_evaluations e
    LEFT JOIN plan_legend l ON l.plan_id = e.plan_id AND l.symbol = e.evaluation
),
by_level AS (
    SELECT plan_id, fiscal_year, indicator_kind, 2 AS level_no, pillar_code, mid_code,
           sum(counted) AS measures, sum(exceeded) AS exceeded, sum(achieved) AS achieved,
           sum(not_achieved) AS not_achieved, sum(not_set) AS not_set, count(*) AS listed
    FROM judged
    GROUP BY plan_id, fiscal_year, indicator_kind, pillar_code, mid_code
    UNION ALL
    SELECT plan_id, fiscal_year, indicator_kind, 1, pillar_code, '',
           sum(counted), sum(exceeded), sum(achieved), sum(not_achieved), sum(not_set), count(*)
    FROM judged
    GROUP BY plan_id, fiscal_year, indicator_kind, pillar_code
    UNION ALL
    SELECT plan_id, fiscal_year, indicator_kind, 0, '', '',
           sum(counted), sum(exceeded), sum(achieved), sum(not_achieved), sum(not_set), count(*)
    FROM judged
    GROUP BY plan_id, fiscal_year, indicator_kind
),
rated AS (
    SELECT b.*,
           CASE WHEN b.measures > 0
                THEN 100.0 * CAST(b.exceeded + b.achieved AS DOUBLE) / CAST(b.measures AS DOUBLE) END AS rate,
           y.rate_rounding, y.rate_decimals
    FROM by_level b
    JOIN plan_years y ON y.plan_id = b.plan_id AND y.fiscal_year = b.fiscal_year
)
SELECT plan_id, fiscal_year, indicator_kind, level_no, pillar_code, mid_code,
       CAST(measures AS BIGINT) AS measures, CAST(exceeded AS BIGINT) AS exceeded,
       CAST(achieved AS BIGINT) AS achieved, CAST(not_achieved AS BIGINT) AS not_achieved,
       CAST(not_set AS BIGINT) AS not_set, CAST(listed AS BIGINT) AS listed, rate,
       -- 1e-9: a rate such as 58/71 computed as 81.6999… must not be cut off below what the division means
       CASE WHEN rate_rounding = 'down'
            THEN floor(rate * pow(10, rate_decimals) + 1e-9) / pow(10, rate_decimals)
            ELSE round(rate * pow(10, rate_decimals)) / pow(10, rate_decimals) END AS rate_shown
FROM rated
