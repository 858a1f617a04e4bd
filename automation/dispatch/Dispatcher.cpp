#include "automation/dispatch/Dispatcher.h"

#include "automation/core/Logging.h"
#include "automation/dispatch/Pacing.h"
#include "automation/dispatch/SendingLimits.h"
#include "automation/outbox/RecipientPolicy.h"

#include <algorithm>

namespace fd {
namespace {

// What the start job found, on the database thread.
struct StartStep
{
    SharedSettings settings;
    std::optional<StationPause> pause; // in force on this station
    int unconfirmedInRow = 0;
    QList<SendResult> guardHistory; // this station's results since its last resume, oldest first
};

// What one claim job found, computed on the database thread.
struct ClaimStep
{
    std::optional<StationPause> pause; // in force on this station: nothing was claimed
    bool hasSettings = false;
    SharedSettings settings;
    QDateTime heldUntil; // the account's pace holds sending until then (UTC), for heldReason
    QString heldReason;
    std::optional<ClaimedMessage> message;
    bool skipped = false; // the claimed message was not for sending and is SKIPPED now
};

// Records the pause asked for (if any), then reads the one in force.
Result<std::optional<StationPause>>
recordAndReadPause(Connection& c, const std::optional<StationPause>& pending, const QString& station)
{
    StationPauses pauses(c);
    if (pending) {
        if (auto recorded = pauses.pause(*pending); !recorded)
            return recorded.error();
    }
    return pauses.active(station);
}

} // namespace

QString Dispatcher::Summary::toString() const
{
    return QObject::tr("sent %1, failed %2, skipped %3, left %4")
        .arg(sent)
        .arg(failed)
        .arg(skipped)
        .arg(left);
}

Dispatcher::Dispatcher(DatabaseWorker& database, Sender& sender, Options options, const Clock& clock,
                       QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_sender(sender)
    , m_options(std::move(options))
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: a gap is a minimum
    connect(&m_timer, &QTimer::timeout, this, &Dispatcher::step);
    connect(&m_sender, &Sender::acknowledged, this,
            [this](qint64 id, const QString& status, const QDateTime& at) {
                m_database.run([id, status, at, station = m_options.station, transport = m_sender.transport(),
                                &clock = m_clock](Connection& c) {
                    return MessageQueue(c, clock, station, transport).acknowledge(id, status, at);
                });
            });
    // The transport can no longer see its own messages: no customer gets one until an admin resumes.
    // During the canary its own outcome says which step failed.
    connect(&m_sender, &Sender::pageChanged, this, [this](const QString& missing) {
        if (!m_inCanary)
            requestPause(StationPauses::pageChanged(), missing);
    });
    // A warning about the account itself pauses also during the canary: nothing more may go out.
    connect(&m_sender, &Sender::accountAlert, this,
            [this](const QString& what) { requestPause(AccountGuard::warned(), what); });
}

void Dispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopRequested = false;
    m_summary = {};
    // The first step already needs the shared settings (quiet hours), not the built-in defaults, and whether
    // this station is paused (a pause asked for before the start is recorded first).
    m_busy = true;
    const std::optional<StationPause> pending = m_pauseToRecord;
    m_database.run(
        this,
        [pending, station = m_options.station, transport = m_sender.transport(),
         &clock = m_clock](Connection& c) -> Result<StartStep> {
            StartStep start;
            auto settings = SharedSettings::load(c);
            if (!settings)
                return settings.error();
            start.settings = settings.value();
            auto pause = recordAndReadPause(c, pending, station);
            if (!pause)
                return pause.error();
            start.pause = pause.value();
            auto inRow = MessageQueue(c, clock, station, transport).unconfirmedInRow();
            if (!inRow)
                return inRow.error();
            start.unconfirmedInRow = inRow.value();
            auto latest = MessageQueue(c, clock, station, transport).latestOutcomes(AccountGuard::kLatest);
            if (!latest)
                return latest.error();
            for (auto it = latest->crbegin(); it != latest->crend(); ++it)
                if (auto result = AccountGuard::resultOfAttempt(it->outcome, it->note))
                    start.guardHistory << *result;
            return start;
        },
        [this, pending](const Result<StartStep>& start) {
            m_busy = false;
            if (!start) {
                fail(start.error());
                return;
            }
            if (pending)
                m_pauseToRecord.reset();
            m_settings = start->settings;
            m_settingsRead.start();
            m_unconfirmedInRow = start->unconfirmedInRow;
            m_guard.resume(start->guardHistory); // a restart does not forget the signs
            if (start->pause) {
                enterPause(*start->pause);
                return;
            }
            if (!m_options.once) {
                step();
                return;
            }
            startOnce();
        });
}

