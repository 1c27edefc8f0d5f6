-- PostgreSQL only
CREATE INDEX a_x ON a USING brin (x);
