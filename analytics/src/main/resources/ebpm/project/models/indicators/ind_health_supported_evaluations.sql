-- ind_health_supported_evaluations: evaluations of municipal health projects that the prefecture supported with
--   health and medical data (県評価支援 = 有), per municipality and prefecture-wide. The prefecture-wide row carries
--   the target of the ICT plan's measure 保健医療データの活用 (成果指標 市町村事業の評価支援件数) from the measure
--   sheet of the same fiscal year, where one has landed.
-- grain: area_code × breakdown (全体) × fiscal year (prefecture-wide: area = project_vars.prefecture_code)
-- inputs: int_health_evaluations, stg_measures
WITH per_municipality AS (
    SELECT municipality_code AS area_code, fiscal_year,
           count(*) FILTER (WHERE prefecture_supported) AS supported
    FROM int_health_evaluations
    GROUP BY fiscal_year, municipality_code
),
prefecture AS (
    SELECT fiscal_year, count(*) FILTER (WHERE prefecture_supported) AS supported
    FROM int_health_evaluations
    GROUP BY fiscal_year
),
targets AS (
    SELECT fiscal_year, max(target_value) AS target
    FROM stg_measures
    WHERE indicator_text = '市町村事業の評価支援件数'
    GROUP BY fiscal_year
)
SELECT area_code,
       '全体'                         AS breakdown,
       'FY'                           AS period_type,
       CAST(fiscal_year AS STRING)    AS period,
       CAST(supported AS DOUBLE)      AS value,
       CAST(NULL AS DOUBLE)           AS target
FROM per_municipality
UNION ALL
SELECT (SELECT prefecture_code FROM project_vars), '全体', 'FY', CAST(p.fiscal_year AS STRING), CAST(p.supported AS DOUBLE), t.target
FROM prefecture p
LEFT JOIN targets t ON t.fiscal_year = p.fiscal_year