void Dispatcher::startOnce()
{
    // A run with --once sends what is due now; what arrives later is for the next run.
    m_busy = true;
    m_database.run(
        this, [](Connection& c) { return MessageQueue(c, Clock::system(), {}, {}).maxId(); },
        [this](const Result<qint64>& maxId) {
            m_busy = false;
            if (!maxId) {
                fail(maxId.error());
                return;
            }
            m_upToId = qMax<qint64>(maxId.value(), 1);
            if (maxId.value() == 0) {
                finishWithLeft(Finish::Done, tr("nothing to send"));
                return;
            }
            step();
        });
}

void Dispatcher::stop()
{
    m_stopRequested = true;
    if (!m_busy && m_running) {
        m_timer.stop();
        finishWithLeft(Finish::Done, tr("stopped"));
    }
}

void Dispatcher::wake()
{
    if (m_running && !m_busy) {
        m_timer.stop();
        scheduleStep(0);
    }
}

void Dispatcher::settingsChanged()
{
    m_settingsRead.invalidate();
    wake();
}

void Dispatcher::reloadSettings()
{
    m_busy = true;
    m_database.run(
        this, [](Connection& c) { return SharedSettings::load(c); },
        [this](const Result<SharedSettings>& settings) {
            m_busy = false;
            if (!settings) {
                fail(settings.error());
                return;
            }
            m_settings = settings.value();
            m_settingsRead.start();
            step();
        });
}

void Dispatcher::scheduleStep(int delayMs)
{
    m_timer.start(m_stopRequested ? 0 : qMax(0, delayMs)); // a station asked to stop waits for no pace
}

int Dispatcher::nextGapMs() const
{
    const int minMs = m_options.paceMinMs.value_or(m_settings.minGapMs);
    const int maxMs = m_options.paceMaxMs.value_or(m_options.paceMinMs ? minMs : m_settings.maxGapMs);
    return pacing::randomGapMs(minMs, qMax(minMs, maxMs));
}

// The gap runs from the start of one send to the start of the next, so messages go out one gap apart
// whatever the page took to send each (a gap after each send would stretch a 10 s pace by the seconds a
// chat takes to open). A message that needed no send waits only for what is left of the gap.
int Dispatcher::delayBeforeNextSendMs() const
{
    const qint64 sinceSend = m_lastSendStarted.isValid() ? m_lastSendStarted.elapsed() : 0;
    return int(qMax<qint64>(0, nextGapMs() - sinceSend));
}

void Dispatcher::step()
{
    if (!m_running || m_busy)
        return;
    if (m_stopRequested) {
        finishWithLeft(Finish::Done, tr("stopped"));
        return;
    }
    // A pause comes before everything: it is recorded first, and while it stands nothing is claimed.
    if (m_pauseToRecord || m_pause) {
        claim(false);
        return;
    }
    if (!m_sender.isReady()) {
        if (!m_notReadySince.isValid())
            m_notReadySince = QDateTime::currentDateTimeUtc();
        const qint64 waited = m_notReadySince.msecsTo(QDateTime::currentDateTimeUtc());
        emit stateChanged(tr("Waiting for the sender: %1").arg(m_sender.notReadyReason()));
        if (m_options.once && waited >= m_options.notReadyTimeoutMs) {
            finishWithLeft(Finish::SenderNotReady, m_sender.notReadyReason());
            return;
        }
        if (!m_readyConnection)
            m_readyConnection = connect(&m_sender, &Sender::readyChanged, this, [this](bool ready) {
                if (ready && !m_busy)
                    scheduleStep(0);
            });
        scheduleStep(m_options.once ? int(qMin<qint64>(1000, m_options.notReadyTimeoutMs - waited)) : 5000);
        return;
    }
    m_notReadySince = {};

    const QDateTime local = m_clock.nowLocal();
    if (pacing::inQuietHours(local.time(), m_settings.quietStart, m_settings.quietEnd)) {
        // Quiet hours as last read: an admin may have changed them meanwhile (read again every few seconds
        // at most, and at once when told).
        if (!m_settingsRead.isValid() || m_settingsRead.hasExpired(kSettingsFreshMs)) {
            reloadSettings();
            return;
        }
        if (m_options.once) {
            finishWithLeft(
                Finish::Done,
                tr("quiet hours until %1").arg(m_settings.quietEnd.toString(QStringLiteral("HH:mm"))));
            return;
        }
        emit stateChanged(tr("Quiet hours: sending resumes at %1")
                              .arg(m_settings.quietEnd.toString(QStringLiteral("HH:mm"))));
        scheduleStep(
            int(qMin<qint64>(60000, local.msecsTo(pacing::quietHoursEnd(local, m_settings.quietEnd)))));
        return;
    }
    claim(true);
}

