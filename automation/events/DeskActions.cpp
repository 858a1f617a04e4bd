#include "automation/events/DeskActions.h"

#include "automation/events/EventMessages.h"
#include "automation/outbox/Outbox.h"
#include "automation/outbox/RecipientPolicy.h"
#include "automation/phone/PhonePolicy.h"
#include "automation/settings/SharedSettings.h"
#include "models/db/SqlValues.h"
#include "models/records/RecordReference.h"
#include "models/records/TextFields.h"
#include "models/repositories/CustomerRepository.h"
#include "models/repositories/DeliveryRepository.h"
#include "models/repositories/DeskActionKeyRepository.h"
#include "models/repositories/EnquiryRepository.h"
#include "models/repositories/ServiceRequestRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

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

// The actions' names in desk_action_keys.
const QString kSaveEnquiry = QStringLiteral("save-enquiry");
const QString kSaveServiceRequest = QStringLiteral("save-service-request");
const QString kAssignEngineer = QStringLiteral("assign-engineer");
const QString kCompleteService = QStringLiteral("complete-service");
const QString kSaveDelivery = QStringLiteral("save-delivery");
const QString kDeliveryStatus = QStringLiteral("delivery-status");

// What the desk was told about the action's message, as desk_action_keys keeps it (the PostgreSQL functions
// of migration 0017 write the same names).
QString outcomeName(const std::optional<QueueResult>& message)
{
    if (!message)
        return {};
    switch (message->outcome) {
    case QueueResult::Outcome::Queued:
        return QStringLiteral("queued");
    case QueueResult::Outcome::Skipped:
        return QStringLiteral("skipped");
    case QueueResult::Outcome::StaffNumber:
        return QStringLiteral("staff");
    case QueueResult::Outcome::AlreadySent:
        return QStringLiteral("already-sent");
    case QueueResult::Outcome::TemplateError:
        return QStringLiteral("template-error");
    }
    return {};
}

// The message of an action done before, as the desk was told then; the reason as the log keeps it.
Result<std::optional<QueueResult>> earlierMessage(Connection& connection, const DeskActionKey& earlier)
{
    static const QHash<QString, QueueResult::Outcome> outcomes{
        {QStringLiteral("queued"), QueueResult::Outcome::Queued},
        {QStringLiteral("skipped"), QueueResult::Outcome::Skipped},
        {QStringLiteral("staff"), QueueResult::Outcome::StaffNumber},
        {QStringLiteral("already-sent"), QueueResult::Outcome::AlreadySent},
        {QStringLiteral("template-error"), QueueResult::Outcome::TemplateError}};
    if (!outcomes.contains(earlier.messageOutcome))
        return std::optional<QueueResult>();
    QueueResult result{outcomes.value(earlier.messageOutcome), earlier.messageId, {}, {}};
    if (earlier.messageId > 0 && (result.outcome == QueueResult::Outcome::Skipped ||
                                  result.outcome == QueueResult::Outcome::TemplateError)) {
        auto reason =
            connection.scalar(QStringLiteral("SELECT error_message FROM whatsapp_message_logs WHERE id = ?"),
                              {earlier.messageId}, QObject::tr("read the message's state"));
        if (!reason)
            return reason.error();
        result.reason = reason->toString();
    }
    return std::optional<QueueResult>(result);
}

// The first result of an action done before with the same key: its record as it is now and its message.
template<typename Record, typename Load>
Result<Saved<Record>> replay(Connection& connection, const DeskActionKey& earlier, const QString& action,
                             Load load)
{
    if (earlier.action != action)
        return invalid(QObject::tr("This form was already used for something else. Start again."));
    Result<Record> record = load(earlier.referenceId);
    if (!record)
        return record.error();
    auto message = earlierMessage(connection, earlier);
    if (!message)
        return message.error();
    return Saved<Record>{record.value(), message.value()};
}

