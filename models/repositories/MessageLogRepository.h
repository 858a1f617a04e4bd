#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/MessageLogEntry.h"

namespace fd {

class Row;

// Rows of whatsapp_message_logs. The outbox and dispatcher (automation) build their claims on top of this.
class MessageLogRepository
{
public:
    explicit MessageLogRepository(Connection& connection)
        : m_connection(connection)
    {}

    // Conflict when the same (reference_type, reference_id, event_type, event_fact) is already logged.
    Result<qint64> insert(const MessageLogEntry& entry);
    Result<MessageLogEntry> get(qint64 id);
    // The row for one event of one record (and one fact of it, see MessageLogEntry::eventFact), if any.
    Result<std::optional<MessageLogEntry>> find(const QString& referenceType, qint64 referenceId,
                                                const QString& eventType, const QString& fact = {});

    // Every column of a row, and the entry read from a query that selected them: for other readers of the
    // log.
    static const QString& columns();
    static MessageLogEntry read(const Row& row);

private:
    Connection& m_connection;
};

} // namespace fd