// `mayClaim` false: only the pause is recorded (if asked for) and read again.
void Dispatcher::claim(bool mayClaim)
{
    m_busy = true;
    const QString station = m_options.station;
    const QString transport = m_sender.transport();
    const qint64 upToId = m_upToId;
    const Clock& clock = m_clock;
    const std::optional<StationPause> pending = m_pauseToRecord;
    m_database.run(
        this,
        [station, transport, upToId, pending, mayClaim, &clock](Connection& c) -> Result<ClaimStep> {
            ClaimStep step;
            auto pause = recordAndReadPause(c, pending, station);
            if (!pause)
                return pause.error();
            step.pause = pause.value();
            if (step.pause || !mayClaim)
                return step;
            auto settings = SharedSettings::load(c);
            if (!settings)
                return settings.error();
            step.hasSettings = true;
            step.settings = settings.value();
            const QDateTime now = clock.nowUtc();
            auto limits = SendingLimits::read(c, step.settings, now);
            if (!limits)
                return limits.error();
            if (const QDateTime from = limits->allowedFrom(now, step.heldReason); from > now) {
                step.heldUntil = from;
                return step;
            }
            MessageQueue queue(c, clock, station, transport);
            auto claimed = queue.claimNext(step.settings, upToId);
            if (!claimed)
                return claimed.error();
            if (!claimed->has_value())
                return step;
            step.message = claimed.value();
            // Rows may come from other programs, and customers may opt out after queueing.
            auto verdict = RecipientPolicy(c, step.settings).check(step.message->entry.customerPhone);
            if (!verdict)
                return verdict.error();
            if (verdict->kind != RecipientVerdict::Kind::Send) {
                if (auto skipped = queue.markSkipped(*step.message, verdict->logReason); !skipped)
                    return skipped.error();
                step.skipped = true;
            }
            return step;
        },
        [this, pending, mayClaim](const Result<ClaimStep>& result) {
            m_busy = false;
            if (!result) {
                fail(result.error());
                return;
            }
            if (pending)
                m_pauseToRecord.reset();
            if (result->pause) {
                enterPause(*result->pause);
                return;
            }
            if (m_pause) {
                qCInfo(lcAutomation) << "sending resumed on" << m_options.station;
                m_pause.reset();
                m_unconfirmedInRow = 0;
                m_guard.reset();
                m_canaryPassedWith.reset(); // an admin resumed, perhaps with a new selector pack: check again
                emit resumed();
                emit stateChanged(tr("Sending resumed"));
            }
            if (!mayClaim) {
                scheduleStep(0);
                return;
            }
            if (result->hasSettings) {
                m_settings = result->settings;
                m_settingsRead.start();
            }
            if (result->heldUntil.isValid()) {
                if (m_options.once) {
                    finishWithLeft(Finish::Done, result->heldReason);
                    return;
                }
                emit stateChanged(tr("Sending waits: %1").arg(result->heldReason));
                // Looked at again by then, and at least every minute (Settings may have changed).
                const qint64 waitMs = m_clock.nowUtc().msecsTo(result->heldUntil);
                scheduleStep(int(std::clamp<qint64>(waitMs, 1000, 60000)));
                return;
            }
            if (!result->message) {
                if (m_options.once) {
                    finishWithLeft(Finish::Done, tr("done"));
                    return;
                }
                emit stateChanged(tr("Waiting for messages"));
                if (revisitDue()) {
                    revisitChats();
                    return;
                }
                scheduleStep(m_options.idlePollMs);
                return;
            }
            if (result->skipped) {
                ++m_summary.skipped;
                emit messageHandled(result->message->entry.id, QStringLiteral("SKIPPED"));
                scheduleStep(0);
                return;
            }
            handle(*result->message);
        });
}

