-- The latest fiscal year a landed health evaluation states.
SELECT 'FY' || CAST(max(fiscal_year) AS VARCHAR) FROM src_health_evaluations
