-- Records can be corrected (issue 20, point 17): a typo in a name, a product, the notes. Each correction is
-- kept in record_corrections: which record, which field, what it said before and after, who corrected it
-- (session_user) and when (the server's clock, frontdesk_utc_now of 0016).
--
-- Reception writes nothing directly (0019): a correction is one call of frontdesk_correct_record, SECURITY
-- DEFINER, which
--   * corrects only the fields of its list below (name, product or subject, notes; name, service type,
--     description; name, item, address). The phone is not among them: the desk checks a phone with its phone
--     policy (libphonenumber), which the server cannot repeat, and messages go to the record's phone. Statuses,
--     dates, engineers and the whatsapp_*_sent flags are never corrected: they are what the desk actions
--     decide. Any other field is refused with FD004;
--   * keeps one-line fields on one line and every field within its column (22023 otherwise);
--   * writes the record and its row here in one transaction, and does nothing when the value is the same;
--   * queues no message and touches no message flag or status: a correction is never messaged by itself.
-- Reception and admins read the history; reception writes it only through the function.
CREATE TABLE IF NOT EXISTS record_corrections (
    id BIGSERIAL PRIMARY KEY,
    reference_type VARCHAR(30) NOT NULL,
    reference_id BIGINT NOT NULL,
    field VARCHAR(50) NOT NULL,
    old_value TEXT,
    new_value TEXT,
    corrected_by VARCHAR(100) NOT NULL,
    corrected_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);
CREATE INDEX IF NOT EXISTS record_corrections_record_idx ON record_corrections (reference_type, reference_id, id);

REVOKE ALL ON record_corrections FROM PUBLIC, frontdesk_reception;
REVOKE ALL ON SEQUENCE record_corrections_id_seq FROM PUBLIC, frontdesk_reception;
GRANT SELECT ON record_corrections TO frontdesk_reception;
GRANT ALL ON record_corrections TO frontdesk_admin;
GRANT ALL ON SEQUENCE record_corrections_id_seq TO frontdesk_admin;

-- Corrects one field of one record; true when it changed, false when it said that already.
-- p_reference_type is the message log's name of the record (enquiry, complaint, stock_movement).
CREATE OR REPLACE FUNCTION frontdesk_correct_record(
    p_reference_type text, p_reference_id bigint, p_field text, p_value text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target text;
    max_length integer;
    one_line boolean;
    required boolean := false;
    present boolean;
    old_value text;
    new_value text := COALESCE(p_value, '');
BEGIN
    CASE COALESCE(p_reference_type, '') || '.' || COALESCE(p_field, '')
        WHEN 'enquiry.customer_name' THEN target := 'enquiries'; max_length := 255; one_line := true;
                                          required := true;
        WHEN 'enquiry.subject' THEN target := 'enquiries'; max_length := 255; one_line := true;
        WHEN 'enquiry.notes' THEN target := 'enquiries'; one_line := false;
        WHEN 'complaint.customer_name' THEN target := 'complaints'; max_length := 255; one_line := true;
                                            required := true;
        WHEN 'complaint.service_type' THEN target := 'complaints'; max_length := 100; one_line := true;
        WHEN 'complaint.description' THEN target := 'complaints'; one_line := false;
        WHEN 'stock_movement.customer_name' THEN target := 'stock_movements'; max_length := 255; one_line := true;
                                                 required := true;
        WHEN 'stock_movement.item_name' THEN target := 'stock_movements'; max_length := 255; one_line := true;
        WHEN 'stock_movement.address' THEN target := 'stock_movements'; one_line := true;
        ELSE
            RAISE EXCEPTION '"%" of a % cannot be corrected', p_field, p_reference_type USING ERRCODE = 'FD004';
    END CASE;
    IF one_line THEN
        new_value := btrim(new_value);
        IF new_value ~ '[\x01-\x1f\x7f-\x9f\u2028\u2029]' THEN
            RAISE EXCEPTION '% keeps one line', p_field USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    IF required AND new_value = '' THEN
        RAISE EXCEPTION '% cannot be empty', p_field USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF max_length IS NOT NULL AND char_length(new_value) > max_length THEN
        RAISE EXCEPTION '% takes at most % characters', p_field, max_length USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- target and p_field are from the list above.
    EXECUTE format('SELECT true, %I::text FROM public.%I WHERE id = $1 FOR UPDATE', p_field, target)
        INTO present, old_value USING p_reference_id;
    IF present IS NULL THEN
        RAISE EXCEPTION '% % does not exist', p_reference_type, p_reference_id USING ERRCODE = 'no_data_found';
    END IF;
    IF COALESCE(old_value, '') = new_value THEN
        RETURN false;
    END IF;
    EXECUTE format('UPDATE public.%I SET %I = $1 WHERE id = $2', target, p_field) USING new_value, p_reference_id;
    INSERT INTO public.record_corrections (reference_type, reference_id, field, old_value, new_value, corrected_by,
                                           corrected_at)
    VALUES (p_reference_type, p_reference_id, p_field, old_value, new_value, session_user,
            public.frontdesk_utc_now());
    RETURN true;
END
$$;

REVOKE ALL ON FUNCTION frontdesk_correct_record(text, bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION frontdesk_correct_record(text, bigint, text, text) TO frontdesk_reception, frontdesk_admin;
