-- One message per event per record AND per fact the customer must know (DECISIONS.md "The message log",
-- changed 2026-12): a re-attempt with a new date, or a different engineer, is a new message; the same date or
-- the same engineer again never is. The seed's key (reference_type, reference_id, event_type) allowed one
-- message per event for ever, so a delivery rescheduled a second time left the customer with the first date.
--
-- event_fact: what makes one message of an event differ from another of the same record: the re-attempt's
-- date (YYYY-MM-DD) for DELIVERY_REATTEMPT, the date of the attempt that failed for DELIVERY_FAILED, the
-- engineer's id for ENGINEER_ASSIGNED; '' for the events that happen once per record. Rows written by other
-- programs get ''. The whatsapp_*_sent flags keep meaning "a message went out".
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS event_fact VARCHAR(100) NOT NULL DEFAULT '';

-- needs_render: FrontDesk could not fill the message's template when the event happened (a setting such as
-- the feedback link was missing), so message_content holds the template itself. Such a message never goes
-- out as it is: an administrator's retry fills it again from its record and the settings of that moment, or
-- refuses with the reason. Nothing can put it back in the queue before that (the check below). Rows written by
-- other programs are FALSE: they are sent exactly as stored, braces and all.
ALTER TABLE whatsapp_message_logs ADD COLUMN IF NOT EXISTS needs_render BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE whatsapp_message_logs DROP CONSTRAINT IF EXISTS whatsapp_message_logs_rendered_check;
ALTER TABLE whatsapp_message_logs ADD CONSTRAINT whatsapp_message_logs_rendered_check
    CHECK (NOT needs_render OR status IN ('FAILED', 'SKIPPED'));

-- FrontDesk's earlier versions logged such messages unrendered without saying so: FAILED (or SKIPPED) at
-- queueing, never tried (no attempt), no template values, and a {placeholder} in the text.
UPDATE whatsapp_message_logs m SET needs_render = TRUE
WHERE m.status IN ('FAILED', 'SKIPPED') AND m.template_params IS NULL
  AND m.event_type IN ('ENQUIRY_CREATED', 'SERVICE_CREATED', 'ENGINEER_ASSIGNED', 'SERVICE_COMPLETED',
                       'DELIVERY_FAILED', 'DELIVERY_REATTEMPT')
  AND m.reference_type IN ('enquiry', 'complaint', 'stock_movement')
  AND m.message_content ~ '\{[a-z0-9_]+\}'
  AND NOT EXISTS (SELECT 1 FROM whatsapp_message_attempts a WHERE a.message_id = m.id);

-- A delivery's failure message so far was the first attempt's (one per delivery was all there could be): it
-- keeps the customer from a second one for that attempt.
UPDATE whatsapp_message_logs m SET event_fact = to_char(s.scheduled_date, 'YYYY-MM-DD')
FROM stock_movements s
WHERE m.event_type = 'DELIVERY_FAILED' AND m.reference_type = 'stock_movement' AND m.reference_id = s.id
  AND m.event_fact = '' AND s.scheduled_date IS NOT NULL;

DROP INDEX IF EXISTS whatsapp_message_logs_event_key;
CREATE UNIQUE INDEX IF NOT EXISTS whatsapp_message_logs_event_fact_key
    ON whatsapp_message_logs (reference_type, reference_id, event_type, event_fact);

-- Queueing, as in 0010, with the fact in the key and needs_render. The two new parameters come last with
-- defaults, so a call with the old fourteen still queues a once-per-record event's rendered message.
DROP FUNCTION IF EXISTS frontdesk_queue_message(text, text, text, text, text, text, bigint, text, timestamp, text,
                                                timestamp, text, timestamp, text);
