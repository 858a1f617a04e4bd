#include "automation/outbox/MissingSettings.h"

#include "automation/outbox/Outbox.h"
#include "automation/templates/MessageTemplates.h"

namespace fd {
namespace {

// A link pattern is usable when it makes a valid address of a ticket id (the Settings dialog checks the
// same).
bool usableLink(const QString& pattern)
{
    return !pattern.trimmed().isEmpty() && MessageTemplates::expandLink(pattern, QStringLiteral("SR-1")).ok();
}

} // namespace

std::optional<LoggedText> MissingSettings::reason(const QString& placeholder, const SharedSettings& settings)
{
    if (placeholder == QLatin1String("company_name") && settings.companyName.trimmed().isEmpty())
        return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "the company name is not set in Settings"));
    if (placeholder == QLatin1String("company_phone") && settings.companyPhone.trimmed().isEmpty())
        return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "the company phone is not set in Settings"));
    if (placeholder == QLatin1String("tracking_link") && !usableLink(settings.trackingLinkPattern)) {
        return settings.trackingLinkPattern.trimmed().isEmpty()
                   ? LoggedText::of(QT_TRANSLATE_NOOP("QObject", "the tracking link is not set in Settings"))
                   : LoggedText::of(
                         QT_TRANSLATE_NOOP("QObject", "the tracking link in Settings is not usable"));
    }
    if (placeholder == QLatin1String("feedback_link") && !usableLink(settings.feedbackLinkPattern)) {
        return settings.feedbackLinkPattern.trimmed().isEmpty()
                   ? LoggedText::of(QT_TRANSLATE_NOOP("QObject", "the feedback link is not set in Settings"))
                   : LoggedText::of(
                         QT_TRANSLATE_NOOP("QObject", "the feedback link in Settings is not usable"));
    }
    return std::nullopt;
}

QList<MissingSettings::Gap> MissingSettings::gaps(const SharedSettings& settings)
{
    QList<Gap> found;
    for (EventType event : allEventTypes()) {
        for (const QString& language : MessageTemplates::languages()) {
            const QString text = Outbox::templateText(settings, event, language);
            for (const QString& placeholder : MessageTemplates::placeholders(text)) {
                const std::optional<LoggedText> why = reason(placeholder, settings);
                if (!why)
                    continue;
                auto gap = std::find_if(found.begin(), found.end(),
                                        [&](const Gap& g) { return g.placeholder == placeholder; });
                if (gap == found.end())
                    gap = found.insert(found.end(), Gap{placeholder, *why, {}});
                if (!gap->events.contains(event))
                    gap->events << event;
            }
        }
    }
    return found;
}

} // namespace fd
