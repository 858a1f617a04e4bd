#include "automation/cloudapi/CloudApiSettings.h"

#include "automation/templates/MessageTemplates.h"
#include "models/repositories/SettingsRepository.h"

#include <QRegularExpression>

namespace fd {

const char* const CloudApiSettings::kBaseUrl = "cloudapi.base_url";
const char* const CloudApiSettings::kApiVersion = "cloudapi.api_version";
const char* const CloudApiSettings::kPhoneNumberId = "cloudapi.phone_number_id";
const char* const CloudApiSettings::kParameterFormat = "cloudapi.parameter_format";
const char* const CloudApiSettings::kTimeoutMs = "cloudapi.timeout_ms";

namespace {

const QString kNamed = QStringLiteral("named");
const QString kPositional = QStringLiteral("positional");

bool isLink(const QString& placeholder)
{
    return placeholder.endsWith(QLatin1String("_link"));
}

} // namespace

QString CloudApiSettings::templateNameKey(EventType event)
{
    return QStringLiteral("cloudapi.template.%1").arg(eventTypeName(event));
}

QString CloudApiSettings::defaultTemplateName(EventType event)
{
    return QStringLiteral("frontdesk_%1").arg(eventTypeName(event).toLower());
}

QString CloudApiSettings::templateName(EventType event) const
{
    const QString name = templateNames.value(event);
    return name.isEmpty() ? defaultTemplateName(event) : name;
}

QStringList CloudApiSettings::bodyParameters(EventType event)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList names;
    const QString text = MessageTemplates::defaultText(event, QStringLiteral("en"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!isLink(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString CloudApiSettings::buttonParameter(EventType event)
{
    const QString text = MessageTemplates::defaultText(event, QStringLiteral("en"));
    const bool hasLink =
        text.contains(QLatin1String("{tracking_link}")) || text.contains(QLatin1String("{feedback_link}"));
    return hasLink ? QStringLiteral("ticket_id") : QString();
}

QUrl CloudApiSettings::messagesUrl() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + apiVersion + QLatin1Char('/') + phoneNumberId + QStringLiteral("/messages"));
    return url;
}

Result<CloudApiSettings> CloudApiSettings::load(Connection& connection)
{
    SettingsRepository repository(connection);
    CloudApiSettings settings;
    auto text = [&](const QString& key, QString& target) -> Result<void> {
        auto value = repository.value(key);
        if (!value)
            return value.error();
        if (value->has_value() && !value->value().trimmed().isEmpty())
            target = value->value().trimmed();
        return {};
    };
    QString baseUrl = settings.baseUrl.toString();
    QString format = kPositional;
    QString timeout = QString::number(settings.timeoutMs);
    for (auto [key, target] : {std::pair{QString::fromLatin1(kBaseUrl), &baseUrl},
                               std::pair{QString::fromLatin1(kApiVersion), &settings.apiVersion},
                               std::pair{QString::fromLatin1(kPhoneNumberId), &settings.phoneNumberId},
                               std::pair{QString::fromLatin1(kParameterFormat), &format},
                               std::pair{QString::fromLatin1(kTimeoutMs), &timeout}}) {
        if (auto read = text(key, *target); !read)
            return read.error();
    }
    settings.baseUrl = QUrl(baseUrl);
    settings.parameterFormat = format == kNamed ? ParameterFormat::Named : ParameterFormat::Positional;
    settings.timeoutMs = qMax(1000, timeout.toInt());
    for (EventType event : allEventTypes()) {
        QString name;
        if (auto read = text(templateNameKey(event), name); !read)
            return read.error();
        if (!name.isEmpty())
            settings.templateNames.insert(event, name);
    }
    return settings;
}

Result<void> CloudApiSettings::save(Connection& connection, const QString& updatedBy) const
{
    SettingsRepository repository(connection);
    const QList<std::pair<QString, QString>> values = {
        {QString::fromLatin1(kBaseUrl), baseUrl.toString()},
        {QString::fromLatin1(kApiVersion), apiVersion},
        {QString::fromLatin1(kPhoneNumberId), phoneNumberId},
        {QString::fromLatin1(kParameterFormat),
         parameterFormat == ParameterFormat::Named ? kNamed : kPositional},
        {QString::fromLatin1(kTimeoutMs), QString::number(timeoutMs)},
    };
    for (const auto& [key, value] : values) {
        if (auto saved = repository.setValue(key, value, updatedBy); !saved)
            return saved;
    }
    for (EventType event : allEventTypes()) {
        if (auto saved = repository.setValue(templateNameKey(event), templateName(event), updatedBy); !saved)
            return saved;
    }
    return {};
}

} // namespace fd