void Dispatcher::handle(const ClaimedMessage& message)
{
    m_busy = true;
    if (canaryDue()) {
        runCanary(message);
        return;
    }
    if (message.kind == ClaimedMessage::Kind::Fresh && !message.triedSince().isValid()) {
        sendNow(message, {});
        return;
    }
    // Tried before: a retry after a transient failure or an admin's, a claim of ours that lapsed mid-send, or
    // another station's that lapsed long ago. That try may have reached the customer (a message left at the
    // clock tick goes out when WhatsApp reconnects), so look in the chat first; "can't tell" never sends by
    // itself. A look in this transport's chat says nothing about a try through another transport.
    auto decide = [this, message](std::optional<bool> found) {
        const bool fresh = message.kind == ClaimedMessage::Kind::Fresh;
        const bool own = message.kind == ClaimedMessage::Kind::OwnLapsed;
        if (found && *found) {
            record(message, SendResult::sent(),
                   fresh ? tr("an earlier try had reached the chat; not sent again")
                   : own ? tr("found in the chat after a restart; not sent again")
                         : tr("found in the chat after taking it over from another station; not sent again"));
        } else if (found) {
            sendNow(message,
                    fresh ? QString()
                    : own ? tr("not found in the chat after a restart; sent again")
                          : tr("not found in the chat after taking it over from another station; sent"));
        } else {
            decideUnchecked(message);
        }
    };
    if (!message.lastTransport.isEmpty() && message.lastTransport != m_sender.transport()) {
        decide(std::nullopt);
        return;
    }
    m_sender.checkAlreadySent(OutgoingMessage::from(message.entry), message.triedSince(), decide);
}

// Quiet moments only: running on, nothing due (the claim found nothing), not paused, not more often than
// revisitEveryMs.
bool Dispatcher::revisitDue() const
{
    return !m_options.once && m_options.revisitEveryMs > 0 && m_sender.canRevisit() && !m_pause &&
           !m_pauseToRecord && !m_stopRequested &&
           (!m_lastRevisit.isValid() || m_lastRevisit.elapsed() >= m_options.revisitEveryMs);
}

void Dispatcher::revisitChats()
{
    m_busy = true;
    m_lastRevisit.start();
    const QString station = m_options.station;
    const QString transport = m_sender.transport();
    const int maxChats = m_options.revisitChats;
    const Clock& clock = m_clock;
    m_database.run(
        this,
        [=, &clock](Connection& c) {
            return MessageQueue(c, clock, station, transport)
                .awaitingTicks(clock.nowUtc().addDays(-1), maxChats);
        },
        [this](const Result<QList<QPair<QString, QHash<QString, qint64>>>>& chats) {
            if (!chats) {
                m_busy = false;
                fail(chats.error());
                return;
            }
            if (!chats->isEmpty())
                qCInfo(lcAutomation) << "looking at the ticks of" << chats->size() << "closed chats";
            revisitNext(chats.value());
        });
}

// One chat at a time; a stop ends the round.
void Dispatcher::revisitNext(QList<QPair<QString, QHash<QString, qint64>>> chats)
{
    if (chats.isEmpty() || m_stopRequested || !m_sender.isReady()) {
        m_busy = false;
        scheduleStep(m_stopRequested ? 0 : m_options.idlePollMs);
        return;
    }
    const auto chat = chats.takeFirst();
    m_sender.revisit(chat.first, chat.second, [this, chats]() { revisitNext(chats); });
}

