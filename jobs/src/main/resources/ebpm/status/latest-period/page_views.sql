-- The latest day a landed GA4 export covers.
SELECT CAST(max(view_date) AS VARCHAR) FROM src_page_views
