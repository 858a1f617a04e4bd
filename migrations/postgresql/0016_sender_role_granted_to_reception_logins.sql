-- The sender role and the server's own clock (issue 17, DECISIONS.md "Who may do what", changed 2026-12).
--
-- Until now every reception login held EXECUTE on the sending functions, and those functions took the
-- station, every time and every lease from the caller: with psql and a reception login one could claim every
-- message for ever, take over another station's message in flight, or mark a message SENT that never went.
--
-- 1. The server decides. Times are the server's clock in the columns' convention (UTC `timestamp` without a
--    zone), read with clock_timestamp() when the function runs. The login is session_user, recorded with
--    each claim (claimed_login) and attempt (login); the station name the caller passes is a label that tells
--    apart two stations of one login (and is what the screens show). A claim can be finished, noted or
--    released only by the login that made it, from the station label it made it with; ticks only move
--    messages that login sent. Lease and takeover grace come from the shared settings, bounded: the lease
--    10 s to 1 hour (default 5 minutes), the grace 5 minutes to 1 day (default 1 hour); an automatic retry
--    waits retry_base_seconds (1 s to 1 hour) doubled per retry, at most 1 day, and only while
--    max_auto_retries (0 to 10) is not used up. The old signatures that took times are dropped, so no
--    overload that trusts the caller remains.
-- 2. frontdesk_sender (NOLOGIN) holds EXECUTE on the sending functions; frontdesk_reception no longer does.
--    frontdesk_admin is a member (an administrator's desk may send). Every login that is a member of
--    frontdesk_reception today is made a member of frontdesk_sender once, here: "this desk sends" is on by
--    default, so until now every reception desk could be a station, and an upgrade must not stop the desks
--    that send today. An administrator (or IT) revokes it from the logins that should not send.
--
-- Roles belong to the whole server: creating one and granting it needs the login that runs the upgrade (an
-- administrator's, which FrontDesk gave CREATEROLE until this version, or IT's); the rest runs as
-- frontdesk_admin like every migration.

-- The role, and its memberships: made by the login that runs the upgrade (it holds CREATEROLE, or is IT's).
-- Only the upgrade that creates the role grants it to the reception logins of that moment: roles belong to
-- the whole server, so a second database upgraded later (or a login made later) is not swept again.
DO $$
DECLARE
    created boolean := false;
    login record;
BEGIN
    SET LOCAL ROLE NONE;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'frontdesk_sender') THEN
        BEGIN
            CREATE ROLE frontdesk_sender NOLOGIN;
            created := true;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the role frontdesk_sender is missing and this login may not create it'
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'IT runs "CREATE ROLE frontdesk_sender NOLOGIN; GRANT frontdesk_sender TO '
                             'frontdesk_admin;" once, or "frontdesk migrate" as the database owner.';
        END;
    END IF;
    IF NOT pg_has_role('frontdesk_admin', 'frontdesk_sender', 'MEMBER') THEN
        GRANT frontdesk_sender TO frontdesk_admin;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO frontdesk_sender', current_schema());
    IF created THEN
        FOR login IN
            SELECT r.rolname FROM pg_roles r
            WHERE r.rolcanlogin AND NOT r.rolsuper
              AND pg_has_role(r.oid, 'frontdesk_reception', 'MEMBER')
              AND NOT pg_has_role(r.oid, 'frontdesk_sender', 'MEMBER')
        LOOP
            BEGIN
                EXECUTE format('GRANT frontdesk_sender TO %I', login.rolname);
                RAISE NOTICE 'FrontDesk: % may send messages (granted frontdesk_sender once, on upgrade)',
                    login.rolname;
            EXCEPTION WHEN insufficient_privilege THEN
                -- The upgrade goes on; that desk says "This login may not send messages" until IT grants it.
                RAISE WARNING 'FrontDesk: could not grant frontdesk_sender to % (%)', login.rolname, SQLERRM;
            END;
        END LOOP;
    END IF;
    SET LOCAL ROLE frontdesk_admin;
END
$$;

-- A station reads what a desk reads (settings, templates, the log, the pauses); it writes nothing directly.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO frontdesk_sender;
ALTER DEFAULT PRIVILEGES FOR ROLE frontdesk_admin IN SCHEMA public GRANT SELECT ON TABLES TO frontdesk_sender;

-- Who made a claim, and who ran an attempt: the server's session_user.
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS claimed_login VARCHAR(100);
ALTER TABLE whatsapp_message_attempts ADD COLUMN IF NOT EXISTS login VARCHAR(100);
-- What a claim found (status, owner, lease, retry count): a release puts exactly that back.
ALTER TABLE whatsapp_message_attempts ADD COLUMN IF NOT EXISTS claimed_from JSONB;

-- The bounded setting `p_key` (an integer), `p_default` when missing or not a number.
CREATE OR REPLACE FUNCTION frontdesk_bounded_setting(p_key text, p_default integer, p_min integer, p_max integer)
RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    raw text;
    value integer := p_default;
BEGIN
    SELECT s.value INTO raw FROM public.settings s WHERE s.key = p_key;
    IF raw ~ '^\s*-?[0-9]{1,9}\s*$' THEN
        value := raw::integer;
    END IF;
    RETURN LEAST(GREATEST(value, p_min), p_max);
END
$$;

-- The server's time in the columns' convention (UTC, no zone), to the millisecond as the desks write it.
-- The tests pin it with a database setting (ALTER DATABASE ... SET frontdesk.server_clock = '...'), which only
-- a superuser or the database's owner can make, and which is read from the catalog, not from the session (a
-- session's own SET changes nothing here). No FrontDesk database has it otherwise.
CREATE OR REPLACE FUNCTION frontdesk_utc_now()
RETURNS timestamp
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    pinned text;
BEGIN
    SELECT substr(c.item, length('frontdesk.server_clock=') + 1) INTO pinned
    FROM pg_catalog.pg_db_role_setting s, unnest(s.setconfig) AS c(item)
    WHERE s.setrole = 0 AND s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d
                                             WHERE d.datname = current_database())
      AND c.item LIKE 'frontdesk.server\_clock=%';
    IF pinned IS NOT NULL THEN
        RETURN pinned::timestamp;
    END IF;
    RETURN date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC')::timestamp;