bool Dispatcher::canaryDue() const
{
    return m_settings.canaryEnabled && m_sender.hasCanary() &&
           m_canaryPassedWith != std::optional<QString>(m_sender.selectorPackVersion());
}

namespace {

// What the canary's failed step means, for the pause (English, as the log keeps it).
QString canaryStep(const QString& step)
{
    if (step == QLatin1String("number"))
        return QStringLiteral("the business's own WhatsApp number is not set (Settings, Sending)");
    if (step == QLatin1String("open"))
        return QStringLiteral("the chat did not open");
    if (step == QLatin1String("type"))
        return QStringLiteral("the text did not reach the compose box");
    if (step == QLatin1String("recognise"))
        return QStringLiteral("our own row was not recognised");
    if (step == QLatin1String("tick"))
        return QStringLiteral("its tick was not seen");
    return QStringLiteral("it was not sent");
}

struct CanaryStart
{
    QString phone; // empty: no number to send it to
    std::optional<ClaimedMessage> canary;
};

} // namespace

// Before the customer's message goes, a short message to the business's own number must go the whole way:
// chat opened, text typed, sent, our row recognised, its tick seen. The customer's message waits, claimed.
void Dispatcher::runCanary(const ClaimedMessage& waiting)
{
    emit stateChanged(tr("Checking WhatsApp with a message to the business's own number"));
    const QString text = tr("FrontDesk check before sending, %1 (%2). Nothing to do.")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("dd/MM HH:mm:ss")),
                                  QString::number(quint32(QDateTime::currentMSecsSinceEpoch() % 0xFFFF), 16));
    const QString station = m_options.station;
    const QString transport = m_sender.transport();
    const SharedSettings settings = m_settings;
    const Clock& clock = m_clock;
    m_database.run(
        this,
        [=, &clock](Connection& c) -> Result<CanaryStart> {
            CanaryStart start;
            start.phone = settings.canaryNumber();
            if (start.phone.isEmpty())
                return start;
            auto canary = MessageQueue(c, clock, station, transport).startCanary(start.phone, text, settings);
            if (!canary)
                return canary.error();
            start.canary = canary.value();
            return start;
        },
        [this, waiting](const Result<CanaryStart>& start) {
            if (!start) {
                m_busy = false;
                fail(start.error()); // the customer's claim lapses and comes back to this station
                return;
            }
            if (!start->canary) {
                SendResult noNumber = SendResult::permanent(QStringLiteral("no number to send the check to"));
                noNumber.failedStep = QStringLiteral("number");
                finishCanary(waiting, std::nullopt, noNumber);
                return;
            }
            const ClaimedMessage canary = *start->canary;
            qCInfo(lcAutomation) << "canary" << canary.entry.id
                                 << "to the business's own number before message" << waiting.entry.id;
            m_inCanary = true;
            m_sender.send(OutgoingMessage::from(canary.entry),
                          [this, waiting, canary](const SendResult& result) {
                              m_inCanary = false;
                              finishCanary(waiting, canary, result);
                          });
        });
}

void Dispatcher::finishCanary(const ClaimedMessage& waiting, const std::optional<ClaimedMessage>& canary,
                              const SendResult& result)
{
    const bool passed = result.kind == SendResult::Kind::Sent;
    const bool notReady = result.kind == SendResult::Kind::NotReady;
    const QString missing = QStringLiteral("the check before sending failed: %1 (%2)")
                                .arg(canaryStep(result.failedStep), result.reason);
    const QString station = m_options.station;
    const QString transport = m_sender.transport();
    const SharedSettings settings = m_settings;
    const Clock& clock = m_clock;
    m_database.run(
        this,
        [=, &clock](Connection& c) -> Result<void> {
            MessageQueue queue(c, clock, station, transport);
            if (canary) {
                Result<void> done;
                if (passed) {
                    done = queue.markSent(*canary, result.externalId,
                                          QStringLiteral("the check before sending went the whole way"));
                } else {
                    auto failed = queue.markFailed(*canary, notReady ? result.reason : missing, true,
                                                   settings, result.screenshotPath);
                    if (!failed)
                        return failed.error();
                }
                if (!done)
                    return done.error();
            }
            if (!passed) // the customer's message goes back untouched: nothing of it reached the page
                return queue.release(waiting);
            return {};
        },
        [this, waiting, passed, notReady, missing, result](const Result<void>& recorded) {
            if (!recorded) {
                m_busy = false;
                fail(recorded.error());
                return;
            }
            if (passed) {
                m_canaryPassedWith = m_sender.selectorPackVersion();
                qCInfo(lcAutomation) << "canary passed with" << *m_canaryPassedWith;
                handle(waiting);
                return;
            }
            m_busy = false;
            if (notReady) {
                scheduleStep(0); // the readiness check waits for the sender; the canary runs again then
                return;
            }
            qCWarning(lcAutomation).noquote() << "canary failed at" << result.failedStep << "-" << missing;
            requestPause(StationPauses::canaryFailed(), missing);
            scheduleStep(0);
        });
}

