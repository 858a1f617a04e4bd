-- Saving an enquiry with its message in one call. A desk's save was a transaction of six round trips
-- (BEGIN, customer, enquiry, flag, message, COMMIT), and on a networked database each round trip costs more
-- than the work done in it. This function does the same writes in one statement, so in one round trip and
-- atomically. It runs with the caller's rights (reception may write customers and enquiries) and queues the
-- message through frontdesk_queue_message, as every other queueing does.
--
-- The desk renders the message (templates, languages, phone policy, staff phones stay in FrontDesk); only
-- the enquiry's number is unknown until the row is written, so the text comes in parts around the place of
-- {enquiry_id} (a JSON array of strings) and the reference is put in here. The customer's opt-out is read by
-- the upsert, so it is applied here too: an opted-out customer's message is SKIPPED with p_opted_out_reason.
-- A NULL p_message_status means no message at all (a staff phone): the flag stays false.

-- DeskActions::enquiryReference ("ENQ-000042") in SQL; a test checks that the two agree. No SET clause: a
-- plain SQL function is inlined into the caller instead of being parsed again on every call.
CREATE OR REPLACE FUNCTION frontdesk_enquiry_reference(p_id bigint)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT 'ENQ-' || lpad(p_id::text, greatest(6, length(p_id::text)), '0')
$$;

CREATE OR REPLACE FUNCTION frontdesk_save_enquiry(
    p_customer_name text, p_customer_phone text, p_language text, p_subject text, p_notes text, p_status text,
    p_created_by text, p_created_at timestamp,
    p_event_type text, p_reference_type text, p_reference_key text, p_message_phone text, p_message_parts text,
    p_message_status text, p_message_error text, p_template_params text, p_opted_out_reason text,
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
                 ELSE (p_template_params::jsonb || jsonb_build_object(p_reference_key, reference))::text END);
    END IF;
END
$$;

REVOKE ALL ON FUNCTION
    frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text, text, text, text,
                           text, text, text)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    frontdesk_save_enquiry(text, text, text, text, text, text, text, timestamp, text, text, text, text, text, text,
                           text, text, text)
TO frontdesk_reception, frontdesk_admin;
