#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/logmodel/MessageLogFilter.h"
#include "models/records/MessageLogEntry.h"

#include <QList>

namespace fd {

// The figures above the log for the current filter. "sent" counts SENT + DELIVERED + READ, "pending" the
// messages not finished yet (PENDING, SENDING, RETRYING).
struct MessageLogSummary
{
    qint64 total = 0;
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 pending = 0;
    qint64 skipped = 0;
    bool operator==(const MessageLogSummary& o) const
    {
        return total == o.total && sent == o.sent && failed == o.failed && pending == o.pending &&
               skipped == o.skipped;
    }
};

// One earlier try at sending a message (whatsapp_message_attempts).
struct MessageAttempt
{
    qint64 id = 0;
    QString station;
    QString transport;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome;
    QString errorMessage;
    QString note;
};

struct MessageDetails
{
    MessageLogEntry entry;
    QList<MessageAttempt> attempts; // oldest first
};

// Cheap fingerprint of the whole log: it changes whenever a row is added or a status changes.
struct LogChangeToken
{
    qint64 maxId = 0;
    QString maxUpdatedAt;
    bool operator==(const LogChangeToken& o) const
    {
        return maxId == o.maxId && maxUpdatedAt == o.maxUpdatedAt;
    }
    bool operator!=(const LogChangeToken& o) const { return !(*this == o); }
};

// The sort orders the log offers; each maps to fixed column names, never to text from outside.
enum class LogSortKey { Created, Event, Customer, Phone, Status, Retries, SentAt };

// Read-only queries of the message log screen. Runs on the DatabaseWorker's thread.
class MessageLogQueries
{
public:
    explicit MessageLogQueries(Connection& connection)
        : m_connection(connection)
    {}

    // One page of rows, newest first by default; message_content is left out (the details pane loads it).
    Result<QList<MessageLogEntry>> page(const MessageLogFilter& filter, int offset, int limit,
                                        LogSortKey sort = LogSortKey::Created, bool descending = true);
    Result<MessageLogSummary> summary(const MessageLogFilter& filter);
    Result<LogChangeToken> changeToken();
    Result<MessageDetails> details(qint64 id);
    // Ids of the FAILED messages within the filter (for "Retry all failed").
    Result<QList<qint64>> failedIds(const MessageLogFilter& filter);

    // Full rows within the filter, in pages of `batch`, oldest first, handed to `sink` (for the CSV export).
    // `sink` returns false to stop. Returns the number of rows handed over.
    Result<qint64> forEach(const MessageLogFilter& filter,
                           const std::function<bool(const MessageLogEntry&)>& sink, int batch = 2000);

private:
    Connection& m_connection;
};

} // namespace fd
