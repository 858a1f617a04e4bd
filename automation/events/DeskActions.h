#pragma once

#include "automation/outbox/QueueResult.h"
#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/Delivery.h"
#include "models/records/Enquiry.h"
#include "models/records/ServiceRequest.h"

namespace fd {

// A saved record and what happened to its WhatsApp message (nothing for writes that send none).
template<typename Record> struct Saved
{
    Record record;
    std::optional<QueueResult> message;
};

struct EnquiryInput
{
    QString customerName;
    QString customerPhone; // as typed
    QString subject;
    QString notes;
    QString language = QStringLiteral("en");
    QString createdBy;
};

struct ServiceRequestInput
{
    QString customerName;
    QString customerPhone; // as typed
    QString serviceType;
    QString description;
    QDate scheduledDate;
    QString language = QStringLiteral("en");
    QString createdBy;
};

struct DeliveryInput
{
    QString customerName;
    QString customerPhone; // as typed
    QString reference;
    QString itemName;
    int quantity = 1;
    QString address;
    QDate scheduledDate;
    QString language = QStringLiteral("en");
    QString createdBy;
};

// What the reception desk does, each in one transaction with the message it causes (seed events):
// the record and its queued message are saved together or not at all. An unparsable phone is refused
// before anything is written. Run on the database worker's thread.
class DeskActions
{
public:
    explicit DeskActions(Connection& connection, const Clock& clock = Clock::system());

    Result<Saved<Enquiry>> createEnquiry(const EnquiryInput& input);
    Result<Saved<ServiceRequest>> createServiceRequest(const ServiceRequestInput& input);
    Result<Saved<ServiceRequest>> assignEngineer(qint64 requestId, qint64 engineerId,
                                                 const QString& engineerName);
    Result<Saved<ServiceRequest>> completeService(qint64 requestId, const QDate& completedDate);
    Result<Saved<Delivery>> createDelivery(const DeliveryInput& input);
    // FAILED and REATTEMPT message the customer; DELIVERED does not.
    Result<Saved<Delivery>> setDeliveryStatus(qint64 deliveryId, Delivery::Status status,
                                              const QDate& reattemptDate, const QString& note);

    static QString enquiryReference(qint64 id);   // "ENQ-000042"
    static QString formatDate(const QDate& date); // "24 Nov 2026", the same in every language

private:
    Connection& m_connection;
    const Clock& m_clock;
};

} // namespace fd
