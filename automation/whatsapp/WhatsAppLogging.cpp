#include "automation/whatsapp/WhatsAppLogging.h"

Q_LOGGING_CATEGORY(lcWhatsApp, "frontdesk.whatsapp", QtInfoMsg)
