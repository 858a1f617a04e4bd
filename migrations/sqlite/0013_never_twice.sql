-- Never the same message twice (issue 15): a station that cannot see its own messages any more (WhatsApp Web
-- changed, or two sends in a row were not confirmed) pauses itself. One row per pause, kept after it is
-- lifted, so the log shows when and why a station stopped and who let it go on. A send that may have gone out
-- ends its attempt UNCONFIRMED (no schema change: the outcome is text).
CREATE TABLE station_pauses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    station VARCHAR(100) NOT NULL,
    transport VARCHAR(20),
    reason TEXT NOT NULL,
    missing TEXT,
    selector_pack VARCHAR(200),
    paused_at TIMESTAMP NOT NULL,
    paused_by VARCHAR(100),
    resumed_at TIMESTAMP,
    resumed_by VARCHAR(100)
);
-- At most one pause in force per station.
CREATE UNIQUE INDEX station_pauses_active_idx ON station_pauses (station) WHERE resumed_at IS NULL;

-- Until this migration a try that failed "transiently" may have pressed send (it was retried after a look in
-- the chat). From here on a transient failure means the message provably never left, and a retry whose look
-- in the chat cannot tell may rely on it: only for attempts after this one.
INSERT INTO settings (key, value, updated_by)
SELECT 'sending.never_left_proven_after_attempt', CAST(COALESCE(MAX(id), 0) AS TEXT), 'migration 0013'
FROM whatsapp_message_attempts
WHERE true
ON CONFLICT (key) DO NOTHING;
