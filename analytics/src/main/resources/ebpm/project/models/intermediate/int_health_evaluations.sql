-- int_health_evaluations: each evaluation with its participation rate and its outcome change read the right way
--   round: improvement = after − before where a higher value is better, before − after where a lower one is
--   (positive = better, in the indicator's own unit), and improvement_rate = improvement ÷ before in percent, which
--   puts projects measured in different units (HbA1c %, cm, steps) on one scale. Which way is better comes from
--   seed_outcome_indicators at every run: an indicator not listed there has no improvement (NULL), so it counts
--   for participation but stays out of every comparison of improvements until the seed names its direction.
-- grain: fiscal_year × municipality_code × project_name
-- inputs: stg_health_evaluations, seed_outcome_indicators
WITH changes AS (
    SELECT e.*,
           o.better,
           CASE o.better WHEN 'higher' THEN value_after - value_before
                         WHEN 'lower' THEN value_before - value_after END AS improvement
    FROM stg_health_evaluations e
    LEFT JOIN seed_outcome_indicators o ON o.name = e.outcome_indicator
)
SELECT fiscal_year,
       municipality_code,
       municipality_name,
       project_name,
       project_category,
       eligible,
       participants,
       completers,
       outcome_indicator,
       outcome_unit,
       better                                                     AS better_direction,
       value_before,
       value_after,
       prefecture_supported,
       100 * CAST(participants AS DOUBLE) / nullif(eligible, 0)   AS participation_rate,
       improvement,
       100 * improvement / nullif(value_before, 0)                AS improvement_rate
FROM changes