// Tried before, and the chat could not be checked: send only when the earlier try proved that the message
// never left, or a person asked for it again; otherwise a person decides (DECISIONS.md, "Sending").
void Dispatcher::decideUnchecked(const ClaimedMessage& message)
{
    QString doubt;
    switch (message.kind) {
    case ClaimedMessage::Kind::OwnLapsed:
        doubt = tr("this station stopped while sending and the chat could not be checked");
        break;
    case ClaimedMessage::Kind::TakenOver:
        doubt = tr("taken over from station %1 after its claim lapsed, and the chat could not be checked")
                    .arg(message.entry.claimedBy);
        break;
    case ClaimedMessage::Kind::Fresh:
        if (message.lastNeverLeft) {
            sendNow(message,
                    tr("the chat could not be checked; the earlier try had not left, so it is sent"));
            return;
        }
        if (message.lastOutcome == QLatin1String("FAILED") ||
            message.lastOutcome == QLatin1String("UNCONFIRMED") ||
            message.lastOutcome == QLatin1String("INTERRUPTED")) {
            // Only an administrator puts a FAILED message back in the queue: a person decided.
            sendNow(message, tr("the chat could not be checked; sent again as an administrator asked"));
            return;
        }
        doubt = tr("tried before and the chat could not be checked");
        break;
    }
    record(message, SendResult::unconfirmed(doubt), {}, false);
}

void Dispatcher::sendNow(const ClaimedMessage& message, const QString& note)
{
    emit stateChanged(tr("Sending message %1").arg(message.entry.id));
    const OutgoingMessage outgoing = OutgoingMessage::from(message.entry);
    m_lastSendStarted.start();
    m_sender.send(outgoing,
                  [this, message, note](const SendResult& result) { record(message, result, note); });
}

