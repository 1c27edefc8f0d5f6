-- The latest fiscal year a landed measure sheet states.
SELECT 'FY' || CAST(max(fiscal_year) AS VARCHAR) FROM src_measures
