#include "automation/events/DeskActions.h"

#include "automation/events/EventMessages.h"
#include "automation/outbox/Outbox.h"
#include "automation/outbox/RecipientPolicy.h"
#include "automation/phone/PhonePolicy.h"
#include "automation/settings/SharedSettings.h"
#include "models/db/SqlValues.h"
#include "models/records/TextFields.h"
#include "models/repositories/CustomerRepository.h"
#include "models/repositories/DeliveryRepository.h"
#include "models/repositories/EnquiryRepository.h"
#include "models/repositories/ServiceRequestRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace fd {
namespace {

Error invalid(const QString& message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

// The customer's name and phone, checked before anything is written.
struct Customer
{
    QString name;
    QString phone; // E.164
    PhoneCheck check;
};

// A one-line field as it is kept: pasted line breaks become spaces, and what its column cannot hold is
// refused (PostgreSQL would refuse it too; SQLite would keep it).
Result<QString> oneLine(const QString& text, int limit, const QString& what)
{
    const QString line = singleLine(text).trimmed();
    if (const qsizetype length = characterCount(line); length > limit)
        return invalid(
            QObject::tr("%1 is too long: %2 characters, at most %3.").arg(what).arg(length).arg(limit));
    return line;
}

Result<Customer> checkCustomer(const QString& name, const QString& typedPhone, const SharedSettings& settings)
{
    auto line = oneLine(name, limits::kName, QObject::tr("The customer's name"));
    if (!line)
        return line.error();
    if (line->isEmpty())
        return invalid(QObject::tr("Enter the customer's name."));
    const PhoneCheck phone = PhonePolicy(settings.allowedRegions).check(typedPhone);
    if (phone.verdict == PhoneCheck::Verdict::Invalid)
        return invalid(phone.reason);
    return Customer{line.value(), phone.e164, phone};
}

} // namespace

DeskActions::DeskActions(Connection& connection, const Clock& clock)
    : m_connection(connection)
    , m_clock(clock)
{}

QString DeskActions::enquiryReference(qint64 id)
{
    return QStringLiteral("ENQ-%1").arg(id, 6, 10, QLatin1Char('0'));
}

QString DeskActions::formatDate(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::India).toString(date, QStringLiteral("d MMM yyyy"));
}

namespace {

Enquiry newEnquiry(const Customer& customer, const EnquiryInput& input, const QDateTime& now)
{
    Enquiry enquiry;
    enquiry.customerName = customer.name;
    enquiry.customerPhone = customer.phone;
    enquiry.notes = input.notes.trimmed();
    enquiry.language = input.language;
    enquiry.createdBy = input.createdBy;
    enquiry.createdAt = now;
    return enquiry;
}

// PostgreSQL: the customer, the enquiry and its message in one call, so one round trip where the
// transaction took six (migration 0011). The message is rendered here around {enquiry_id}, which the
// database fills once it has numbered the enquiry; it applies the customer's opt-out, which its upsert reads.
Result<Saved<Enquiry>> saveEnquiryInOneCall(Connection& connection, const SharedSettings& settings,
                                            const Clock& clock, const PhoneCheck& phone, Enquiry enquiry)
{
    const QString reference = QStringLiteral("enquiry_id");
    OutgoingEvent event = EventMessages::enquiryCreated(enquiry, 0);
    event.checkedPhone = phone;
    // Opt-out is left to the database (false here means "not known to be opted out").
    auto prepared = Outbox(connection, settings, clock).prepare(event, false, reference);
    if (!prepared)
        return prepared.error();
    const std::optional<PreparedMessage>& message = prepared.value(); // none for a staff phone
    const LoggedText optedOut = RecipientPolicy::optedOutReason();
    const QVariant none = sql::nullable(QString()); // no message: a staff phone
    const QString parts =
        message
            ? QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(message->parts)).toJson(QJsonDocument::Compact))
            : QString();
    auto saved = connection.exec(
        QStringLiteral("SELECT enquiry_id, customer_id, customer_opted_out, message_id, message_status "
                       "FROM frontdesk_save_enquiry(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::text(enquiry.customerName), sql::text(enquiry.customerPhone), sql::text(enquiry.language),
         sql::text(enquiry.subject), sql::nullable(enquiry.notes), sql::text(enquiry.status),
         sql::nullable(enquiry.createdBy), sql::fromDateTime(enquiry.createdAt),
         eventTypeName(EventType::EnquiryCreated), referenceTypeFor(EventType::EnquiryCreated), reference,
         message ? QVariant(message->e164) : none, sql::nullable(parts),
         message ? QVariant(message->status) : none,
         message ? sql::nullable(message->result.loggedReason()) : none,
         message ? sql::nullable(message->params) : none, optedOut.logged, message && message->needsRender},
        QObject::tr("save the enquiry"));
    if (!saved)
        return saved.error();
    Statement& row = saved.value();
    if (!row.next())
        return Error::make(Error::Kind::Internal, QObject::tr("Could not save the enquiry."));
    enquiry.id = row.value(0).toLongLong();
    enquiry.customerId = row.value(1).toLongLong();
    enquiry.whatsappEnquirySent = message.has_value();
    if (!message)
        return Saved<Enquiry>{enquiry, QueueResult{QueueResult::Outcome::StaffNumber, 0, {}, {}}};
    QueueResult result = message->result;
    if (row.value(4).toString() == QLatin1String("SKIPPED") && message->status != QLatin1String("SKIPPED"))
        result = {QueueResult::Outcome::Skipped, 0, optedOut.shown, optedOut.logged};
    result.messageId = row.value(3).toLongLong();
    return Saved<Enquiry>{enquiry, result};
}

} // namespace

