-- Administrators upgrade a shared database from the desk: the first one to sign in with a newer FrontDesk
-- confirms it. PostgreSQL lets only an object's owner (or a member of the owning role) alter it, so
-- frontdesk_admin becomes the owner of the schema's tables (with their sequences) and of FrontDesk's
-- functions, and may create new objects. From here on the runner applies migrations as frontdesk_admin
-- (SET LOCAL ROLE), so what they create belongs to it as well and the defaults below give reception its
-- reading rights. This step itself needs the login that owns the tables today (IT's, from the first run).
DO $$
DECLARE
    item record;
BEGIN
    -- Handing an object to a role needs membership in it: IT's login joins frontdesk_admin (superusers
    -- count as members of every role already).
    IF NOT pg_has_role(current_user, 'frontdesk_admin', 'USAGE') THEN
        EXECUTE format('GRANT frontdesk_admin TO %I', current_user);
    END IF;
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO frontdesk_admin', current_schema());

    -- Tables carry their own sequences (serial and identity columns) with them.
    FOR item IN
        SELECT c.oid::regclass AS name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND pg_has_role(current_user, c.relowner, 'USAGE')
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO frontdesk_admin', item.name);
    END LOOP;

    FOR item IN
        SELECT p.oid::regprocedure AS name
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() AND p.proname LIKE 'frontdesk\_%'
          AND pg_has_role(current_user, p.proowner, 'USAGE')
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO frontdesk_admin', item.name);
    END LOOP;
END
$$;

-- What later migrations create (as frontdesk_admin) gets the same baseline as migration 0004 gave.
ALTER DEFAULT PRIVILEGES FOR ROLE frontdesk_admin IN SCHEMA public GRANT SELECT ON TABLES TO frontdesk_reception;
ALTER DEFAULT PRIVILEGES FOR ROLE frontdesk_admin IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO frontdesk_reception;
