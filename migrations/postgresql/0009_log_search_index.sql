-- The message log's search ("part of the phone number or of the customer's name") is LIKE '%text%', which a
-- b-tree index cannot serve: on a log of a million rows a search for one customer read the whole table
-- (0.6 s on the test machine). Trigram indexes (pg_trgm, shipped with PostgreSQL) serve infix LIKE on both
-- searched columns.
-- The extension belongs to the database, not to FrontDesk's role: it is created by the login that runs the
-- upgrade (IT's, the database owner or a superuser) for this one statement. When that login may not, the
-- upgrade goes on without the indexes and the search stays a table scan; once IT has run
-- "CREATE EXTENSION pg_trgm" in the database, the indexes can be made by hand with the statements below.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            SET LOCAL ROLE NONE;
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'pg_trgm could not be created (%): the message log search will not be indexed', SQLERRM;
        END;
        SET LOCAL ROLE frontdesk_admin;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS whatsapp_message_logs_phone_trgm_idx
            ON whatsapp_message_logs USING gin (customer_phone gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS whatsapp_message_logs_name_trgm_idx
            ON whatsapp_message_logs USING gin (lower(customer_name) gin_trgm_ops);
    END IF;
END
$$;
