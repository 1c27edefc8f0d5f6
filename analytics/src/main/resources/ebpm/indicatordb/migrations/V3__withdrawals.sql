-- Version 3: withdrawals. The table withdrawal keeps every decision of 'ebpm withdraw' (and its undo) on record;
-- the history records a key no night computes any more once, as withdrawn, with no value. IF NOT EXISTS: a database
-- made before ebpm kept schema_version may have one of the two already.

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
  undo_reason VARCHAR
);

ALTER TABLE indicator_value_history ADD COLUMN IF NOT EXISTS withdrawn BOOLEAN DEFAULT false;
