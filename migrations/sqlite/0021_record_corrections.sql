-- Records can be corrected (issue 20, point 17): a typo in a name, a product, the notes. Each correction is
-- kept here: which record, which field, what it said before and after, who corrected it and when (the
-- database's clock). A correction only changes the record: it queues no message and leaves the message flags
-- and statuses alone. The desk writes it together with the record change in one transaction
-- (models/repositories/CorrectionRepository).
CREATE TABLE IF NOT EXISTS record_corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference_type VARCHAR(30) NOT NULL,
    reference_id INTEGER NOT NULL,
    field VARCHAR(50) NOT NULL,
    old_value TEXT,
    new_value TEXT,
    corrected_by VARCHAR(100) NOT NULL,
    corrected_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
CREATE INDEX IF NOT EXISTS record_corrections_record_idx ON record_corrections (reference_type, reference_id, id);
