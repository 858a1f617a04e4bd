#include "dispatch/Dispatcher.h"

#include "core/Logging.h"
#include "dispatch/Pacing.h"
#include "outbox/RecipientPolicy.h"

namespace fd {
namespace {

// What one claim job found, computed on the database thread.
struct ClaimStep
{
    SharedSettings settings;
    bool capReached = false;
    std::optional<ClaimedMessage> message;
    bool skipped = false; // the claimed message was not for sending and is SKIPPED now
};

} // namespace

QString Dispatcher::Summary::toString() const
{
    return QObject::tr("sent %1, failed %2, skipped %3, left %4").arg(sent).arg(failed).arg(skipped).arg(left);
}

Dispatcher::Dispatcher(DatabaseWorker& database, Sender& sender, Options options, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_sender(sender)
    , m_options(std::move(options))
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: a gap is a minimum
    connect(&m_timer, &QTimer::timeout, this, &Dispatcher::step);
    connect(&m_sender, &Sender::acknowledged, this, [this](qint64 id, const QString& status, const QDateTime& at) {
        m_database.run([id, status, at, station = m_options.station, transport = m_sender.transport(),
                        &clock = m_clock](Connection& c) {
            return MessageQueue(c, clock, station, transport).acknowledge(id, status, at);
        });
    });
}

void Dispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopRequested = false;
    m_summary = {};
    // The first step already needs the shared settings (quiet hours), not the built-in defaults.
    loadSettingsThen([this] {
        if (!m_options.once) {
            step();
            return;
        }
        startOnce();
    });
}

void Dispatcher::loadSettingsThen(std::function<void()> next)
{
    m_busy = true;
    m_database.run([](Connection& c) { return SharedSettings::load(c); })
        .then(this, [this, next = std::move(next)](const Result<SharedSettings>& settings) {
            m_busy = false;
            if (!settings) {
                fail(settings.error());
                return;
            }
            m_settings = settings.value();
            next();
        });
}

