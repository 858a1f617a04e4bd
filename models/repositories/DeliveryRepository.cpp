#include "models/repositories/DeliveryRepository.h"

#include "models/repositories/Row.h"

namespace fd {
namespace {

const QString kColumns = QStringLiteral("id, reference, delivery_item_id, item_name, quantity, customer_id, "
                                        "customer_name, customer_phone, language, "
                                        "address, scheduled_date, reattempt_date, delivery_status, "
                                        "status_note, status_changed_at, created_by, created_at, "
                                        "whatsapp_delivery_failed_sent, whatsapp_delivery_reattempt_sent");

Delivery read(const Row& row)
{
    Delivery d;
    d.id = row.id("id");
    d.reference = row.text("reference");
    d.deliveryItemId = row.id("delivery_item_id");
    d.itemName = row.text("item_name");
    d.quantity = row.integer("quantity");
    d.customerId = row.id("customer_id");
    d.customerName = row.text("customer_name");
    d.customerPhone = row.text("customer_phone");
    d.language = row.text("language");
    d.address = row.text("address");
    d.scheduledDate = row.date("scheduled_date");
    d.reattemptDate = row.date("reattempt_date");
    Delivery::statusFromName(row.text("delivery_status"), d.status);
    d.statusNote = row.text("status_note");
    d.statusChangedAt = row.time("status_changed_at");
    d.createdBy = row.text("created_by");
    d.createdAt = row.time("created_at");
    d.whatsappDeliveryFailedSent = row.flag("whatsapp_delivery_failed_sent");
    d.whatsappDeliveryReattemptSent = row.flag("whatsapp_delivery_reattempt_sent");
    return d;
}

} // namespace

Result<Delivery> DeliveryRepository::create(const Delivery& d)
{
    if (d.itemName.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QObject::tr("Name the item to deliver."));
    if (d.quantity < 1)
        return Error::make(Error::Kind::InvalidInput, QObject::tr("The quantity must be at least 1."));
    auto id = m_connection.scalar(
        QStringLiteral(
            "INSERT INTO stock_movements (reference, delivery_item_id, item_name, quantity, customer_id, "
            "customer_name, customer_phone, language, address, scheduled_date, delivery_status, created_by, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::nullable(d.reference), sql::nullableId(d.deliveryItemId), d.itemName.trimmed(), d.quantity,
         sql::nullableId(d.customerId), sql::text(d.customerName), sql::text(d.customerPhone),
         sql::text(d.language), sql::nullable(d.address), sql::fromDate(d.scheduledDate),
         Delivery::statusName(Delivery::Status::Pending), sql::nullable(d.createdBy),
         sql::fromDateTime(d.createdAt.isValid() ? d.createdAt : QDateTime::currentDateTimeUtc())},
        QObject::tr("save the delivery"));
    if (!id)
        return id.error();
    return get(id.value().toLongLong());
}

Result<Delivery> DeliveryRepository::get(qint64 id)
{
    auto query =
        m_connection.exec(QStringLiteral("SELECT %1 FROM stock_movements WHERE id = ?").arg(kColumns), {id},
                          QObject::tr("read the delivery"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::make(Error::Kind::NotFound, QObject::tr("Delivery %1 does not exist.").arg(id));
    return read(Row(query.value()));
}

Result<QList<Delivery>> DeliveryRepository::list(std::optional<Delivery::Status> status, int limit,
                                                 int offset)
{
    const QString name = status ? Delivery::statusName(*status) : QString();
    auto query = m_connection.exec(
        QStringLiteral("SELECT %1 FROM stock_movements WHERE ? = '' OR delivery_status = ? "
                       "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
            .arg(kColumns),
        {sql::text(name), sql::text(name), limit, offset}, QObject::tr("list the deliveries"));
    if (!query)
        return query.error();
    return readAll<Delivery>(query.value(), read);
}

std::optional<Error> DeliveryRepository::refuseStatus(const Delivery& current, Delivery::Status status,
                                                      const QDate& reattemptDate)
{
    if (status == Delivery::Status::Pending)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("A delivery cannot be set back to pending."));
    if (current.status == Delivery::Status::Delivered)
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("Delivery %1 was already delivered; its status cannot change.").arg(current.id));
    if (status == Delivery::Status::Reattempt && !reattemptDate.isValid())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Give the new delivery date for the re-attempt."));
    return std::nullopt;
}

Result<Delivery> DeliveryRepository::setStatus(qint64 id, Delivery::Status status, const QDate& reattemptDate,
                                               const QString& note, const QDateTime& at)
{
    auto current = get(id);
    if (!current)
        return current;
    if (auto refused = refuseStatus(current.value(), status, reattemptDate))
        return *refused;
    const QVariant newDate = status == Delivery::Status::Reattempt ? sql::fromDate(reattemptDate)
                                                                   : sql::fromDate(current->reattemptDate);
    auto updated = m_connection.exec(
        QStringLiteral("UPDATE stock_movements SET delivery_status = ?, reattempt_date = ?, status_note = ?, "
                       "status_changed_at = ?, updated_at = ? WHERE id = ?"),
        {Delivery::statusName(status), newDate, sql::nullable(note), sql::fromDateTime(at),
         sql::fromDateTime(at), id},
        QObject::tr("change the delivery status"));
    if (!updated)
        return updated.error();
    return get(id);
}

} // namespace fd
