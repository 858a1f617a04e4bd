-- One message per event per record AND per fact the customer must know; messages logged unrendered are
-- filled again before they may go. See the PostgreSQL migration of the same number for the whole story.
ALTER TABLE whatsapp_message_logs ADD COLUMN event_fact VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE whatsapp_message_logs ADD COLUMN needs_render BOOLEAN NOT NULL DEFAULT 0
    CONSTRAINT whatsapp_message_logs_rendered_check CHECK (NOT needs_render OR status IN ('FAILED', 'SKIPPED'));

UPDATE whatsapp_message_logs SET needs_render = 1
WHERE status IN ('FAILED', 'SKIPPED') AND template_params IS NULL
  AND event_type IN ('ENQUIRY_CREATED', 'SERVICE_CREATED', 'ENGINEER_ASSIGNED', 'SERVICE_COMPLETED',
                     'DELIVERY_FAILED', 'DELIVERY_REATTEMPT')
  AND reference_type IN ('enquiry', 'complaint', 'stock_movement')
  AND message_content GLOB '*{[a-z0-9_]*}*'
  AND NOT EXISTS (SELECT 1 FROM whatsapp_message_attempts a WHERE a.message_id = whatsapp_message_logs.id);

UPDATE whatsapp_message_logs SET event_fact = (
    SELECT s.scheduled_date FROM stock_movements s WHERE s.id = whatsapp_message_logs.reference_id)
WHERE event_type = 'DELIVERY_FAILED' AND reference_type = 'stock_movement' AND event_fact = ''
  AND (SELECT s.scheduled_date FROM stock_movements s WHERE s.id = whatsapp_message_logs.reference_id) IS NOT NULL;

DROP INDEX IF EXISTS whatsapp_message_logs_event_key;
CREATE UNIQUE INDEX whatsapp_message_logs_event_fact_key
    ON whatsapp_message_logs (reference_type, reference_id, event_type, event_fact);
