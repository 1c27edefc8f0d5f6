-- both databases, but PostgreSQL takes V2__an_index.postgresql.sql
CREATE INDEX a_x ON a (x);
