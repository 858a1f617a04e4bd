-- The canary (issue 15, section 5): before the first customer message of a sending session, and after every
-- selector-pack change, a station sends a short check to the business's own WhatsApp number. Its row is in
-- the log with event_type CANARY and reference_type canary (no schema change); the desk never claims it as a
-- customer's message and never counts it in the log's figures or the daily cap. A send interrupted by the
-- station's own stop or a dead render process ends its attempt INTERRUPTED (text, no schema change).
--
-- The canary is on for a new database and off for one that has already sent messages, until an administrator
-- turns it on (its number must be set first: a desk that upgrades must not stop sending).
INSERT INTO settings (key, value, updated_by)
SELECT 'sending.canary', 'false', 'migration 0015'
WHERE EXISTS (SELECT 1 FROM whatsapp_message_logs)
ON CONFLICT (key) DO NOTHING;
