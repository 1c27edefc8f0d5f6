-- int_measure_achievement: counts of measures by evaluation, per mid-pillar (e.g. Ⅰ①), per pillar (Ⅰ) and
--   overall (全体). Only measures with an indicator count: ◎ exceeded, ○ achieved, △ not achieved.
-- grain: fiscal_year × breakdown
-- inputs: int_measure_evaluations
WITH evaluated AS (
    SELECT fiscal_year, pillar_code, mid_code, evaluation
    FROM int_measure_evaluations
    WHERE evaluation IN ('◎', '○', '△')
),
by_mid_pillar AS (
    SELECT fiscal_year, pillar_code || mid_code AS breakdown,
           count(*) AS measures,
           count(*) FILTER (WHERE evaluation = '◎') AS exceeded,
           count(*) FILTER (WHERE evaluation = '○') AS achieved,
           count(*) FILTER (WHERE evaluation = '△') AS not_achieved
    FROM evaluated
    GROUP BY fiscal_year, pillar_code, mid_code
),
by_pillar AS (
    SELECT fiscal_year, pillar_code AS breakdown,
           count(*) AS measures,
           count(*) FILTER (WHERE evaluation = '◎') AS exceeded,
           count(*) FILTER (WHERE evaluation = '○') AS achieved,
           count(*) FILTER (WHERE evaluation = '△') AS not_achieved
    FROM evaluated
    GROUP BY fiscal_year, pillar_code
),
overall AS (
    SELECT fiscal_year, '全体' AS breakdown,
           count(*) AS measures,
           count(*) FILTER (WHERE evaluation = '◎') AS exceeded,
           count(*) FILTER (WHERE evaluation = '○') AS achieved,
           count(*) FILTER (WHERE evaluation = '△') AS not_achieved
    FROM evaluated
    GROUP BY fiscal_year
)
SELECT * FROM by_mid_pillar
UNION ALL
SELECT * FROM by_pillar
UNION ALL
SELECT * FROM overall
