#include "automation/cloudapi/CloudApiResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace fd {
namespace {

using Kind = CloudApiOutcome::Kind;

Kind kindOfCode(int code, int httpStatus)
{
    switch (code) {
    case 130429: // throughput limit of the number
        return Kind::Throttled;
    case 190: // invalid or expired access token
    case 10:  // permission denied for the token
    case 200:
        return Kind::TokenRejected;
    case 131056: // too many messages to this recipient: the message's own backoff handles it
    case 131000:
    case 131016:
    case 133004:
    case 1:
    case 2:
    case 4:
    case 80007:
        return Kind::RetryLater;
    case 131026: // not on WhatsApp / undeliverable
    case 131030:
    case 131021:
    case 131050:
    case 131047: // outside the 24-hour window
    case 100:
    case 131008:
    case 131009:
        return Kind::Permanent;
    default:
        break;
    }
    if (code >= 132000 && code <= 132016) // template missing, paused or parameters wrong
        return Kind::Permanent;
    if (httpStatus == 401)
        return Kind::TokenRejected;
    if (httpStatus == 429)
        return Kind::Throttled;
    if (httpStatus >= 500 || httpStatus == 0)
        return Kind::RetryLater;
    // Unknown 4xx: our request was refused for a reason we do not know; retrying will not change it.
    return Kind::Permanent;
}

QString friendlyReason(int code)
{
    switch (code) {
    case 131026:
        return QObject::tr("not a WhatsApp number (or the message could not be delivered)");
    case 131047:
        return QObject::tr(
            "WhatsApp allows only approved templates outside 24 hours after the customer's last message");
    case 131050:
        return QObject::tr("the customer stopped marketing messages");
    case 130429:
        return QObject::tr("WhatsApp's sending rate limit was reached");
    case 131056:
        return QObject::tr("too many messages to this customer in a short time");
    case 190:
        return QObject::tr("the Cloud API access token was rejected: an administrator must enter a new one");
    default:
        break;
    }
    if (code >= 132000 && code <= 132016)
        return QObject::tr("the approved WhatsApp template is missing or its parameters do not match");
    return {};
}

} // namespace

CloudApiOutcome CloudApiOutcome::classify(int httpStatus, const QByteArray& body, const QString& networkError,
                                          bool requestLeft)
{
    CloudApiOutcome outcome;
    if (httpStatus == 0 && requestLeft) {
        // WhatsApp may have taken the message before the answer was lost (a timeout, a connection reset).
        outcome.kind = Kind::MaybeSent;
        outcome.reason = QObject::tr("the request reached the WhatsApp Cloud API but its answer was lost: %1")
                             .arg(networkError);
        return outcome;
    }
    if (httpStatus == 0) {
        outcome.kind = Kind::RetryLater;
        outcome.reason = QObject::tr("the WhatsApp Cloud API could not be reached: %1").arg(networkError);
        return outcome;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();

    if (httpStatus >= 200 && httpStatus < 300) {
        const QString id = object.value(QStringLiteral("messages"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        if (parseError.error != QJsonParseError::NoError || id.isEmpty()) {
            // Accepted or not, we cannot tell, and retrying risks a double. WhatsApp answers well-formed
            // JSON; a broken answer comes from a proxy in between.
            outcome.kind = Kind::MaybeSent;
            outcome.reason =
                QObject::tr("the WhatsApp Cloud API gave an answer without a message id (HTTP %1)")
                    .arg(httpStatus);
            return outcome;
        }
        outcome.kind = Kind::Accepted;
        outcome.messageId = id;
        return outcome;
    }

    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    outcome.code = error.value(QStringLiteral("code")).toInt();
    if (outcome.code == 0 && (httpStatus == 502 || httpStatus == 504)) {
        // A gateway between us and WhatsApp lost WhatsApp's answer (or gave up waiting for it): the request
        // may have been passed on and taken.
        outcome.kind = Kind::MaybeSent;
        outcome.reason =
            QObject::tr("a gateway on the way to the WhatsApp Cloud API lost its answer (HTTP %1)")
                .arg(httpStatus);
        return outcome;
    }
    outcome.kind = kindOfCode(outcome.code, httpStatus);
    const QString apiMessage = error.value(QStringLiteral("message")).toString();
    const QString details =
        error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
    QString reason = friendlyReason(outcome.code);
    if (reason.isEmpty())
        reason = apiMessage.isEmpty()
                     ? QObject::tr("the WhatsApp Cloud API refused the message (HTTP %1)").arg(httpStatus)
                     : apiMessage;
    if (outcome.code != 0)
        reason += QStringLiteral(" [%1]").arg(outcome.code);
    if (!details.isEmpty() && !reason.contains(details))
        reason += QStringLiteral(": ") + details;
    outcome.reason = reason;
    return outcome;
}

} // namespace fd
