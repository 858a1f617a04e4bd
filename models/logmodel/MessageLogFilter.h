#pragma once

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

    // " WHERE ..." (or empty) with its values appended to `values`.
    QString whereClause(QVariantList& values) const;

    bool operator==(const MessageLogFilter& other) const;
    bool operator!=(const MessageLogFilter& other) const { return !(*this == other); }

    // The statuses that the summary figure "sent" counts (DECISIONS.md), and "pending" (not finished yet).
    static QStringList sentStatuses();
    static QStringList pendingStatuses();
    static QStringList allStatuses();
};

} // namespace fd
