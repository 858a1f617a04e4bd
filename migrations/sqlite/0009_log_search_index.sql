-- The message log's search ("part of the phone number or of the customer's name") is LIKE '%text%', which no
-- b-tree index can serve: on a log of a million rows a search for one customer read the whole table
-- (0.6 s on the test machine). A trigram full-text index over the two searched columns finds any part of
-- three characters or more (MessageLogFilter uses it for such searches). It holds no copy of the rows
-- (external content): the triggers keep it in step with the log.
CREATE VIRTUAL TABLE IF NOT EXISTS whatsapp_message_logs_search USING fts5(
    customer_phone, customer_name, content = 'whatsapp_message_logs', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO whatsapp_message_logs_search (whatsapp_message_logs_search) VALUES ('rebuild');
CREATE TRIGGER IF NOT EXISTS whatsapp_message_logs_search_insert AFTER INSERT ON whatsapp_message_logs BEGIN
    INSERT INTO whatsapp_message_logs_search (rowid, customer_phone, customer_name)
    VALUES (new.id, new.customer_phone, new.customer_name);
END;
CREATE TRIGGER IF NOT EXISTS whatsapp_message_logs_search_delete AFTER DELETE ON whatsapp_message_logs BEGIN
    INSERT INTO whatsapp_message_logs_search (whatsapp_message_logs_search, rowid, customer_phone, customer_name)
    VALUES ('delete', old.id, old.customer_phone, old.customer_name);
END;
CREATE TRIGGER IF NOT EXISTS whatsapp_message_logs_search_update
AFTER UPDATE OF customer_phone, customer_name ON whatsapp_message_logs BEGIN
    INSERT INTO whatsapp_message_logs_search (whatsapp_message_logs_search, rowid, customer_phone, customer_name)
    VALUES ('delete', old.id, old.customer_phone, old.customer_name);
    INSERT INTO whatsapp_message_logs_search (rowid, customer_phone, customer_name)
    VALUES (new.id, new.customer_phone, new.customer_name);
END;
