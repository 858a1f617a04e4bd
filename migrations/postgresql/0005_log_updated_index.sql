-- The message log screen notices status changes by polling max(updated_at); the index keeps that cheap
-- on a log of a million rows.
CREATE INDEX IF NOT EXISTS whatsapp_message_logs_updated_at_idx ON whatsapp_message_logs (updated_at);
