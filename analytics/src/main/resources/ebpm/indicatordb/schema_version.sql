-- One row per schema version this database went through, the first one read before anything else: a night knows
-- from it, without any DDL, whether the tables are as it needs them. Not a versioned migration itself: a database
-- made before ebpm kept it gets it when it is first migrated, whatever version its tables were recognised as.

CREATE TABLE schema_version (
  version INTEGER PRIMARY KEY,
  description VARCHAR NOT NULL,
  applied_at TIMESTAMP WITH TIME ZONE NOT NULL
);
