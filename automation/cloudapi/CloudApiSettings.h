#pragma once

#include "automation/templates/EventType.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QMap>
#include <QUrl>

namespace fd {

// Shared settings of the WhatsApp Business Cloud API transport (table `settings`, keys "cloudapi.*").
// The access token is a secret: it lives in the OS keychain, never here.
struct CloudApiSettings
{
    enum class ParameterFormat { Positional, Named };

    QUrl baseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString apiVersion = QStringLiteral("v21.0");
    QString phoneNumberId; // the sending number's id in Meta's business manager
    ParameterFormat parameterFormat = ParameterFormat::Positional;
    // The approved template per event; "frontdesk_enquiry_created" ... unless the admin named it otherwise.
    QMap<EventType, QString> templateNames;
    int timeoutMs = 20000;

    QString templateName(EventType event) const;
    static QString defaultTemplateName(EventType event);
    // The body parameters of an event's template, in order: the placeholders of the shipped English text,
    // without the links (they are the URL button's, which carries only the ticket id).
    static QStringList bodyParameters(EventType event);
    // The placeholder whose value becomes the URL button's dynamic suffix, or empty when there is no button.
    static QString buttonParameter(EventType event);

    // "https://graph.facebook.com/v21.0/<id>/messages"
    QUrl messagesUrl() const;
    // The access token's name in the OS keychain (CredentialService): one per sending number.
    QString tokenKey() const { return QStringLiteral("cloud-api/") + phoneNumberId; }

    static Result<CloudApiSettings> load(Connection& connection);
    Result<void> save(Connection& connection, const QString& updatedBy) const;

    static const char* const kBaseUrl;
    static const char* const kApiVersion;
    static const char* const kPhoneNumberId;
    static const char* const kParameterFormat;
    static const char* const kTimeoutMs;
    static QString templateNameKey(EventType event); // "cloudapi.template.ENQUIRY_CREATED"
};

} // namespace fd
