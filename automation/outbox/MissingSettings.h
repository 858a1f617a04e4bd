#pragma once

#include "automation/settings/SharedSettings.h"
#include "automation/templates/EventType.h"
#include "models/core/LoggedText.h"

#include <QList>
#include <optional>

namespace fd {

// The placeholders whose values come from the shared settings rather than from the record: the company's
// name and phone, and the tracking and feedback links made from the ticket id. A message whose template uses
// one of them cannot be filled while the setting is empty (or unusable); this says so in plain words.
class MissingSettings
{
public:
    // Why `placeholder` has no value under `settings`; nothing when it has one or does not come from them.
    static std::optional<LoggedText> reason(const QString& placeholder, const SharedSettings& settings);

    // Over every template in use (each event, each customer language): the settings that keep a message from
    // being filled, with the events whose messages cannot go because of each. Empty when all can go.
    struct Gap
    {
        QString placeholder; // "tracking_link"
        LoggedText reason;   // "the tracking link is not set in Settings"
        QList<EventType> events;
    };
    static QList<Gap> gaps(const SharedSettings& settings);
};

} // namespace fd
