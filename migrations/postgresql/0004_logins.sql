-- Logins (PostgreSQL: several desks). Each person logs in with a database role of their own that is a
-- member of frontdesk_admin or frontdesk_reception, so the server itself enforces who may do what.
-- Roles belong to the whole server, not to one database: created only when missing, and a second database
-- (or a second desk migrating at the same moment) finds them there.
ALTER TABLE users ADD COLUMN IF NOT EXISTS last_login_at TIMESTAMP;

DO $$
BEGIN
    CREATE ROLE frontdesk_admin NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE frontdesk_reception NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

-- Both may reach the database's tables at all.
GRANT USAGE ON SCHEMA public TO frontdesk_admin, frontdesk_reception;

-- Admins: everything (settings, templates, users, retries).
GRANT ALL ON ALL TABLES IN SCHEMA public TO frontdesk_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO frontdesk_admin;

-- Reception: read everything; write what the counter does (customers, enquiries, service requests,
-- deliveries, the messages they queue and, on a desk that sends, the sending state and attempts).
-- No DELETE anywhere, no writes to settings, users, engineers or delivery items.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO frontdesk_reception;
GRANT INSERT, UPDATE ON customers, enquiries, complaints, stock_movements TO frontdesk_reception;
GRANT INSERT, UPDATE ON whatsapp_message_logs, whatsapp_message_attempts TO frontdesk_reception;
GRANT UPDATE (last_login_at) ON users TO frontdesk_reception;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO frontdesk_reception;

-- Tables that later migrations create (as the same owner) get the same baseline.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO frontdesk_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO frontdesk_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO frontdesk_reception;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO frontdesk_reception;