Result<Saved<Enquiry>> DeskActions::createEnquiry(const EnquiryInput& input)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    auto customer = checkCustomer(input.customerName, input.customerPhone, settings.value());
    if (!customer)
        return customer.error();
    auto subject = oneLine(input.subject, limits::kSubject, QObject::tr("The product or subject"));
    if (!subject)
        return subject.error();
    Enquiry enquiry = newEnquiry(customer.value(), input, m_clock.nowUtc());
    enquiry.subject = subject.value();
    if (m_connection.dialect() == Dialect::Postgres)
        return saveEnquiryInOneCall(m_connection, settings.value(), m_clock, customer->check, enquiry);

    return inTransaction(m_connection, QObject::tr("save the enquiry"), [&]() -> Result<Saved<Enquiry>> {
        auto ref = CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
        if (!ref)
            return ref.error();
        Enquiry toCreate = enquiry;
        toCreate.customerId = ref->id;
        auto created = EnquiryRepository(m_connection).create(toCreate);
        if (!created)
            return created.error();
        OutgoingEvent event = EventMessages::enquiryCreated(created.value(), created->id);
        event.checkedPhone = customer->check;
        auto queued = Outbox(m_connection, settings.value(), m_clock).queue(event, ref->optedOut);
        if (!queued)
            return queued.error();
        // The outbox sets the flag whenever it takes the event on (a staff phone gets no message at all).
        Enquiry stored = created.value();
        stored.whatsappEnquirySent = queued->outcome != QueueResult::Outcome::StaffNumber;
        return Saved<Enquiry>{stored, queued.value()};
    });
}

Result<Saved<ServiceRequest>> DeskActions::createServiceRequest(const ServiceRequestInput& input)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    auto customer = checkCustomer(input.customerName, input.customerPhone, settings.value());
    if (!customer)
        return customer.error();
    auto serviceType = oneLine(input.serviceType, limits::kServiceType, QObject::tr("The type of service"));
    if (!serviceType)
        return serviceType.error();
    if (serviceType->isEmpty())
        return invalid(QObject::tr("Enter the type of service."));
    if (!input.scheduledDate.isValid())
        return invalid(QObject::tr("Enter the expected service date."));

    return inTransaction(
        m_connection, QObject::tr("save the service request"), [&]() -> Result<Saved<ServiceRequest>> {
            auto ref =
                CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
            if (!ref)
                return ref.error();
            ServiceRequest request;
            request.customerId = ref->id;
            request.customerName = customer->name;
            request.customerPhone = customer->phone;
            request.serviceType = serviceType.value();
            request.description = input.description.trimmed();
            request.scheduledDate = input.scheduledDate;
            request.language = input.language;
            request.createdBy = input.createdBy;
            request.createdAt = m_clock.nowUtc();
            ServiceRequestRepository requests(m_connection);
            auto created = requests.create(request);
            if (!created)
                return created.error();

            OutgoingEvent event = EventMessages::serviceCreated(created.value(), settings.value());
            event.checkedPhone = customer->check;
            auto queued = Outbox(m_connection, settings.value(), m_clock).queue(event, ref->optedOut);
            if (!queued)
                return queued.error();
            auto stored = requests.get(created->id);
            if (!stored)
                return stored.error();
            return Saved<ServiceRequest>{stored.value(), queued.value()};
        });
}

