#pragma once

#include <QLoggingCategory>

// One category per module: enable with QT_LOGGING_RULES="frontdesk.models.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModels)
