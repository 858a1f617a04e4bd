#include "ui/common/PreviewTemplates.h"

#include "automation/outbox/MissingSettings.h"
#include "automation/outbox/Outbox.h"
#include "automation/outbox/RecipientPolicy.h"
#include "automation/templates/MessageTemplates.h"

#include <QCoreApplication>

namespace fd {
namespace {

QString keyFor(EventType event, const QString& language)
{
    return eventTypeName(event) + QLatin1Char('/') + language;
}

} // namespace

Result<PreviewTemplates> PreviewTemplates::load(Connection& connection)
{
    PreviewTemplates previews;
    auto settings = SharedSettings::load(connection);
    if (!settings)
        return settings.error();
    previews.m_settings = settings.value();
    auto staff = RecipientPolicy(connection, previews.m_settings).staffPhones();
    if (!staff)
        return staff.error();
    previews.m_staffPhones = staff.value();
    for (EventType event : allEventTypes()) {
        for (const QString& language : MessageTemplates::languages()) {
            auto text = Outbox::templateText(connection, event, language);
            if (!text)
                return text.error();
            previews.m_texts.insert(keyFor(event, language), text.value());
        }
    }
    return previews;
}

Result<QString> PreviewTemplates::render(EventType event, const QString& language,
                                         const QString& customerName, QHash<QString, QString> values) const
{
    QString text = m_texts.value(keyFor(event, language));
    if (text.isEmpty())
        text = MessageTemplates::defaultText(event, language);
    for (const QString& placeholder : MessageTemplates::placeholders(text)) {
        if (const std::optional<LoggedText> missing = MissingSettings::reason(placeholder, m_settings))
            return Error::make(Error::Kind::InvalidInput,
                               QCoreApplication::translate(
                                   "fd::PreviewTemplates",
                                   "No WhatsApp message can go yet: %1. The record is saved all the same; "
                                   "an administrator fills the setting in and then retries the message "
                                   "from the message log.")
                                   .arg(missing->shown));
    }
    values.insert(QStringLiteral("customer_name"), customerName.trimmed());
    values.insert(QStringLiteral("company_name"), m_settings.companyName);
    values.insert(QStringLiteral("company_phone"), m_settings.companyPhone);
    const QString later = QCoreApplication::translate("fd::PreviewTemplates", "(given on saving)");
    const QString missing = QCoreApplication::translate("fd::PreviewTemplates", "…");
    for (const QString& placeholder : placeholdersFor(event)) {
        if (values.value(placeholder).trimmed().isEmpty())
            values.insert(placeholder, (placeholder.endsWith(QLatin1String("_id")) ||
                                        placeholder.endsWith(QLatin1String("_link")))
                                           ? later
                                           : missing);
    }
    return MessageTemplates::render(text, values);
}

} // namespace fd
