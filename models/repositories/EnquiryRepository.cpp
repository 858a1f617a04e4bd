#include "models/repositories/EnquiryRepository.h"

#include "models/repositories/Row.h"

namespace fd {
namespace {

const QString kColumns = QStringLiteral("id, customer_id, customer_name, customer_phone, subject, notes, "
                                        "language, status, created_by, created_at, "
                                        "whatsapp_enquiry_sent");

Enquiry read(const Row& row)
{
    Enquiry e;
    e.id = row.id("id");
    e.customerId = row.id("customer_id");
    e.customerName = row.text("customer_name");
    e.customerPhone = row.text("customer_phone");
    e.subject = row.text("subject");
    e.notes = row.text("notes");
    e.language = row.text("language");
    e.status = row.text("status");
    e.createdBy = row.text("created_by");
    e.createdAt = row.time("created_at");
    e.whatsappEnquirySent = row.flag("whatsapp_enquiry_sent");
    e.messageStatus = row.text("message_status"); // only where the query joined the log
    e.messageReason = row.text("message_reason");
    return e;
}

QString insertSql(const QString& returning)
{
    return QStringLiteral(
               "INSERT INTO enquiries (customer_id, customer_name, customer_phone, subject, notes, language, "
               "status, created_by, created_at, whatsapp_enquiry_sent) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ") +
           returning;
}

QVariantList insertValues(const Enquiry& e)
{
    return {sql::nullableId(e.customerId),
            sql::text(e.customerName),
            sql::text(e.customerPhone),
            sql::text(e.subject),
            sql::nullable(e.notes),
            sql::text(e.language),
            sql::text(e.status),
            sql::nullable(e.createdBy),
            sql::fromDateTime(e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc()),
            e.whatsappEnquirySent};
}

} // namespace

Result<qint64> EnquiryRepository::insert(const Enquiry& e)
{
    auto id = m_connection.scalar(insertSql(QStringLiteral("id")), insertValues(e),
                                  QObject::tr("save the enquiry"));
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<Enquiry> EnquiryRepository::create(const Enquiry& e)
{
    const QString what = QObject::tr("save the enquiry");
    auto query = m_connection.exec(insertSql(kColumns), insertValues(e), what);
    if (!query)
        return query.error();
    if (!query.value().next()) // RETURNING always gives the row; only a broken driver would not
        return Error::make(Error::Kind::Internal,
                           QObject::tr("Could not %1: %2").arg(what, QStringLiteral("RETURNING")));
    return read(Row(query.value()));
}

Result<Enquiry> EnquiryRepository::get(qint64 id)
{
    auto query = m_connection.exec(QStringLiteral("SELECT %1 FROM enquiries WHERE id = ?").arg(kColumns),
                                   {id}, QObject::tr("read the enquiry"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::make(Error::Kind::NotFound, QObject::tr("Enquiry %1 does not exist.").arg(id));
    return read(Row(query.value()));
}

Result<QList<Enquiry>> EnquiryRepository::search(const QString& text, int limit, int offset)
{
    const QString pattern = likePattern(text.trimmed());
    // With each enquiry its message as the log says now (the log's key finds it; an enquiry has one).
    QString columns;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        columns += QStringLiteral("e.%1, ").arg(column);
    auto query = m_connection.exec(
        QStringLiteral(
            "SELECT %1m.status AS message_status, m.error_message AS message_reason FROM enquiries e "
            "LEFT JOIN whatsapp_message_logs m ON m.reference_type = 'enquiry' AND m.reference_id = e.id "
            "AND m.event_type = 'ENQUIRY_CREATED' AND m.event_fact = '' "
            "WHERE ? = '' OR lower(e.customer_name) LIKE ? ESCAPE '\\' "
            "OR e.customer_phone LIKE ? ESCAPE '\\' OR lower(e.subject) LIKE ? ESCAPE '\\' "
            "ORDER BY e.created_at DESC, e.id DESC LIMIT ? OFFSET ?")
            .arg(columns),
        {sql::text(text.trimmed()), pattern, pattern, pattern, limit, offset},
        QObject::tr("search the enquiries"));
    if (!query)
        return query.error();
    return readAll<Enquiry>(query.value(), read);
}

} // namespace fd
