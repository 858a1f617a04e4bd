-- Queueing only for a record the same call flagged (issue 17, "Queueing only through desk actions"), first
-- step: frontdesk_queue_message, which reception still calls inside the desk's transactions, refuses a
-- message without a reference, for a reference that does not exist (yet: SKIPPED rows queued under the next
-- ids would drop every later message of those records), of another table than its event's, or whose record's
-- whatsapp_*_sent flag is not set (the outbox sets it in the same transaction, before it queues). Each is
-- insufficient_privilege, as the function's other refusals. The rest is 0014's function unchanged.
CREATE OR REPLACE FUNCTION frontdesk_queue_message(
    p_event_type text, p_customer_phone text, p_customer_name text, p_message_content text, p_status text,
    p_reference_type text, p_reference_id bigint, p_error_message text, p_created_at timestamp,
    p_language text, p_scheduled_at timestamp, p_created_by text, p_updated_at timestamp,
    p_template_params text, p_event_fact text DEFAULT '', p_needs_render boolean DEFAULT FALSE)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id bigint;
    flagged boolean;
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('PENDING', 'SKIPPED', 'FAILED') THEN
        RAISE EXCEPTION 'a message is queued as PENDING, SKIPPED or FAILED, not as %', p_status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_reference_id IS NULL THEN
        RAISE EXCEPTION 'a message is queued for a record' USING ERRCODE = 'insufficient_privilege';
    END IF;
    CASE
        WHEN p_event_type = 'ENQUIRY_CREATED' AND p_reference_type = 'enquiry' THEN
            SELECT e.whatsapp_enquiry_sent INTO flagged FROM public.enquiries e WHERE e.id = p_reference_id;
        WHEN p_event_type = 'SERVICE_CREATED' AND p_reference_type = 'complaint' THEN
            SELECT c.whatsapp_service_created_sent INTO flagged FROM public.complaints c WHERE c.id = p_reference_id;
        WHEN p_event_type = 'ENGINEER_ASSIGNED' AND p_reference_type = 'complaint' THEN
            SELECT c.whatsapp_engineer_assigned_sent INTO flagged FROM public.complaints c
            WHERE c.id = p_reference_id;
        WHEN p_event_type = 'SERVICE_COMPLETED' AND p_reference_type = 'complaint' THEN
            SELECT c.whatsapp_service_completed_sent INTO flagged FROM public.complaints c
            WHERE c.id = p_reference_id;
        WHEN p_event_type = 'DELIVERY_FAILED' AND p_reference_type = 'stock_movement' THEN
            SELECT s.whatsapp_delivery_failed_sent INTO flagged FROM public.stock_movements s
            WHERE s.id = p_reference_id;
        WHEN p_event_type = 'DELIVERY_REATTEMPT' AND p_reference_type = 'stock_movement' THEN
            SELECT s.whatsapp_delivery_reattempt_sent INTO flagged FROM public.stock_movements s
            WHERE s.id = p_reference_id;
        ELSE
            RAISE EXCEPTION 'a % message is not queued for a record of type %', p_event_type, p_reference_type
                USING ERRCODE = 'insufficient_privilege';
    END CASE;
    IF flagged IS NOT TRUE THEN
        RAISE EXCEPTION 'a message is queued only for a record whose % flag its desk action has just set',
            p_event_type USING ERRCODE = 'insufficient_privilege';
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