END
$$;

-- Drop every signature that took times or trusted the caller (0010, 0013, 0015).
DROP FUNCTION IF EXISTS frontdesk_claim_message(text, text, timestamp, timestamp, timestamp, bigint);
DROP FUNCTION IF EXISTS frontdesk_finish_attempt(bigint, bigint, text, timestamp, text, text, text);
DROP FUNCTION IF EXISTS frontdesk_message_sent(bigint, text, bigint, timestamp, timestamp, text, text, text, text);
DROP FUNCTION IF EXISTS frontdesk_message_failed(bigint, text, bigint, timestamp, text, text, text, text, text);
DROP FUNCTION IF EXISTS frontdesk_message_unconfirmed(bigint, text, bigint, timestamp, text, text, text, text, text);
DROP FUNCTION IF EXISTS frontdesk_message_interrupted(bigint, text, bigint, timestamp, text, text, text, text, text);
DROP FUNCTION IF EXISTS frontdesk_message_retrying(bigint, text, bigint, timestamp, text, timestamp, text, text, text,
                                                   text);
DROP FUNCTION IF EXISTS frontdesk_message_skipped(bigint, text, bigint, timestamp, text, text, text);
DROP FUNCTION IF EXISTS frontdesk_message_released(bigint, text, bigint, timestamp, text, text, timestamp, timestamp,
                                                   integer, text, text);
