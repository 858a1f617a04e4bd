#include "automation/templates/EventType.h"

#include "models/records/RecordReference.h"

namespace fd {
namespace {

struct EventInfo
{
    EventType event;
    const char* name;
    const char* referenceType;
    const char* flag;
    const char* placeholders; // besides customer_name, company_name, company_phone
};

const EventInfo kEvents[] = {
    {EventType::EnquiryCreated, "ENQUIRY_CREATED", "enquiry", "whatsapp_enquiry_sent", "enquiry_id subject"},
    {EventType::ServiceCreated, "SERVICE_CREATED", "complaint", "whatsapp_service_created_sent",
     "ticket_id service_type scheduled_date tracking_link"},
    {EventType::EngineerAssigned, "ENGINEER_ASSIGNED", "complaint", "whatsapp_engineer_assigned_sent",
     "ticket_id engineer_name"},
    {EventType::ServiceCompleted, "SERVICE_COMPLETED", "complaint", "whatsapp_service_completed_sent",
     "ticket_id completed_date feedback_link"},
    {EventType::DeliveryFailed, "DELIVERY_FAILED", "stock_movement", "whatsapp_delivery_failed_sent",
     "reference_id item_name"},
    {EventType::DeliveryReattempt, "DELIVERY_REATTEMPT", "stock_movement", "whatsapp_delivery_reattempt_sent",
     "reference_id item_name reattempt_date"},
};

const EventInfo& info(EventType event)
{
    for (const EventInfo& e : kEvents) {
        if (e.event == event)
            return e;
    }
    return kEvents[0];
}

} // namespace

QList<EventType> allEventTypes()
{
    QList<EventType> events;
    for (const EventInfo& e : kEvents)
        events << e.event;
    return events;
}

QString eventTypeName(EventType event)
{
    return QLatin1String(info(event).name);
}

std::optional<EventType> eventTypeFromName(const QString& name)
{
    for (const EventInfo& e : kEvents) {
        if (name == QLatin1String(e.name))
            return e.event;
    }
    return std::nullopt;
}

QString referenceTypeFor(EventType event)
{
    return QLatin1String(info(event).referenceType);
}

QString referenceTable(EventType event)
{
    return recordTable(referenceTypeFor(event));
}

QString sentFlagColumn(EventType event)
{
    return QLatin1String(info(event).flag);
}

QStringList placeholdersFor(EventType event)
{
    return QStringList{QStringLiteral("customer_name"), QStringLiteral("company_name"),
                       QStringLiteral("company_phone")} +
           QString::fromLatin1(info(event).placeholders).split(QLatin1Char(' '));
}

} // namespace fd
