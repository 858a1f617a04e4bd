-- Administrators manage people through vetted functions, not CREATEROLE (issue 17, DECISIONS.md "Who may do
-- what", changed 2026-12).
--
-- Until now FrontDesk gave every administrator's login CREATEROLE so that the Users page could add people.
-- On PostgreSQL 15 CREATEROLE also lets that login grant itself pg_execute_server_program (shell commands as
-- the server's user) or pg_read_server_files, change IT's password, or make a CREATEROLE role of its own.
--
-- 1. frontdesk_login_keeper (NOLOGIN, CREATEROLE) owns the functions below and nothing else, and nobody is a
--    member of it: no login can become it, so its CREATEROLE is used only through these functions. It is a
--    member of frontdesk_admin only so that it may create them in FrontDesk's schema (0008 gave CREATE to
--    frontdesk_admin); that direction gives administrators nothing of its own.
-- 2. The functions (SECURITY DEFINER, search_path pg_catalog and pg_temp only, typed arguments, EXECUTE for
--    frontdesk_admin only) can only create a login, set its password, enable or disable it, and grant or
--    revoke exactly frontdesk_admin, frontdesk_reception and frontdesk_sender; and only for FrontDesk's own
--    logins: a login role that is a direct member of one of those three and of nothing else, has no members,
--    owns nothing, and is no superuser, no CREATEROLE/CREATEDB/REPLICATION/BYPASSRLS role. IT's login, the
--    database's or the schema's owner and every other role are refused (42501). New desk logins get the
--    session limits of 0016, administrators not.
-- 3. The administrators' logins FrontDesk gave CREATEROLE (members of frontdesk_admin named in `users`, no
--    superuser, owning nothing: IT's login owns the database or its objects) lose it, and the upgrade says so.
--
-- Roles belong to the whole server: the keeper is created, and the functions are handed to it, by the login
-- that runs the upgrade (IT's, or an administrator's that FrontDesk gave CREATEROLE until this version). The
-- function owner never depends on who ran the migrations: it is frontdesk_login_keeper either way.

DO $$
BEGIN
    SET LOCAL ROLE NONE;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'frontdesk_login_keeper') THEN
            BEGIN
                CREATE ROLE frontdesk_login_keeper NOLOGIN CREATEROLE;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
        IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'frontdesk_login_keeper') THEN
            ALTER ROLE frontdesk_login_keeper CREATEROLE;
        END IF;
        IF NOT pg_has_role('frontdesk_login_keeper', 'frontdesk_admin', 'MEMBER') THEN
            GRANT frontdesk_admin TO frontdesk_login_keeper;
        END IF;
        -- Only for the next statements: the login running the upgrade creates the functions as the keeper.
        IF NOT pg_has_role(session_user, 'frontdesk_login_keeper', 'USAGE') THEN
            EXECUTE format('GRANT frontdesk_login_keeper TO %I', session_user);
        END IF;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'this login may not set up frontdesk_login_keeper (%)', SQLERRM
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'IT runs "frontdesk migrate" once with its own login (the database owner).';
    END;
END
$$;

SET LOCAL ROLE frontdesk_login_keeper;

-- Nothing planted under these names survives (an administrator may create objects in the schema).
DROP FUNCTION IF EXISTS frontdesk_managed_login(text);
DROP FUNCTION IF EXISTS frontdesk_apply_login_limits(text);
DROP FUNCTION IF EXISTS frontdesk_create_login(text, text, text, boolean);
DROP FUNCTION IF EXISTS frontdesk_set_login_password(text, text);
DROP FUNCTION IF EXISTS frontdesk_set_login_enabled(text, boolean);
DROP FUNCTION IF EXISTS frontdesk_grant_desk_role(text, text);
DROP FUNCTION IF EXISTS frontdesk_revoke_desk_role(text, text);

-- Raises 42501 unless p_login is one of FrontDesk's own logins (see 2. above).
CREATE FUNCTION frontdesk_managed_login(p_login text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target pg_catalog.pg_roles%ROWTYPE;
    desk oid[];
BEGIN
    SELECT array_agg(r.oid) INTO desk FROM pg_catalog.pg_roles r
    WHERE r.rolname IN ('frontdesk_admin', 'frontdesk_reception', 'frontdesk_sender');
    SELECT * INTO target FROM pg_catalog.pg_roles r WHERE r.rolname = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no login "%"', p_login USING ERRCODE = 'undefined_object';
    END IF;
    IF target.rolsuper OR target.rolcreaterole OR target.rolcreatedb OR target.rolreplication
       OR target.rolbypassrls OR p_login LIKE 'pg\_%' OR p_login LIKE 'frontdesk\_%'
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                      WHERE m.member = target.oid AND m.roleid = ANY (desk))
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                  WHERE m.member = target.oid AND NOT (m.roleid = ANY (desk)))
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m WHERE m.roleid = target.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_shdepend d
                  WHERE d.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass
                    AND d.refobjid = target.oid AND d.deptype = 'o')
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_database d WHERE d.datdba = target.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspowner = target.oid) THEN
        RAISE EXCEPTION '"%" is not a FrontDesk login: IT manages it', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- A desk login's session limits (as 0016 set them), none for an administrator's.
