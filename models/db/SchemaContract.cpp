#include "models/db/SchemaContract.h"

#include <QSqlError>
#include <QSqlRecord>

namespace fd {

const QList<SchemaContract::Table>& SchemaContract::tables()
{
    auto cols = [](const char* list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
    static const QList<Table> tables = {
        {QStringLiteral("enquiries"),
         cols("id customer_name customer_phone subject created_at whatsapp_enquiry_sent")},
        {QStringLiteral("complaints"), cols("id ticket_id customer_name customer_phone service_type "
                                            "scheduled_date status assigned_engineer_id "
                                            "assigned_engineer_name completed_date "
                                            "whatsapp_service_created_sent whatsapp_engineer_assigned_sent "
                                            "whatsapp_service_completed_sent")},
        {QStringLiteral("stock_movements"),
         cols("id reference item_name customer_name customer_phone scheduled_date reattempt_date "
              "delivery_status "
              "whatsapp_delivery_failed_sent whatsapp_delivery_reattempt_sent")},
        {QStringLiteral("whatsapp_message_logs"),
         cols("id event_type customer_phone customer_name message_content status reference_type reference_id "
              "error_message retry_count created_at sent_at")},
        {QStringLiteral("customers"), cols("id name phone preferred_language opted_out")},
        {QStringLiteral("users"), cols("id name login phone password_hash role active")},
        {QStringLiteral("engineers"), cols("id name phone active")},
        {QStringLiteral("delivery_items"), cols("id name sku active")},
        {QStringLiteral("settings"), cols("key value")},
        {QStringLiteral("schema_version"), cols("version description applied_at")},
    };
    return tables;
}

Result<QStringList> SchemaContract::missingObjects(Connection& connection)
{
    QSqlDatabase& db = connection.db();
    const QStringList present = db.tables(QSql::Tables);
    if (db.lastError().isValid())
        return connection.lastError(QObject::tr("list the database's tables"));
    QStringList missing;
    for (const Table& table : tables()) {
        if (!present.contains(table.name, Qt::CaseInsensitive)) {
            missing << QObject::tr("table %1").arg(table.name);
            continue;
        }
        const QSqlRecord record = db.record(table.name);
        for (const QString& column : table.columns) {
            if (record.indexOf(column) < 0)
                missing << QObject::tr("column %1.%2").arg(table.name, column);
        }
    }
    return missing;
}

} // namespace fd
