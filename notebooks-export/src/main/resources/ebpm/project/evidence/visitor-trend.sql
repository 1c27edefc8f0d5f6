-- visitor-trend: the prefecture's total visitors (延観光客数) per calendar year, the latest revision of each year,
--   with the change against the year before (empty when the year before is not published; never an older year).
-- grain: one row per calendar year
-- inputs: params(from, to), stg_observations
WITH visitors AS (
    SELECT CAST(period AS INTEGER) AS calendar_year, value, status
    FROM stg_observations
    WHERE indicator_code = 'tourism_visitors' AND area_code = (SELECT prefecture_code FROM project_vars) AND breakdown = '全体'
      AND period_type = 'CY'
)
SELECT CAST(v.calendar_year AS BIGINT)                                 AS "暦年",
       -- In 千人 as the survey publishes it; every published figure is a whole number of 千人 (or 万人).
       CAST(round(v.value / 1000) AS BIGINT)                           AS "延観光客数(千人)",
       round(100.0 * (v.value - p.value) / nullif(p.value, 0), 1)      AS "前年比(%)",
       v.status                                                        AS "状態"
FROM visitors v
LEFT JOIN visitors p ON p.calendar_year = v.calendar_year - 1
WHERE ((SELECT "from" FROM params) IS NULL OR v.calendar_year >= (SELECT "from" FROM params))
  AND ((SELECT "to" FROM params) IS NULL OR v.calendar_year <= (SELECT "to" FROM params))
ORDER BY v.calendar_year
