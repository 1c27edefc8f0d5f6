-- indicator: one indicator's values over its periods, for one area and breakdown, each beside the value of the
--   period right before it (FY and CY: the year before; MONTH: the month before; DAY: the day before), the change,
--   and the target. Where the period right before has no value there is no change: an older period is never taken
--   instead, so a gap in the data shows as a gap. A value published as preliminary (value_status 速報) is marked
--   ※速報値 in 備考 (its row; the row of the next period compares with it).
-- grain: one row per breakdown × period of the indicator in the area
-- inputs: params(indicator, area, breakdown), indicator_value, indicator, project_vars, seed_municipalities,
--   seed_designated_city_wards
WITH chosen AS (
    SELECT indicator_code, area_code, breakdown, period_type, period, value, target, value_status
    FROM indicator_value
    WHERE indicator_code = (SELECT indicator FROM params)
      AND area_code = (SELECT area FROM params)
),
shown AS (
    -- Left out, the breakdown is 全体 where the indicator has it in the area, else every breakdown.
    SELECT *
    FROM chosen
    WHERE CASE WHEN (SELECT breakdown FROM params) IS NOT NULL THEN breakdown = (SELECT breakdown FROM params)
               WHEN EXISTS (SELECT 1 FROM chosen WHERE breakdown = '全体') THEN breakdown = '全体'
               ELSE true END
),
with_previous AS (
    SELECT *,
           CASE period_type
               WHEN 'FY' THEN CAST(try_cast(period AS INTEGER) - 1 AS VARCHAR)
               WHEN 'CY' THEN CAST(try_cast(period AS INTEGER) - 1 AS VARCHAR)
               WHEN 'MONTH' THEN strftime(try_cast(period || '-01' AS DATE) - INTERVAL 1 MONTH, '%Y-%m')
               WHEN 'DAY' THEN strftime(try_cast(period AS DATE) - INTERVAL 1 DAY, '%Y-%m-%d')
           END AS previous_period
    FROM shown
),
areas AS (
    SELECT code, min(name) AS name
    FROM (SELECT prefecture_code AS code, prefecture_name AS name FROM project_vars
          UNION ALL SELECT code, name FROM seed_municipalities
          UNION ALL SELECT code, name FROM seed_designated_city_wards) named
    GROUP BY code
)
SELECT coalesce(d.name_ja, c.indicator_code)                            AS "指標",
       c.area_code || coalesce(' ' || a.name, '')                      AS "地域",
       c.breakdown                                                      AS "内訳",
       c.period                                                         AS "期間",
       -- four decimals: enough for any rate, and no float noise (81.6 − 69.84… is not −11.758730158699990)
       round(c.value, 4)                                                AS "値",
       round(p.value, 4)                                                AS "前期間の値",
       round(c.value - p.value, 4)                                      AS "増減",
       round(100.0 * (c.value - p.value) / nullif(p.value, 0), 1)       AS "増減率(%)",
       round(c.target, 4)                                               AS "目標",
       round(100.0 * c.value / nullif(c.target, 0), 1)                  AS "目標比(%)",
       CASE WHEN c.value_status = '速報' THEN '※速報値' ELSE '' END      AS "備考"
FROM with_previous c
LEFT JOIN indicator_value p
       ON p.indicator_code = c.indicator_code AND p.area_code = c.area_code AND p.breakdown = c.breakdown
      AND p.period_type = c.period_type AND p.period = c.previous_period
LEFT JOIN indicator d ON d.code = c.indicator_code
LEFT JOIN areas a ON a.code = c.area_code
ORDER BY c.breakdown, c.period
