#include "automation/core/Logging.h"

Q_LOGGING_CATEGORY(lcAutomation, "frontdesk.automation", QtInfoMsg)
