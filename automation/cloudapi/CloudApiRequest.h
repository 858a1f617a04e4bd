#pragma once

#include "automation/cloudapi/CloudApiSettings.h"
#include "automation/dispatch/Sender.h"
#include "models/core/Result.h"

#include <QJsonObject>

namespace fd {

// The JSON body of one Cloud API send. A message queued by FrontDesk becomes its event's approved template,
// filled from the values it was rendered from; a row written by an older program (text only) goes as a
// free-text message, which WhatsApp accepts only inside the customer's 24-hour window.
class CloudApiRequest
{
public:
    static Result<QJsonObject> build(const OutgoingMessage& message, const CloudApiSettings& settings);

    // WhatsApp's template language codes for our languages.
    static QString languageCode(const QString& language);
};

} // namespace fd
