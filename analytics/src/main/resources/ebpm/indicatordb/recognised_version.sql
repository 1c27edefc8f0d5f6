-- The schema version of a database ebpm made before it kept schema_version, told by the tables and columns each
-- version brought: 0 when there is no ebpm table at all. Versions 1 to 3 only: a database any later ebpm migrated
-- records its version in schema_version, so this query never needs to know a version 4.
WITH present AS (
  SELECT table_name || '.' || column_name AS name
  FROM information_schema.columns
  WHERE table_schema = current_schema()
)
SELECT CASE
  WHEN NOT EXISTS (SELECT 1 FROM present WHERE name = 'indicator_value.value') THEN 0
  WHEN (SELECT count(*) FROM present WHERE name IN ('ingest_manifest.landing_path',
        'ingest_manifest.rules_fingerprint', 'ingest_manifest.first_seen_at')) < 3 THEN 1
  WHEN NOT EXISTS (SELECT 1 FROM present WHERE name = 'indicator_value_history.withdrawn')
    OR NOT EXISTS (SELECT 1 FROM present WHERE name = 'withdrawal.id') THEN 2
  ELSE 3
END AS version
