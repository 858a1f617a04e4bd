-- Two b-tree indexes of the message log that no query reads: the log's search is "part of the phone or of
-- the name" (LIKE '%text%', which a b-tree cannot serve), found through the trigram index of 0009 since then.
-- Every queued message still paid for writing them.
DROP INDEX IF EXISTS whatsapp_message_logs_phone_idx;
DROP INDEX IF EXISTS whatsapp_message_logs_name_idx;
