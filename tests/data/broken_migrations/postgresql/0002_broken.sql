-- The first statement succeeds, the second fails: the whole migration must roll back.
CREATE TABLE gadgets (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
