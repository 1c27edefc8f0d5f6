-- achievement-by-pillar: the summary table of the inspection report for one fiscal year: measures with an
--   indicator and how many exceeded, achieved or missed it, with the achievement rate and the change against
--   the previous year's rate, per mid-pillar, a subtotal per pillar and the total.
--   The table of the ICT plan (ict-2019); achievement-by-level gives it for any plan. Rates are shown as the
--   plan rounds them in each year (plan_years: the FY2019 report cut its rates off, later ones rounded half up).
--   A previous year's rate published as preliminary (value_status 速報) is marked in 備考.
-- grain: one row per mid-pillar (中柱), per pillar (柱, 中柱 = 小計) and one total row (柱 = 合計)
-- inputs: params(fy), indicator_value, int_measure_evaluations, plan_years
WITH values_this_year AS (
    SELECT breakdown,
           max(CASE WHEN indicator_code = 'measures_with_indicator' THEN value END) AS measures,
           max(CASE WHEN indicator_code = 'measures_exceeded' THEN value END)       AS exceeded,
           max(CASE WHEN indicator_code = 'measures_achieved' THEN value END)       AS achieved,
           max(CASE WHEN indicator_code = 'measures_not_achieved' THEN value END)   AS not_achieved,
           max(CASE WHEN indicator_code = 'measure_achievement_rate' THEN value END) AS rate
    FROM indicator_value
    WHERE area_code = (SELECT prefecture_code FROM project_vars) AND period_type = 'FY'
      AND period = (SELECT CAST(fy AS VARCHAR) FROM params)
    GROUP BY breakdown
),
rates_last_year AS (
    SELECT breakdown, value AS rate, value_status
    FROM indicator_value
    WHERE indicator_code = 'measure_achievement_rate' AND area_code = (SELECT prefecture_code FROM project_vars) AND period_type = 'FY'
      AND period = (SELECT CAST(fy - 1 AS VARCHAR) FROM params)
),
groups AS (
    SELECT DISTINCT pillar_code, pillar_label, mid_code, mid_label
    FROM int_measure_evaluations
    WHERE fiscal_year = (SELECT fy FROM params) AND plan_id = 'ict-2019'
),
-- how the plan shows a rate of each year: to its decimals, half up or (a year whose report cut rates off) down
shown AS (
    SELECT fiscal_year, rate_rounding, pow(10, rate_decimals) AS scale
    FROM plan_years
),
table_rows AS (
    SELECT 1 AS section, pillar_code, 1 AS level, mid_code, pillar_label AS pillar, mid_label AS mid_pillar,
           pillar_code || mid_code AS breakdown
    FROM groups
    UNION ALL
    SELECT DISTINCT 1, pillar_code, 2, '', pillar_label, '小計', pillar_code
    FROM groups
    UNION ALL
    SELECT 2, '', 3, '', '合計', '', '全体'
    FROM params
    WHERE EXISTS (SELECT 1 FROM groups)
)
SELECT r.pillar                                                   AS "柱",
       r.mid_pillar                                               AS "中柱",
       CAST(coalesce(v.measures, 0) AS BIGINT)                    AS "施策数",
       CAST(coalesce(v.exceeded, 0) AS BIGINT)                    AS "上回った",
       CAST(coalesce(v.achieved, 0) AS BIGINT)                    AS "達成",
       CAST(coalesce(v.not_achieved, 0) AS BIGINT)                AS "未達成",
       v.rate_shown                                               AS "達成率(%)",
       p.rate_shown                                               AS "前年度達成率(%)",
       v.rate_shown - p.rate_shown                                AS "増減(pt)",
       CASE WHEN p.value_status = '速報' THEN '※前年度達成率は速報値' ELSE '' END AS "備考"
FROM table_rows r
LEFT JOIN (SELECT v.*, CASE WHEN s.rate_rounding = 'down' THEN floor(v.rate * s.scale + 1e-9) / s.scale
                            ELSE round(v.rate * s.scale) / s.scale END AS rate_shown
           FROM values_this_year v
           LEFT JOIN shown s ON s.fiscal_year = (SELECT fy FROM params)) v ON v.breakdown = r.breakdown
LEFT JOIN (SELECT p.*, CASE WHEN s.rate_rounding = 'down' THEN floor(p.rate * s.scale + 1e-9) / s.scale
                            ELSE round(p.rate * s.scale) / s.scale END AS rate_shown
           FROM rates_last_year p
           LEFT JOIN shown s ON s.fiscal_year = (SELECT fy - 1 FROM params)) p ON p.breakdown = r.breakdown
ORDER BY r.section, r.pillar_code, r.level, r.mid_code