CREATE FUNCTION frontdesk_apply_login_limits(p_login text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_catalog.pg_has_role(p_login, 'frontdesk_admin', 'MEMBER') THEN
        EXECUTE pg_catalog.format('ALTER ROLE %I RESET idle_in_transaction_session_timeout', p_login);
        EXECUTE pg_catalog.format('ALTER ROLE %I RESET lock_timeout', p_login);
    ELSE
        EXECUTE pg_catalog.format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_login, '60s');
        EXECUTE pg_catalog.format('ALTER ROLE %I SET lock_timeout = %L', p_login, '30s');
    END IF;
END
$$;

-- A new login in frontdesk_admin or frontdesk_reception, and frontdesk_sender when p_sender. p_password is
-- what goes after PASSWORD: a SCRAM secret (the desks compute it) or the password itself.
CREATE FUNCTION frontdesk_create_login(p_login text, p_password text, p_role text, p_sender boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('frontdesk_admin', 'frontdesk_reception') THEN
        RAISE EXCEPTION 'a new login is in frontdesk_admin or frontdesk_reception, not "%"', p_role
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9._-]{0,62}$' OR p_login LIKE 'pg\_%'
       OR p_login LIKE 'frontdesk\_%' THEN
        RAISE EXCEPTION 'the login name "%" is not allowed', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_password IS NULL OR p_password = '' THEN
        RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
        RAISE EXCEPTION 'the login "%" exists already', p_login USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                              'NOBYPASSRLS INHERIT PASSWORD %L', p_login, p_password);
    EXECUTE pg_catalog.format('GRANT %I TO %I', p_role, p_login);
    IF p_sender THEN
        EXECUTE pg_catalog.format('GRANT frontdesk_sender TO %I', p_login);
    END IF;
    PERFORM public.frontdesk_apply_login_limits(p_login);
END
$$;

