-- ind_zz_slow_for_kill_tests: NOT part of the product. Kill tests put this folder on a child JVM's classpath so
--   that the indicator step is reliably still running when they kill it: it counts a range too long to finish.
--   Its name sorts it after every real indicator, so theirs are already upserted in the open transaction.
-- grain: one row
SELECT '140007' AS area_code, '全体' AS breakdown, 'FY' AS period_type, '2020' AS period,
       CAST(count(*) AS DOUBLE) AS value
FROM range(0, 1000000000000) AS numbers(i)
WHERE hash(i) % 3 = 0