// Runs `act` (inside the caller's transaction) unless its key was used before, in which case the first result
// is returned and nothing is written; records the key with what `act` did.
template<typename Record, typename Load, typename Act>
Result<Saved<Record>> onceForKey(Connection& connection, const QString& key, const QString& action,
                                 const QString& referenceType, const QString& createdBy, const QDateTime& now,
                                 Load load, Act act)
{
    DeskActionKeyRepository keys(connection);
    auto earlier = keys.find(key);
    if (!earlier)
        return earlier.error();
    if (earlier->has_value())
        return replay<Record>(connection, **earlier, action, load);
    Result<Saved<Record>> done = act();
    if (!done)
        return done;
    const std::optional<QueueResult>& message = done->message;
    auto recorded = keys.record({key, action, referenceType, done->record.id,
                                 message ? message->messageId : 0, outcomeName(message), now, createdBy});
    if (!recorded)
        return recorded.error();
    return done;
}

QString keyOrNew(const QString& key)
{
    return key.isEmpty() ? DeskActions::newActionKey() : key;
}

// The same engineer again changes nothing the customer must know: refused, the screen says so.
std::optional<Error> sameEngineerAgain(const ServiceRequest& current, qint64 engineerId,
                                       const QString& engineerName)
{
    if (current.status == ServiceRequest::Status::Assigned &&
        EventMessages::engineerFact(current.assignedEngineerId, current.assignedEngineerName) ==
            EventMessages::engineerFact(engineerId, engineerName))
        return invalid(QObject::tr("%1 is already assigned to %2. Choose another engineer to re-assign it.")
                           .arg(current.assignedEngineerName, current.ticketId));
    return std::nullopt;
}

// A re-attempt on the date already set changes nothing the customer must know: refused.
std::optional<Error> sameReattemptAgain(const Delivery& current, Delivery::Status status,
                                        const QDate& reattemptDate)
{
    if (status == Delivery::Status::Reattempt && current.status == Delivery::Status::Reattempt &&
        current.reattemptDate == reattemptDate)
        return invalid(
            QObject::tr("%1 is already set to be re-attempted on %2. Choose another date to reschedule it.")
                .arg(deliveryReference(current.id, current.reference),
                     DeskActions::formatDate(reattemptDate)));
    return std::nullopt;
}

} // namespace

DeskActions::DeskActions(Connection& connection, const Clock& clock)
    : m_connection(connection)
    , m_clock(clock)
{}

QString DeskActions::newActionKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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

// A one-call action answered "done before": the first call's result (the key's row is there).
template<typename Record, typename Load>
Result<Saved<Record>> replayOneCall(Connection& connection, const QString& key, const QString& action,
                                    Load load)
{
    auto earlier = DeskActionKeyRepository(connection).find(key);
    if (!earlier)
        return earlier.error();
    if (!earlier->has_value())
        return Error::make(Error::Kind::Internal, QObject::tr("Could not read what the desk already saved."));
    return replay<Record>(connection, **earlier, action, load);
}

// PostgreSQL: the first result when `key` was used before, looked up before the desk's own checks (which the
// first call's change would fail: the same engineer, the same date); nothing when the key is new. A first
// call still running is not seen here: the function waits for it and answers its result.
template<typename Record, typename Load>
std::optional<Result<Saved<Record>>> doneBefore(Connection& connection, const QString& key,
                                                const QString& action, Load load)
{
    auto earlier = DeskActionKeyRepository(connection).find(key);
    if (!earlier)
        return Result<Saved<Record>>(earlier.error());
    if (!earlier->has_value())
        return std::nullopt;
    return replay<Record>(connection, **earlier, action, load);
}

// A prepared message's text parts as the one-call saves take them (a JSON array).
QString jsonParts(const std::optional<PreparedMessage>& message)
{
    return message
               ? QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(message->parts)).toJson(QJsonDocument::Compact))
               : QString();
}

// What a one-call action passes about its message: nothing when the action sends none (`sends` false), no
// message for a staff phone, else the message the desk filled in.
struct OneCallMessage
{
    bool sends = false;
    std::optional<PreparedMessage> message;
};

