-- Never the same message twice (issue 15, DECISIONS.md "Sending").
--
-- 1. A send that was pressed (or a Cloud API request that went out) without a confirmation may have reached
--    the customer: it is FAILED with the fixed reason the desk passes in, and its attempt ends UNCONFIRMED, so
--    a station can tell "may have been sent" from a failure that proved the message never left.
-- 2. A station that cannot see its own messages any more (WhatsApp Web changed, or two sends in a row were not
--    confirmed) pauses itself: one row here per pause, kept after it is lifted, so the log shows when and why
--    each station stopped and who let it go on. While a station has a pause that is not lifted, the claim
--    function gives it nothing. Reception's stations record their own pauses through a function (they only
--    read the table); lifting a pause is an administrator's UPDATE (frontdesk_admin owns the table).

CREATE TABLE IF NOT EXISTS station_pauses (
    id SERIAL PRIMARY KEY,
    station VARCHAR(100) NOT NULL,
    transport VARCHAR(20),
    reason TEXT NOT NULL,           -- in English, as the log keeps reasons; each desk translates it on screen
    missing TEXT,                   -- what the station could not find or confirm, for the admin
    selector_pack VARCHAR(200),     -- the selector pack the station read the page with, when it has one
    paused_at TIMESTAMP NOT NULL,
    paused_by VARCHAR(100),         -- the login that ran the station
    resumed_at TIMESTAMP,
    resumed_by VARCHAR(100)
);
-- At most one pause in force per station.
CREATE UNIQUE INDEX IF NOT EXISTS station_pauses_active_idx ON station_pauses (station) WHERE resumed_at IS NULL;

-- A station pauses itself. Returns the pause in force (the one already there when the station was paused
-- before). The server records who did it.
CREATE OR REPLACE FUNCTION frontdesk_pause_station(
    p_station text, p_transport text, p_reason text, p_missing text, p_selector_pack text, p_at timestamp)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    pause_id bigint;
BEGIN
    IF COALESCE(p_station, '') = '' OR COALESCE(p_reason, '') = '' OR p_at IS NULL THEN
        RAISE EXCEPTION 'a pause needs a station, a reason and a time' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.station_pauses (station, transport, reason, missing, selector_pack, paused_at, paused_by)
    VALUES (p_station, p_transport, p_reason, p_missing, p_selector_pack, p_at, session_user)
    ON CONFLICT (station) WHERE resumed_at IS NULL DO NOTHING
    RETURNING id INTO pause_id;
    IF pause_id IS NULL THEN
        SELECT id INTO pause_id FROM public.station_pauses WHERE station = p_station AND resumed_at IS NULL;
    END IF;
    RETURN pause_id;
END
$$;

-- As in 0010, and nothing for a paused station.
CREATE OR REPLACE FUNCTION frontdesk_claim_message(
    p_station text, p_transport text, p_now timestamp, p_grace_end timestamp, p_lease_until timestamp,
    p_up_to_id bigint)
RETURNS TABLE (claim_attempt_id bigint, claim_before public.whatsapp_message_logs)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    picked public.whatsapp_message_logs;
BEGIN
    IF COALESCE(p_station, '') = '' OR p_now IS NULL OR p_lease_until IS NULL OR p_lease_until <= p_now THEN
        RAISE EXCEPTION 'a claim needs a station and a lease that ends after it starts'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM public.station_pauses p WHERE p.station = p_station AND p.resumed_at IS NULL) THEN
        RETURN;
    END IF;
    SELECT m.* INTO picked FROM public.whatsapp_message_logs m
    WHERE ((m.status IN ('PENDING', 'RETRYING') AND (m.scheduled_at IS NULL OR m.scheduled_at <= p_now)
            AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= p_now))
           OR (m.status = 'SENDING' AND ((m.claimed_by = p_station AND m.lease_until < p_now)
               OR m.lease_until < p_grace_end OR m.lease_until IS NULL)))
      AND (COALESCE(p_up_to_id, 0) = 0 OR m.id <= p_up_to_id)
    ORDER BY m.created_at, m.id LIMIT 1
    FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN;
    END IF;

    UPDATE public.whatsapp_message_logs m
    SET status = 'SENDING', claimed_by = p_station, claimed_at = p_now, lease_until = p_lease_until,
        retry_count = m.retry_count + CASE WHEN picked.status = 'RETRYING' THEN 1 ELSE 0 END, updated_at = p_now
    WHERE m.id = picked.id;
    INSERT INTO public.whatsapp_message_attempts (message_id, station, transport, started_at)
    VALUES (picked.id, p_station, p_transport, p_now)
    RETURNING id INTO claim_attempt_id;
    claim_before := picked;
    RETURN NEXT;
END
$$;

-- The send was pressed and nothing confirmed it: FAILED (never retried by itself), the attempt UNCONFIRMED.
-- Parameters as frontdesk_message_failed's.
CREATE OR REPLACE FUNCTION frontdesk_message_unconfirmed(
    p_id bigint, p_station text, p_attempt_id bigint, p_at timestamp,
    p_reason text, p_transport text, p_screenshot_path text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_logs
    SET status = 'FAILED', error_message = p_reason, next_attempt_at = NULL, lease_until = NULL,
        transport = p_transport, screenshot_path = COALESCE(p_screenshot_path, screenshot_path), updated_at = p_at
    WHERE id = p_id AND status = 'SENDING' AND claimed_by = p_station;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, p_at, 'UNCONFIRMED', p_error, p_note);
    RETURN true;
END
$$;

REVOKE ALL ON FUNCTION
    frontdesk_pause_station(text, text, text, text, text, timestamp),
    frontdesk_message_unconfirmed(bigint, text, bigint, timestamp, text, text, text, text, text)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    frontdesk_pause_station(text, text, text, text, text, timestamp),
    frontdesk_message_unconfirmed(bigint, text, bigint, timestamp, text, text, text, text, text)
TO frontdesk_reception, frontdesk_admin;
-- Reading the table comes with 0008's default privileges; said here as well, for a database whose tables
-- were made by another login.
GRANT SELECT ON station_pauses TO frontdesk_reception;

-- Until this migration a try that failed "transiently" may have pressed send (it was retried after a look in
-- the chat). From here on a transient failure means the message provably never left, and a retry whose look
-- in the chat cannot tell may rely on it: only for attempts after this one.
INSERT INTO settings (key, value, updated_by)
SELECT 'sending.never_left_proven_after_attempt', COALESCE(MAX(id), 0)::text, 'migration 0013'
FROM whatsapp_message_attempts
ON CONFLICT (key) DO NOTHING;
