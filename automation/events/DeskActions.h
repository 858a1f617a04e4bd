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
    // Made once per form fill (newActionKey) and kept across the desk's second try; empty: one of its own.
    QString actionKey;
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
    // Made once per form fill (newActionKey) and kept across the desk's second try; empty: one of its own.
    QString actionKey;
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
    // Made once per form fill (newActionKey) and kept across the desk's second try; empty: one of its own.
    QString actionKey;
};

// What the reception desk does, each in one transaction with the message it causes (seed events):
// the record and its queued message are saved together or not at all. An unparsable phone is refused
// before anything is written. Run on the database worker's thread.
//
// No save is ever doubled: every action carries a key (actionKey), stored with what it did in the same
// transaction (desk_action_keys, migration 0017). The same key again, e.g. the desk's automatic second try
// after the answer to a committed save was lost, returns the first result and writes nothing: no second
// record, no second message.
class DeskActions
{
public:
    explicit DeskActions(Connection& connection, const Clock& clock = Clock::system());

    Result<Saved<Enquiry>> createEnquiry(const EnquiryInput& input);
    Result<Saved<ServiceRequest>> createServiceRequest(const ServiceRequestInput& input);
    Result<Saved<ServiceRequest>> assignEngineer(qint64 requestId, qint64 engineerId,
                                                 const QString& engineerName, const QString& actionKey = {});
    Result<Saved<ServiceRequest>> completeService(qint64 requestId, const QDate& completedDate,
                                                  const QString& actionKey = {});
    Result<Saved<Delivery>> createDelivery(const DeliveryInput& input);
    // FAILED and REATTEMPT message the customer; DELIVERED does not.
    Result<Saved<Delivery>> setDeliveryStatus(qint64 deliveryId, Delivery::Status status,
                                              const QDate& reattemptDate, const QString& note,
                                              const QString& actionKey = {});

    static QString formatDate(const QDate& date); // "24 Nov 2026", the same in every language
    // A new key for one desk action (a UUID).
    static QString newActionKey();

private:
    Connection& m_connection;
    const Clock& m_clock;
};

} // namespace fd
