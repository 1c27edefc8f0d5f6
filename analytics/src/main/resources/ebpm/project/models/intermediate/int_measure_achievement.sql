-- int_measure_achievement: counts of measures by evaluation of their outcome indicator (the plan's kind marked
--   outcome: 成果指標), per mid-pillar (e.g. Ⅰ①), per pillar (Ⅰ) and overall (全体). Only measures with an
--   indicator count: ◎ exceeded, ○ achieved, △ not achieved. A level named by a word (the DX plan's
--   くらしのデジタル化, 教育) is joined to the one above it with '/' (くらしのデジタル化/教育); numerals as Ⅰ①.
-- grain: fiscal_year × breakdown
-- inputs: int_measure_evaluations, plan_indicator_kinds
WITH evaluated AS (
    SELECT e.fiscal_year, e.pillar_code, e.mid_code, e.evaluation
    FROM int_measure_evaluations e
    JOIN plan_indicator_kinds k ON k.plan_id = e.plan_id AND k.indicator_kind = e.indicator_kind AND k.outcome
    WHERE e.evaluation IN ('◎', '○', '△')
),
by_mid_pillar AS (
    SELECT fiscal_year,
           CASE WHEN length(pillar_code) = 1 THEN pillar_code || mid_code
                ELSE pillar_code || '/' || mid_code END AS breakdown,
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
