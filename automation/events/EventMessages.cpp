#include "automation/events/EventMessages.h"

#include "automation/events/DeskActions.h"
#include "automation/templates/MessageTemplates.h"
#include "models/records/RecordReference.h"
#include "models/repositories/DeliveryRepository.h"
#include "models/repositories/EnquiryRepository.h"
#include "models/repositories/ServiceRequestRepository.h"

namespace fd {
namespace {

// A link of the settings for a ticket; none when the setting is empty or unusable (the message then says so
// through MissingSettings).
void addLink(QHash<QString, QString>& values, const QString& placeholder, const QString& pattern,
             const QString& ticketId)
{
    if (pattern.trimmed().isEmpty())
        return;
    if (auto link = MessageTemplates::expandLink(pattern, ticketId))
        values.insert(placeholder, link.value());
}

OutgoingEvent eventFor(EventType type, qint64 id, const QString& name, const QString& phone,
                       const QString& language, QHash<QString, QString> values)
{
    OutgoingEvent event;
    event.event = type;
    event.referenceId = id;
    event.customerName = name;
    event.customerPhone = phone;
    event.language = language.isEmpty() ? QStringLiteral("en") : language;
    event.values = std::move(values);
    return event;
}

EventMessages::Remade refused(const char* reason)
{
    return EventMessages::Remade{std::nullopt, LoggedText::of(reason)};
}

// A record that is gone is a refusal; any other failure of the database an error.
template<typename Record>
std::optional<Result<EventMessages::Remade>> unlessFound(const Result<Record>& record)
{
    if (record)
        return std::nullopt;
    if (record.error().kind == Error::Kind::NotFound)
        return Result<EventMessages::Remade>(refused(
            QT_TRANSLATE_NOOP("QObject", "its record no longer exists, so it cannot be filled in again")));
    return Result<EventMessages::Remade>(record.error());
}

} // namespace

QString EventMessages::engineerFact(qint64 engineerId, const QString& engineerName)
{
    return engineerId > 0 ? QString::number(engineerId) : engineerName.trimmed().toLower();
}

QString EventMessages::dateFact(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate EventMessages::attemptDate(const Delivery& delivery)
{
    return delivery.reattemptDate.isValid() ? delivery.reattemptDate : delivery.scheduledDate;
}

OutgoingEvent EventMessages::enquiryCreated(const Enquiry& enquiry, qint64 id)
{
    OutgoingEvent event = eventFor(EventType::EnquiryCreated, id, enquiry.customerName, enquiry.customerPhone,
                                   enquiry.language, {{QStringLiteral("subject"), enquiry.subject}});
    if (id > 0)
        event.values.insert(QStringLiteral("enquiry_id"), enquiryReference(id));
    event.createdBy = enquiry.createdBy;
    return event;
}

OutgoingEvent EventMessages::serviceCreated(const ServiceRequest& request, const SharedSettings& settings)
{
    QHash<QString, QString> values{
        {QStringLiteral("ticket_id"), request.ticketId},
        {QStringLiteral("service_type"), request.serviceType},
        {QStringLiteral("scheduled_date"), DeskActions::formatDate(request.scheduledDate)}};
    addLink(values, QStringLiteral("tracking_link"), settings.trackingLinkPattern, request.ticketId);
    OutgoingEvent event = eventFor(EventType::ServiceCreated, request.id, request.customerName,
                                   request.customerPhone, request.language, values);
    event.createdBy = request.createdBy;
    return event;
}

OutgoingEvent EventMessages::engineerAssigned(const ServiceRequest& request)
{
    OutgoingEvent event = eventFor(EventType::EngineerAssigned, request.id, request.customerName,
                                   request.customerPhone, request.language,
                                   {{QStringLiteral("ticket_id"), request.ticketId},
                                    {QStringLiteral("engineer_name"), request.assignedEngineerName}});
    event.fact = engineerFact(request.assignedEngineerId, request.assignedEngineerName);
    return event;
}

OutgoingEvent EventMessages::serviceCompleted(const ServiceRequest& request, const SharedSettings& settings)
{
    QHash<QString, QString> values{
        {QStringLiteral("ticket_id"), request.ticketId},
        {QStringLiteral("completed_date"), DeskActions::formatDate(request.completedDate)}};
    addLink(values, QStringLiteral("feedback_link"), settings.feedbackLinkPattern, request.ticketId);
    return eventFor(EventType::ServiceCompleted, request.id, request.customerName, request.customerPhone,
                    request.language, values);
}

OutgoingEvent EventMessages::deliveryFailed(const Delivery& delivery)
{
    OutgoingEvent event =
        eventFor(EventType::DeliveryFailed, delivery.id, delivery.customerName, delivery.customerPhone,
                 delivery.language,
                 {{QStringLiteral("reference_id"), deliveryReference(delivery.id, delivery.reference)},
                  {QStringLiteral("item_name"), delivery.itemName}});
    event.fact = dateFact(attemptDate(delivery));
    return event;
}

OutgoingEvent EventMessages::deliveryReattempt(const Delivery& delivery)
{
    OutgoingEvent event =
        eventFor(EventType::DeliveryReattempt, delivery.id, delivery.customerName, delivery.customerPhone,
                 delivery.language,
                 {{QStringLiteral("reference_id"), deliveryReference(delivery.id, delivery.reference)},
                  {QStringLiteral("item_name"), delivery.itemName},
                  {QStringLiteral("reattempt_date"), DeskActions::formatDate(delivery.reattemptDate)}});
    event.fact = dateFact(delivery.reattemptDate);
    return event;
}

Result<EventMessages::Remade> EventMessages::forLoggedMessage(Connection& connection,
                                                              const MessageLogEntry& entry,
                                                              const SharedSettings& settings)
{
    const std::optional<EventType> type = eventTypeFromName(entry.eventType);
    if (!type || entry.referenceId <= 0 || entry.referenceType != referenceTypeFor(*type))
        return refused(
            QT_TRANSLATE_NOOP("QObject", "it names no record of FrontDesk's, so it cannot be filled in"));

    // A message of a fact (an engineer, a date) is true only while the record still says so; rows logged
    // before facts were kept (an empty fact) stand for what the record says now.
    auto moved = [&](const QString& now) { return !entry.eventFact.isEmpty() && entry.eventFact != now; };
    OutgoingEvent event;
    switch (*type) {
    case EventType::EnquiryCreated: {
        auto enquiry = EnquiryRepository(connection).get(entry.referenceId);
        if (auto stop = unlessFound(enquiry))
            return *stop;
        event = enquiryCreated(enquiry.value(), enquiry->id);
        break;
    }
    case EventType::ServiceCreated:
    case EventType::EngineerAssigned:
    case EventType::ServiceCompleted: {
        auto request = ServiceRequestRepository(connection).get(entry.referenceId);
        if (auto stop = unlessFound(request))
            return *stop;
        const ServiceRequest& r = request.value();
        if (*type == EventType::ServiceCreated) {
            event = serviceCreated(r, settings);
        } else if (*type == EventType::EngineerAssigned) {
            if (r.status != ServiceRequest::Status::Assigned || r.assignedEngineerName.isEmpty())
                return refused(QT_TRANSLATE_NOOP("QObject",
                                                 "the service request has moved on since (it is no "
                                                 "longer waiting for this engineer)"));
            if (moved(engineerFact(r.assignedEngineerId, r.assignedEngineerName)))
                return refused(QT_TRANSLATE_NOOP("QObject", "another engineer was assigned since"));
            event = engineerAssigned(r);
        } else {
            if (r.status != ServiceRequest::Status::Completed)
                return refused(QT_TRANSLATE_NOOP("QObject", "the service request is no longer completed"));
            event = serviceCompleted(r, settings);
        }
        break;
    }
    case EventType::DeliveryFailed:
    case EventType::DeliveryReattempt: {
        auto delivery = DeliveryRepository(connection).get(entry.referenceId);
        if (auto stop = unlessFound(delivery))
            return *stop;
        const Delivery& d = delivery.value();
        if (*type == EventType::DeliveryFailed) {
            if (d.status != Delivery::Status::Failed || moved(dateFact(attemptDate(d))))
                return refused(QT_TRANSLATE_NOOP("QObject", "the delivery's status has changed since"));
            event = deliveryFailed(d);
        } else {
            if (d.status != Delivery::Status::Reattempt || moved(dateFact(d.reattemptDate)))
                return refused(
                    QT_TRANSLATE_NOOP("QObject", "the delivery was rescheduled or its status changed since"));
            event = deliveryReattempt(d);
        }
        break;
    }
    }
    // To whom and in which language it was logged, under its own fact.
    event.customerPhone = entry.customerPhone;
    if (!entry.customerName.isEmpty())
        event.customerName = entry.customerName;
    if (!entry.language.isEmpty())
        event.language = entry.language;
    event.fact = entry.eventFact;
    event.createdBy = entry.createdBy;
    return Remade{event, std::nullopt};
}

} // namespace fd
