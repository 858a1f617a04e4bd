-- The values a message was rendered from (a JSON object, e.g. {"customer_name": "Ravi", "ticket_id": "SR-12"}),
-- so a transport that sends pre-approved templates (the WhatsApp Cloud API) can fill their parameters.
-- Rows written by older programs have none: they are sent as the stored text.
ALTER TABLE whatsapp_message_logs ADD COLUMN template_params TEXT;
