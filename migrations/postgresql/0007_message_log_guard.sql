-- The message log is an audit log: on a shared server the database itself keeps reception from rewriting
-- it. Reception (and a sender station logged in as reception) may queue messages and move them through
-- sending; only frontdesk_admin may retry a FAILED or SKIPPED message or change what a message says or to
-- whom it went. Owners and superusers (migrations, the single-desk setup) are not limited.
CREATE OR REPLACE FUNCTION frontdesk_guard_message_log() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(current_user, 'frontdesk_admin', 'MEMBER')
       OR NOT pg_has_role(current_user, 'frontdesk_reception', 'MEMBER') THEN
        RETURN NEW;
    END IF;

    IF TG_OP = 'INSERT' THEN
        -- A new row is a message waiting to go, or one that never could (SKIPPED, or FAILED at queueing
        -- because its template was broken). Nobody writes history that did not happen.
        IF NEW.status NOT IN ('PENDING', 'SKIPPED', 'FAILED') OR COALESCE(NEW.retry_count, 0) <> 0
           OR NEW.sent_at IS NOT NULL THEN
            RAISE EXCEPTION 'only an administrator may log a message as %', NEW.status
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF NEW.message_content IS DISTINCT FROM OLD.message_content
       OR NEW.customer_phone IS DISTINCT FROM OLD.customer_phone
       OR NEW.customer_name IS DISTINCT FROM OLD.customer_name
       OR NEW.event_type IS DISTINCT FROM OLD.event_type
       OR NEW.reference_type IS DISTINCT FROM OLD.reference_type
       OR NEW.reference_id IS DISTINCT FROM OLD.reference_id
       OR NEW.created_at IS DISTINCT FROM OLD.created_at
       OR NEW.template_params IS DISTINCT FROM OLD.template_params THEN
        RAISE EXCEPTION 'only an administrator may change a logged message'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    -- A finished message stays finished for reception: retrying a FAILED or SKIPPED one is an admin's
    -- decision; a sent one may only collect its later ticks.
    IF OLD.status IN ('FAILED', 'SKIPPED') AND NEW.status IS DISTINCT FROM OLD.status THEN
        RAISE EXCEPTION 'only an administrator may retry a % message', OLD.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status IN ('SENT', 'DELIVERED', 'READ') AND NEW.status NOT IN ('SENT', 'DELIVERED', 'READ') THEN
        RAISE EXCEPTION 'only an administrator may send a % message again', OLD.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS whatsapp_message_logs_guard ON whatsapp_message_logs;
CREATE TRIGGER whatsapp_message_logs_guard
    BEFORE INSERT OR UPDATE ON whatsapp_message_logs
    FOR EACH ROW EXECUTE FUNCTION frontdesk_guard_message_log();

-- The attempts are history too: reception adds to it and finishes the attempt in flight, never rewrites
-- one that is over.
REVOKE UPDATE, DELETE ON whatsapp_message_attempts FROM frontdesk_reception;
GRANT UPDATE (finished_at, outcome, error_message, note) ON whatsapp_message_attempts TO frontdesk_reception;

CREATE OR REPLACE FUNCTION frontdesk_guard_message_attempts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.finished_at IS NOT NULL AND pg_has_role(current_user, 'frontdesk_reception', 'MEMBER')
       AND NOT pg_has_role(current_user, 'frontdesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator may change a finished sending attempt'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS whatsapp_message_attempts_guard ON whatsapp_message_attempts;
CREATE TRIGGER whatsapp_message_attempts_guard
    BEFORE UPDATE ON whatsapp_message_attempts
    FOR EACH ROW EXECUTE FUNCTION frontdesk_guard_message_attempts();
