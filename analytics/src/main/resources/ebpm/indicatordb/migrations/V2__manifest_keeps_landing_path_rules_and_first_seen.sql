-- Version 2: the manifest keeps where below the landing folder a file was read, under which rules of its source
-- (a changed rule reads a file again), and when its content first arrived (the order files apply in). Added at the
-- end, as in a new database; rows recorded before keep NULL there (IngestManifest reads a NULL first_seen_at as
-- ingested_at). IF NOT EXISTS: a database made before ebpm kept schema_version may have some of them.

ALTER TABLE ingest_manifest ADD COLUMN IF NOT EXISTS landing_path VARCHAR;
ALTER TABLE ingest_manifest ADD COLUMN IF NOT EXISTS rules_fingerprint VARCHAR;
ALTER TABLE ingest_manifest ADD COLUMN IF NOT EXISTS first_seen_at TIMESTAMP WITH TIME ZONE;
