-- Version 4: every value says whether it is a figure as published, preliminary (速報) or final (確報), or one ebpm
-- computed from landed rows (計算). Added at the end, as in a new database. Rows stored before keep NULL there:
-- "before ebpm kept it" (the next night writes the status of every current value it computes again, see
-- IndicatorDatabase.upsert); the history's older rows stay NULL for good.

ALTER TABLE indicator_value ADD COLUMN IF NOT EXISTS value_status VARCHAR;
ALTER TABLE indicator_value_history ADD COLUMN IF NOT EXISTS value_status VARCHAR;
