-- No save is ever doubled (issue 17). Every desk action carries a key made when its form was filled (or its
-- button clicked), kept across the desk's automatic second try. The action and this row are written in the
-- same transaction, so a second try whose first one committed (the answer was lost with the connection) finds
-- the key and is given the first result: no second record, no second message.
--
-- A table of its own rather than a column on each record: four of the actions change a record that exists
-- (assign, complete, failed, re-attempt), so a column would keep only the last key; the records' tables are
-- the customer's older system's and stay as they were.
CREATE TABLE IF NOT EXISTS desk_action_keys (
    key VARCHAR(64) PRIMARY KEY,
    action VARCHAR(40) NOT NULL,
    reference_type VARCHAR(40) NOT NULL,
    reference_id BIGINT NOT NULL,
    message_id BIGINT,
    message_outcome VARCHAR(20),
    created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    created_by VARCHAR(100)
);
GRANT SELECT, INSERT ON desk_action_keys TO frontdesk_reception;
GRANT ALL ON desk_action_keys TO frontdesk_admin;

-- The saves that create a record are one call each (as 0011 made the enquiry's): the customer, the record with
-- its flag, its message and the action's key, in one statement and so atomically. A key seen before returns
-- the record and message of its first call (repeated = true) and writes nothing. The key is locked for the
-- transaction first, so a second try that overtakes a first one still running waits for it and then finds it.
--
-- They run as their owner (SECURITY DEFINER, search_path fixed, pg_temp last) and write the message log
-- themselves: the message is queued for the record this call wrote, with its flag set in the same call, and
-- for nothing else. Event and reference type are fixed here, not passed.

-- The record of a key seen before, or 0. Not granted: called by the functions below.
CREATE OR REPLACE FUNCTION frontdesk_desk_action_seen(p_key text, p_action text, OUT reference_id bigint,
                                                      OUT message_id bigint)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_variable
DECLARE
    earlier public.desk_action_keys;
BEGIN
    reference_id := 0;
    IF p_key IS NULL OR length(p_key) < 16 OR length(p_key) > 64 THEN
        RAISE EXCEPTION 'a desk action needs its key (16 to 64 characters)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('frontdesk desk action ' || p_key, 0));
    SELECT k.* INTO earlier FROM public.desk_action_keys k WHERE k.key = p_key;
    IF FOUND THEN
        IF earlier.action <> p_action THEN
            RAISE EXCEPTION 'this key was used for %, not for %', earlier.action, p_action
                USING ERRCODE = 'unique_violation';
        END IF;
        reference_id := earlier.reference_id;
        message_id := earlier.message_id;
    END IF;
END
$$;

-- A message row as frontdesk_queue_message writes it (0014), for the record just written. Not granted.
CREATE OR REPLACE FUNCTION frontdesk_desk_queue(
    p_event_type text, p_reference_type text, p_reference_id bigint, p_phone text, p_name text, p_content text,
    p_status text, p_error text, p_at timestamp, p_language text, p_created_by text, p_params text,
    p_needs_render boolean)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id bigint;
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('PENDING', 'SKIPPED', 'FAILED') THEN
        RAISE EXCEPTION 'a message is queued as PENDING, SKIPPED or FAILED, not as %', p_status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_reference_id IS NULL THEN
        RAISE EXCEPTION 'a message is queued for a record' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.whatsapp_message_logs (event_type, customer_phone, customer_name, message_content, status,
        reference_type, reference_id, error_message, retry_count, created_at, language, scheduled_at, created_by,
        updated_at, template_params, event_fact, needs_render)
    VALUES (p_event_type, p_phone, p_name, p_content, p_status, p_reference_type, p_reference_id, p_error, 0, p_at,
        p_language, NULL, p_created_by, p_at, p_params, '', COALESCE(p_needs_render, FALSE))
    ON CONFLICT (reference_type, reference_id, event_type, event_fact) DO NOTHING
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

-- The enquiry's one call (0011, 0014) with its key. The message text comes in parts around the place of
-- {enquiry_id}, as before.
DROP FUNCTION IF EXISTS frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text,
                                               text, text, text, text, text, text, boolean);