CREATE OR REPLACE FUNCTION frontdesk_queue_message(
    p_event_type text, p_customer_phone text, p_customer_name text, p_message_content text, p_status text,
    p_reference_type text, p_reference_id bigint, p_error_message text, p_created_at timestamp,
    p_language text, p_scheduled_at timestamp, p_created_by text, p_updated_at timestamp,
    p_template_params text, p_event_fact text DEFAULT '', p_needs_render boolean DEFAULT FALSE)
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
        updated_at, template_params, event_fact, needs_render)
    VALUES (p_event_type, p_customer_phone, p_customer_name, p_message_content, p_status, p_reference_type,
        p_reference_id, p_error_message, 0, p_created_at, p_language, p_scheduled_at, p_created_by, p_updated_at,
        p_template_params, COALESCE(p_event_fact, ''), COALESCE(p_needs_render, FALSE))
    ON CONFLICT (reference_type, reference_id, event_type, event_fact) DO NOTHING
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

REVOKE ALL ON FUNCTION
    frontdesk_queue_message(text, text, text, text, text, text, bigint, text, timestamp, text, timestamp, text,
                            timestamp, text, text, boolean)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    frontdesk_queue_message(text, text, text, text, text, text, bigint, text, timestamp, text, timestamp, text,
                            timestamp, text, text, boolean)
TO frontdesk_reception, frontdesk_admin;

-- The enquiry's one call (0011), passing needs_render on; an enquiry has no fact.
DROP FUNCTION IF EXISTS frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text,
                                               text, text, text, text, text, text);
CREATE OR REPLACE FUNCTION frontdesk_save_enquiry(
    p_customer_name text, p_customer_phone text, p_language text, p_subject text, p_notes text, p_status text,
    p_created_by text, p_created_at timestamp,
    p_event_type text, p_reference_type text, p_reference_key text, p_message_phone text, p_message_parts text,
    p_message_status text, p_message_error text, p_template_params text, p_opted_out_reason text,
    p_needs_render boolean DEFAULT FALSE,
    OUT enquiry_id bigint, OUT customer_id bigint, OUT customer_opted_out boolean, OUT message_id bigint,
    OUT message_status text)
RETURNS record
LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_variable
DECLARE
    reference text;
    content text;
    parts jsonb;
    error text := p_message_error;
BEGIN
    INSERT INTO public.customers AS c (name, phone, preferred_language, created_at, updated_at)
    VALUES (p_customer_name, p_customer_phone, COALESCE(NULLIF(p_language, ''), 'en'), p_created_at, p_created_at)
    ON CONFLICT (phone) DO UPDATE SET name = excluded.name, preferred_language = excluded.preferred_language,
        updated_at = excluded.updated_at
    RETURNING c.id, c.opted_out INTO customer_id, customer_opted_out;

    INSERT INTO public.enquiries AS e (customer_id, customer_name, customer_phone, subject, notes, language, status,
        created_by, created_at, whatsapp_enquiry_sent)
    VALUES (customer_id, p_customer_name, p_customer_phone, p_subject, p_notes, p_language, p_status, p_created_by,
        p_created_at, p_message_status IS NOT NULL)
    RETURNING e.id INTO enquiry_id;

    message_status := p_message_status;
    IF p_message_status IS NOT NULL THEN
        -- Opted out comes after the phone policy's own skips, as in RecipientPolicy, and beats a template error.
        IF customer_opted_out AND p_message_status <> 'SKIPPED' THEN
            message_status := 'SKIPPED';
            error := p_opted_out_reason;
        END IF;
        reference := public.frontdesk_enquiry_reference(enquiry_id);
        -- Plain expressions, not a query over the array: plpgsql evaluates these without starting an executor.
        parts := p_message_parts::jsonb;
        content := COALESCE(parts->>0, '');
        FOR i IN 1 .. jsonb_array_length(parts) - 1 LOOP
            content := content || reference || (parts->>i);
        END LOOP;
        message_id := public.frontdesk_queue_message(p_event_type, p_message_phone, p_customer_name,
            content, message_status, p_reference_type, enquiry_id, error, p_created_at, p_language,
            NULL, p_created_by, p_created_at,
            CASE WHEN p_template_params IS NULL THEN NULL
                 ELSE (p_template_params::jsonb || jsonb_build_object(p_reference_key, reference))::text END,
            '', COALESCE(p_needs_render, FALSE));
    END IF;
END
$$;

REVOKE ALL ON FUNCTION
    frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text, text, text, text,
                           text, text, text, boolean)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text, text, text, text,
                           text, text, text, boolean)
TO frontdesk_reception, frontdesk_admin;
