-- int_health_support_effect: per fiscal year, the mean improvement rate of the evaluations the prefecture supported
--   against those it did not, the difference (supported − not, in points) and its 95% confidence interval by
--   Welch's method (unequal variances):
--     se = sqrt(s1²/n1 + s0²/n0); df = (s1²/n1 + s0²/n0)² / ((s1²/n1)²/(n1 − 1) + (s0²/n0)²/(n0 − 1))
--       (Welch–Satterthwaite), rounded down to a whole number — conservative, as when reading a printed t table;
--     difference ± t(0.975; df) · se.
--   t(0.975; df) comes from Hill's formula (G. W. Hill, "Algorithm 396: Student's t-quantiles", CACM 13(10),
--   1970): closed forms for 1 and 2 degrees of freedom, and for 3 or more the expansion about the normal point
--   z = 1.959963984540054, within 2e-5 of the exact quantile. It is computed here, from sqrt, exp, cos and sin, so
--   that the interval is the same on every engine (neither DuckDB nor Spark has a t quantile function).
--   The interval needs two or more evaluations with an outcome in each group (else NULL). The data are
--   observational: a difference shows association, not that the support caused it.
-- grain: fiscal_year
-- inputs: int_health_support_groups
WITH years AS (
    SELECT DISTINCT fiscal_year FROM int_health_support_groups
),
paired AS (
    SELECT y.fiscal_year,
           coalesce(s.evaluations, 0)          AS supported_evaluations,
           coalesce(s.with_outcome, 0)         AS supported_n,
           s.mean_improvement_rate             AS supported_mean,
           coalesce(o.evaluations, 0)          AS unsupported_evaluations,
           coalesce(o.with_outcome, 0)         AS unsupported_n,
           o.mean_improvement_rate             AS unsupported_mean,
           -- squared standard errors of the two means, only where both groups allow a variance
           CASE WHEN s.with_outcome >= 2 AND o.with_outcome >= 2 THEN s.variance / s.with_outcome END AS supported_v,
           CASE WHEN s.with_outcome >= 2 AND o.with_outcome >= 2 THEN o.variance / o.with_outcome END AS unsupported_v
    FROM years y
    LEFT JOIN int_health_support_groups s ON s.fiscal_year = y.fiscal_year AND s.prefecture_supported
    LEFT JOIN int_health_support_groups o ON o.fiscal_year = y.fiscal_year AND NOT o.prefecture_supported
),
welch AS (
    SELECT p.*,
           supported_mean - unsupported_mean                                          AS difference,
           sqrt(supported_v + unsupported_v)                                          AS standard_error,
           (supported_v + unsupported_v) * (supported_v + unsupported_v)
               / nullif(supported_v * supported_v / nullif(supported_n - 1, 0)
                        + unsupported_v * unsupported_v / nullif(unsupported_n - 1, 0), 0) AS welch_df
    FROM paired p
),
whole_df AS (
    -- the small epsilon keeps a df of exactly 3 that arrives as 2.9999999999 at 3; greatest() skips NULLs, so
    -- the CASE keeps a missing df missing
    SELECT w.*,
           CASE WHEN welch_df IS NOT NULL THEN CAST(greatest(1, floor(welch_df + 1e-9)) AS DOUBLE) END AS df
    FROM welch w
),
normal_point AS (
    SELECT CAST(-1.959963984540054 AS DOUBLE) AS x
),
hill_a AS (
    SELECT w.*, n.x, 1 / (df - 0.5) AS a
    FROM whole_df w CROSS JOIN normal_point n
),
hill_b AS (
    SELECT h.*, 48 / (a * a) AS b FROM hill_a h
),
hill_c AS (
    SELECT h.*, ((20700 * a / b - 98) * a - 16) * a + 96.36 AS c FROM hill_b h
),
hill_d AS (
    SELECT h.*,
           ((94.5 / (b + c) - 3) / b + 1) * sqrt(a * pi() / 2) * df                  AS d,
           c + CASE WHEN df < 5 THEN 0.3 * (df - 4.5) * (x + 0.6) ELSE 0 END          AS c_small_df
    FROM hill_c h
),
hill_y AS (
    SELECT h.*,
           (((((0.4 * x * x + 6.3) * x * x + 36) * x * x + 94.5)
                 / ((((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c_small_df)
             - x * x - 3) / b + 1) * x                                                AS y
    FROM hill_d h
),
quantile AS (
    SELECT h.*,
           CASE WHEN df = 1 THEN cos(pi() * 0.025) / sin(pi() * 0.025)
                WHEN df = 2 THEN sqrt(2 / (0.05 * 1.95) - 2)
                ELSE sqrt(df * (exp(a * y * y) - 1)) END                              AS t_975
    FROM hill_y h
)
SELECT fiscal_year,
       supported_evaluations,
       supported_n,
       supported_mean,
       unsupported_evaluations,
       unsupported_n,
       unsupported_mean,
       difference,
       standard_error,
       welch_df,
       df                                      AS t_df,
       t_975,
       difference - t_975 * standard_error     AS ci_lower,
       difference + t_975 * standard_error     AS ci_upper
FROM quantile
