-- Version 1, the first release: indicator definitions, current values, their history, and the manifest of landing
-- files taken in. IF NOT EXISTS because a database made before ebpm kept schema_version may hold these tables
-- already (and then this version only records itself).

CREATE TABLE IF NOT EXISTS indicator (
  code VARCHAR PRIMARY KEY,
  name_ja VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  period_type VARCHAR NOT NULL,
  higher_is_better BOOLEAN NOT NULL,
  description VARCHAR NOT NULL,
  model VARCHAR NOT NULL
);

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
  PRIMARY KEY (indicator_code, area_code, breakdown, period_type, period)
);

CREATE TABLE IF NOT EXISTS indicator_value_history (
  indicator_code VARCHAR NOT NULL,
  area_code VARCHAR NOT NULL,
  breakdown VARCHAR NOT NULL,
  period_type VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  value DOUBLE PRECISION,
  target DOUBLE PRECISION,
  run_id VARCHAR NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

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
  PRIMARY KEY (source, checksum)
);
