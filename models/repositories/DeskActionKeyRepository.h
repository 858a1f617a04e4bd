#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QDateTime>
#include <optional>

namespace fd {

// A desk action done once (migration 0017): its key, made when the form was filled or the button clicked,
// what it did and to which record, and its message. A second try with the same key is given this result.
struct DeskActionKey
{
    QString key;
    QString action;        // "save-enquiry", "assign-engineer", ...
    QString referenceType; // as in the message log: enquiry, complaint, stock_movement
    qint64 referenceId = 0;
    qint64 messageId = 0;   // the log row of its message, 0 when there is none
    QString messageOutcome; // what the desk was told about its message; empty when the action sends none
    QDateTime createdAt;
    QString createdBy;
};

class DeskActionKeyRepository
{
public:
    explicit DeskActionKeyRepository(Connection& connection)
        : m_connection(connection)
    {}

    // The action done with this key, if there was one.
    Result<std::optional<DeskActionKey>> find(const QString& key);
    // Written in the action's own transaction.
    Result<void> record(const DeskActionKey& done);

private:
    Connection& m_connection;
};

} // namespace fd
