#pragma once

#include "models/db/ConnectionSpec.h"

#include <QDate>
#include <QStringList>
#include <QVariantList>

namespace fd {

// What the message log shows: every condition is optional. The SQL it produces binds every value; only
// fixed column names are written into the text.
struct MessageLogFilter
{
    QString eventType;    // "ENQUIRY_CREATED", ...; empty: every event
    QStringList statuses; // any of these; empty: every status
    QDate from;           // local dates, both inclusive; invalid: open-ended
    QDate to;
    QString search; // part of the phone number or of the customer's name
    QString reason; // the logged reason (error_message), word for word; empty: any (LogReasons::maybeSent)

    // " WHERE ..." (or empty) with its values appended to `values`. The search uses each dialect's index for
    // "part of" (PostgreSQL: trigram indexes on the columns; SQLite: the whatsapp_message_logs_search table).
    QString whereClause(QVariantList& values, Dialect dialect) const;

    bool operator==(const MessageLogFilter& other) const;
    bool operator!=(const MessageLogFilter& other) const { return !(*this == other); }

    // The statuses that the summary figure "sent" counts (DECISIONS.md), and "pending" (not finished yet).
    static QStringList sentStatuses();
    static QStringList pendingStatuses();
    static QStringList allStatuses();
};

} // namespace fd
