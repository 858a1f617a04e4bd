#include "automation/cloudapi/CloudApiRequest.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

namespace fd {
namespace {

QJsonObject textParameter(const QString& name, const QString& value, CloudApiSettings::ParameterFormat format)
{
    QJsonObject parameter{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value}};
    if (format == CloudApiSettings::ParameterFormat::Named)
        parameter.insert(QStringLiteral("parameter_name"), name);
    return parameter;
}

QString digitsOf(const QString& e164)
{
    QString digits;
    for (const QChar c : e164) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

QString CloudApiRequest::languageCode(const QString& language)
{
    // Meta's codes for English (generic), Hindi and Tamil; anything else falls back to English, as our
    // templates do.
    if (language == QLatin1String("hi") || language == QLatin1String("ta"))
        return language;
    return QStringLiteral("en");
}

Result<QJsonObject> CloudApiRequest::build(const OutgoingMessage& message, const CloudApiSettings& settings)
{
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                     {QStringLiteral("to"), digitsOf(message.phone)}};

    const auto event = eventTypeFromName(message.eventType);
    if (!event || message.templateParams.isEmpty()) {
        body.insert(QStringLiteral("type"), QStringLiteral("text"));
        body.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("preview_url"), false},
                                                        {QStringLiteral("body"), message.text}});
        return body;
    }

    QJsonArray bodyParameters;
    for (const QString& name : CloudApiSettings::bodyParameters(*event)) {
        const QString value = message.templateParams.value(name).toString();
        if (value.isEmpty()) {
            return Error::make(
                Error::Kind::InvalidInput,
                QObject::tr("The message has no value for the template parameter \"%1\".").arg(name));
        }
        bodyParameters.append(textParameter(name, value, settings.parameterFormat));
    }
    QJsonArray components{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                      {QStringLiteral("parameters"), bodyParameters}}};

    const QString buttonName = CloudApiSettings::buttonParameter(*event);
    if (!buttonName.isEmpty()) {
        const QString suffix = message.templateParams.value(buttonName).toString();
        if (suffix.isEmpty()) {
            return Error::make(
                Error::Kind::InvalidInput,
                QObject::tr("The message has no value for the link button (\"%1\").").arg(buttonName));
        }
        // The approved template's button URL ends in {{1}}; we supply the ticket id, URL-encoded.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(suffix));
        components.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                        {QStringLiteral("sub_type"), QStringLiteral("url")},
                        {QStringLiteral("index"), QStringLiteral("0")},
                        {QStringLiteral("parameters"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                {QStringLiteral("text"), encoded}}}}});
    }

    body.insert(QStringLiteral("type"), QStringLiteral("template"));
    body.insert(QStringLiteral("template"),
                QJsonObject{{QStringLiteral("name"), settings.templateName(*event)},
                            {QStringLiteral("language"),
                             QJsonObject{{QStringLiteral("code"), languageCode(message.language)}}},
                            {QStringLiteral("components"), components}});
    return body;
}

} // namespace fd
