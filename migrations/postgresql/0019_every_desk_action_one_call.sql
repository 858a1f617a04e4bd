-- Issue 17, the desk's side: every desk action is one SECURITY DEFINER call, reception writes nothing
-- directly, and the message log's key holds with NULL references too.
--
-- 1. The six desk actions (save enquiry, save service request, assign engineer, complete service, save
--    delivery, change a delivery's status) are one call each. Each writes the record change, sets its
--    whatsapp_*_sent flag, queues its message and records the action's key, atomically; a key seen before
--    returns the first result and writes nothing. Inside, the server decides: the time is
--    frontdesk_utc_now() (0016), the person is session_user (created_by, as the desk passed the same login
--    before), and the message goes to the phone and name of the record as the database has it. The desk
--    still renders the text (templates, languages and settings live there); a text is only ever sent to the
--    record's own customer. A message is queued only for the record the same call changed and flagged.
--    Refusals have codes of their own: no_data_found (P0002) for a record or engineer that does not exist,
--    FD001 for the engineer already assigned, FD002 for a re-attempt on the date already set, FD003 for a
--    record whose status allows no such change, invalid_parameter_value (22023) for a missing or malformed
--    value, insufficient_privilege (42501) for a message to another phone than the record's.
-- 2. Reception loses its direct writes: INSERT and UPDATE on customers, enquiries, complaints and
--    stock_movements (so opt-outs and the flags too: consent is an admin's), EXECUTE on
--    frontdesk_queue_message, INSERT on desk_action_keys. Admins keep theirs.
-- 3. The message log's key (reference_type, reference_id, event_type, event_fact) holds when reference_id is
--    NULL too (but for the canary's rows, which have no record by design). See the end of this file for rows
--    another program wrote.

-- The outcome names desk_action_keys keeps (as DeskActions' outcomeName).
CREATE OR REPLACE FUNCTION frontdesk_desk_outcome(p_status text)
RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE p_status WHEN 'SKIPPED' THEN 'skipped' WHEN 'FAILED' THEN 'template-error' ELSE 'queued' END
$$;

-- The phone a record's message goes to: the record's own. A record an older program wrote may keep its phone
-- as typed ("098765 43210"); the desk then passes the number it made of it, taken only when it is that
-- number (its digits end with the record's, without leading zeros, at least eight of them). Not granted.
CREATE OR REPLACE FUNCTION frontdesk_record_phone(p_record_phone text, p_given text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    kept text := ltrim(regexp_replace(COALESCE(p_record_phone, ''), '[^0-9]', '', 'g'), '0');
    given text := regexp_replace(COALESCE(p_given, ''), '[^0-9]', '', 'g');
BEGIN
    IF p_given IS NULL OR p_given = p_record_phone THEN
        RETURN p_record_phone;
    END IF;
    IF p_given ~ '^\+[1-9][0-9]{6,14}$' AND length(kept) >= 8 AND right(given, length(kept)) = kept THEN
        RETURN p_given;
    END IF;
    RAISE EXCEPTION 'a record''s message goes to the record''s own phone' USING ERRCODE = 'insufficient_privilege';
END
$$;

-- A message row for the record the calling function has just changed and flagged: the server's time, the
-- caller's login, the record's phone, name and language. NULL when the log has it already (its key). Replaces
-- 0017's, which took time and creator from the caller. Not granted.
DROP FUNCTION IF EXISTS frontdesk_desk_queue(text, text, bigint, text, text, text, text, text, timestamp, text, text,
                                             text, boolean);
CREATE OR REPLACE FUNCTION frontdesk_desk_queue(
    p_event_type text, p_reference_type text, p_reference_id bigint, p_fact text, p_phone text, p_name text,
    p_language text, p_content text, p_status text, p_error text, p_params text, p_needs_render boolean)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id bigint;
    at timestamp := public.frontdesk_utc_now();
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
    VALUES (p_event_type, p_phone, p_name, COALESCE(p_content, ''), p_status, p_reference_type, p_reference_id,
        p_error, 0, at, p_language, NULL, session_user, at, p_params, COALESCE(p_fact, ''),
        COALESCE(p_needs_render, FALSE))
    ON CONFLICT (reference_type, reference_id, event_type, event_fact) DO NOTHING
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

-- The message of a record's event, flag already set by the caller: opt-out (after the phone policy's own
-- skips, as RecipientPolicy), then the row. `message_outcome` as desk_action_keys keeps it; 'already-sent'
-- with the earlier row's id when the log has this event and fact already. Not granted.
CREATE OR REPLACE FUNCTION frontdesk_desk_message(
    p_event_type text, p_reference_type text, p_reference_id bigint, p_fact text, p_phone text, p_name text,
    p_language text, p_content text, p_status text, p_error text, p_params text, p_opted_out_reason text,
    p_needs_render boolean, OUT message_id bigint, OUT message_status text, OUT message_outcome text)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_variable
DECLARE
    error text := p_error;
BEGIN
    message_status := p_status;
    IF p_status <> 'SKIPPED' AND EXISTS (SELECT 1 FROM public.customers c WHERE c.phone = p_phone AND c.opted_out) THEN
        message_status := 'SKIPPED';
        error := p_opted_out_reason;
    END IF;
    message_id := public.frontdesk_desk_queue(p_event_type, p_reference_type, p_reference_id, p_fact, p_phone,
        p_name, p_language, p_content, message_status, error, p_params, p_needs_render);
    IF message_id IS NULL THEN
        SELECT m.id, m.status INTO message_id, message_status FROM public.whatsapp_message_logs m
        WHERE m.reference_type = p_reference_type AND m.reference_id = p_reference_id
          AND m.event_type = p_event_type AND m.event_fact = COALESCE(p_fact, '');
        message_outcome := 'already-sent';
    ELSE
        message_outcome := public.frontdesk_desk_outcome(message_status);
    END IF;
END
$$;

-- The key's row, written last by every desk action. Not granted.
CREATE OR REPLACE FUNCTION frontdesk_desk_action_done(p_key text, p_action text, p_reference_type text,
                                                      p_reference_id bigint, p_message_id bigint, p_outcome text)
RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    INSERT INTO public.desk_action_keys (key, action, reference_type, reference_id, message_id, message_outcome,
        created_at, created_by)
    VALUES (p_key, p_action, p_reference_type, p_reference_id, p_message_id, p_outcome, public.frontdesk_utc_now(),
        session_user)
$$;

CREATE OR REPLACE FUNCTION frontdesk_check_phone(p_phone text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_phone IS NULL OR p_phone !~ '^\+[1-9][0-9]{6,14}$' THEN
        RAISE EXCEPTION 'a customer''s phone is kept as +<country><number>, not as %', COALESCE(p_phone, 'nothing')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- The customer of a new record, as 0011/0017 wrote them; the server's time.
CREATE OR REPLACE FUNCTION frontdesk_desk_customer(p_name text, p_phone text, p_language text,
                                                   OUT customer_id bigint, OUT opted_out boolean)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_variable
DECLARE
    at timestamp := public.frontdesk_utc_now();
BEGIN
    PERFORM public.frontdesk_check_phone(p_phone);
    IF COALESCE(btrim(p_name), '') = '' THEN
        RAISE EXCEPTION 'a customer has a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.customers AS c (name, phone, preferred_language, created_at, updated_at)
    VALUES (p_name, p_phone, COALESCE(NULLIF(p_language, ''), 'en'), at, at)
    ON CONFLICT (phone) DO UPDATE SET name = excluded.name, preferred_language = excluded.preferred_language,
        updated_at = excluded.updated_at
    RETURNING c.id, c.opted_out INTO customer_id, opted_out;
END
$$;

-- 1. The six desk actions. Every one returns the same first columns: reference_id (the record), message_id,
-- message_status, message_outcome (NULL when the action sends nothing, 'staff' when the desk found a staff
-- phone), repeated (a key seen before: the rest is the first call's), customer_id.

DROP FUNCTION IF EXISTS frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text,
                                               text, text, text, boolean);
CREATE OR REPLACE FUNCTION frontdesk_save_enquiry(
    p_action_key text, p_customer_name text, p_customer_phone text, p_language text, p_subject text, p_notes text,
    p_message_parts text, p_message_status text, p_message_error text, p_template_params text,
    p_opted_out_reason text, p_needs_render boolean,
    OUT reference_id bigint, OUT message_id bigint, OUT message_status text, OUT message_outcome text,
    OUT repeated boolean, OUT customer_id bigint)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
#variable_conflict use_variable
DECLARE
    reference text;
    content text;
    parts jsonb;
    opted_out boolean;
BEGIN
    SELECT s.reference_id, s.message_id INTO reference_id, message_id
    FROM public.frontdesk_desk_action_seen(p_action_key, 'save-enquiry') s;
    repeated := reference_id <> 0;
    IF repeated THEN
        SELECT e.customer_id INTO customer_id FROM public.enquiries e WHERE e.id = reference_id;
        SELECT m.status INTO message_status FROM public.whatsapp_message_logs m WHERE m.id = message_id;
        SELECT k.message_outcome INTO message_outcome FROM public.desk_action_keys k WHERE k.key = p_action_key;
        RETURN;
    END IF;

    SELECT c.customer_id, c.opted_out INTO customer_id, opted_out
    FROM public.frontdesk_desk_customer(p_customer_name, p_customer_phone, p_language) c;
    INSERT INTO public.enquiries AS e (customer_id, customer_name, customer_phone, subject, notes, language, status,
        created_by, created_at, whatsapp_enquiry_sent)
    VALUES (customer_id, p_customer_name, p_customer_phone, p_subject, p_notes, p_language, 'NEW', session_user,
        public.frontdesk_utc_now(), p_message_status IS NOT NULL)
    RETURNING e.id INTO reference_id;

    message_outcome := 'staff';
    IF p_message_status IS NOT NULL THEN
        reference := public.frontdesk_enquiry_reference(reference_id);
        parts := p_message_parts::jsonb;
        content := COALESCE(parts->>0, '');
        FOR i IN 1 .. jsonb_array_length(parts) - 1 LOOP
            content := content || reference || (parts->>i);
        END LOOP;
        SELECT m.message_id, m.message_status, m.message_outcome INTO message_id, message_status, message_outcome
        FROM public.frontdesk_desk_message('ENQUIRY_CREATED', 'enquiry', reference_id, '', p_customer_phone,
            p_customer_name, p_language, content, p_message_status, p_message_error,
            CASE WHEN p_template_params IS NULL THEN NULL
                 ELSE (p_template_params::jsonb || jsonb_build_object('enquiry_id', reference))::text END,
            p_opted_out_reason, p_needs_render) m;
    END IF;
    PERFORM public.frontdesk_desk_action_done(p_action_key, 'save-enquiry', 'enquiry', reference_id, message_id,
                                              message_outcome);
END
$$;

-- The ticket (SR-000042) is made from the id this call takes; the desk rendered the message with p_hole (a
-- random token) where the ticket goes, in the text and in the values, and the hole is replaced here.
DROP FUNCTION IF EXISTS frontdesk_save_service_request(text, text, text, text, text, text, date, text, timestamp, text,
                                                       text, text, text, text, text, text, boolean);
CREATE OR REPLACE FUNCTION frontdesk_save_service_request(
    p_action_key text, p_customer_name text, p_customer_phone text, p_language text, p_service_type text,
    p_description text, p_scheduled_date date, p_hole text, p_message_text text, p_message_status text,
    p_message_error text, p_template_params text, p_opted_out_reason text, p_needs_render boolean,
    OUT reference_id bigint, OUT message_id bigint, OUT message_status text, OUT message_outcome text,
    OUT repeated boolean, OUT customer_id bigint)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
#variable_conflict use_variable
DECLARE
    ticket text;
    opted_out boolean;
BEGIN
    SELECT s.reference_id, s.message_id INTO reference_id, message_id
    FROM public.frontdesk_desk_action_seen(p_action_key, 'save-service-request') s;
    repeated := reference_id <> 0;
    IF repeated THEN
        SELECT r.customer_id INTO customer_id FROM public.complaints r WHERE r.id = reference_id;
        SELECT m.status INTO message_status FROM public.whatsapp_message_logs m WHERE m.id = message_id;
        SELECT k.message_outcome INTO message_outcome FROM public.desk_action_keys k WHERE k.key = p_action_key;
        RETURN;
    END IF;
    IF p_message_status IS NOT NULL AND length(COALESCE(p_hole, '')) < 16 THEN
        RAISE EXCEPTION 'the message needs the place of its ticket' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    SELECT c.customer_id, c.opted_out INTO customer_id, opted_out
    FROM public.frontdesk_desk_customer(p_customer_name, p_customer_phone, p_language) c;
    reference_id := nextval(pg_get_serial_sequence('public.complaints', 'id'));
    ticket := 'SR-' || lpad(reference_id::text, greatest(6, length(reference_id::text)), '0');
    INSERT INTO public.complaints (id, ticket_id, customer_id, customer_name, customer_phone, service_type,
        description, language, scheduled_date, status, created_by, created_at, whatsapp_service_created_sent)
    VALUES (reference_id, ticket, customer_id, p_customer_name, p_customer_phone, p_service_type, p_description,
        p_language, p_scheduled_date, 'OPEN', session_user, public.frontdesk_utc_now(),
        p_message_status IS NOT NULL);

    message_outcome := 'staff';
    IF p_message_status IS NOT NULL THEN
        SELECT m.message_id, m.message_status, m.message_outcome INTO message_id, message_status, message_outcome
        FROM public.frontdesk_desk_message('SERVICE_CREATED', 'complaint', reference_id, '', p_customer_phone,
            p_customer_name, p_language, replace(p_message_text, p_hole, ticket), p_message_status,
            p_message_error, replace(p_template_params, p_hole, ticket), p_opted_out_reason, p_needs_render) m;
    END IF;
    PERFORM public.frontdesk_desk_action_done(p_action_key, 'save-service-request', 'complaint', reference_id,
                                              message_id, message_outcome);
END
$$;

-- An engineer (re-)assigned to a service request. Each engineer of a request gets one message (the fact is
-- the engineer's id, or the name in lower case for one not in the list, as EventMessages::engineerFact).
CREATE OR REPLACE FUNCTION frontdesk_assign_engineer(
    p_action_key text, p_request_id bigint, p_engineer_id bigint, p_engineer_name text, p_message_phone text,
    p_message_text text, p_message_status text, p_message_error text, p_template_params text,
    p_opted_out_reason text, p_needs_render boolean,
    OUT reference_id bigint, OUT message_id bigint, OUT message_status text, OUT message_outcome text,
    OUT repeated boolean, OUT customer_id bigint)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
#variable_conflict use_variable
DECLARE
    request public.complaints;
    name text := btrim(COALESCE(p_engineer_name, ''));
    fact text;
    at timestamp := public.frontdesk_utc_now();
BEGIN
    SELECT s.reference_id, s.message_id INTO reference_id, message_id
    FROM public.frontdesk_desk_action_seen(p_action_key, 'assign-engineer') s;
    repeated := reference_id <> 0;
    IF repeated THEN
        SELECT r.customer_id INTO customer_id FROM public.complaints r WHERE r.id = reference_id;
        SELECT m.status INTO message_status FROM public.whatsapp_message_logs m WHERE m.id = message_id;
        SELECT k.message_outcome INTO message_outcome FROM public.desk_action_keys k WHERE k.key = p_action_key;
        RETURN;
    END IF;
    SELECT r.* INTO request FROM public.complaints r WHERE r.id = p_request_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'service request % does not exist', p_request_id USING ERRCODE = 'no_data_found';
    END IF;
    IF name = '' THEN
        RAISE EXCEPTION 'an engineer is assigned by name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF COALESCE(p_engineer_id, 0) > 0 AND NOT EXISTS (SELECT 1 FROM public.engineers g WHERE g.id = p_engineer_id) THEN
        RAISE EXCEPTION 'engineer % does not exist', p_engineer_id USING ERRCODE = 'no_data_found';
    END IF;
    IF request.status IN ('COMPLETED', 'CANCELLED') THEN
        RAISE EXCEPTION 'service request % is %: it cannot be assigned', request.ticket_id, lower(request.status)
            USING ERRCODE = 'FD003';
    END IF;
    fact := CASE WHEN COALESCE(p_engineer_id, 0) > 0 THEN p_engineer_id::text ELSE lower(name) END;
    IF request.status = 'ASSIGNED'
       AND fact = (CASE WHEN COALESCE(request.assigned_engineer_id, 0) > 0 THEN request.assigned_engineer_id::text
                        ELSE lower(btrim(COALESCE(request.assigned_engineer_name, ''))) END) THEN
        RAISE EXCEPTION 'this engineer is already assigned to %', request.ticket_id USING ERRCODE = 'FD001';
    END IF;

    UPDATE public.complaints r SET assigned_engineer_id = NULLIF(p_engineer_id, 0), assigned_engineer_name = name,
        assigned_at = at, status = 'ASSIGNED', updated_at = at,
        whatsapp_engineer_assigned_sent = (p_message_status IS NOT NULL OR r.whatsapp_engineer_assigned_sent IS TRUE)
    WHERE r.id = p_request_id;
    reference_id := p_request_id;
    customer_id := request.customer_id;
    IF p_message_status IS NOT NULL THEN
        SELECT m.message_id, m.message_status, m.message_outcome INTO message_id, message_status, message_outcome
        FROM public.frontdesk_desk_message('ENGINEER_ASSIGNED', 'complaint', reference_id, fact,
            public.frontdesk_record_phone(request.customer_phone, p_message_phone), request.customer_name,
            request.language, p_message_text, p_message_status, p_message_error, p_template_params,
            p_opted_out_reason, p_needs_render) m;
    ELSE
        message_outcome := 'staff';
    END IF;
    PERFORM public.frontdesk_desk_action_done(p_action_key, 'assign-engineer', 'complaint', reference_id,
                                              message_id, message_outcome);
END
$$;

-- A service request completed. Its message goes once for ever: a flag set before means sent before.
CREATE OR REPLACE FUNCTION frontdesk_complete_service(
    p_action_key text, p_request_id bigint, p_completed_date date, p_message_phone text, p_message_text text,
    p_message_status text, p_message_error text, p_template_params text, p_opted_out_reason text,
    p_needs_render boolean,
    OUT reference_id bigint, OUT message_id bigint, OUT message_status text, OUT message_outcome text,
    OUT repeated boolean, OUT customer_id bigint)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
#variable_conflict use_variable
DECLARE
    request public.complaints;
    at timestamp := public.frontdesk_utc_now();
BEGIN
    SELECT s.reference_id, s.message_id INTO reference_id, message_id
    FROM public.frontdesk_desk_action_seen(p_action_key, 'complete-service') s;
    repeated := reference_id <> 0;
    IF repeated THEN
        SELECT r.customer_id INTO customer_id FROM public.complaints r WHERE r.id = reference_id;
        SELECT m.status INTO message_status FROM public.whatsapp_message_logs m WHERE m.id = message_id;
        SELECT k.message_outcome INTO message_outcome FROM public.desk_action_keys k WHERE k.key = p_action_key;
        RETURN;
    END IF;
    SELECT r.* INTO request FROM public.complaints r WHERE r.id = p_request_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'service request % does not exist', p_request_id USING ERRCODE = 'no_data_found';
    END IF;
    IF request.status = 'CANCELLED' THEN
        RAISE EXCEPTION 'service request % was cancelled: it cannot be completed', request.ticket_id
            USING ERRCODE = 'FD003';
    END IF;
    IF p_completed_date IS NULL THEN
        RAISE EXCEPTION 'a service is completed on a date' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    UPDATE public.complaints r SET status = 'COMPLETED', completed_date = p_completed_date, updated_at = at,
        whatsapp_service_completed_sent = (p_message_status IS NOT NULL OR r.whatsapp_service_completed_sent IS TRUE)
    WHERE r.id = p_request_id;
    reference_id := p_request_id;
    customer_id := request.customer_id;
    IF p_message_status IS NULL THEN
        message_outcome := 'staff';
    ELSIF request.whatsapp_service_completed_sent IS TRUE THEN
        SELECT m.id, m.status INTO message_id, message_status FROM public.whatsapp_message_logs m
        WHERE m.reference_type = 'complaint' AND m.reference_id = p_request_id
          AND m.event_type = 'SERVICE_COMPLETED' AND m.event_fact = '';
        message_outcome := 'already-sent';
    ELSE
        SELECT m.message_id, m.message_status, m.message_outcome INTO message_id, message_status, message_outcome
        FROM public.frontdesk_desk_message('SERVICE_COMPLETED', 'complaint', reference_id, '',
            public.frontdesk_record_phone(request.customer_phone, p_message_phone), request.customer_name,
            request.language, p_message_text, p_message_status, p_message_error, p_template_params,
            p_opted_out_reason, p_needs_render) m;
    END IF;
    PERFORM public.frontdesk_desk_action_done(p_action_key, 'complete-service', 'complaint', reference_id,
                                              message_id, message_outcome);
END
$$;

-- A delivery saved (no message: its customer hears when an attempt fails or is rescheduled).
CREATE OR REPLACE FUNCTION frontdesk_save_delivery(
    p_action_key text, p_customer_name text, p_customer_phone text, p_language text, p_reference text,
    p_item_name text, p_quantity integer, p_address text, p_scheduled_date date,
    OUT reference_id bigint, OUT message_id bigint, OUT message_status text, OUT message_outcome text,
    OUT repeated boolean, OUT customer_id bigint)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
#variable_conflict use_variable
DECLARE
    opted_out boolean;
    at timestamp := public.frontdesk_utc_now();
BEGIN
    SELECT s.reference_id INTO reference_id FROM public.frontdesk_desk_action_seen(p_action_key, 'save-delivery') s;
    repeated := reference_id <> 0;
    IF repeated THEN
        SELECT d.customer_id INTO customer_id FROM public.stock_movements d WHERE d.id = reference_id;
        RETURN;
    END IF;
    IF COALESCE(btrim(p_item_name), '') = '' OR COALESCE(p_quantity, 0) < 1 THEN
        RAISE EXCEPTION 'a delivery names its item and a quantity of at least 1'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c.customer_id, c.opted_out INTO customer_id, opted_out
    FROM public.frontdesk_desk_customer(p_customer_name, p_customer_phone, p_language) c;
    INSERT INTO public.stock_movements AS d (reference, item_name, quantity, customer_id, customer_name,
        customer_phone, language, address, scheduled_date, delivery_status, created_by, created_at)
    VALUES (NULLIF(p_reference, ''), btrim(p_item_name), p_quantity, customer_id, p_customer_name, p_customer_phone,
        p_language, NULLIF(p_address, ''), p_scheduled_date, 'PENDING', session_user, at)
    RETURNING d.id INTO reference_id;
    PERFORM public.frontdesk_desk_action_done(p_action_key, 'save-delivery', 'stock_movement', reference_id, NULL,
                                              NULL);
END
$$;

-- A delivery's status changed. FAILED is about the attempt that was due (its date is the fact), REATTEMPT
-- about its new date: each date gets its message, the same one never twice. DELIVERED sends nothing.
CREATE OR REPLACE FUNCTION frontdesk_set_delivery_status(
    p_action_key text, p_delivery_id bigint, p_status text, p_reattempt_date date, p_note text,
    p_message_phone text, p_message_text text, p_message_status text, p_message_error text, p_template_params text,
    p_opted_out_reason text, p_needs_render boolean,
    OUT reference_id bigint, OUT message_id bigint, OUT message_status text, OUT message_outcome text,
    OUT repeated boolean, OUT customer_id bigint)
RETURNS record
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
#variable_conflict use_variable
DECLARE
    delivery public.stock_movements;
    new_date date;
    event text;
    fact text;
    at timestamp := public.frontdesk_utc_now();
BEGIN
    SELECT s.reference_id, s.message_id INTO reference_id, message_id
    FROM public.frontdesk_desk_action_seen(p_action_key, 'delivery-status') s;
    repeated := reference_id <> 0;
    IF repeated THEN
        SELECT d.customer_id INTO customer_id FROM public.stock_movements d WHERE d.id = reference_id;
        SELECT m.status INTO message_status FROM public.whatsapp_message_logs m WHERE m.id = message_id;
        SELECT k.message_outcome INTO message_outcome FROM public.desk_action_keys k WHERE k.key = p_action_key;
        RETURN;
    END IF;
    SELECT d.* INTO delivery FROM public.stock_movements d WHERE d.id = p_delivery_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'delivery % does not exist', p_delivery_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p_status IS NULL OR p_status NOT IN ('DELIVERED', 'FAILED', 'REATTEMPT') THEN
        RAISE EXCEPTION 'a delivery''s status changes to DELIVERED, FAILED or REATTEMPT, not to %', p_status
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF delivery.delivery_status = 'DELIVERED' THEN
        RAISE EXCEPTION 'delivery % was already delivered: its status cannot change', p_delivery_id
            USING ERRCODE = 'FD003';
    END IF;
    IF p_status = 'REATTEMPT' AND p_reattempt_date IS NULL THEN
        RAISE EXCEPTION 'a re-attempt has its new date' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_status = 'REATTEMPT' AND delivery.delivery_status = 'REATTEMPT'
       AND delivery.reattempt_date = p_reattempt_date THEN
        RAISE EXCEPTION 'delivery % is already to be re-attempted on %', p_delivery_id, p_reattempt_date
            USING ERRCODE = 'FD002';
    END IF;
    IF p_status = 'DELIVERED' AND p_message_status IS NOT NULL THEN
        RAISE EXCEPTION 'a delivered delivery sends no message' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    new_date := CASE WHEN p_status = 'REATTEMPT' THEN p_reattempt_date ELSE delivery.reattempt_date END;
    event := CASE p_status WHEN 'FAILED' THEN 'DELIVERY_FAILED' WHEN 'REATTEMPT' THEN 'DELIVERY_REATTEMPT' END;
    fact := to_char(CASE WHEN p_status = 'FAILED' THEN COALESCE(new_date, delivery.scheduled_date) ELSE new_date END,
                    'YYYY-MM-DD');
    UPDATE public.stock_movements d SET delivery_status = p_status, reattempt_date = new_date,
        status_note = NULLIF(p_note, ''), status_changed_at = at, updated_at = at,
        whatsapp_delivery_failed_sent = (d.whatsapp_delivery_failed_sent IS TRUE
                                         OR (p_status = 'FAILED' AND p_message_status IS NOT NULL)),
        whatsapp_delivery_reattempt_sent = (d.whatsapp_delivery_reattempt_sent IS TRUE
                                            OR (p_status = 'REATTEMPT' AND p_message_status IS NOT NULL))
    WHERE d.id = p_delivery_id;
    reference_id := p_delivery_id;
    customer_id := delivery.customer_id;
    IF event IS NOT NULL AND p_message_status IS NOT NULL THEN
        SELECT m.message_id, m.message_status, m.message_outcome INTO message_id, message_status, message_outcome
        FROM public.frontdesk_desk_message(event, 'stock_movement', reference_id, COALESCE(fact, ''),
            public.frontdesk_record_phone(delivery.customer_phone, p_message_phone), delivery.customer_name,
            delivery.language, p_message_text, p_message_status, p_message_error, p_template_params,
            p_opted_out_reason, p_needs_render) m;
    ELSIF event IS NOT NULL THEN
        message_outcome := 'staff';
    END IF;
    PERFORM public.frontdesk_desk_action_done(p_action_key, 'delivery-status', 'stock_movement', reference_id,
                                              message_id, message_outcome);
END
$$;

REVOKE ALL ON FUNCTION
    frontdesk_desk_outcome(text),
    frontdesk_record_phone(text, text),
    frontdesk_check_phone(text),
    frontdesk_desk_queue(text, text, bigint, text, text, text, text, text, text, text, text, boolean),
    frontdesk_desk_message(text, text, bigint, text, text, text, text, text, text, text, text, text, boolean),
    frontdesk_desk_action_done(text, text, text, bigint, bigint, text),
    frontdesk_desk_customer(text, text, text),
    frontdesk_save_enquiry(text, text, text, text, text, text, text, text, text, text, text, boolean),
    frontdesk_save_service_request(text, text, text, text, text, text, date, text, text, text, text, text, text,
                                   boolean),
    frontdesk_assign_engineer(text, bigint, bigint, text, text, text, text, text, text, text, boolean),
    frontdesk_complete_service(text, bigint, date, text, text, text, text, text, text, boolean),
    frontdesk_save_delivery(text, text, text, text, text, text, integer, text, date),
    frontdesk_set_delivery_status(text, bigint, text, date, text, text, text, text, text, text, text, boolean)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    frontdesk_save_enquiry(text, text, text, text, text, text, text, text, text, text, text, boolean),
    frontdesk_save_service_request(text, text, text, text, text, text, date, text, text, text, text, text, text,
                                   boolean),
    frontdesk_assign_engineer(text, bigint, bigint, text, text, text, text, text, text, text, boolean),
    frontdesk_complete_service(text, bigint, date, text, text, text, text, text, text, boolean),
    frontdesk_save_delivery(text, text, text, text, text, text, integer, text, date),
    frontdesk_set_delivery_status(text, bigint, text, date, text, text, text, text, text, text, text, boolean)
TO frontdesk_reception, frontdesk_admin;

-- 2. Reception writes nothing directly (admins keep their rights: the opt-out register, repairs).
REVOKE INSERT, UPDATE ON customers, enquiries, complaints, stock_movements FROM frontdesk_reception;
REVOKE INSERT ON desk_action_keys FROM frontdesk_reception;
REVOKE EXECUTE ON FUNCTION
    frontdesk_queue_message(text, text, text, text, text, text, bigint, text, timestamp, text, timestamp, text,
                            timestamp, text, text, boolean)
FROM frontdesk_reception;

-- 3. The log's key with NULL references. The unique index of 0014 stays as ON CONFLICT's arbiter (an index
-- NULLS NOT DISTINCT would have to be partial, below, and a partial index is no arbiter for ON CONFLICT
-- without its predicate); a second unique index over the rows without a reference makes the key hold for
-- them too, on every PostgreSQL version. The canary's rows (0015) have no record by design, one a day: they
-- are left out.
--
-- An adopted database may hold such rows twice already (another program wrote them; FrontDesk never queues
-- without a reference). The upgrade must not fail on them, and must not remove a row of the audit log or
-- change what it says was sent. event_fact is FrontDesk's own column (0014, '' for rows of other programs)
-- and a row without a reference can never be filled in again or retried as an event of a record, so its
-- fact means nothing: the later rows of each repeated key get the fact 'adopted duplicate of #<first id>
-- #<own id>', which makes them unique and says why. Everything else in them stays as it was; the upgrade
-- says how many it marked. Another program that goes on writing such rows twice is refused from now on
-- (unique_violation): that is the point of the key.
DO $$
DECLARE
    marked integer;
BEGIN
    WITH repeated AS (
        SELECT m.id, first_value(m.id) OVER w AS first_id, row_number() OVER w AS n
        FROM whatsapp_message_logs m WHERE m.reference_id IS NULL AND m.event_type <> 'CANARY'
        WINDOW w AS (PARTITION BY m.reference_type, m.event_type, m.event_fact ORDER BY m.id))
    UPDATE whatsapp_message_logs m SET event_fact = left('adopted duplicate of #' || r.first_id || ' #' || m.id, 100)
    FROM repeated r WHERE m.id = r.id AND r.n > 1;
    GET DIAGNOSTICS marked = ROW_COUNT;
    IF marked > 0 THEN
        RAISE WARNING 'FrontDesk: % message log rows without a record repeated an earlier row; their event_fact now says "adopted duplicate of #<id>"', marked;
    END IF;
END
$$;
CREATE UNIQUE INDEX IF NOT EXISTS whatsapp_message_logs_no_reference_key
    ON whatsapp_message_logs (reference_type, event_type, event_fact)
    WHERE reference_id IS NULL AND event_type <> 'CANARY';