// The values every one-call function takes after the message's text: status (NULL: no message), the reason
// the desk logs, the filled-in values, the opt-out reason (the database applies the opt-out) and whether the
// text still needs filling.
QVariantList messageValues(const std::optional<PreparedMessage>& message)
{
    const QVariant none = sql::nullable(QString());
    return {message ? QVariant(message->status) : none,
            message ? sql::nullable(message->result.loggedReason()) : none,
            message ? sql::nullable(message->params) : none, RecipientPolicy::optedOutReason().logged,
            message && message->needsRender};
}

// The shared tail of the PostgreSQL one-call actions (migration 0019), whose answer starts with reference_id,
// message_id, message_status, message_outcome, repeated, customer_id: a repeated key gives the first call's
// result; else `make(id, customerId)` gives the record and the message's outcome is what the desk filled in,
// told apart where the database decided otherwise (opted out, or the log had the message already).
template<typename Record, typename Load, typename Make>
Result<Saved<Record>> oneCallResult(Connection& connection, Result<Statement> saved, const QString& key,
                                    const QString& action, const OneCallMessage& sent, Load load, Make make)
{
    if (!saved)
        return saved.error();
    Statement& row = saved.value();
    if (!row.next())
        return Error::make(Error::Kind::Internal, QObject::tr("Could not read what the desk saved."));
    const qint64 id = row.value(0).toLongLong();
    const qint64 messageId = row.value(1).toLongLong();
    const QString status = row.value(2).toString();
    const QString outcome = row.value(3).toString();
    const bool repeated = row.value(4).toBool();
    const qint64 customerId = row.value(5).toLongLong();
    row.finish();
    if (repeated)
        return replayOneCall<Record>(connection, key, action, load);
    Result<Record> record = make(id, customerId);
    if (!record)
        return record.error();
    if (!sent.sends)
        return Saved<Record>{record.value(), std::nullopt};
    if (!sent.message)
        return Saved<Record>{record.value(), QueueResult{QueueResult::Outcome::StaffNumber, 0, {}, {}}};
    if (outcome == QLatin1String("already-sent"))
        return Saved<Record>{record.value(),
                             QueueResult{QueueResult::Outcome::AlreadySent, messageId, {}, {}}};
    QueueResult result = sent.message->result;
    if (status == QLatin1String("SKIPPED") && sent.message->status != QLatin1String("SKIPPED")) {
        const LoggedText optedOut = RecipientPolicy::optedOutReason();
        result = {QueueResult::Outcome::Skipped, 0, optedOut.shown, optedOut.logged};
    }
    result.messageId = messageId;
    return Saved<Record>{record.value(), result};
}

// An event's message filled in by the desk for a one-call action (the opt-out is left to the database: false
// here means "not known to be opted out").
Result<OneCallMessage> prepareForOneCall(Connection& connection, const SharedSettings& settings,
                                         const Clock& clock, const OutgoingEvent& event,
                                         const QString& hole = {})
{
    auto prepared = Outbox(connection, settings, clock).prepare(event, false, hole);
    if (!prepared)
        return prepared.error();
    return OneCallMessage{true, prepared.value()};
}

QVariant messagePhone(const OneCallMessage& sent)
{
    return sent.message ? QVariant(sent.message->e164) : sql::nullable(QString());
}

QVariant messageText(const OneCallMessage& sent)
{
    return sent.message ? QVariant(sent.message->parts.join(QString())) : sql::nullable(QString());
}

