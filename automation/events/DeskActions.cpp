#include "events/DeskActions.h"

#include "outbox/Outbox.h"
#include "phone/PhonePolicy.h"
#include "repositories/CustomerRepository.h"
#include "repositories/DeliveryRepository.h"
#include "repositories/EnquiryRepository.h"
#include "repositories/ServiceRequestRepository.h"
#include "settings/SharedSettings.h"
#include "templates/MessageTemplates.h"

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
};

Result<Customer> checkCustomer(const QString& name, const QString& typedPhone, const SharedSettings& settings)
{
    if (name.trimmed().isEmpty())
        return invalid(QObject::tr("Enter the customer's name."));
    const PhoneCheck phone = PhonePolicy(settings.allowedRegions).check(typedPhone);
    if (phone.verdict == PhoneCheck::Verdict::Invalid)
        return invalid(phone.reason);
    return Customer{name.trimmed(), phone.e164};
}

// Begin, write, queue, commit: the frame every action shares.
template<typename Record, typename Write>
Result<Saved<Record>> inTransaction(Connection& connection, const QString& what, Write write)
{
    Transaction transaction(connection);
    if (auto begun = transaction.begin(what); !begun)
        return begun.error();
    Result<Saved<Record>> saved = write();
    if (!saved)
        return saved;
    if (auto committed = transaction.commit(what); !committed)
        return committed.error();
    return saved;
}

Result<QString> link(const QString& pattern, const QString& ticketId, const QString& settingName)
{
    if (pattern.trimmed().isEmpty())
        return invalid(QObject::tr("the %1 link is not set in Settings").arg(settingName));
    return MessageTemplates::expandLink(pattern, ticketId);
}

} // namespace

DeskActions::DeskActions(Connection& connection, const Clock& clock)
    : m_connection(connection)
    , m_clock(clock)
{
}

QString DeskActions::enquiryReference(qint64 id)
{
    return QStringLiteral("ENQ-%1").arg(id, 6, 10, QLatin1Char('0'));
}

QString DeskActions::formatDate(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::India).toString(date, QStringLiteral("d MMM yyyy"));
}