DROP FUNCTION IF EXISTS frontdesk_message_tick(text, timestamp, timestamp, bigint);
DROP FUNCTION IF EXISTS frontdesk_pause_station(text, text, text, text, text, timestamp);
DROP FUNCTION IF EXISTS frontdesk_start_canary(text, text, text, text, timestamp, timestamp);

-- A station label: what the screens show, and what tells two stations of one login apart.
CREATE OR REPLACE FUNCTION frontdesk_check_station(p_station text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF COALESCE(p_station, '') = '' OR length(p_station) > 100 THEN
        RAISE EXCEPTION 'a station needs a name of 1 to 100 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- A sender station claims the oldest due message: PENDING or RETRYING and due, or SENDING with a lapsed
-- lease (its own login's and station's at once, anyone's after the grace period). Claims it for the lease
-- of the settings and opens the attempt. Returns the row as it was before the claim with the attempt's id; no
-- row when nothing is due or the station is paused. SKIP LOCKED: a row another session holds locked is passed
-- over, never waited for.
CREATE FUNCTION frontdesk_claim_message(p_station text, p_transport text, p_up_to_id bigint)
RETURNS TABLE (claim_attempt_id bigint, claim_before public.whatsapp_message_logs)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    picked public.whatsapp_message_logs;
    at timestamp := public.frontdesk_utc_now();
    lease integer := public.frontdesk_bounded_setting('sending.lease_seconds', 300, 10, 3600);
    grace integer := public.frontdesk_bounded_setting('sending.takeover_grace_seconds', 3600, 300, 86400);
BEGIN
    PERFORM public.frontdesk_check_station(p_station);
    IF EXISTS (SELECT 1 FROM public.station_pauses p WHERE p.station = p_station AND p.resumed_at IS NULL) THEN
        RETURN;
    END IF;
    SELECT m.* INTO picked FROM public.whatsapp_message_logs m
    WHERE ((m.status IN ('PENDING', 'RETRYING') AND (m.scheduled_at IS NULL OR m.scheduled_at <= at)
            AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= at))
           OR (m.status = 'SENDING'
               AND ((m.claimed_by = p_station AND COALESCE(m.claimed_login, session_user) = session_user
                     AND m.lease_until < at)
                    OR m.lease_until < at - make_interval(secs => grace) OR m.lease_until IS NULL)))
      AND (COALESCE(p_up_to_id, 0) = 0 OR m.id <= p_up_to_id)
      AND m.event_type <> 'CANARY'
    ORDER BY m.created_at, m.id LIMIT 1
    FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN;
    END IF;

    UPDATE public.whatsapp_message_logs m
    SET status = 'SENDING', claimed_by = p_station, claimed_login = session_user, claimed_at = at,
        lease_until = at + make_interval(secs => lease),
        retry_count = m.retry_count + CASE WHEN picked.status = 'RETRYING' THEN 1 ELSE 0 END, updated_at = at
    WHERE m.id = picked.id;
    INSERT INTO public.whatsapp_message_attempts (message_id, station, login, transport, started_at, claimed_from)
    VALUES (picked.id, p_station, session_user, p_transport, at,
            jsonb_build_object('status', picked.status, 'claimed_by', picked.claimed_by,
                               'claimed_login', picked.claimed_login, 'claimed_at', picked.claimed_at,
                               'lease_until', picked.lease_until, 'retry_count', picked.retry_count))
    RETURNING id INTO claim_attempt_id;
    claim_before := picked;
    RETURN NEXT;
END
$$;

-- Why this attempt began as it did (a lapsed claim taken over): written by its own login and station while
-- the attempt is open and its claim stands. False when it is not.
CREATE OR REPLACE FUNCTION frontdesk_note_attempt(p_attempt_id bigint, p_station text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_attempts a SET note = p_note
    FROM public.whatsapp_message_logs m
    WHERE a.id = p_attempt_id AND a.station = p_station AND a.login = session_user AND a.finished_at IS NULL
      AND m.id = a.message_id AND m.status = 'SENDING' AND m.claimed_by = p_station
      AND m.claimed_login = session_user;
    RETURN FOUND;
END
$$;

-- Closes the login's open attempt on a message. Called only by the functions below (not granted).
CREATE FUNCTION frontdesk_finish_attempt(
    p_attempt_id bigint, p_message_id bigint, p_station text, p_at timestamp, p_outcome text, p_error text,
    p_note text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_attempts
    SET finished_at = p_at, outcome = p_outcome, error_message = p_error, note = COALESCE(p_note, note)
    WHERE id = p_attempt_id AND message_id = p_message_id AND station = p_station AND login = session_user
      AND finished_at IS NULL;
END
$$;

-- The outcomes of a claim. Each changes the message only while this login's claim from this station stands
-- (SENDING, claimed by both), and only when `p_attempt_id` is that claim's open attempt. False when the claim
-- no longer stands. Parameters: the message, the station, its attempt, what the outcome records, then the
-- attempt's error and note.
CREATE OR REPLACE FUNCTION frontdesk_claim_stands(p_id bigint, p_station text, p_attempt_id bigint)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.whatsapp_message_logs m JOIN public.whatsapp_message_attempts a ON a.message_id = m.id
        WHERE m.id = p_id AND m.status = 'SENDING' AND m.claimed_by = p_station AND m.claimed_login = session_user
          AND a.id = p_attempt_id AND a.station = p_station AND a.login = session_user AND a.finished_at IS NULL)
$$;

CREATE FUNCTION frontdesk_message_sent(
    p_id bigint, p_station text, p_attempt_id bigint, p_transport text, p_external_id text, p_error text,
    p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    at timestamp := public.frontdesk_utc_now();
BEGIN
    IF NOT public.frontdesk_claim_stands(p_id, p_station, p_attempt_id) THEN
        RETURN false;
    END IF;
    UPDATE public.whatsapp_message_logs
    SET status = 'SENT', sent_at = at, error_message = NULL, next_attempt_at = NULL, lease_until = NULL,
        transport = p_transport, external_id = p_external_id, updated_at = at
    WHERE id = p_id;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, at, 'SENT', p_error, p_note);
    RETURN true;
END
$$;

-- FAILED with the reason; the attempt ends `p_outcome` (FAILED, UNCONFIRMED or INTERRUPTED). Not granted.
CREATE OR REPLACE FUNCTION frontdesk_message_ended_failed(
    p_id bigint, p_station text, p_attempt_id bigint, p_outcome text, p_reason text, p_transport text,
    p_screenshot_path text, p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    at timestamp := public.frontdesk_utc_now();
BEGIN
    IF NOT public.frontdesk_claim_stands(p_id, p_station, p_attempt_id) THEN
        RETURN false;
    END IF;
    UPDATE public.whatsapp_message_logs
    SET status = 'FAILED', error_message = p_reason, next_attempt_at = NULL, lease_until = NULL,
        transport = p_transport, screenshot_path = COALESCE(p_screenshot_path, screenshot_path), updated_at = at
    WHERE id = p_id;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, at, p_outcome, p_error, p_note);
    RETURN true;
END
$$;

CREATE FUNCTION frontdesk_message_failed(
    p_id bigint, p_station text, p_attempt_id bigint, p_reason text, p_transport text, p_screenshot_path text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT public.frontdesk_message_ended_failed(p_id, p_station, p_attempt_id, 'FAILED', p_reason, p_transport,
                                                 p_screenshot_path, p_error, p_note)
$$;

-- The send was pressed and nothing confirmed it (0013).
CREATE FUNCTION frontdesk_message_unconfirmed(
    p_id bigint, p_station text, p_attempt_id bigint, p_reason text, p_transport text, p_screenshot_path text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT public.frontdesk_message_ended_failed(p_id, p_station, p_attempt_id, 'UNCONFIRMED', p_reason,
                                                 p_transport, p_screenshot_path, p_error, p_note)
$$;

-- Pressed, then cut short by the station's own stop or the page's end (0015).
CREATE FUNCTION frontdesk_message_interrupted(
    p_id bigint, p_station text, p_attempt_id bigint, p_reason text, p_transport text, p_screenshot_path text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT public.frontdesk_message_ended_failed(p_id, p_station, p_attempt_id, 'INTERRUPTED', p_reason,
                                                 p_transport, p_screenshot_path, p_error, p_note)
$$;

-- A transient failure: tried again after the settings' backoff, while automatic retries are left. Refused
-- (SQLSTATE 22023) when they are used up: the station records FAILED then.
CREATE FUNCTION frontdesk_message_retrying(
    p_id bigint, p_station text, p_attempt_id bigint, p_reason text, p_transport text, p_screenshot_path text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    at timestamp := public.frontdesk_utc_now();
    base integer := public.frontdesk_bounded_setting('sending.retry_base_seconds', 60, 1, 3600);
    allowed integer := public.frontdesk_bounded_setting('sending.max_auto_retries', 3, 0, 10);
    used integer;
BEGIN
    IF NOT public.frontdesk_claim_stands(p_id, p_station, p_attempt_id) THEN
        RETURN false;
    END IF;
    SELECT auto_retries INTO used FROM public.whatsapp_message_logs WHERE id = p_id;
    IF used >= allowed THEN
        RAISE EXCEPTION 'message % has used its % automatic retries', p_id, allowed
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.whatsapp_message_logs
    SET status = 'RETRYING', error_message = p_reason,
        next_attempt_at = at + make_interval(secs => LEAST(base::double precision * power(2, LEAST(used, 20)), 86400)),
        auto_retries = auto_retries + 1, lease_until = NULL, transport = p_transport,
        screenshot_path = COALESCE(p_screenshot_path, screenshot_path), updated_at = at
    WHERE id = p_id;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, at, 'RETRYING', p_error, p_note);
    RETURN true;
END
$$;

CREATE FUNCTION frontdesk_message_skipped(
    p_id bigint, p_station text, p_attempt_id bigint, p_reason text, p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    at timestamp := public.frontdesk_utc_now();
BEGIN
    IF NOT public.frontdesk_claim_stands(p_id, p_station, p_attempt_id) THEN
        RETURN false;
    END IF;
    UPDATE public.whatsapp_message_logs
    SET status = 'SKIPPED', error_message = p_reason, lease_until = NULL, updated_at = at
    WHERE id = p_id;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, at, 'SKIPPED', p_error, p_note);
    RETURN true;
END
$$;

-- The sender could not even try: the message goes back exactly as its claim found it (recorded with the
-- attempt by the claim).
CREATE FUNCTION frontdesk_message_released(
    p_id bigint, p_station text, p_attempt_id bigint, p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    at timestamp := public.frontdesk_utc_now();
    found_as jsonb;
BEGIN
    IF NOT public.frontdesk_claim_stands(p_id, p_station, p_attempt_id) THEN
        RETURN false;
    END IF;
    SELECT claimed_from INTO found_as FROM public.whatsapp_message_attempts WHERE id = p_attempt_id;
    IF found_as IS NULL OR found_as->>'status' NOT IN ('PENDING', 'RETRYING', 'SENDING') THEN
        RETURN false;
    END IF;
    UPDATE public.whatsapp_message_logs
    SET status = found_as->>'status', claimed_by = found_as->>'claimed_by',
        claimed_login = found_as->>'claimed_login', claimed_at = (found_as->>'claimed_at')::timestamp,
        lease_until = (found_as->>'lease_until')::timestamp, retry_count = (found_as->>'retry_count')::integer,
        updated_at = at
    WHERE id = p_id;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, at, 'RELEASED', p_error, p_note);
    RETURN true;
END
$$;

-- DELIVERED / READ ticks seen later, on a message this login sent. Ticks only move forward: SENT ->
-- DELIVERED -> READ. False when the message is not at a state the tick follows, or not this login's.
CREATE FUNCTION frontdesk_message_tick(p_status text, p_id bigint)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    at timestamp := public.frontdesk_utc_now();
BEGIN
    IF p_status = 'DELIVERED' THEN
        UPDATE public.whatsapp_message_logs SET status = 'DELIVERED', delivered_at = at, updated_at = at
        WHERE id = p_id AND status = 'SENT' AND claimed_login = session_user;
    ELSIF p_status = 'READ' THEN
        UPDATE public.whatsapp_message_logs SET status = 'READ', read_at = at, updated_at = at
        WHERE id = p_id AND status IN ('SENT', 'DELIVERED') AND claimed_login = session_user;
    ELSE
        RAISE EXCEPTION 'a tick is DELIVERED or READ, not %', p_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN FOUND;
END
$$;

-- A station pauses itself (0013): the server records when and who.
CREATE FUNCTION frontdesk_pause_station(
    p_station text, p_transport text, p_reason text, p_missing text, p_selector_pack text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    pause_id bigint;
BEGIN
    PERFORM public.frontdesk_check_station(p_station);
    IF COALESCE(p_reason, '') = '' THEN
        RAISE EXCEPTION 'a pause needs a reason' USING ERRCODE = 'invalid_parameter_value';
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

-- The last digits of a phone number as typed ('+91 98765-43210' -> '9876543210').
CREATE OR REPLACE FUNCTION frontdesk_phone_tail(p_phone text)
RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT right(regexp_replace(COALESCE(p_phone, ''), '[^0-9]', '', 'g'), 10)
$$;

-- A station starts its canary (0015): only to the business's own number of the settings (the canary number,
-- else the company phone), with the lease of the settings. Its own unfinished canary is FAILED first.
CREATE FUNCTION frontdesk_start_canary(p_station text, p_transport text, p_phone text, p_text text)
RETURNS TABLE (claim_attempt_id bigint, claim_before public.whatsapp_message_logs)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id bigint;
    at timestamp := public.frontdesk_utc_now();
    lease integer := public.frontdesk_bounded_setting('sending.lease_seconds', 300, 10, 3600);
    tail text := public.frontdesk_phone_tail(p_phone);
BEGIN
    PERFORM public.frontdesk_check_station(p_station);
    IF COALESCE(p_text, '') = '' OR length(p_text) > 1000 THEN
        RAISE EXCEPTION 'a canary needs a text' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(tail) < 8 OR NOT EXISTS (
           SELECT 1 FROM public.settings s
           WHERE s.key IN ('sending.canary_phone', 'company.phone') AND public.frontdesk_phone_tail(s.value) = tail) THEN
        RAISE EXCEPTION 'the check before sending goes only to the business''s own number'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE public.whatsapp_message_attempts a
    SET finished_at = at, outcome = 'FAILED', error_message = 'the station stopped during the check'
    WHERE a.station = p_station AND a.login = session_user AND a.finished_at IS NULL AND a.message_id IN (
        SELECT m.id FROM public.whatsapp_message_logs m
        WHERE m.event_type = 'CANARY' AND m.status = 'SENDING' AND m.claimed_by = p_station
          AND m.claimed_login = session_user);
    UPDATE public.whatsapp_message_logs m
    SET status = 'FAILED', error_message = 'the station stopped during the check', lease_until = NULL,
        updated_at = at
    WHERE m.event_type = 'CANARY' AND m.status = 'SENDING' AND m.claimed_by = p_station
      AND m.claimed_login = session_user;

    INSERT INTO public.whatsapp_message_logs (event_type, customer_phone, customer_name, message_content, status,
        reference_type, reference_id, retry_count, created_at, claimed_by, claimed_login, claimed_at, lease_until,
        transport, created_by, updated_at)
    VALUES ('CANARY', p_phone, 'FrontDesk', p_text, 'SENDING', 'canary', NULL, 0, at, p_station, session_user, at,
        at + make_interval(secs => lease), p_transport, session_user, at)
    RETURNING id INTO new_id;
    INSERT INTO public.whatsapp_message_attempts (message_id, station, login, transport, started_at)
    VALUES (new_id, p_station, session_user, p_transport, at)
    RETURNING id INTO claim_attempt_id;
    SELECT m.* INTO claim_before FROM public.whatsapp_message_logs m WHERE m.id = new_id;
    RETURN NEXT;
END
$$;

-- May this login run a sender station? The desk and `frontdesk dispatch` ask before they start.
CREATE OR REPLACE FUNCTION frontdesk_may_send()
RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'frontdesk_sender', 'MEMBER')
$$;

-- Functions are executable by PUBLIC by default. The sending ones are the sender's (and the admins', who are
-- members); the helpers are nobody's but their owner's.
REVOKE ALL ON FUNCTION
    frontdesk_bounded_setting(text, integer, integer, integer),
    frontdesk_utc_now(),
    frontdesk_check_station(text),
    frontdesk_claim_message(text, text, bigint),
    frontdesk_note_attempt(bigint, text, text),
    frontdesk_finish_attempt(bigint, bigint, text, timestamp, text, text, text),
    frontdesk_claim_stands(bigint, text, bigint),
    frontdesk_message_sent(bigint, text, bigint, text, text, text, text),
    frontdesk_message_ended_failed(bigint, text, bigint, text, text, text, text, text, text),
    frontdesk_message_failed(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_unconfirmed(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_interrupted(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_retrying(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_skipped(bigint, text, bigint, text, text, text),
    frontdesk_message_released(bigint, text, bigint, text, text),
    frontdesk_message_tick(text, bigint),
    frontdesk_pause_station(text, text, text, text, text),
    frontdesk_phone_tail(text),
    frontdesk_start_canary(text, text, text, text)
FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    frontdesk_claim_message(text, text, bigint),
    frontdesk_note_attempt(bigint, text, text),
    frontdesk_message_sent(bigint, text, bigint, text, text, text, text),
    frontdesk_message_failed(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_unconfirmed(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_interrupted(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_retrying(bigint, text, bigint, text, text, text, text, text),
    frontdesk_message_skipped(bigint, text, bigint, text, text, text),
    frontdesk_message_released(bigint, text, bigint, text, text),
    frontdesk_message_tick(text, bigint),
    frontdesk_pause_station(text, text, text, text, text),
    frontdesk_start_canary(text, text, text, text)
TO frontdesk_sender;
-- Reception's grant of 0010 on the one function kept by name goes; frontdesk_may_send stays executable by
-- everyone (it only answers for the caller itself).
REVOKE ALL ON FUNCTION frontdesk_note_attempt(bigint, text, text) FROM frontdesk_reception, frontdesk_admin;
GRANT EXECUTE ON FUNCTION frontdesk_note_attempt(bigint, text, text) TO frontdesk_sender;

-- 3. Nothing a reception or sender login does can stop the other desks for long.
--    - Neither may lock a row of the log (no UPDATE right: SELECT ... FOR UPDATE/SHARE is refused), and the
--      claim passes over rows another session holds (SKIP LOCKED), so a station that claimed inside a
--      transaction it never ends holds back only that one message, until its session ends.
--    - The sending functions wait at most 10 s for a lock (their own setting, which a caller cannot change):
--      a session sitting on a row fails that one call, never hangs the station.
--    - Each reception and sender login (not the administrators', not IT's) gets session defaults: a session
--      idle inside a transaction for 60 s is ended by the server, and a statement waits at most 30 s for a
--      lock. PostgreSQL does not pass role settings on to members, so they are set per login, here for the
--      logins of today (Users' new logins get the same, see UserRepository). A hostile client can still SET
--      its own; the two points above do not depend on it.
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN
        SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() AND has_function_privilege('frontdesk_sender', p.oid, 'EXECUTE')
          AND p.proname LIKE 'frontdesk\_%' AND p.proname <> 'frontdesk_may_send'
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET lock_timeout = %L', fn, '10s');
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION frontdesk_desk_login_defaults(p_login text)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_login, '60s');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_login, '30s');
END
$$;
REVOKE ALL ON FUNCTION frontdesk_desk_login_defaults(text) FROM PUBLIC;

DO $$
DECLARE
    login record;
BEGIN
    SET LOCAL ROLE NONE;
    FOR login IN
        SELECT r.rolname FROM pg_roles r
        WHERE r.rolcanlogin AND NOT r.rolsuper
          AND (pg_has_role(r.oid, 'frontdesk_reception', 'MEMBER') OR pg_has_role(r.oid, 'frontdesk_sender', 'MEMBER'))
          AND NOT pg_has_role(r.oid, 'frontdesk_admin', 'MEMBER')
          AND NOT EXISTS (SELECT 1 FROM pg_db_role_setting s WHERE s.setrole = r.oid AND s.setdatabase = 0
                          AND 'idle_in_transaction_session_timeout=60s' = ANY (s.setconfig))
    LOOP
        BEGIN
            PERFORM frontdesk_desk_login_defaults(login.rolname);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'FrontDesk: could not set the session limits of % (%)', login.rolname, SQLERRM;
        END;
    END LOOP;
    SET LOCAL ROLE frontdesk_admin;
END
$$;

-- 4. Schema hygiene for adopted databases: nobody but FrontDesk's owner role creates objects in its schema
--    (a planted table, function or operator could otherwise stand in front of ours), and every SECURITY
--    DEFINER function of FrontDesk's has a fixed search_path. PostgreSQL 15 gives PUBLIC no CREATE on a new
--    database's public schema, but a database made by an older server keeps it. The administrators keep
--    CREATE through frontdesk_admin: every upgrade runs as that role and creates objects (migration 0008).
--    The upgrade says what it tightened (NOTICE), and warns when the login running it could not.
DO $$
DECLARE
    holder text;
    fn regprocedure;
BEGIN
    SET LOCAL ROLE NONE;
    FOREACH holder IN ARRAY ARRAY['public', 'frontdesk_reception', 'frontdesk_sender'] LOOP
        -- (A desk role that is also an administrator's keeps it: 0008 gave it to frontdesk_admin.)
        IF holder <> 'public' THEN
            IF pg_has_role(holder, 'frontdesk_admin', 'MEMBER') THEN
                CONTINUE;
            END IF;
        END IF;
        IF has_schema_privilege(holder, current_schema(), 'CREATE') THEN
            EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %s', current_schema(),
                           CASE WHEN holder = 'public' THEN 'PUBLIC' ELSE quote_ident(holder) END);
            IF has_schema_privilege(holder, current_schema(), 'CREATE') THEN
                RAISE WARNING 'FrontDesk: % may still create objects in schema %: IT should run "REVOKE CREATE ON SCHEMA % FROM %;" as its owner',
                    holder, current_schema(), current_schema(), holder;
            ELSE
                RAISE NOTICE 'FrontDesk: % may no longer create objects in schema % (tightened on upgrade)',
                    holder, current_schema();
            END IF;
        END IF;
    END LOOP;
    SET LOCAL ROLE frontdesk_admin;
    FOR fn IN
        SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() AND p.prosecdef AND p.proname LIKE 'frontdesk\_%'
          AND pg_has_role(p.proowner, 'USAGE')
          AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', fn);
        RAISE NOTICE 'FrontDesk: % now runs with a fixed search_path', fn;
    END LOOP;
END
$$;
