#include "models/repositories/DeskActionKeyRepository.h"

#include "models/db/SqlValues.h"
#include "models/repositories/Row.h"

namespace fd {

Result<std::optional<DeskActionKey>> DeskActionKeyRepository::find(const QString& key)
{
    auto query = m_connection.exec(
        QStringLiteral("SELECT key, action, reference_type, reference_id, message_id, message_outcome, "
                       "created_at, created_by FROM desk_action_keys WHERE key = ?"),
        {sql::text(key)}, QObject::tr("read what the desk already saved"));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value().query();
    if (!q.next())
        return std::optional<DeskActionKey>();
    const Row row(q);
    DeskActionKey done;
    done.key = row.text("key");
    done.action = row.text("action");
    done.referenceType = row.text("reference_type");
    done.referenceId = row.id("reference_id");
    done.messageId = row.id("message_id");
    done.messageOutcome = row.text("message_outcome");
    done.createdAt = row.time("created_at");
    done.createdBy = row.text("created_by");
    return std::optional<DeskActionKey>(done);
}

Result<void> DeskActionKeyRepository::record(const DeskActionKey& done)
{
    auto written = m_connection.exec(
        QStringLiteral("INSERT INTO desk_action_keys (key, action, reference_type, reference_id, message_id, "
                       "message_outcome, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::text(done.key), sql::text(done.action), sql::text(done.referenceType), done.referenceId,
         sql::nullableId(done.messageId), sql::nullable(done.messageOutcome),
         sql::fromDateTime(done.createdAt.isValid() ? done.createdAt : QDateTime::currentDateTimeUtc()),
         sql::nullable(done.createdBy)},
        QObject::tr("save the desk's action"));
    if (!written)
        return written.error();
    return {};
}

} // namespace fd
