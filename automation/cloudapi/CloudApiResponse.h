#pragma once

#include "automation/dispatch/Sender.h"

#include <QByteArray>
#include <QString>

namespace fd {

// What one answer of the Graph API means for the message, from the error codes in
// shared/notes/cloud-api.md: sent (with WhatsApp's message id), retry later, never, or "stop sending".
struct CloudApiOutcome
{
    enum class Kind {
        Accepted,   // 200 with a message id
        RetryLater, // transient, the message provably not taken: the dispatcher's backoff retries it
        MaybeSent,  // the request reached a server, its answer was lost or says nothing: never resent
        Throttled,  // the number's throughput limit: pause the whole sender, the message goes back as it was
        Permanent,  // FAILED, no retry
        TokenRejected, // the access token is wrong or expired: nothing can be sent until an admin fixes it
    };
    Kind kind = Kind::RetryLater;
    QString messageId; // "wamid...." when accepted
    QString reason;    // for the log, in the receptionist's words plus WhatsApp's code
    int code = 0;      // WhatsApp's error code, 0 when there is none

    // `httpStatus` 0 means no HTTP answer at all (network error; `networkError` says which); then
    // `requestLeft` says whether the request (its body) had gone out before the error.
    static CloudApiOutcome classify(int httpStatus, const QByteArray& body, const QString& networkError = {},
                                    bool requestLeft = false);
};

} // namespace fd
