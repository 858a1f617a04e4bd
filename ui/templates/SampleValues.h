#pragma once

#include "automation/settings/SharedSettings.h"
#include "automation/templates/EventType.h"

#include <QHash>

namespace fd {

// Believable values for every placeholder of an event, for the template editor's preview. Company details
// and links come from the shared settings, so the preview shows what customers would really get.
QHash<QString, QString> sampleValues(EventType event, const SharedSettings& settings);

} // namespace fd
