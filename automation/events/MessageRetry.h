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
        bool skipped =
            false; // a SKIPPED message whose customer may still not be messaged (else: not fillable)
    };
    int retried = 0;        // back in the queue (RETRYING)
    int refilled = 0;       // of those, filled in again from their record first
    int notFailed = 0;      // nothing to retry when asked (sent, retried by someone else, or not stuck)
    int stillSending = 0;   // SENDING under a claim that may still be live: never retried (never twice)
    QList<Refusal> refused; // left as they were: not fillable, or a SKIPPED one still not to be messaged
};

// The bounds of migration 0016: a real claim's lease is at most 1 hour, an automatic backoff at most 1 day.
// A SENDING row whose lease ends later (or has none), or a RETRYING one that waits longer, is stuck.
constexpr qint64 kLongestLeaseSecs = 3600;
constexpr qint64 kLongestBackoffSecs = 86400;

// Admin retry of what can get stuck, each in the same transaction:
// - FAILED goes back as RETRYING (a "may have been sent" one too: its sender looks in the chat first);
// - SKIPPED goes back as RETRYING only when the customer may be messaged now (an opted-out customer: refused
//   with the reason; an administrator un-opts them out first);
// - SENDING whose claim ended (lease over) or is unreasonable (no lease, or beyond the longest lease) goes
//   back as RETRYING like a "may have been sent" FAILED one; a claim that may still be live is left alone;
// - RETRYING that waits beyond the longest backoff goes now.
// One that FrontDesk logged
// unrendered (its template could not be filled then, needs_render) is filled in again from its record and the
// settings as they are now, or stays FAILED with the reason: a message FrontDesk renders never goes out with
// a {placeholder} in it. Rows another program wrote go again exactly as stored. Refused unless `isAdmin` (and
// on PostgreSQL the server refuses anyone but frontdesk_admin).
Result<RetryReport> retryMessages(Connection& connection, const QList<qint64>& ids, bool isAdmin,
                                  const Clock& clock);

} // namespace fd
