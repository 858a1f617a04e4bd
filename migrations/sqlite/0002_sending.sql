-- Sending: automatic retries since the last admin retry, and the history of every attempt.
ALTER TABLE whatsapp_message_logs ADD COLUMN auto_retries INTEGER NOT NULL DEFAULT 0;
CREATE INDEX whatsapp_message_logs_due_idx ON whatsapp_message_logs (status, next_attempt_at);

CREATE TABLE whatsapp_message_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id INTEGER NOT NULL REFERENCES whatsapp_message_logs (id) ON DELETE CASCADE,
    station VARCHAR(100),
    transport VARCHAR(20),
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    outcome VARCHAR(20),
    error_message TEXT,
    note TEXT
);
CREATE INDEX whatsapp_message_attempts_message_idx ON whatsapp_message_attempts (message_id);
