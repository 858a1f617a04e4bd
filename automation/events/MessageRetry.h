#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QList>

namespace fd {

// What an administrator's retry did, message by message.
struct RetryReport
{
    struct Refusal
    {
        qint64 id = 0;
        QString reason; // in the desk's language
    };
    int retried = 0;        // back in the queue (RETRYING)
    int refilled = 0;       // of those, filled in again from their record first
    int notFailed = 0;      // no longer FAILED when asked (sent, retried by someone else meanwhile)
    QList<Refusal> refused; // still FAILED: they could not be filled in (the log keeps the reason too)
};

// Admin retry: FAILED messages go back as RETRYING, each in the same transaction. One that FrontDesk logged
// unrendered (its template could not be filled then, needs_render) is filled in again from its record and the
// settings as they are now, or stays FAILED with the reason: a message FrontDesk renders never goes out with
// a {placeholder} in it. Rows another program wrote go again exactly as stored. Refused unless `isAdmin` (and
// on PostgreSQL the server refuses anyone but frontdesk_admin).
Result<RetryReport> retryMessages(Connection& connection, const QList<qint64>& ids, bool isAdmin,
                                  const Clock& clock);

} // namespace fd