void Dispatcher::record(const ClaimedMessage& message, const SendResult& result, const QString& note,
                        bool pressed)
{
    m_busy = true;
    const QString station = m_options.station;
    const QString transport = m_sender.transport();
    const SharedSettings settings = m_settings;
    const Clock& clock = m_clock;
    m_database.run(
        this,
        [=, &clock](Connection& c) -> Result<QString> {
            MessageQueue queue(c, clock, station, transport);
            Result<void> done;
            QString status;
            switch (result.kind) {
            case SendResult::Kind::Sent:
                done = queue.markSent(message, result.externalId, note);
                status = QStringLiteral("SENT");
                break;
            case SendResult::Kind::Unconfirmed: // never resent by itself: a person decides
                done = queue.markMaybeSent(message, result.reason, pressed, result.screenshotPath,
                                           result.interrupted);
                status = QStringLiteral("FAILED");
                break;
            case SendResult::Kind::PermanentFailure:
            case SendResult::Kind::TransientFailure: {
                const bool permanent = result.kind == SendResult::Kind::PermanentFailure;
                auto failed = queue.markFailed(message, result.reason, permanent, settings,
                                               result.screenshotPath, AccountGuard::attemptNote(result));
                if (!failed)
                    return failed.error();
                status = failed.value();
                break;
            }
            case SendResult::Kind::NotReady:
                done = queue.release(message);
                status = QStringLiteral("RELEASED");
                break;
            }
            if (!done)
                return done.error();
            return status;
        },
        [this, message, result, pressed](const Result<QString>& status) {
            m_busy = false;
            if (!status) {
                // The send happened but could not be recorded: the claim lapses and recovery checks the chat.
                fail(status.error());
                return;
            }
            qCInfo(lcAutomation) << "message" << message.entry.id << status.value() << result.reason;
            emit messageHandled(message.entry.id, status.value());
            if (result.kind == SendResult::Kind::Sent) {
                ++m_summary.sent;
                m_unconfirmedInRow = 0;
            } else if (result.kind == SendResult::Kind::NotReady) {
                scheduleStep(0); // the readiness check waits for the sender
                return;
            } else if (status.value() == QLatin1String("FAILED")) {
                ++m_summary.failed;
            }
            // Our own stop or a render process that ended says nothing about the page: it neither counts nor
            // breaks the row.
            if (result.kind == SendResult::Kind::Unconfirmed && pressed && !result.interrupted &&
                ++m_unconfirmedInRow >= 2) {
                // Two sends in a row went without a confirmation: the station cannot see its own messages.
                requestPause(m_sender.transport() == QLatin1String("whatsapp-web")
                                 ? StationPauses::pageChanged()
                                 : StationPauses::notConfirmed(),
                             StationPauses::twoUnconfirmed().arg(result.reason).logged);
            } else if (const auto sign = m_guard.record(result)) {
                requestPause(sign->reason, sign->detail.logged);
            }
            scheduleStep(m_pauseToRecord ? 0 : delayBeforeNextSendMs());
        });
}

void Dispatcher::requestPause(const LoggedText& reason, const QString& missing)
{
    if (m_pauseToRecord || m_pause)
        return; // one pause at a time: it says what went missing first
    StationPause pause;
    pause.station = m_options.station;
    pause.transport = m_sender.transport();
    pause.reason = reason.logged;
    pause.missing = missing;
    pause.selectorPack = m_sender.selectorPackVersion();
    pause.pausedAt = m_clock.nowUtc();
    pause.pausedBy = m_options.login;
    qCWarning(lcAutomation).noquote()
        << "pausing station" << pause.station << "-" << pause.reason << "-" << missing;
    m_pauseToRecord = pause;
    // Between messages it takes effect at once; during one, as soon as that one is recorded.
    wake();
}

void Dispatcher::enterPause(const StationPause& pause)
{
    const bool isNew = !m_pause || m_pause->id != pause.id;
    m_pause = pause;
    if (isNew) {
        qCWarning(lcAutomation).noquote()
            << "sending paused on" << pause.station << "-" << pause.reason << "-" << pause.missing;
        emit paused(pause);
    }
    if (m_options.once || m_options.stopWhenPaused) {
        finishWithLeft(Finish::Paused, pause.describe());
        return;
    }
    emit stateChanged(pause.describe());
    scheduleStep(m_options.pausePollMs);
}

void Dispatcher::finishWithLeft(Finish how, const QString& message)
{
    m_busy = true;
    m_timer.stop();
    const qint64 upToId = m_upToId;
    m_database.run(
        this,
        [upToId](Connection& c) { return MessageQueue(c, Clock::system(), {}, {}).countWaiting(upToId); },
        [this, how, message](const Result<int>& left) {
            m_busy = false;
            m_running = false;
            if (left)
                m_summary.left = left.value();
            emit finished(left || how != Finish::Done ? how : Finish::DatabaseError, message);
        });
}

void Dispatcher::fail(const Error& error)
{
    qCWarning(lcAutomation) << "dispatcher stopped:" << error.message << error.detail;
    // An outage, a full disk or a read-only file is put right outside the program: a station that runs on
    // keeps trying and resumes by itself (what it sent meanwhile without a record is checked in the chat).
    const bool passing = error.kind == Error::Kind::Unavailable || error.kind == Error::Kind::ReadOnly;
    if (m_options.once || !passing) {
        m_running = false;
        m_timer.stop();
        emit finished(Finish::DatabaseError, error.message);
        return;
    }
    // A desk keeps going when the server comes back.
    emit stateChanged(tr("Database unavailable: %1").arg(error.message));
    scheduleStep(5000);
}

} // namespace fd