Result<Saved<Enquiry>> DeskActions::createEnquiry(const EnquiryInput& input)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    auto customer = checkCustomer(input.customerName, input.customerPhone, settings.value());
    if (!customer)
        return customer.error();

    return inTransaction<Enquiry>(m_connection, QObject::tr("save the enquiry"), [&]() -> Result<Saved<Enquiry>> {
        auto ref = CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
        if (!ref)
            return ref.error();
        Enquiry enquiry;
        enquiry.customerId = ref->id;
        enquiry.customerName = customer->name;
        enquiry.customerPhone = customer->phone;
        enquiry.subject = input.subject.trimmed();
        enquiry.notes = input.notes.trimmed();
        enquiry.language = input.language;
        enquiry.createdBy = input.createdBy;
        enquiry.createdAt = m_clock.nowUtc();
        auto created = EnquiryRepository(m_connection).create(enquiry);
        if (!created)
            return created.error();

        OutgoingEvent event{EventType::EnquiryCreated, created->id, customer->name, customer->phone, input.language,
                            {{QStringLiteral("enquiry_id"), enquiryReference(created->id)},
                             {QStringLiteral("subject"), enquiry.subject}},
                            {}, input.createdBy};
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
    if (input.serviceType.trimmed().isEmpty())
        return invalid(QObject::tr("Enter the type of service."));
    if (!input.scheduledDate.isValid())
        return invalid(QObject::tr("Enter the expected service date."));

    return inTransaction<ServiceRequest>(
        m_connection, QObject::tr("save the service request"), [&]() -> Result<Saved<ServiceRequest>> {
            auto ref = CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
            if (!ref)
                return ref.error();
            ServiceRequest request;
            request.customerId = ref->id;
            request.customerName = customer->name;
            request.customerPhone = customer->phone;
            request.serviceType = input.serviceType.trimmed();
            request.description = input.description.trimmed();
            request.scheduledDate = input.scheduledDate;
            request.language = input.language;
            request.createdBy = input.createdBy;
            request.createdAt = m_clock.nowUtc();
            ServiceRequestRepository requests(m_connection);
            auto created = requests.create(request);
            if (!created)
                return created.error();

            QHash<QString, QString> values{{QStringLiteral("ticket_id"), created->ticketId},
                                           {QStringLiteral("service_type"), created->serviceType},
                                           {QStringLiteral("scheduled_date"), formatDate(created->scheduledDate)}};
            if (auto tracking = link(settings->trackingLinkPattern, created->ticketId, QObject::tr("tracking")))
                values.insert(QStringLiteral("tracking_link"), tracking.value());
            OutgoingEvent event{EventType::ServiceCreated, created->id, customer->name, customer->phone,
                                input.language, values, {}, input.createdBy};
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
    return inTransaction<ServiceRequest>(
        m_connection, QObject::tr("assign the engineer"), [&]() -> Result<Saved<ServiceRequest>> {
            ServiceRequestRepository requests(m_connection);
            auto assigned = requests.assignEngineer(requestId, engineerId, engineerName, m_clock.nowUtc());
            if (!assigned)
                return assigned.error();
            OutgoingEvent event{EventType::EngineerAssigned, assigned->id, assigned->customerName,
                                assigned->customerPhone, assigned->language,
                                {{QStringLiteral("ticket_id"), assigned->ticketId},
                                 {QStringLiteral("engineer_name"), assigned->assignedEngineerName}},
                                {}, {}};
            auto queued = Outbox(m_connection, settings.value(), m_clock).queue(event);
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
    return inTransaction<ServiceRequest>(
        m_connection, QObject::tr("complete the service request"), [&]() -> Result<Saved<ServiceRequest>> {
            ServiceRequestRepository requests(m_connection);
            auto completed = requests.complete(requestId, completedDate);
            if (!completed)
                return completed.error();
            QHash<QString, QString> values{{QStringLiteral("ticket_id"), completed->ticketId},
                                           {QStringLiteral("completed_date"), formatDate(completed->completedDate)}};
            if (auto feedback = link(settings->feedbackLinkPattern, completed->ticketId, QObject::tr("feedback")))
                values.insert(QStringLiteral("feedback_link"), feedback.value());
            OutgoingEvent event{EventType::ServiceCompleted, completed->id, completed->customerName,
                                completed->customerPhone, completed->language, values, {}, {}};
            auto queued = Outbox(m_connection, settings.value(), m_clock).queue(event);
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
    return inTransaction<Delivery>(m_connection, QObject::tr("save the delivery"), [&]() -> Result<Saved<Delivery>> {
        auto ref = CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
        if (!ref)
            return ref.error();
        Delivery delivery;
        delivery.customerId = ref->id;
        delivery.customerName = customer->name;
        delivery.customerPhone = customer->phone;
        delivery.reference = input.reference.trimmed();
        delivery.itemName = input.itemName.trimmed();
        delivery.quantity = input.quantity;
        delivery.address = input.address.trimmed();
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
    return inTransaction<Delivery>(
        m_connection, QObject::tr("change the delivery status"), [&]() -> Result<Saved<Delivery>> {
            DeliveryRepository deliveries(m_connection);
            auto updated = deliveries.setStatus(deliveryId, status, reattemptDate, note, m_clock.nowUtc());
            if (!updated)
                return updated.error();
            if (status != Delivery::Status::Failed && status != Delivery::Status::Reattempt)
                return Saved<Delivery>{updated.value(), std::nullopt};

            const QString reference = updated->reference.isEmpty() ? QStringLiteral("DEL-%1").arg(updated->id)
                                                                    : updated->reference;
            OutgoingEvent event{status == Delivery::Status::Failed ? EventType::DeliveryFailed
                                                                   : EventType::DeliveryReattempt,
                                updated->id,
                                updated->customerName,
                                updated->customerPhone,
                                updated->language,
                                {{QStringLiteral("reference_id"), reference},
                                 {QStringLiteral("item_name"), updated->itemName}},
                                {},
                                {}};
            if (status == Delivery::Status::Reattempt)
                event.values.insert(QStringLiteral("reattempt_date"), formatDate(updated->reattemptDate));
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
