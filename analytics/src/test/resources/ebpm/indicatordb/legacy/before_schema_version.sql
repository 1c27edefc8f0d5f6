-- The statements the last ebpm before schema_version ran on every open (IndicatorDatabase.createSchema,
-- IngestManifest.createSchema and Withdrawals.createSchema up to commit 42d38ab): every table and column of
-- schema version 3, unrecorded.

CREATE TABLE IF NOT EXISTS indicator (
  code VARCHAR PRIMARY KEY,
  name_ja VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  period_type VARCHAR NOT NULL,
  higher_is_better BOOLEAN NOT NULL,
  description VARCHAR NOT NULL,
  model VARCHAR NOT NULL);

CREATE TABLE IF NOT EXISTS indicator_value (
  indicator_code VARCHAR NOT NULL,
  area_code VARCHAR NOT NULL,
  breakdown VARCHAR NOT NULL,
  period_type VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  value DOUBLE PRECISION,
  target DOUBLE PRECISION,
  run_id VARCHAR NOT NULL,
  computed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (indicator_code, area_code, breakdown, period_type, period));

CREATE TABLE IF NOT EXISTS indicator_value_history (
  indicator_code VARCHAR NOT NULL,
  area_code VARCHAR NOT NULL,
  breakdown VARCHAR NOT NULL,
  period_type VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  value DOUBLE PRECISION,
  target DOUBLE PRECISION,
  run_id VARCHAR NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL);

ALTER TABLE indicator_value_history ADD COLUMN IF NOT EXISTS withdrawn BOOLEAN DEFAULT false;

CREATE TABLE IF NOT EXISTS ingest_manifest (
  source VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_written BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  message VARCHAR,
  lake_file VARCHAR,
  rejects_file VARCHAR,
  run_id VARCHAR NOT NULL,
  ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
  landing_path VARCHAR,
  rules_fingerprint VARCHAR,
  first_seen_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (source, checksum));

ALTER TABLE ingest_manifest ADD COLUMN IF NOT EXISTS landing_path VARCHAR;
ALTER TABLE ingest_manifest ADD COLUMN IF NOT EXISTS rules_fingerprint VARCHAR;
ALTER TABLE ingest_manifest ADD COLUMN IF NOT EXISTS first_seen_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE IF NOT EXISTS withdrawal (
  id BIGINT PRIMARY KEY,
  source VARCHAR NOT NULL,
  lake_table VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,
  row_key VARCHAR,
  rows_withdrawn BIGINT NOT NULL,
  reason VARCHAR NOT NULL,
  withdrawn_by VARCHAR NOT NULL,
  withdrawn_at TIMESTAMP WITH TIME ZONE NOT NULL,
  undone_by VARCHAR,
  undone_at TIMESTAMP WITH TIME ZONE,
  undo_reason VARCHAR);
