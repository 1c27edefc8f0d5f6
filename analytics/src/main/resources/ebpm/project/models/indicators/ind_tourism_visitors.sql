-- ind_tourism_visitors: the prefecture's total visitors (延観光客数) per calendar year in persons, as published by
--   the tourism survey, the latest revision of each year (確報 over 速報; see stg_observations).
-- grain: area_code × breakdown × calendar year
-- inputs: stg_observations
SELECT area_code, breakdown, period_type, period, value
FROM stg_observations
WHERE indicator_code = 'tourism_visitors' AND period_type = 'CY'
