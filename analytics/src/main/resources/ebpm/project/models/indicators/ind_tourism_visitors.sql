-- ind_tourism_visitors: the prefecture's total visitors (延観光客数) per calendar year in persons, as published by
--   the tourism survey, the latest revision of each year (確報 over 速報; see stg_observations).
--   Each value keeps the 状態 it was published with as its value_status: 速報 (preliminary) or 確報 (final; also a
--   figure published without a 状態).
-- grain: area_code × breakdown × calendar year
-- inputs: stg_observations
SELECT area_code, breakdown, period_type, period, value,
       CASE WHEN status = '速報' THEN '速報' ELSE '確報' END AS value_status
FROM stg_observations
WHERE indicator_code = 'tourism_visitors' AND period_type = 'CY'