// PostgreSQL: the customer, the enquiry, its message and its key in one call (migrations 0011, 0017, 0019).
// The message is rendered here around {enquiry_id}, which the database fills once it has numbered the
// enquiry. Time and creator are the server's.
Result<Saved<Enquiry>> saveEnquiryInOneCall(Connection& connection, const SharedSettings& settings,
                                            const Clock& clock, const PhoneCheck& phone, Enquiry enquiry,
                                            const QString& key)
{
    OutgoingEvent event = EventMessages::enquiryCreated(enquiry, 0);
    event.checkedPhone = phone;
    auto sent = prepareForOneCall(connection, settings, clock, event, QStringLiteral("enquiry_id"));
    if (!sent)
        return sent.error();
    const std::optional<PreparedMessage>& message = sent->message;
    auto saved = connection.exec(
        QStringLiteral(
            "SELECT reference_id, message_id, message_status, message_outcome, repeated, customer_id "
            "FROM frontdesk_save_enquiry(?::text, ?::text, ?::text, ?::text, ?::text, ?::text, "
            "?::text, ?::text, ?::text, ?::text, ?::text, ?::boolean)"),
        QVariantList{sql::text(key), sql::text(enquiry.customerName), sql::text(enquiry.customerPhone),
                     sql::text(enquiry.language), sql::text(enquiry.subject), sql::nullable(enquiry.notes),
                     sql::nullable(jsonParts(message))} +
            messageValues(message),
        QObject::tr("save the enquiry"));
    return oneCallResult<Enquiry>(
        connection, std::move(saved), key, kSaveEnquiry, sent.value(),
        [&](qint64 id) { return EnquiryRepository(connection).get(id); },
        [&](qint64 id, qint64) { return EnquiryRepository(connection).get(id); });
}

