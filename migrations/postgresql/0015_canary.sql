-- The canary and interrupted sends (issue 15, sections 3 and 5).
--
-- 1. Before the first customer message of a sending session, and after every selector-pack change, a station
--    sends a short check to the business's own WhatsApp number ("message yourself"). Its row is in the log
--    as such: event_type CANARY, reference_type canary, never claimed as a customer's message, never counted
--    in the log's figures or the daily cap. A station starts it already claimed (SENDING, its attempt open)
--    and finishes it with the usual outcome functions. A canary its station never finished (the station died
--    during the check) is FAILED when that station starts its next one.
-- 2. A send pressed without a confirmation because this station was told to stop, or because the page's
--    render process ended, is FAILED "may have been sent" like any unconfirmed send, but its attempt ends
--    INTERRUPTED: it says nothing about the page, so it does not count toward "two unconfirmed in a row".
-- 3. The canary is on for a new database and off for one that has already sent messages, until an
--    administrator turns it on (its number must be set first: a desk that upgrades must not stop sending).

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
      AND m.event_type <> 'CANARY'
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

-- A station starts its canary: the row, claimed by it, and its attempt. Returns them as a claim does.
CREATE OR REPLACE FUNCTION frontdesk_start_canary(
    p_station text, p_transport text, p_phone text, p_text text, p_now timestamp, p_lease_until timestamp)
RETURNS TABLE (claim_attempt_id bigint, claim_before public.whatsapp_message_logs)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id bigint;
BEGIN
    IF COALESCE(p_station, '') = '' OR COALESCE(p_phone, '') = '' OR COALESCE(p_text, '') = ''
       OR p_now IS NULL OR p_lease_until IS NULL OR p_lease_until <= p_now THEN
        RAISE EXCEPTION 'a canary needs a station, a number, a text and a lease'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.whatsapp_message_attempts a
    SET finished_at = p_now, outcome = 'FAILED', error_message = 'the station stopped during the check'
    WHERE a.station = p_station AND a.finished_at IS NULL AND a.message_id IN (
        SELECT m.id FROM public.whatsapp_message_logs m
        WHERE m.event_type = 'CANARY' AND m.status = 'SENDING' AND m.claimed_by = p_station);
    UPDATE public.whatsapp_message_logs m
    SET status = 'FAILED', error_message = 'the station stopped during the check', lease_until = NULL,
        updated_at = p_now
    WHERE m.event_type = 'CANARY' AND m.status = 'SENDING' AND m.claimed_by = p_station;

    INSERT INTO public.whatsapp_message_logs (event_type, customer_phone, customer_name, message_content, status,
        reference_type, reference_id, retry_count, created_at, claimed_by, claimed_at, lease_until, transport,
        created_by, updated_at)
    VALUES ('CANARY', p_phone, 'FrontDesk', p_text, 'SENDING', 'canary', NULL, 0, p_now, p_station, p_now,
        p_lease_until, p_transport, session_user, p_now)
    RETURNING id INTO new_id;
    INSERT INTO public.whatsapp_message_attempts (message_id, station, transport, started_at)
    VALUES (new_id, p_station, p_transport, p_now)
    RETURNING id INTO claim_attempt_id;
    SELECT m.* INTO claim_before FROM public.whatsapp_message_logs m WHERE m.id = new_id;
    RETURN NEXT;
END
$$;

-- As frontdesk_message_unconfirmed (0013), the attempt INTERRUPTED.
CREATE OR REPLACE FUNCTION frontdesk_message_interrupted(
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
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, p_at, 'INTERRUPTED', p_error, p_note);
    RETURN true;
END
$$;

REVOKE ALL ON FUNCTION
    frontdesk_start_canary(text, text, text, text, timestamp, timestamp),
    frontdesk_message_interrupted(bigint, text, bigint, timestamp, text, text, text, text, text)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    frontdesk_start_canary(text, text, text, text, timestamp, timestamp),
    frontdesk_message_interrupted(bigint, text, bigint, timestamp, text, text, text, text, text)
TO frontdesk_reception, frontdesk_admin;

INSERT INTO settings (key, value, updated_by)
SELECT 'sending.canary', 'false', 'migration 0015'
WHERE EXISTS (SELECT 1 FROM whatsapp_message_logs)
ON CONFLICT (key) DO NOTHING;
