#pragma once

#include "automation/outbox/Outbox.h"
#include "automation/settings/SharedSettings.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/Delivery.h"
#include "models/records/Enquiry.h"
#include "models/records/MessageLogEntry.h"
#include "models/records/ServiceRequest.h"

namespace fd {

// The message of each business event, made from its record: the values its template is filled with, and the
// fact that makes it a message of its own (DECISIONS.md "The message log": one message per event per record
// and per fact the customer must know). Used when the event happens and again when an administrator retries
// a message that could not be filled in then.
class EventMessages
{
public:
    // `id` 0: {enquiry_id} is left for the database to fill (the enquiry is written in the same call).
    static OutgoingEvent enquiryCreated(const Enquiry& enquiry, qint64 id);
    static OutgoingEvent serviceCreated(const ServiceRequest& request, const SharedSettings& settings);
    static OutgoingEvent engineerAssigned(const ServiceRequest& request);
    static OutgoingEvent serviceCompleted(const ServiceRequest& request, const SharedSettings& settings);
    static OutgoingEvent deliveryFailed(const Delivery& delivery);
    static OutgoingEvent deliveryReattempt(const Delivery& delivery);

    // The facts: an engineer (by id, by name for one without), a date (YYYY-MM-DD).
    static QString engineerFact(qint64 engineerId, const QString& engineerName);
    static QString dateFact(const QDate& date);
    // The attempt a FAILED status is about: the re-attempt's date once there was one, else the first date.
    static QDate attemptDate(const Delivery& delivery);

    // The event a logged message is for, made again from its record as the record is now, for the message's
    // own fact (a retry of a message logged unrendered). Refused, with the reason, when the record is gone or
    // has moved on so that the message would no longer be true: another engineer or date since, a delivery
    // whose status changed. An error only when the database fails.
    struct Remade
    {
        std::optional<OutgoingEvent> event;
        std::optional<LoggedText> refusal;
    };
    static Result<Remade> forLoggedMessage(Connection& connection, const MessageLogEntry& entry,
                                           const SharedSettings& settings);
};

} // namespace fd
