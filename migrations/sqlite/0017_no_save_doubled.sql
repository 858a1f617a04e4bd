-- No save is ever doubled (issue 17). Every desk action carries a key made when its form was filled (or its
-- button clicked), kept across the desk's automatic second try. The action and this row are written in the
-- same transaction, so a second try whose first one committed (the answer was lost) finds the key and is
-- given the first result: no second record, no second message.
--
-- A table of its own rather than a column on each record: four of the actions change a record that exists
-- (assign, complete, failed, re-attempt), so a column would keep only the last key; the records' tables are
-- the customer's older system's and stay as they were.
CREATE TABLE IF NOT EXISTS desk_action_keys (
    key TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    reference_type TEXT NOT NULL,
    reference_id INTEGER NOT NULL,
    message_id INTEGER,
    message_outcome TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    created_by TEXT
);