void Dispatcher::startOnce()
{
    // A run with --once sends what is due now; what arrives later is for the next run.
    m_busy = true;
    m_database.run([](Connection& c) { return MessageQueue(c, Clock::system(), {}, {}).maxId(); })
        .then(this, [this](const Result<qint64>& maxId) {
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

void Dispatcher::scheduleStep(int delayMs)
{
    m_timer.start(qMax(0, delayMs));
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
        if (m_options.once) {
            finishWithLeft(Finish::Done, tr("quiet hours until %1").arg(m_settings.quietEnd.toString(QStringLiteral("HH:mm"))));
            return;
        }
        emit stateChanged(tr("Quiet hours: sending resumes at %1").arg(m_settings.quietEnd.toString(QStringLiteral("HH:mm"))));
        scheduleStep(int(qMin<qint64>(60000, local.msecsTo(pacing::quietHoursEnd(local, m_settings.quietEnd)))));
        return;
    }
    claim();
}

void Dispatcher::claim()
{
    m_busy = true;
    const QString station = m_options.station;
    const QString transport = m_sender.transport();
    const qint64 upToId = m_upToId;
    const Clock& clock = m_clock;
    m_database
        .run([station, transport, upToId, &clock](Connection& c) -> Result<ClaimStep> {
            ClaimStep step;
            auto settings = SharedSettings::load(c);
            if (!settings)
                return settings.error();
            step.settings = settings.value();
            MessageQueue queue(c, clock, station, transport);
            auto sentToday = queue.sentSince(pacing::localDayStartUtc(clock.nowUtc()));
            if (!sentToday)
                return sentToday.error();
            if (sentToday.value() >= step.settings.dailyCap) {
                step.capReached = true;
                return step;
            }
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
        })
        .then(this, [this](const Result<ClaimStep>& result) {
            m_busy = false;
            if (!result) {
                fail(result.error());
                return;
            }
            m_settings = result->settings;
            if (result->capReached) {
                if (m_options.once) {
                    finishWithLeft(Finish::Done, tr("the daily limit of %1 messages is reached").arg(m_settings.dailyCap));
                    return;
                }
                emit stateChanged(tr("Daily limit of %1 messages reached: sending resumes tomorrow").arg(m_settings.dailyCap));
                scheduleStep(60000);
                return;
            }
            if (!result->message) {
                if (m_options.once) {
                    finishWithLeft(Finish::Done, tr("done"));
                    return;
                }
                emit stateChanged(tr("Waiting for messages"));
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
    const OutgoingMessage outgoing = OutgoingMessage::from(message.entry);
    switch (message.kind) {
    case ClaimedMessage::Kind::Fresh:
        if (!message.triedSince().isValid()) {
            sendNow(message, {});
            return;
        }
        // Tried before (a retry after a transient failure, or an admin's): that try may still have reached
        // the customer (a message left at the clock tick goes out when WhatsApp reconnects), so look in the
        // chat first. A sender that cannot look (nullopt) sends as before.
        m_sender.checkAlreadySent(outgoing, message.triedSince(), [this, message](std::optional<bool> found) {
            if (found && *found)
                record(message, SendResult::sent(), tr("an earlier try had reached the chat; not sent again"));
            else
                sendNow(message, {});
        });
        return;
    case ClaimedMessage::Kind::TakenOver: // the claim recorded that it could not be verified
        sendNow(message, {});
        return;
    case ClaimedMessage::Kind::OwnLapsed:
        // We claimed it before and stopped mid-send: look in the chat before sending again.
        m_sender.checkAlreadySent(outgoing, message.triedSince(), [this, message](std::optional<bool> found) {
            if (found && *found) {
                record(message, SendResult::sent(), tr("found in the chat after a restart; not sent again"));
            } else if (found) {
                sendNow(message, tr("not found in the chat after a restart; sent again"));
            } else {
                record(message,
                       SendResult::permanent(tr("stopped while sending and the chat could not be checked; look in "
                                                "the chat, then retry if it is missing")),
                       {});
            }
        });
        return;
    }
}

void Dispatcher::sendNow(const ClaimedMessage& message, const QString& note)
{
    emit stateChanged(tr("Sending message %1").arg(message.entry.id));
    const OutgoingMessage outgoing = OutgoingMessage::from(message.entry);
    m_lastSendStarted.start();
    m_sender.send(outgoing, [this, message, note](const SendResult& result) { record(message, result, note); });
}

void Dispatcher::record(const ClaimedMessage& message, const SendResult& result, const QString& note)
{
    m_busy = true;
    const QString station = m_options.station;
    const QString transport = m_sender.transport();
    const SharedSettings settings = m_settings;
    const Clock& clock = m_clock;
    m_database
        .run([=, &clock](Connection& c) -> Result<QString> {
            MessageQueue queue(c, clock, station, transport);
            Result<void> done;
            QString status;
            switch (result.kind) {
            case SendResult::Kind::Sent:
                done = queue.markSent(message, result.externalId, note);
                status = QStringLiteral("SENT");
                break;
            case SendResult::Kind::PermanentFailure:
            case SendResult::Kind::Unconfirmed: // never resent by itself: a person decides
            case SendResult::Kind::TransientFailure: {
                const bool permanent = result.kind != SendResult::Kind::TransientFailure;
                auto failed = queue.markFailed(message, result.reason, permanent, settings, result.screenshotPath);
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
        })
        .then(this, [this, message, result](const Result<QString>& status) {
            m_busy = false;
            if (!status) {
                // The send happened but could not be recorded: the claim lapses and recovery checks the chat.
                fail(status.error());
                return;
            }
            qCInfo(lcAutomation) << "message" << message.entry.id << status.value() << result.reason;
            emit messageHandled(message.entry.id, status.value());
            if (result.kind == SendResult::Kind::Sent)
                ++m_summary.sent;
            else if (result.kind == SendResult::Kind::NotReady) {
                scheduleStep(0); // the readiness check waits for the sender
                return;
            } else if (status.value() == QLatin1String("FAILED"))
                ++m_summary.failed;
            scheduleStep(delayBeforeNextSendMs());
        });
}

void Dispatcher::finishWithLeft(Finish how, const QString& message)
{
    m_busy = true;
    m_timer.stop();
    const qint64 upToId = m_upToId;
    m_database.run([upToId](Connection& c) { return MessageQueue(c, Clock::system(), {}, {}).countWaiting(upToId); })
        .then(this, [this, how, message](const Result<int>& left) {
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
