#include "automation/dispatch/Sender.h"

#include <QJsonDocument>

namespace fd {

OutgoingMessage OutgoingMessage::from(const MessageLogEntry& entry)
{
    OutgoingMessage message;
    message.id = entry.id;
    message.phone = entry.customerPhone;
    message.text = entry.messageContent;
    message.eventType = entry.eventType;
    message.language = entry.language;
    if (!entry.templateParams.isEmpty())
        message.templateParams = QJsonDocument::fromJson(entry.templateParams.toUtf8()).object();
    return message;
}

} // namespace fd
