-- Reception writes the message log only through these functions (DECISIONS.md, "Who may do what"). Until now
-- reception had INSERT and UPDATE on the log and its attempts, held back by the guard triggers of migration
-- 0007; but a sender station needs UPDATE for its claim (SELECT ... FOR UPDATE SKIP LOCKED), and with UPDATE
-- a plain SQL client could set any sending state it liked. Each function below does one step of queueing or
-- sending, with the rules of that step, and reception keeps only SELECT on both tables.
--
-- The functions run as their owner, frontdesk_admin (SECURITY DEFINER; this migration runs as that role), so
-- the guard trigger sees an administrator: every rule it applies to reception is applied here again, for
-- everyone who calls a function. The trigger stays for direct writes by other roles. search_path is fixed
-- (pg_temp last) so nobody can slip their own table or operator in front of ours.
--
-- Times come from the caller: desks keep UTC and the tests drive a clock of their own. Retrying a FAILED
-- message, settings and users stay direct SQL that only frontdesk_admin may run.

-- Queueing a business event's message. A new row is a message waiting to go, or one that never could
-- (SKIPPED, or FAILED at queueing because its template was broken): nobody logs history that did not happen.
-- NULL when the log already has the event's message.
CREATE OR REPLACE FUNCTION frontdesk_queue_message(
    p_event_type text, p_customer_phone text, p_customer_name text, p_message_content text, p_status text,
    p_reference_type text, p_reference_id bigint, p_error_message text, p_created_at timestamp,
    p_language text, p_scheduled_at timestamp, p_created_by text, p_updated_at timestamp,
    p_template_params text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id bigint;
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('PENDING', 'SKIPPED', 'FAILED') THEN
        RAISE EXCEPTION 'a message is queued as PENDING, SKIPPED or FAILED, not as %', p_status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.whatsapp_message_logs (event_type, customer_phone, customer_name, message_content, status,
        reference_type, reference_id, error_message, retry_count, created_at, language, scheduled_at, created_by,
        updated_at, template_params)
    VALUES (p_event_type, p_customer_phone, p_customer_name, p_message_content, p_status, p_reference_type,
        p_reference_id, p_error_message, 0, p_created_at, p_language, p_scheduled_at, p_created_by, p_updated_at,
        p_template_params)
    ON CONFLICT (reference_type, reference_id, event_type) DO NOTHING
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

-- A sender station claims the oldest due message: PENDING or RETRYING and due, or SENDING with a lapsed
-- lease (its own at once, another station's after the grace period). Claims it for a lease and opens the
-- attempt. Returns the row as it was before the claim (the station may have to put it back exactly) with the
-- attempt's id; no row when nothing is due. SKIP LOCKED: stations never wait on each other.
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

    -- A re-attempt (after a failure or an admin's retry) counts as a retry, as the seed's retry_count means.
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

-- Why this attempt began as it did (a lapsed claim taken over): written by the station while the attempt
-- is its own and still open. False when it is not.
CREATE OR REPLACE FUNCTION frontdesk_note_attempt(p_attempt_id bigint, p_station text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_attempts a SET note = p_note
    FROM public.whatsapp_message_logs m
    WHERE a.id = p_attempt_id AND a.station = p_station AND a.finished_at IS NULL
      AND m.id = a.message_id AND m.status = 'SENDING' AND m.claimed_by = p_station;
    RETURN FOUND;
END
$$;

-- Closes the station's open attempt on a message. Called only by the functions below (not granted).
CREATE OR REPLACE FUNCTION frontdesk_finish_attempt(
    p_attempt_id bigint, p_message_id bigint, p_station text, p_at timestamp, p_outcome text, p_error text,
    p_note text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_attempts
    SET finished_at = p_at, outcome = p_outcome, error_message = p_error, note = COALESCE(p_note, note)
    WHERE id = p_attempt_id AND message_id = p_message_id AND station = p_station AND finished_at IS NULL;
END
$$;

-- The outcomes of a claim. Each changes the message only while this station's claim stands (SENDING and
-- claimed by it), so a station that lost its claim cannot overwrite the new owner's work, and nobody can
-- mark a message sent, failed or retrying that nobody claimed. False when the claim no longer stands.
-- Parameters: the message, the station, its attempt, the time, what the outcome records, then the attempt's
-- error and note.
CREATE OR REPLACE FUNCTION frontdesk_message_sent(
    p_id bigint, p_station text, p_attempt_id bigint, p_at timestamp,
    p_sent_at timestamp, p_transport text, p_external_id text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_logs
    SET status = 'SENT', sent_at = p_sent_at, error_message = NULL, next_attempt_at = NULL, lease_until = NULL,
        transport = p_transport, external_id = p_external_id, updated_at = p_at
    WHERE id = p_id AND status = 'SENDING' AND claimed_by = p_station;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, p_at, 'SENT', p_error, p_note);
    RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION frontdesk_message_failed(
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
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, p_at, 'FAILED', p_error, p_note);
    RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION frontdesk_message_retrying(
    p_id bigint, p_station text, p_attempt_id bigint, p_at timestamp,
    p_reason text, p_next_attempt_at timestamp, p_transport text, p_screenshot_path text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_logs
    SET status = 'RETRYING', error_message = p_reason, next_attempt_at = p_next_attempt_at,
        auto_retries = auto_retries + 1, lease_until = NULL, transport = p_transport,
        screenshot_path = COALESCE(p_screenshot_path, screenshot_path), updated_at = p_at
    WHERE id = p_id AND status = 'SENDING' AND claimed_by = p_station;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, p_at, 'RETRYING', p_error, p_note);
    RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION frontdesk_message_skipped(
    p_id bigint, p_station text, p_attempt_id bigint, p_at timestamp,
    p_reason text,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.whatsapp_message_logs
    SET status = 'SKIPPED', error_message = p_reason, lease_until = NULL, updated_at = p_at
    WHERE id = p_id AND status = 'SENDING' AND claimed_by = p_station;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, p_at, 'SKIPPED', p_error, p_note);
    RETURN true;
END
$$;

-- The sender could not even try: the message goes back as it was before the claim. Only to a state a claim
-- starts from, and with the retry count the claim found (the claim of a RETRYING message added one).
CREATE OR REPLACE FUNCTION frontdesk_message_released(
    p_id bigint, p_station text, p_attempt_id bigint, p_at timestamp,
    p_status text, p_claimed_by text, p_claimed_at timestamp, p_lease_until timestamp, p_retry_count integer,
    p_error text, p_note text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('PENDING', 'RETRYING', 'SENDING') THEN
        RAISE EXCEPTION 'a released message goes back to PENDING, RETRYING or SENDING, not to %', p_status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE public.whatsapp_message_logs
    SET status = p_status, claimed_by = p_claimed_by, claimed_at = p_claimed_at, lease_until = p_lease_until,
        retry_count = p_retry_count, updated_at = p_at
    WHERE id = p_id AND status = 'SENDING' AND claimed_by = p_station
      AND p_retry_count BETWEEN GREATEST(retry_count - 1, 0) AND retry_count;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM public.frontdesk_finish_attempt(p_attempt_id, p_id, p_station, p_at, 'RELEASED', p_error, p_note);
    RETURN true;
END
$$;

-- DELIVERED / READ ticks seen later. Ticks only move forward: SENT -> DELIVERED -> READ. False when the
-- message is not at a state the tick follows.
CREATE OR REPLACE FUNCTION frontdesk_message_tick(p_status text, p_at timestamp, p_updated_at timestamp, p_id bigint)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_status = 'DELIVERED' THEN
        UPDATE public.whatsapp_message_logs SET status = 'DELIVERED', delivered_at = p_at, updated_at = p_updated_at
        WHERE id = p_id AND status = 'SENT';
    ELSIF p_status = 'READ' THEN
        UPDATE public.whatsapp_message_logs SET status = 'READ', read_at = p_at, updated_at = p_updated_at
        WHERE id = p_id AND status IN ('SENT', 'DELIVERED');
    ELSE
        RAISE EXCEPTION 'a tick is DELIVERED or READ, not %', p_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN FOUND;
END
$$;

-- Functions are executable by PUBLIC by default: only FrontDesk's two roles may call these, and nobody but
-- the owner calls frontdesk_finish_attempt directly.
REVOKE ALL ON FUNCTION
    frontdesk_queue_message(text, text, text, text, text, text, bigint, text, timestamp, text, timestamp, text,
                            timestamp, text),
    frontdesk_claim_message(text, text, timestamp, timestamp, timestamp, bigint),
    frontdesk_note_attempt(bigint, text, text),
    frontdesk_finish_attempt(bigint, bigint, text, timestamp, text, text, text),
    frontdesk_message_sent(bigint, text, bigint, timestamp, timestamp, text, text, text, text),
    frontdesk_message_failed(bigint, text, bigint, timestamp, text, text, text, text, text),
    frontdesk_message_retrying(bigint, text, bigint, timestamp, text, timestamp, text, text, text, text),
    frontdesk_message_skipped(bigint, text, bigint, timestamp, text, text, text),
    frontdesk_message_released(bigint, text, bigint, timestamp, text, text, timestamp, timestamp, integer, text,
                               text),
    frontdesk_message_tick(text, timestamp, timestamp, bigint)
FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    frontdesk_queue_message(text, text, text, text, text, text, bigint, text, timestamp, text, timestamp, text,
                            timestamp, text),
    frontdesk_claim_message(text, text, timestamp, timestamp, timestamp, bigint),
    frontdesk_note_attempt(bigint, text, text),
    frontdesk_message_sent(bigint, text, bigint, timestamp, timestamp, text, text, text, text),
    frontdesk_message_failed(bigint, text, bigint, timestamp, text, text, text, text, text),
    frontdesk_message_retrying(bigint, text, bigint, timestamp, text, timestamp, text, text, text, text),
    frontdesk_message_skipped(bigint, text, bigint, timestamp, text, text, text),
    frontdesk_message_released(bigint, text, bigint, timestamp, text, text, timestamp, timestamp, integer, text,
                               text),
    frontdesk_message_tick(text, timestamp, timestamp, bigint)
TO frontdesk_reception, frontdesk_admin;

-- And reception's direct writes go (table-level REVOKE takes 0007's column grants on the attempts with it).
REVOKE INSERT, UPDATE, DELETE ON whatsapp_message_logs, whatsapp_message_attempts FROM frontdesk_reception;
