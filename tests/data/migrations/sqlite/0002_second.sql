ALTER TABLE widgets ADD COLUMN colour VARCHAR(20) DEFAULT 'blue';
INSERT INTO widgets (id, name) VALUES (2, 'it''s second');
