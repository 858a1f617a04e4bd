#include "models/core/Logging.h"

Q_LOGGING_CATEGORY(lcModels, "frontdesk.models", QtInfoMsg)
