#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fd {

// The seed's six business events. Names, reference types and flag columns are the database contract.
enum class EventType {
    EnquiryCreated,
    ServiceCreated,
    EngineerAssigned,
    ServiceCompleted,
    DeliveryFailed,
    DeliveryReattempt
};

QList<EventType> allEventTypes();
QString eventTypeName(EventType event); // "ENQUIRY_CREATED"
std::optional<EventType> eventTypeFromName(const QString& name);
QString referenceTypeFor(EventType event);    // "enquiry", "complaint", "stock_movement"
QString referenceTable(EventType event);      // "enquiries", "complaints", "stock_movements"
QString sentFlagColumn(EventType event);      // "whatsapp_enquiry_sent", ...
QStringList placeholdersFor(EventType event); // allowed {placeholders}

} // namespace fd
