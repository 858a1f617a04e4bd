#include "models/repositories/ServiceRequestRepository.h"

#include "models/records/RecordReference.h"
#include "models/repositories/Row.h"

namespace fd {
namespace {

const QString kColumns = QStringLiteral(
    "id, ticket_id, customer_id, customer_name, customer_phone, service_type, description, language, "
    "scheduled_date, status, assigned_engineer_id, assigned_engineer_name, assigned_at, completed_date, "
    "created_by, created_at, whatsapp_service_created_sent, whatsapp_engineer_assigned_sent, "
    "whatsapp_service_completed_sent");

ServiceRequest read(const Row& row)
{
    ServiceRequest r;
    r.id = row.id("id");
    r.ticketId = row.text("ticket_id");
    r.customerId = row.id("customer_id");
    r.customerName = row.text("customer_name");
    r.customerPhone = row.text("customer_phone");
    r.serviceType = row.text("service_type");
    r.description = row.text("description");
    r.language = row.text("language");
    r.scheduledDate = row.date("scheduled_date");
    ServiceRequest::statusFromName(row.text("status"), r.status);
    r.assignedEngineerId = row.id("assigned_engineer_id");
    r.assignedEngineerName = row.text("assigned_engineer_name");
    r.assignedAt = row.time("assigned_at");
    r.completedDate = row.date("completed_date");
    r.createdBy = row.text("created_by");
    r.createdAt = row.time("created_at");
    r.whatsappServiceCreatedSent = row.flag("whatsapp_service_created_sent");
    r.whatsappEngineerAssignedSent = row.flag("whatsapp_engineer_assigned_sent");
    r.whatsappServiceCompletedSent = row.flag("whatsapp_service_completed_sent");
    return r;
}

} // namespace

Result<ServiceRequest> ServiceRequestRepository::create(const ServiceRequest& r)
{
    const QString what = QObject::tr("save the service request");
    auto id = m_connection.scalar(
        QStringLiteral(
            "INSERT INTO complaints (customer_id, customer_name, customer_phone, service_type, description, "
            "language, scheduled_date, status, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::nullableId(r.customerId), sql::text(r.customerName), sql::text(r.customerPhone),
         sql::text(r.serviceType), sql::nullable(r.description), sql::text(r.language),
         sql::fromDate(r.scheduledDate), ServiceRequest::statusName(ServiceRequest::Status::Open),
         sql::nullable(r.createdBy),
         sql::fromDateTime(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc())},
        what);
    if (!id)
        return id.error();
    const qint64 newId = id.value().toLongLong();
    auto ticket = m_connection.exec(QStringLiteral("UPDATE complaints SET ticket_id = ? WHERE id = ?"),
                                    {serviceTicket(newId), newId}, what);
    if (!ticket)
        return ticket.error();
    return get(newId);
}

Result<ServiceRequest> ServiceRequestRepository::fetch(const QString& where, const QVariant& key)
{
    auto query =
        m_connection.exec(QStringLiteral("SELECT %1 FROM complaints WHERE %2 = ?").arg(kColumns, where),
                          {key}, QObject::tr("read the service request"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::make(Error::Kind::NotFound,
                           QObject::tr("Service request %1 does not exist.").arg(key.toString()));
    return read(Row(query.value()));
}

Result<ServiceRequest> ServiceRequestRepository::get(qint64 id)
{
    return fetch(QStringLiteral("id"), id);
}

Result<ServiceRequest> ServiceRequestRepository::getByTicket(const QString& ticketId)
{
    return fetch(QStringLiteral("ticket_id"), ticketId.trimmed().toUpper());
}

Result<QList<ServiceRequest>> ServiceRequestRepository::list(std::optional<ServiceRequest::Status> status,
                                                             int limit, int offset)
{
    const QString name = status ? ServiceRequest::statusName(*status) : QString();
    auto query = m_connection.exec(QStringLiteral("SELECT %1 FROM complaints WHERE ? = '' OR status = ? "
                                                  "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                                       .arg(kColumns),
                                   {sql::text(name), sql::text(name), limit, offset},
                                   QObject::tr("list the service requests"));
    if (!query)
        return query.error();
    return readAll<ServiceRequest>(query.value(), read);
}

std::optional<Error> ServiceRequestRepository::refuseAssign(const ServiceRequest& current,
                                                            const QString& engineerName)
{
    if (current.status == ServiceRequest::Status::Completed ||
        current.status == ServiceRequest::Status::Cancelled)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Service request %1 is already %2; it cannot be assigned.")
                               .arg(current.ticketId, ServiceRequest::statusName(current.status).toLower()));
    if (engineerName.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QObject::tr("Choose the engineer to assign."));
    return std::nullopt;
}

Result<ServiceRequest> ServiceRequestRepository::assignEngineer(qint64 id, qint64 engineerId,
                                                                const QString& engineerName,
                                                                const QDateTime& at)
{
    auto current = get(id);
    if (!current)
        return current;
    if (auto refused = refuseAssign(current.value(), engineerName))
        return *refused;
    auto updated = m_connection.exec(
        QStringLiteral(
            "UPDATE complaints SET assigned_engineer_id = ?, assigned_engineer_name = ?, assigned_at = ?, "
            "status = ?, updated_at = ? WHERE id = ?"),
        {sql::nullableId(engineerId), engineerName.trimmed(), sql::fromDateTime(at),
         ServiceRequest::statusName(ServiceRequest::Status::Assigned), sql::fromDateTime(at), id},
        QObject::tr("assign the engineer"));
    if (!updated)
        return updated.error();
    return get(id);
}

std::optional<Error> ServiceRequestRepository::refuseComplete(const ServiceRequest& current,
                                                              const QDate& completedDate)
{
    if (current.status == ServiceRequest::Status::Cancelled)
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("Service request %1 was cancelled; it cannot be completed.").arg(current.ticketId));
    if (!completedDate.isValid())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Give the date the service was completed."));
    return std::nullopt;
}

Result<ServiceRequest> ServiceRequestRepository::complete(qint64 id, const QDate& completedDate)
{
    auto current = get(id);
    if (!current)
        return current;
    if (auto refused = refuseComplete(current.value(), completedDate))
        return *refused;
    auto updated = m_connection.exec(
        QStringLiteral("UPDATE complaints SET status = ?, completed_date = ?, updated_at = ? WHERE id = ?"),
        {ServiceRequest::statusName(ServiceRequest::Status::Completed), sql::fromDate(completedDate),
         sql::fromDateTime(QDateTime::currentDateTimeUtc()), id},
        QObject::tr("mark the service request completed"));
    if (!updated)
        return updated.error();
    return get(id);
}

} // namespace fd
