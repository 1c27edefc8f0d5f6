-- int_health_support_groups: per fiscal year, the evaluations the prefecture supported and those it did not, each
--   group with how many have an improvement rate, their mean and their sample variance (n − 1).
-- grain: fiscal_year × prefecture_supported
-- inputs: int_health_evaluations
SELECT fiscal_year,
       prefecture_supported,
       count(*)                         AS evaluations,
       count(improvement_rate)          AS with_outcome,
       avg(improvement_rate)            AS mean_improvement_rate,
       var_samp(improvement_rate)       AS variance
FROM int_health_evaluations
GROUP BY fiscal_year, prefecture_supported
