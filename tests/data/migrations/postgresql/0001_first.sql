-- A test migration set: two steps, to exercise upgrades and the backup taken before them.
CREATE TABLE widgets (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
INSERT INTO widgets (id, name) VALUES (1, 'first; with a semicolon');