CREATE OR REPLACE FUNCTION frontdesk_save_enquiry(
    p_action_key text, p_customer_name text, p_customer_phone text, p_language text, p_subject text, p_notes text,
    p_created_by text, p_created_at timestamp,
    p_message_phone text, p_message_parts text, p_message_status text, p_message_error text,
    p_template_params text, p_opted_out_reason text, p_needs_render boolean,
    OUT enquiry_id bigint, OUT customer_id bigint, OUT customer_opted_out boolean, OUT message_id bigint,
    OUT message_status text, OUT repeated boolean)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_variable
DECLARE
    reference text;
    content text;
    parts jsonb;
    error text := p_message_error;
    outcome text;
BEGIN
    SELECT s.reference_id, s.message_id INTO enquiry_id, message_id
    FROM public.frontdesk_desk_action_seen(p_action_key, 'save-enquiry') s;
    repeated := enquiry_id <> 0;
    IF repeated THEN
        SELECT e.customer_id INTO customer_id FROM public.enquiries e WHERE e.id = enquiry_id;
        SELECT c.opted_out INTO customer_opted_out FROM public.customers c WHERE c.id = customer_id;
        SELECT m.status INTO message_status FROM public.whatsapp_message_logs m WHERE m.id = message_id;
        RETURN;
    END IF;

    INSERT INTO public.customers AS c (name, phone, preferred_language, created_at, updated_at)
    VALUES (p_customer_name, p_customer_phone, COALESCE(NULLIF(p_language, ''), 'en'), p_created_at, p_created_at)
    ON CONFLICT (phone) DO UPDATE SET name = excluded.name, preferred_language = excluded.preferred_language,
        updated_at = excluded.updated_at
    RETURNING c.id, c.opted_out INTO customer_id, customer_opted_out;

    INSERT INTO public.enquiries AS e (customer_id, customer_name, customer_phone, subject, notes, language, status,
        created_by, created_at, whatsapp_enquiry_sent)
    VALUES (customer_id, p_customer_name, p_customer_phone, p_subject, p_notes, p_language, 'NEW', p_created_by,
        p_created_at, p_message_status IS NOT NULL)
    RETURNING e.id INTO enquiry_id;

    message_status := p_message_status;
    outcome := 'staff';
    IF p_message_status IS NOT NULL THEN
        -- Opted out comes after the phone policy's own skips, as in RecipientPolicy, and beats a template error.
        IF customer_opted_out AND p_message_status <> 'SKIPPED' THEN
            message_status := 'SKIPPED';
            error := p_opted_out_reason;
        END IF;
        reference := public.frontdesk_enquiry_reference(enquiry_id);
        parts := p_message_parts::jsonb;
        content := COALESCE(parts->>0, '');
        FOR i IN 1 .. jsonb_array_length(parts) - 1 LOOP
            content := content || reference || (parts->>i);
        END LOOP;
        message_id := public.frontdesk_desk_queue('ENQUIRY_CREATED', 'enquiry', enquiry_id, p_message_phone,
            p_customer_name, content, message_status, error, p_created_at, p_language, p_created_by,
            CASE WHEN p_template_params IS NULL THEN NULL
                 ELSE (p_template_params::jsonb || jsonb_build_object('enquiry_id', reference))::text END,
            p_needs_render);
        outcome := CASE message_status WHEN 'SKIPPED' THEN 'skipped' WHEN 'FAILED' THEN 'template-error'
                                       ELSE 'queued' END;
    END IF;
    INSERT INTO public.desk_action_keys (key, action, reference_type, reference_id, message_id, message_outcome,
        created_at, created_by)
    VALUES (p_action_key, 'save-enquiry', 'enquiry', enquiry_id, message_id, outcome, p_created_at, p_created_by);
END
$$;

