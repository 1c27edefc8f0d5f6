-- int_page_sections: the site name and section of every page that has views, from the project's seeds: a page
--   belongs to the section of the longest path prefix of its site (seed_tourism_sections) that its path starts with,
--   else to その他; a site not in seed_tourism_sites is named by its id. Joined at every run, so a changed seed
--   reaches pages ingested long ago.
-- grain: site × page_path
-- inputs: int_page_views_pages, seed_tourism_sites, seed_tourism_sections
WITH pages AS (
    SELECT DISTINCT site, page_path FROM int_page_views_pages
),
matches AS (
    SELECT p.site, p.page_path, s.section,
           row_number() OVER (PARTITION BY p.site, p.page_path
                              ORDER BY length(s.path_prefix) DESC) AS longest_first
    FROM pages p
    JOIN seed_tourism_sections s
      ON s.site_id = p.site AND substr(p.page_path, 1, length(s.path_prefix)) = s.path_prefix
)
SELECT p.site,
       coalesce(t.name, p.site)     AS site_name,
       p.page_path,
       coalesce(m.section, 'その他') AS section
FROM pages p
LEFT JOIN matches m ON m.site = p.site AND m.page_path = p.page_path AND m.longest_first = 1
LEFT JOIN seed_tourism_sites t ON t.site_id = p.site