CREATE FUNCTION frontdesk_set_login_password(p_login text, p_password text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.frontdesk_managed_login(p_login);
    IF p_password IS NULL OR p_password = '' THEN
        RAISE EXCEPTION 'a login needs a password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE pg_catalog.format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
END
$$;

CREATE FUNCTION frontdesk_set_login_enabled(p_login text, p_enabled boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.frontdesk_managed_login(p_login);
    IF p_enabled IS NULL THEN
        RAISE EXCEPTION 'enabled or not?' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE pg_catalog.format(CASE WHEN p_enabled THEN 'ALTER ROLE %I LOGIN' ELSE 'ALTER ROLE %I NOLOGIN' END,
                              p_login);
END
$$;

CREATE FUNCTION frontdesk_grant_desk_role(p_login text, p_role text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('frontdesk_admin', 'frontdesk_reception', 'frontdesk_sender') THEN
        RAISE EXCEPTION 'only frontdesk_admin, frontdesk_reception or frontdesk_sender, not "%"', p_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.frontdesk_managed_login(p_login);
    EXECUTE pg_catalog.format('GRANT %I TO %I', p_role, p_login);
    PERFORM public.frontdesk_apply_login_limits(p_login);
END
$$;

-- Never the last of frontdesk_admin and frontdesk_reception: the login would no longer be FrontDesk's.
CREATE FUNCTION frontdesk_revoke_desk_role(p_login text, p_role text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('frontdesk_admin', 'frontdesk_reception', 'frontdesk_sender') THEN
        RAISE EXCEPTION 'only frontdesk_admin, frontdesk_reception or frontdesk_sender, not "%"', p_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.frontdesk_managed_login(p_login);
    IF p_role <> 'frontdesk_sender' AND NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_auth_members m
        JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
        JOIN pg_catalog.pg_roles u ON u.oid = m.member
        WHERE u.rolname = p_login AND g.rolname IN ('frontdesk_admin', 'frontdesk_reception')
          AND g.rolname <> p_role) THEN
        RAISE EXCEPTION '"%" keeps frontdesk_admin or frontdesk_reception: grant the other one first', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE pg_catalog.format('REVOKE %I FROM %I', p_role, p_login);
    PERFORM public.frontdesk_apply_login_limits(p_login);
END
$$;

REVOKE ALL ON FUNCTION frontdesk_managed_login(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION frontdesk_apply_login_limits(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION frontdesk_create_login(text, text, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION frontdesk_set_login_password(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION frontdesk_set_login_enabled(text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION frontdesk_grant_desk_role(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION frontdesk_revoke_desk_role(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION frontdesk_create_login(text, text, text, boolean) TO frontdesk_admin;
GRANT EXECUTE ON FUNCTION frontdesk_set_login_password(text, text) TO frontdesk_admin;
GRANT EXECUTE ON FUNCTION frontdesk_set_login_enabled(text, boolean) TO frontdesk_admin;
GRANT EXECUTE ON FUNCTION frontdesk_grant_desk_role(text, text) TO frontdesk_admin;
GRANT EXECUTE ON FUNCTION frontdesk_revoke_desk_role(text, text) TO frontdesk_admin;

-- 0016's helper needed CREATEROLE from its caller (and frontdesk_admin, its owner, could rewrite it):
-- frontdesk_apply_login_limits replaces it.
DROP FUNCTION IF EXISTS frontdesk_desk_login_defaults(text);

-- The upgrading login leaves the keeper again, and FrontDesk's administrators lose CREATEROLE (last: the
-- login running this may be one of them).
DO $$
DECLARE
    login record;
BEGIN
    SET LOCAL ROLE NONE;
    IF EXISTS (SELECT 1 FROM pg_auth_members m
               WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = 'frontdesk_login_keeper')
                 AND m.member = (SELECT oid FROM pg_roles WHERE rolname = session_user)) THEN
        EXECUTE format('REVOKE frontdesk_login_keeper FROM %I', session_user);
    END IF;
    FOR login IN
        SELECT r.rolname FROM pg_roles r
        WHERE r.rolcreaterole AND NOT r.rolsuper AND r.rolname NOT LIKE 'frontdesk\_%'
          AND pg_has_role(r.oid, 'frontdesk_admin', 'MEMBER')
          AND EXISTS (SELECT 1 FROM users u WHERE lower(u.login) = lower(r.rolname))
          AND NOT EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass
                            AND d.refobjid = r.oid AND d.deptype = 'o')
          AND NOT EXISTS (SELECT 1 FROM pg_database d WHERE d.datdba = r.oid)
          AND NOT EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspowner = r.oid)
        ORDER BY r.rolname = session_user, r.rolname
    LOOP
        BEGIN
            EXECUTE format('ALTER ROLE %I NOCREATEROLE', login.rolname);
            RAISE NOTICE 'FrontDesk: % may no longer create or change roles (tightened on upgrade: administrators manage people on the Users page)',
                login.rolname;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'FrontDesk: % still holds CREATEROLE: IT should run "ALTER ROLE % NOCREATEROLE;" (%)',
                login.rolname, login.rolname, SQLERRM;
        END;
    END LOOP;
    SET LOCAL ROLE frontdesk_admin;
END
$$;

-- 4. A sender pauses only its own station. Stations are named by their computer (the desk's window and
--    `frontdesk dispatch` on one computer share the name, and may sign in with different logins), and that
--    name is only a label the caller passes: until now any sender could record a pause under another
--    station's name and stop it. The pause is recorded for a station of session_user's only: one whose name
--    session_user has claimed, run attempts or paused under before, or a name no other login has used (rows
--    from before 0016 name no login and count for nobody).
--    Refused with 42501 otherwise. (A paused station of another login is resumed by an administrator.)
CREATE OR REPLACE FUNCTION frontdesk_pause_station(
    p_station text, p_transport text, p_reason text, p_missing text, p_selector_pack text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    pause_id bigint;
BEGIN
    PERFORM public.frontdesk_check_station(p_station);
    IF COALESCE(p_reason, '') = '' THEN
        RAISE EXCEPTION 'a pause needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT (EXISTS (SELECT 1 FROM public.whatsapp_message_attempts a
                    WHERE a.station = p_station AND a.login = session_user)
            OR EXISTS (SELECT 1 FROM public.whatsapp_message_logs m
                       WHERE m.claimed_by = p_station AND m.claimed_login = session_user)
            OR EXISTS (SELECT 1 FROM public.station_pauses p
                       WHERE p.station = p_station AND p.paused_by = session_user))
       AND (EXISTS (SELECT 1 FROM public.whatsapp_message_attempts a
                    WHERE a.station = p_station AND a.login IS NOT NULL AND a.login <> session_user)
            OR EXISTS (SELECT 1 FROM public.whatsapp_message_logs m
                       WHERE m.claimed_by = p_station AND m.claimed_login IS NOT NULL
                         AND m.claimed_login <> session_user)
            OR EXISTS (SELECT 1 FROM public.station_pauses p
                       WHERE p.station = p_station AND p.paused_by IS NOT NULL AND p.paused_by <> session_user)) THEN
        RAISE EXCEPTION 'station "%" is another login''s: a sender pauses only its own station', p_station
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.station_pauses (station, transport, reason, missing, selector_pack, paused_at, paused_by)
    VALUES (p_station, p_transport, p_reason, p_missing, p_selector_pack, public.frontdesk_utc_now(), session_user)
    ON CONFLICT (station) WHERE resumed_at IS NULL DO NOTHING
    RETURNING id INTO pause_id;
    IF pause_id IS NULL THEN
        SELECT id INTO pause_id FROM public.station_pauses WHERE station = p_station AND resumed_at IS NULL;
    END IF;
    RETURN pause_id;
END
$$;
