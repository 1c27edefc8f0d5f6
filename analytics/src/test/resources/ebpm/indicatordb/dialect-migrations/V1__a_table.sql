-- both databases
CREATE TABLE a (x INTEGER);
