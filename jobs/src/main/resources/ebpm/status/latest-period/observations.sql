-- The latest period of a landed observation, with its period type (FY 2020, CY 2021, MONTH 2021-03).
SELECT period_type || ' ' || period FROM src_observations ORDER BY period DESC, period_type LIMIT 1