Result<Saved<ServiceRequest>> DeskActions::assignEngineer(qint64 requestId, qint64 engineerId,
                                                          const QString& engineerName)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    return inTransaction(
        m_connection, QObject::tr("assign the engineer"), [&]() -> Result<Saved<ServiceRequest>> {
            ServiceRequestRepository requests(m_connection);
            // The same engineer again changes nothing the customer must know: refused, the screen says so.
            auto current = requests.get(requestId);
            if (!current)
                return current.error();
            if (current->status == ServiceRequest::Status::Assigned &&
                EventMessages::engineerFact(current->assignedEngineerId, current->assignedEngineerName) ==
                    EventMessages::engineerFact(engineerId, engineerName))
                return invalid(
                    QObject::tr("%1 is already assigned to %2. Choose another engineer to re-assign it.")
                        .arg(current->assignedEngineerName, current->ticketId));
            auto assigned = requests.assignEngineer(requestId, engineerId, engineerName, m_clock.nowUtc());
            if (!assigned)
                return assigned.error();
            auto queued = Outbox(m_connection, settings.value(), m_clock)
                              .queue(EventMessages::engineerAssigned(assigned.value()));
            if (!queued)
                return queued.error();
            auto stored = requests.get(requestId);
            if (!stored)
                return stored.error();
            return Saved<ServiceRequest>{stored.value(), queued.value()};
        });
}

Result<Saved<ServiceRequest>> DeskActions::completeService(qint64 requestId, const QDate& completedDate)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    return inTransaction(
        m_connection, QObject::tr("complete the service request"), [&]() -> Result<Saved<ServiceRequest>> {
            ServiceRequestRepository requests(m_connection);
            auto completed = requests.complete(requestId, completedDate);
            if (!completed)
                return completed.error();
            auto queued = Outbox(m_connection, settings.value(), m_clock)
                              .queue(EventMessages::serviceCompleted(completed.value(), settings.value()));
            if (!queued)
                return queued.error();
            auto stored = requests.get(requestId);
            if (!stored)
                return stored.error();
            return Saved<ServiceRequest>{stored.value(), queued.value()};
        });
}

Result<Saved<Delivery>> DeskActions::createDelivery(const DeliveryInput& input)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    auto customer = checkCustomer(input.customerName, input.customerPhone, settings.value());
    if (!customer)
        return customer.error();
    auto item = oneLine(input.itemName, limits::kItemName, QObject::tr("The item"));
    if (!item)
        return item.error();
    auto reference = oneLine(input.reference, limits::kReference, QObject::tr("The reference"));
    if (!reference)
        return reference.error();
    return inTransaction(m_connection, QObject::tr("save the delivery"), [&]() -> Result<Saved<Delivery>> {
        auto ref = CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
        if (!ref)
            return ref.error();
        Delivery delivery;
        delivery.customerId = ref->id;
        delivery.customerName = customer->name;
        delivery.customerPhone = customer->phone;
        delivery.reference = reference.value();
        delivery.itemName = item.value();
        delivery.quantity = input.quantity;
        delivery.address = singleLine(input.address).trimmed();
        delivery.scheduledDate = input.scheduledDate;
        delivery.language = input.language;
        delivery.createdBy = input.createdBy;
        delivery.createdAt = m_clock.nowUtc();
        auto created = DeliveryRepository(m_connection).create(delivery);
        if (!created)
            return created.error();
        return Saved<Delivery>{created.value(), std::nullopt};
    });
}

Result<Saved<Delivery>> DeskActions::setDeliveryStatus(qint64 deliveryId, Delivery::Status status,
                                                       const QDate& reattemptDate, const QString& note)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    return inTransaction(
        m_connection, QObject::tr("change the delivery status"), [&]() -> Result<Saved<Delivery>> {
            DeliveryRepository deliveries(m_connection);
            // A re-attempt on the date already set changes nothing the customer must know: refused.
            auto current = deliveries.get(deliveryId);
            if (!current)
                return current.error();
            if (status == Delivery::Status::Reattempt && current->status == Delivery::Status::Reattempt &&
                current->reattemptDate == reattemptDate)
                return invalid(
                    QObject::tr("%1 is already set to be re-attempted on %2. Choose another date to "
                                "reschedule it.")
                        .arg(EventMessages::deliveryReference(current.value()), formatDate(reattemptDate)));
            auto updated = deliveries.setStatus(deliveryId, status, reattemptDate, singleLine(note).trimmed(),
                                                m_clock.nowUtc());
            if (!updated)
                return updated.error();
            if (status != Delivery::Status::Failed && status != Delivery::Status::Reattempt)
                return Saved<Delivery>{updated.value(), std::nullopt};

            // A FAILED status is about the attempt that was due (its date is the fact), a re-attempt about
            // its new date: each date gets its message, the same one never twice.
            const OutgoingEvent event = status == Delivery::Status::Failed
                                            ? EventMessages::deliveryFailed(updated.value())
                                            : EventMessages::deliveryReattempt(updated.value());
            auto queued = Outbox(m_connection, settings.value(), m_clock).queue(event);
            if (!queued)
                return queued.error();
            auto stored = deliveries.get(deliveryId);
            if (!stored)
                return stored.error();
            return Saved<Delivery>{stored.value(), queued.value()};
        });
}

} // namespace fd
