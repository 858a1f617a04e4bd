#include "LogData.h"

#include "models/db/SqlValues.h"

namespace fd::bench {
namespace {

// The columns and the per-row expressions of `x` (1 = newest) shared by both dialects; `%1` is the
// dialect's "now minus x * 30 seconds", `%2` its phone digits of customer (x % 50000).
const QString kInsert = QStringLiteral(
    "INSERT INTO whatsapp_message_logs (event_type, reference_type, reference_id, customer_phone, "
    "customer_name, "
    "message_content, status, error_message, retry_count, created_at, sent_at, updated_at, language, "
    "transport) "
    "SELECT "
    "CASE x % 6 WHEN 0 THEN 'ENQUIRY_CREATED' WHEN 1 THEN 'SERVICE_CREATED' WHEN 2 THEN 'ENGINEER_ASSIGNED' "
    "  WHEN 3 THEN 'SERVICE_COMPLETED' WHEN 4 THEN 'DELIVERY_FAILED' ELSE 'DELIVERY_REATTEMPT' END, "
    "CASE x % 6 WHEN 0 THEN 'enquiry' WHEN 4 THEN 'stock_movement' WHEN 5 THEN 'stock_movement' "
    "  ELSE 'complaint' END, "
    "x, '+9198' || %2, 'Customer ' || (x % 50000), "
    "'Dear Customer ' || (x % 50000) || ', thank you for contacting Yamini Infotech. Your reference is ' || "
    "x "
    "  || '. Call +91-44-2345-6789 for help.', "
    "CASE WHEN x % 100 < 55 THEN 'SENT' WHEN x % 100 < 75 THEN 'DELIVERED' WHEN x % 100 < 85 THEN 'READ' "
    "  WHEN x % 100 < 88 THEN 'FAILED' WHEN x % 100 < 90 THEN 'PENDING' WHEN x % 100 < 95 THEN 'SKIPPED' "
    "  ELSE 'READ' END, "
    "CASE WHEN x % 100 BETWEEN 85 AND 87 THEN 'The chat did not open' END, "
    "CASE WHEN x % 100 BETWEEN 85 AND 87 THEN 3 ELSE 0 END, "
    "%1, CASE WHEN x % 100 < 85 OR x % 100 >= 95 THEN %1 END, %1, 'en', 'whatsapp-web' ");

} // namespace

Result<void> generateMessageLog(Connection& connection, qint64 count)
{
    const QString what = QStringLiteral("generate the message log");
    const QVariant now = sql::fromDateTime(QDateTime::currentDateTimeUtc());
    Transaction transaction(connection);
    if (auto begun = transaction.begin(what); !begun)
        return begun;
    Result<Statement> inserted = Error::make(Error::Kind::Internal, what);
    if (connection.dialect() == Dialect::Postgres) {
        inserted = connection.exec(
            kInsert.arg(QStringLiteral("(CAST(? AS timestamp) - x * interval '30 seconds')"),
                        QStringLiteral("lpad(((x % 50000) * 7919 % 100000000)::text, 8, '0')")) +
                QStringLiteral("FROM generate_series(1, CAST(? AS bigint)) AS g(x)"),
            {now, now, now, count}, what);
    } else {
        inserted = connection.exec(
            QStringLiteral("WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < ?) ") +
                kInsert.arg(QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', ?, '-' || (x * 30) || ' seconds')"),
                            QStringLiteral("substr('00000000' || ((x % 50000) * 7919 % 100000000), -8)")) +
                QStringLiteral("FROM g"),
            {count, now, now, now}, what);
    }
    if (!inserted)
        return inserted.error();
    inserted = Statement();
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    // A live log is not one fresh transaction: let PostgreSQL know the table and fold the trigram indexes'
    // pending lists into them (autovacuum would, on inserts too since PostgreSQL 13; unfolded, every search
    // reads the pending list through), and let SQLite move the rows out of its write-ahead log into the file
    // (its autocheckpoint would).
    const QString settle = connection.dialect() == Dialect::Postgres
                               ? QStringLiteral("VACUUM ANALYZE whatsapp_message_logs")
                               : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    if (auto settled = connection.exec(settle, what); !settled)
        return settled.error();
    return {};
}

} // namespace fd::bench
