-- PostgreSQL 16 and later: the Users page works again (issue 19).
--
-- PostgreSQL 16 narrowed CREATEROLE. A role that has it may grant only the roles it holds WITH ADMIN OPTION,
-- and may alter (password, LOGIN, settings) only the roles it holds WITH ADMIN OPTION; it gets that option on
-- the roles it creates itself, and on no other. frontdesk_login_keeper (0020) held CREATEROLE and a plain
-- membership of frontdesk_admin, so on 16 and 17 every call of the Users page failed with "permission denied
-- to grant role frontdesk_admin".
--
-- On PostgreSQL 16 and later (nothing changes on 15 and earlier, where CREATEROLE allows all of this already):
-- 1. The keeper holds frontdesk_admin, frontdesk_reception and frontdesk_sender WITH ADMIN OPTION, so it may
--    grant and revoke exactly these.
-- 2. The keeper holds the ADMIN OPTION, without INHERIT or SET (it never uses or becomes them), on FrontDesk's
--    logins made before this version (by the keeper, by IT or by an administrator's CREATEROLE of old), so it
--    may change their password and enable or disable them. A login the keeper makes from now on gives it the
--    option by itself.
-- 3. frontdesk_managed_login counts as the login's members only those that may use or become it (INHERIT or
--    SET): on 16 the login's creator holds the ADMIN OPTION on it without them (the keeper, or IT's login for
--    a login IT made by hand). A login with members stays refused: it is a group, IT's. A login the keeper
--    may not administer is refused with the statement that lets it.
--
-- This needs a login that holds these roles WITH ADMIN OPTION: IT's (the one that created them, or a
-- superuser). An administrator's upgrade on 16 and later is refused with the hint to let IT run it once.

DO $ddl$
DECLARE
    login record;
BEGIN
    IF pg_catalog.current_setting('server_version_num')::int < 160000 THEN
        RETURN;
    END IF;
    SET LOCAL ROLE NONE;
    BEGIN
        GRANT frontdesk_admin, frontdesk_reception, frontdesk_sender TO frontdesk_login_keeper WITH ADMIN OPTION;
        -- Only for the next statement: the login running the upgrade replaces the function as the keeper.
        -- (USAGE, not MEMBER: on 16 the role's creator is a member that may neither use nor become it.)
        IF NOT pg_has_role(session_user, 'frontdesk_login_keeper', 'USAGE') THEN
            EXECUTE format('GRANT frontdesk_login_keeper TO %I', session_user);
        END IF;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'this login may not let frontdesk_login_keeper manage FrontDesk''s logins on PostgreSQL 16 (%)',
            SQLERRM
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'IT runs "frontdesk migrate" once with its own login (the one that created FrontDesk''s '
                         'roles, or a superuser).';
    END;

    SET LOCAL ROLE frontdesk_login_keeper;
    -- As in 0020, with 3. (the membership columns of PostgreSQL 16).
    CREATE OR REPLACE FUNCTION frontdesk_managed_login(p_login text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    DECLARE
        target pg_catalog.pg_roles%ROWTYPE;
        desk oid[];
        keeper oid;
    BEGIN
        SELECT array_agg(r.oid) INTO desk FROM pg_catalog.pg_roles r
        WHERE r.rolname IN ('frontdesk_admin', 'frontdesk_reception', 'frontdesk_sender');
        SELECT r.oid INTO keeper FROM pg_catalog.pg_roles r WHERE r.rolname = 'frontdesk_login_keeper';
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
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                      WHERE m.roleid = target.oid AND (m.inherit_option OR m.set_option))
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_shdepend d
                      WHERE d.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass
                        AND d.refobjid = target.oid AND d.deptype = 'o')
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_database d WHERE d.datdba = target.oid)
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspowner = target.oid) THEN
            RAISE EXCEPTION '"%" is not a FrontDesk login: IT manages it', p_login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT pg_catalog.pg_has_role(keeper, target.oid, 'MEMBER WITH ADMIN OPTION') THEN
            RAISE EXCEPTION '"%" was made outside FrontDesk: IT manages it', p_login
                USING ERRCODE = 'insufficient_privilege',
                      HINT = pg_catalog.format('IT may hand it to FrontDesk: GRANT %I TO frontdesk_login_keeper '
                                               'WITH ADMIN OPTION, INHERIT FALSE, SET FALSE;', p_login);
        END IF;
    END
    $fn$;
    REVOKE ALL ON FUNCTION frontdesk_managed_login(text) FROM PUBLIC;
    SET LOCAL ROLE NONE;

    -- 2. FrontDesk's logins of before (the shape frontdesk_managed_login accepts).
    FOR login IN
        SELECT r.rolname FROM pg_roles r
        WHERE NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
          AND r.rolname NOT LIKE 'pg\_%' AND r.rolname NOT LIKE 'frontdesk\_%'
          AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      WHERE m.member = r.oid
                        AND g.rolname IN ('frontdesk_admin', 'frontdesk_reception', 'frontdesk_sender'))
          AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          WHERE m.member = r.oid
                            AND g.rolname NOT IN ('frontdesk_admin', 'frontdesk_reception', 'frontdesk_sender'))
          AND NOT pg_has_role('frontdesk_login_keeper', r.oid, 'MEMBER WITH ADMIN OPTION')
        ORDER BY r.rolname
    LOOP
        BEGIN
            EXECUTE format('GRANT %I TO frontdesk_login_keeper WITH ADMIN OPTION, INHERIT FALSE, SET FALSE',
                           login.rolname);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'FrontDesk: the Users page cannot change % until IT runs "GRANT % TO '
                          'frontdesk_login_keeper WITH ADMIN OPTION, INHERIT FALSE, SET FALSE;" (%)',
                login.rolname, login.rolname, SQLERRM;
        END;
    END LOOP;

    IF EXISTS (SELECT 1 FROM pg_auth_members m
               WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = 'frontdesk_login_keeper')
                 AND m.member = (SELECT oid FROM pg_roles WHERE rolname = session_user)
                 AND m.grantor = (SELECT oid FROM pg_roles WHERE rolname = session_user)) THEN
        EXECUTE format('REVOKE frontdesk_login_keeper FROM %I', session_user);
    END IF;
    SET LOCAL ROLE frontdesk_admin;
END
$ddl$;