-- The service request's one call. The ticket (SR-000042) is made from the id this call takes from the
-- sequence; the desk rendered the message with p_hole (a random token) where the ticket goes, in the text and
-- in the values (the tracking link holds it too), and the hole is replaced here.
CREATE OR REPLACE FUNCTION frontdesk_save_service_request(
    p_action_key text, p_customer_name text, p_customer_phone text, p_language text, p_service_type text,
    p_description text, p_scheduled_date date, p_created_by text, p_created_at timestamp,
    p_hole text, p_message_phone text, p_message_text text, p_message_status text, p_message_error text,
    p_template_params text, p_opted_out_reason text, p_needs_render boolean,
    OUT request_id bigint, OUT customer_id bigint, OUT customer_opted_out boolean, OUT message_id bigint,
    OUT message_status text, OUT repeated boolean)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_variable
DECLARE
    ticket text;
    error text := p_message_error;
    outcome text;
BEGIN
    SELECT s.reference_id, s.message_id INTO request_id, message_id
    FROM public.frontdesk_desk_action_seen(p_action_key, 'save-service-request') s;
    repeated := request_id <> 0;
    IF repeated THEN
        SELECT r.customer_id INTO customer_id FROM public.complaints r WHERE r.id = request_id;
        SELECT c.opted_out INTO customer_opted_out FROM public.customers c WHERE c.id = customer_id;
        SELECT m.status INTO message_status FROM public.whatsapp_message_logs m WHERE m.id = message_id;
        RETURN;
    END IF;
    IF p_message_status IS NOT NULL AND length(COALESCE(p_hole, '')) < 16 THEN
        RAISE EXCEPTION 'the message needs the place of its ticket' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    INSERT INTO public.customers AS c (name, phone, preferred_language, created_at, updated_at)
    VALUES (p_customer_name, p_customer_phone, COALESCE(NULLIF(p_language, ''), 'en'), p_created_at, p_created_at)
    ON CONFLICT (phone) DO UPDATE SET name = excluded.name, preferred_language = excluded.preferred_language,
        updated_at = excluded.updated_at
    RETURNING c.id, c.opted_out INTO customer_id, customer_opted_out;

    request_id := nextval(pg_get_serial_sequence('public.complaints', 'id'));
    ticket := 'SR-' || lpad(request_id::text, greatest(6, length(request_id::text)), '0');
    INSERT INTO public.complaints (id, ticket_id, customer_id, customer_name, customer_phone, service_type,
        description, language, scheduled_date, status, created_by, created_at, whatsapp_service_created_sent)
    VALUES (request_id, ticket, customer_id, p_customer_name, p_customer_phone, p_service_type, p_description,
        p_language, p_scheduled_date, 'OPEN', p_created_by, p_created_at, p_message_status IS NOT NULL);

    message_status := p_message_status;
    outcome := 'staff';
    IF p_message_status IS NOT NULL THEN
        IF customer_opted_out AND p_message_status <> 'SKIPPED' THEN
            message_status := 'SKIPPED';
            error := p_opted_out_reason;
        END IF;
        message_id := public.frontdesk_desk_queue('SERVICE_CREATED', 'complaint', request_id, p_message_phone,
            p_customer_name, replace(p_message_text, p_hole, ticket), message_status, error, p_created_at,
            p_language, p_created_by, replace(p_template_params, p_hole, ticket), p_needs_render);
        outcome := CASE message_status WHEN 'SKIPPED' THEN 'skipped' WHEN 'FAILED' THEN 'template-error'
                                       ELSE 'queued' END;
    END IF;
    INSERT INTO public.desk_action_keys (key, action, reference_type, reference_id, message_id, message_outcome,
        created_at, created_by)
    VALUES (p_action_key, 'save-service-request', 'complaint', request_id, message_id, outcome, p_created_at,
        p_created_by);
END
$$;

REVOKE ALL ON FUNCTION
    frontdesk_desk_action_seen(text, text),
    frontdesk_desk_queue(text, text, bigint, text, text, text, text, text, timestamp, text, text, text, boolean),
    frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text, text, text, text,
                           boolean),
    frontdesk_save_service_request(text, text, text, text, text, text, date, text, timestamp, text, text, text, text,
                                   text, text, text, boolean)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text, text, text, text,
                           boolean),
    frontdesk_save_service_request(text, text, text, text, text, text, date, text, timestamp, text, text, text, text,
                                   text, text, text, boolean)
TO frontdesk_reception, frontdesk_admin;
