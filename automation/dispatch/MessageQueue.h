#pragma once

#include "automation/settings/SharedSettings.h"
#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/MessageLogEntry.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

namespace fd {

// A message this station has claimed and must now send (or verify).
struct ClaimedMessage
{
    enum class Kind {
        Fresh,     // PENDING or RETRYING: send it
        OwnLapsed, // this station claimed it before and died mid-send: check the chat before resending
        TakenOver, // another station's claim lapsed long ago: check the chat before sending, if it can
    };
    MessageLogEntry entry; // as it was before the claim
    Kind kind = Kind::Fresh;
    qint64 attemptId = 0;
    QDateTime firstTriedAt; // when the earliest earlier try began; invalid for a first try
    // The latest earlier try (a try given back untouched does not count): how it ended (RETRYING: it
    // provably never left; FAILED, UNCONFIRMED, SENT, ...; empty when it never ended) and its transport.
    QString lastOutcome;
    QString lastTransport;
    // The latest try's outcome proves the message never left: it failed transiently (or was skipped) under
    // the rule that a transient failure means "never left" (migration 0013; earlier ones may have pressed
    // send).
    bool lastNeverLeft = false;

    // Since when an earlier try may have reached the chat: its first try, not only the latest claim (a
    // station may die again while recovering, and the message may have gone out on the first try).
    QDateTime triedSince() const
    {
        if (firstTriedAt.isValid() && (!entry.claimedAt.isValid() || firstTriedAt < entry.claimedAt))
            return firstTriedAt;
        return entry.claimedAt;
    }
};

// The outbox as the dispatcher sees it: claims with leases, outcomes, counts. Each call is one short
// transaction. On PostgreSQL the claim uses FOR UPDATE SKIP LOCKED, so stations never wait on each other.
class MessageQueue
{
public:
    MessageQueue(Connection& connection, const Clock& clock, QString station, QString transport);

    // The oldest due message, claimed for this station. `upToId` > 0 limits it to ids up to that one
    // (a `dispatch --once` run sends what was due when it started).
    Result<std::optional<ClaimedMessage>> claimNext(const SharedSettings& settings, qint64 upToId = 0);

    Result<void> markSent(const ClaimedMessage& message, const QString& externalId, const QString& note = {});
    // Permanent failures are FAILED at once; transient ones are RETRYING with exponential backoff until
    // settings.maxAutoRetries is used up. Returns the new status, FAILED or RETRYING.
    // `note` goes to the attempt (AccountGuard::attemptNote: which kind of refusal a permanent failure was).
    Result<QString> markFailed(const ClaimedMessage& message, const QString& reason, bool permanent,
                               const SharedSettings& settings, const QString& screenshotPath = {},
                               const QString& note = {});
    // FAILED "may have been sent" (LogReasons::maybeSent), never retried by itself; `detail` goes to the
    // attempt. `pressed`: this try pressed send without a confirmation (the attempt ends UNCONFIRMED);
    // otherwise an earlier try is in doubt and this one could not look in the chat (the attempt ends FAILED).
    // `interrupted`: pressed, and then this station was told to stop or the page's render process ended (the
    // attempt ends INTERRUPTED: it says nothing about the page, and does not count toward a pause).
    Result<void> markMaybeSent(const ClaimedMessage& message, const QString& detail, bool pressed,
                               const QString& screenshotPath = {}, bool interrupted = false);
    Result<void> markSkipped(const ClaimedMessage& message, const QString& reason);
    // The sender could not even try (not logged in): back to the queue untouched.
    Result<void> release(const ClaimedMessage& message);
    // DELIVERED / READ seen later.
    Result<void> acknowledge(qint64 messageId, const QString& status, const QDateTime& at);

    // The canary (SharedSettings::canaryEnabled): a row of its own (event_type CANARY), claimed by this
    // station at once; finished with markSent / markFailed like a claim. A canary this station started and
    // never finished is FAILED first.
    Result<ClaimedMessage> startCanary(const QString& phone, const QString& text,
                                       const SharedSettings& settings);

    // This station's messages through its transport sent since `utc` and not read yet (SENT or DELIVERED,
    // with the transport's id), by phone (E.164): phone -> external id -> message id. The newest `maxChats`
    // chats.
    Result<QList<QPair<QString, QHash<QString, qint64>>>> awaitingTicks(const QDateTime& utc, int maxChats);

    Result<qint64> maxId();
    // Messages still waiting (PENDING, RETRYING, or SENDING by another station), up to `upToId` if > 0.
    Result<int> countWaiting(qint64 upToId = 0);
    // How many of this station's latest sends, since its pause was last lifted, were pressed without a
    // confirmation, back to its last confirmed one (0, 1, 2, ...).
    Result<int> unconfirmedInRow();
    // This station's latest finished attempts at customer messages since its pause was last lifted, newest
    // first (at most `count`): what the account guard starts from after a restart.
    struct AttemptOutcome
    {
        QString outcome; // SENT, FAILED, UNCONFIRMED, ...
        QString note;
    };
    Result<QList<AttemptOutcome>> latestOutcomes(int count);

    const QString& station() const { return m_station; }

    // May this connection's login run a sender station? On PostgreSQL: is it a member of frontdesk_sender
    // (migration 0016; admins are); always on SQLite.
    static Result<bool> loginMaySend(Connection& connection);

private:
    // How a claim ends. SQLite sets `columns` (its ? take `values`); PostgreSQL calls
    // frontdesk_message_<name> with `serverValues` (no times: the server takes its own, migration 0016).
    // `error` and `note` go to the attempt.
    struct Outcome
    {
        QString name; // SENT, FAILED, UNCONFIRMED, INTERRUPTED, RETRYING, SKIPPED, RELEASED
        QString columns;
        QVariantList values;
        QVariantList serverValues;
        QString error;
        QString note;
    };

    Result<std::optional<ClaimedMessage>> claimByFunction(qint64 upToId);
    Result<std::optional<ClaimedMessage>> claimByStatements(const QVariant& now, const QVariant& graceEnd,
                                                            const QVariant& leaseUntil, qint64 upToId);
    Result<void> finish(const ClaimedMessage& message, const Outcome& outcome);
    Result<QVariant> lastResumed(); // when this station's pause was last lifted; null: never

    Connection& m_connection;
    const Clock& m_clock;
    QString m_station;
    QString m_transport;
};

} // namespace fd