// PostgreSQL: the customer, the service request, its message and its key in one call (migrations 0017, 0019).
// The ticket is made from the id the database takes, so the message is rendered with a random token in its
// place (in the text and the tracking link), which the database replaces.
Result<Saved<ServiceRequest>> saveServiceRequestInOneCall(Connection& connection,
                                                          const SharedSettings& settings, const Clock& clock,
                                                          const PhoneCheck& phone, ServiceRequest request,
                                                          const QString& key)
{
    const QString hole = QStringLiteral("FDTICKET%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    request.ticketId = hole;
    OutgoingEvent event = EventMessages::serviceCreated(request, settings);
    event.checkedPhone = phone;
    auto sent = prepareForOneCall(connection, settings, clock, event);
    if (!sent)
        return sent.error();
    auto saved = connection.exec(
        QStringLiteral(
            "SELECT reference_id, message_id, message_status, message_outcome, repeated, customer_id "
            "FROM frontdesk_save_service_request(?::text, ?::text, ?::text, ?::text, ?::text, "
            "?::text, ?::date, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::boolean)"),
        QVariantList{sql::text(key), sql::text(request.customerName), sql::text(request.customerPhone),
                     sql::text(request.language), sql::text(request.serviceType),
                     sql::nullable(request.description), sql::fromDate(request.scheduledDate), hole,
                     messageText(sent.value())} +
            messageValues(sent->message),
        QObject::tr("save the service request"));
    auto load = [&](qint64 id) { return ServiceRequestRepository(connection).get(id); };
    return oneCallResult<ServiceRequest>(connection, std::move(saved), key, kSaveServiceRequest, sent.value(),
                                         load, [&](qint64 id, qint64) { return load(id); });
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
    const QString key = keyOrNew(input.actionKey);
    if (m_connection.dialect() == Dialect::Postgres)
        return saveEnquiryInOneCall(m_connection, settings.value(), m_clock, customer->check, enquiry, key);

    return inTransaction(m_connection, QObject::tr("save the enquiry"), [&]() -> Result<Saved<Enquiry>> {
        return onceForKey<Enquiry>(
            m_connection, key, kSaveEnquiry, referenceTypeFor(EventType::EnquiryCreated), input.createdBy,
            enquiry.createdAt, [this](qint64 id) { return EnquiryRepository(m_connection).get(id); },
            [&]() -> Result<Saved<Enquiry>> {
                auto ref =
                    CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
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
                // The outbox sets the flag whenever it takes the event on (a staff phone gets no message at
                // all).
                Enquiry stored = created.value();
                stored.whatsappEnquirySent = queued->outcome != QueueResult::Outcome::StaffNumber;
                return Saved<Enquiry>{stored, queued.value()};
            });
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

    ServiceRequest request;
    request.customerName = customer->name;
    request.customerPhone = customer->phone;
    request.serviceType = serviceType.value();
    request.description = input.description.trimmed();
    request.scheduledDate = input.scheduledDate;
    request.language = input.language;
    request.createdBy = input.createdBy;
    request.createdAt = m_clock.nowUtc();
    const QString key = keyOrNew(input.actionKey);
    if (m_connection.dialect() == Dialect::Postgres)
        return saveServiceRequestInOneCall(m_connection, settings.value(), m_clock, customer->check, request,
                                           key);

    return inTransaction(
        m_connection, QObject::tr("save the service request"), [&]() -> Result<Saved<ServiceRequest>> {
            return onceForKey<ServiceRequest>(
                m_connection, key, kSaveServiceRequest, referenceTypeFor(EventType::ServiceCreated),
                input.createdBy, request.createdAt,
                [this](qint64 id) { return ServiceRequestRepository(m_connection).get(id); },
                [&]() -> Result<Saved<ServiceRequest>> {
                    auto ref = CustomerRepository(m_connection)
                                   .upsert(customer->name, customer->phone, input.language);
                    if (!ref)
                        return ref.error();
                    request.customerId = ref->id;
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
        });
}

Result<Saved<ServiceRequest>> DeskActions::assignEngineer(qint64 requestId, qint64 engineerId,
                                                          const QString& engineerName,
                                                          const QString& actionKey)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    const QString key = keyOrNew(actionKey);
    if (m_connection.dialect() == Dialect::Postgres) {
        ServiceRequestRepository requests(m_connection);
        auto load = [&](qint64 id) { return requests.get(id); };
        if (auto earlier = doneBefore<ServiceRequest>(m_connection, key, kAssignEngineer, load))
            return *earlier;
        auto current = requests.get(requestId);
        if (!current)
            return current.error();
        if (auto refused = sameEngineerAgain(current.value(), engineerId, engineerName))
            return *refused;
        if (auto refused = ServiceRequestRepository::refuseAssign(current.value(), engineerName))
            return *refused;
        ServiceRequest assigned = current.value();
        assigned.assignedEngineerId = engineerId;
        assigned.assignedEngineerName = engineerName.trimmed();
        assigned.status = ServiceRequest::Status::Assigned;
        auto sent = prepareForOneCall(m_connection, settings.value(), m_clock,
                                      EventMessages::engineerAssigned(assigned));
        if (!sent)
            return sent.error();
        auto saved = m_connection.exec(
            QStringLiteral(
                "SELECT reference_id, message_id, message_status, message_outcome, repeated, "
                "customer_id FROM frontdesk_assign_engineer(?::text, ?::bigint, ?::bigint, ?::text, "
                "?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::boolean)"),
            QVariantList{sql::text(key), requestId, engineerId, engineerName.trimmed(),
                         messagePhone(sent.value()), messageText(sent.value())} +
                messageValues(sent->message),
            QObject::tr("assign the engineer"));
        return oneCallResult<ServiceRequest>(m_connection, std::move(saved), key, kAssignEngineer,
                                             sent.value(), load, [&](qint64 id, qint64) { return load(id); });
    }
    return inTransaction(
        m_connection, QObject::tr("assign the engineer"), [&]() -> Result<Saved<ServiceRequest>> {
            return onceForKey<ServiceRequest>(
                m_connection, key, kAssignEngineer, referenceTypeFor(EventType::EngineerAssigned), QString(),
                m_clock.nowUtc(),
                [this](qint64 id) { return ServiceRequestRepository(m_connection).get(id); },
                [&]() -> Result<Saved<ServiceRequest>> {
                    ServiceRequestRepository requests(m_connection);
                    // The same engineer again changes nothing the customer must know: refused, the screen
                    // says so.
                    auto current = requests.get(requestId);
                    if (!current)
                        return current.error();
                    if (auto refused = sameEngineerAgain(current.value(), engineerId, engineerName))
                        return *refused;
                    auto assigned =
                        requests.assignEngineer(requestId, engineerId, engineerName, m_clock.nowUtc());
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
        });
}

Result<Saved<ServiceRequest>> DeskActions::completeService(qint64 requestId, const QDate& completedDate,
                                                           const QString& actionKey)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    const QString key = keyOrNew(actionKey);
    if (m_connection.dialect() == Dialect::Postgres) {
        ServiceRequestRepository requests(m_connection);
        auto load = [&](qint64 id) { return requests.get(id); };
        if (auto earlier = doneBefore<ServiceRequest>(m_connection, key, kCompleteService, load))
            return *earlier;
        auto current = requests.get(requestId);
        if (!current)
            return current.error();
        if (auto refused = ServiceRequestRepository::refuseComplete(current.value(), completedDate))
            return *refused;
        ServiceRequest completed = current.value();
        completed.status = ServiceRequest::Status::Completed;
        completed.completedDate = completedDate;
        auto sent = prepareForOneCall(m_connection, settings.value(), m_clock,
                                      EventMessages::serviceCompleted(completed, settings.value()));
        if (!sent)
            return sent.error();
        auto saved = m_connection.exec(
            QStringLiteral(
                "SELECT reference_id, message_id, message_status, message_outcome, repeated, "
                "customer_id FROM frontdesk_complete_service(?::text, ?::bigint, ?::date, ?::text, "
                "?::text, ?::text, ?::text, ?::text, ?::text, ?::boolean)"),
            QVariantList{sql::text(key), requestId, sql::fromDate(completedDate), messagePhone(sent.value()),
                         messageText(sent.value())} +
                messageValues(sent->message),
            QObject::tr("complete the service request"));
        return oneCallResult<ServiceRequest>(m_connection, std::move(saved), key, kCompleteService,
                                             sent.value(), load, [&](qint64 id, qint64) { return load(id); });
    }
    return inTransaction(
        m_connection, QObject::tr("complete the service request"), [&]() -> Result<Saved<ServiceRequest>> {
            return onceForKey<ServiceRequest>(
                m_connection, key, kCompleteService, referenceTypeFor(EventType::ServiceCompleted), QString(),
                m_clock.nowUtc(),
                [this](qint64 id) { return ServiceRequestRepository(m_connection).get(id); },
                [&]() -> Result<Saved<ServiceRequest>> {
                    ServiceRequestRepository requests(m_connection);
                    auto completed = requests.complete(requestId, completedDate);
                    if (!completed)
                        return completed.error();
                    auto queued =
                        Outbox(m_connection, settings.value(), m_clock)
                            .queue(EventMessages::serviceCompleted(completed.value(), settings.value()));
                    if (!queued)
                        return queued.error();
                    auto stored = requests.get(requestId);
                    if (!stored)
                        return stored.error();
                    return Saved<ServiceRequest>{stored.value(), queued.value()};
                });
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
    const QString key = keyOrNew(input.actionKey);
    if (m_connection.dialect() == Dialect::Postgres) {
        if (item->isEmpty())
            return invalid(QObject::tr("Name the item to deliver."));
        if (input.quantity < 1)
            return invalid(QObject::tr("The quantity must be at least 1."));
        auto saved = m_connection.exec(
            QStringLiteral("SELECT reference_id, message_id, message_status, message_outcome, repeated, "
                           "customer_id FROM frontdesk_save_delivery(?::text, ?::text, ?::text, ?::text, "
                           "?::text, ?::text, ?::integer, ?::text, ?::date)"),
            {sql::text(key), sql::text(customer->name), sql::text(customer->phone), sql::text(input.language),
             sql::nullable(reference.value()), item.value(), input.quantity,
             sql::nullable(singleLine(input.address).trimmed()), sql::fromDate(input.scheduledDate)},
            QObject::tr("save the delivery"));
        auto load = [this](qint64 id) { return DeliveryRepository(m_connection).get(id); };
        return oneCallResult<Delivery>(m_connection, std::move(saved), key, kSaveDelivery, OneCallMessage{},
                                       load, [&](qint64 id, qint64) { return load(id); });
    }
    const QDateTime now = m_clock.nowUtc();
    return inTransaction(m_connection, QObject::tr("save the delivery"), [&]() -> Result<Saved<Delivery>> {
        return onceForKey<Delivery>(
            m_connection, key, kSaveDelivery, referenceTypeFor(EventType::DeliveryFailed), input.createdBy,
            now, [this](qint64 id) { return DeliveryRepository(m_connection).get(id); },
            [&]() -> Result<Saved<Delivery>> {
                auto ref =
                    CustomerRepository(m_connection).upsert(customer->name, customer->phone, input.language);
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
                delivery.createdAt = now;
                auto created = DeliveryRepository(m_connection).create(delivery);
                if (!created)
                    return created.error();
                return Saved<Delivery>{created.value(), std::nullopt};
            });
    });
}

Result<Saved<Delivery>> DeskActions::setDeliveryStatus(qint64 deliveryId, Delivery::Status status,
                                                       const QDate& reattemptDate, const QString& note,
                                                       const QString& actionKey)
{
    auto settings = SharedSettings::recent(m_connection);
    if (!settings)
        return settings.error();
    const QString key = keyOrNew(actionKey);
    if (m_connection.dialect() == Dialect::Postgres) {
        DeliveryRepository deliveries(m_connection);
        auto load = [&](qint64 id) { return deliveries.get(id); };
        if (auto earlier = doneBefore<Delivery>(m_connection, key, kDeliveryStatus, load))
            return *earlier;
        auto current = deliveries.get(deliveryId);
        if (!current)
            return current.error();
        if (auto refused = sameReattemptAgain(current.value(), status, reattemptDate))
            return *refused;
        if (auto refused = DeliveryRepository::refuseStatus(current.value(), status, reattemptDate))
            return *refused;
        Delivery changed = current.value();
        changed.status = status;
        if (status == Delivery::Status::Reattempt)
            changed.reattemptDate = reattemptDate;
        OneCallMessage sent;
        if (status == Delivery::Status::Failed || status == Delivery::Status::Reattempt) {
            auto prepared = prepareForOneCall(m_connection, settings.value(), m_clock,
                                              status == Delivery::Status::Failed
                                                  ? EventMessages::deliveryFailed(changed)
                                                  : EventMessages::deliveryReattempt(changed));
            if (!prepared)
                return prepared.error();
            sent = prepared.value();
        }
        auto saved = m_connection.exec(
            QStringLiteral("SELECT reference_id, message_id, message_status, message_outcome, repeated, "
                           "customer_id FROM frontdesk_set_delivery_status(?::text, ?::bigint, ?::text, "
                           "?::date, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text, "
                           "?::boolean)"),
            QVariantList{sql::text(key), deliveryId, Delivery::statusName(status),
                         sql::fromDate(reattemptDate), sql::nullable(singleLine(note).trimmed()),
                         messagePhone(sent), messageText(sent)} +
                messageValues(sent.message),
            QObject::tr("change the delivery status"));
        return oneCallResult<Delivery>(m_connection, std::move(saved), key, kDeliveryStatus, sent, load,
                                       [&](qint64 id, qint64) { return load(id); });
    }
    return inTransaction(
        m_connection, QObject::tr("change the delivery status"), [&]() -> Result<Saved<Delivery>> {
            return onceForKey<Delivery>(
                m_connection, key, kDeliveryStatus, referenceTypeFor(EventType::DeliveryFailed), QString(),
                m_clock.nowUtc(), [this](qint64 id) { return DeliveryRepository(m_connection).get(id); },
                [&]() -> Result<Saved<Delivery>> {
                    DeliveryRepository deliveries(m_connection);
                    // A re-attempt on the date already set changes nothing the customer must know: refused.
                    auto current = deliveries.get(deliveryId);
                    if (!current)
                        return current.error();
                    if (auto refused = sameReattemptAgain(current.value(), status, reattemptDate))
                        return *refused;
                    auto updated = deliveries.setStatus(deliveryId, status, reattemptDate,
                                                        singleLine(note).trimmed(), m_clock.nowUtc());
                    if (!updated)
                        return updated.error();
                    if (status != Delivery::Status::Failed && status != Delivery::Status::Reattempt)
                        return Saved<Delivery>{updated.value(), std::nullopt};

                    // A FAILED status is about the attempt that was due (its date is the fact), a re-attempt
                    // about its new date: each date gets its message, the same one never twice.
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
        });
}

} // namespace fd
