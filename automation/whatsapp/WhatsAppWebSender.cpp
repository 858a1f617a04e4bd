#include "automation/whatsapp/WhatsAppWebSender.h"

#include "automation/whatsapp/ClientHints.h"
#include "automation/whatsapp/WhatsAppLogging.h"
#include "automation/whatsapp/WhatsAppSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <memory>
#include <utility>

namespace fd::whatsapp {
namespace {

QString outcomeOf(const QVariantMap& answer)
{
    return answer.value(QStringLiteral("outcome")).toString();
}

} // namespace

QString whatsAppDigits(const QString& phone)
{
    return QString(phone).remove(QRegularExpression(QStringLiteral("[^0-9]")));
}

WhatsAppWebSender::WhatsAppWebSender(WhatsAppSession& session, SenderOptions options, QObject* parent)
    : Sender(parent)
    , m_session(session)
    , m_options(options)
{
    if (m_session.engine() != Engine::Dom) {
        m_waJs = std::make_unique<WaJsEngine>(m_session, m_session.engine(), m_options.waJs);
        connect(m_waJs.get(), &WaJsEngine::decidedChanged, this, [this] {
            emit engineChanged(engineText());
            updateReady();
        });
        connect(m_waJs.get(), &WaJsEngine::readyChanged, this, &WhatsAppWebSender::updateReady);
        connect(m_waJs.get(), &WaJsEngine::acknowledged, this, &Sender::acknowledged);
        connect(m_waJs.get(), &WaJsEngine::accountAlert, this, &Sender::accountAlert);
    }
    m_lastReady = isReady();
    connect(&m_session, &WhatsAppSession::stateChanged, this, &WhatsAppWebSender::updateReady);
    // WhatsApp's own warning on the page (either engine): the station pauses, and nothing goes while it
    // stands.
    connect(&m_session, &WhatsAppSession::accountNoticeChanged, this, [this](const QString& text) {
        if (!text.isEmpty())
            emit accountAlert(tr("WhatsApp shows a warning about this account: \"%1\"").arg(text));
        updateReady();
    });
    // A self-test (the tab's button, the command line) that finds the open chat missing what sending relies
    // on.
    connect(&m_session, &WhatsAppSession::selfTestFinished, this, [this](const SelfTestReport& report) {
        if (report.chatOpen && !report.missingInOpenChat.isEmpty())
            reportPageChange(
                {{QStringLiteral("pageChanged"), report.missingInOpenChat.join(QLatin1String(", "))},
                 {QStringLiteral("reason"), QStringLiteral("found by the self-test")}});
    });
    m_tickTimer.setInterval(m_options.tickPollMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &WhatsAppWebSender::pollTicks);
    m_openTimer.setSingleShot(true);
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        if (m_waJsDone) {
            // WA-JS has not answered within the grace: what was allowed decides.
            SendResult result =
                m_waJsPressed ? SendResult::unconfirmed(tr("may have been sent: the station stopped "
                                                           "before WhatsApp confirmed it"))
                              : SendResult::notReady(tr("the station stopped before the message was sent"));
            result.interrupted = true;
            finishWaJs(std::move(result));
            return;
        }
        if (m_job)
            m_session.abortJob(m_job, tr("the station stopped before the page confirmed it"));
    });
}

void WhatsAppWebSender::updateReady()
{
    const bool ready = isReady();
    if (ready != m_lastReady) {
        m_lastReady = ready;
        emit readyChanged(ready);
    }
}

bool WhatsAppWebSender::usesWaJs() const
{
    return m_waJs && m_waJs->decided() && m_waJs->inUse() == Engine::WaJs;
}

bool WhatsAppWebSender::isReady() const
{
    if (m_session.state() != SessionState::Ready || !m_session.accountNotice().isEmpty())
        return false;
    if (!m_waJs)
        return true;
    return m_waJs->decided() && (m_waJs->inUse() == Engine::Dom || m_waJs->isReady());
}

QString WhatsAppWebSender::notReadyReason() const
{
    if (m_session.state() == SessionState::Ready && !m_session.accountNotice().isEmpty())
        return tr("WhatsApp shows a warning about this account");
    if (m_session.state() != SessionState::Ready || !m_waJs)
        return m_session.stateText();
    if (!m_waJs->decided())
        return tr("Checking whether WA-JS works on this page…");
    return m_waJs->notReadyReason();
}

QString WhatsAppWebSender::engineReport() const
{
    QString report = tr("Browser: Chromium %1 (QtWebEngine %2), user agent Chrome %3")
                         .arg(chromiumVersion(), webEngineVersion())
                         .arg(chromeMajorOf(m_session.userAgent()));
    if (!m_session.userAgentMismatch().isEmpty())
        report += QLatin1Char('\n') + m_session.userAgentMismatch();
    report += QLatin1Char('\n') + tr("Engine: %1").arg(engineText());
    if (!m_waJs)
        return report + QLatin1Char('\n') + tr("WA-JS: not used (the DOM driver was chosen)");
    report += QLatin1Char('\n') + (m_session.waJsWarning().isEmpty()
                                       ? tr("WA-JS file: %1").arg(m_session.waJsOrigin())
                                       : tr("WA-JS file: built-in (%1)").arg(m_session.waJsWarning()));
    if (m_waJs->waJsVersion().isEmpty())
        return report + QLatin1Char('\n') + tr("WA-JS: not in the page");
    if (!m_waJs->whatsAppVersion().isEmpty())
        report += QLatin1Char('\n') + tr("WhatsApp Web: %1").arg(m_waJs->whatsAppVersion());
    return report + QLatin1Char('\n') +
           (m_waJs->isReady()
                ? tr("WA-JS: %1, ready").arg(m_waJs->waJsVersion())
                : tr("WA-JS: %1, not ready (%2)").arg(m_waJs->waJsVersion(), m_waJs->notReadyReason()));
}

QString WhatsAppWebSender::whatsAppVersion() const
{
    return m_waJs ? m_waJs->whatsAppVersion() : QString();
}

bool WhatsAppWebSender::choosingEngine() const
{
    return m_waJs && !m_waJs->decided() && m_session.state() == SessionState::Ready;
}

QString WhatsAppWebSender::engineText() const
{
    if (!m_waJs)
        return engineLabel(Engine::Dom);
    if (!m_waJs->decided())
        return tr("choosing (WA-JS or the DOM driver)");
    if (m_waJs->inUse() == Engine::WaJs)
        return QStringLiteral("WA-JS %1").arg(m_waJs->waJsVersion());
    return engineLabel(Engine::Dom);
}

QJsonObject WhatsAppWebSender::stepArgs(const OutgoingMessage& message) const
{
    return QJsonObject{{QStringLiteral("phone"), whatsAppDigits(message.phone)},
                       {QStringLiteral("text"), message.text},
                       {QStringLiteral("openTimeoutMs"), m_options.openTimeoutMs},
                       {QStringLiteral("confirmTimeoutMs"), m_options.confirmTimeoutMs},
                       {QStringLiteral("settleMs"), m_options.historySettleMs}};
}

void WhatsAppWebSender::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void WhatsAppWebSender::finish(Done& done, SendResult result)
{
    setBusy(false);
    if (result.kind != SendResult::Kind::Sent && result.failedStep.isEmpty())
        result.failedStep = m_step.isEmpty() ? QStringLiteral("send") : m_step;
    m_step.clear();
    Done callback = std::move(done);
    done = nullptr;
    if (callback)
        callback(result);
}

void WhatsAppWebSender::send(const OutgoingMessage& message, std::function<void(SendResult)> done)
{
    if (m_stopping) {
        done(SendResult::notReady(tr("the station is stopping")));
        return;
    }
    if (m_busy) {
        done(SendResult::transient(tr("another message is being sent")));
        return;
    }
    if (!isReady()) {
        done(SendResult::notReady(notReadyReason()));
        return;
    }
    if (whatsAppDigits(message.phone).size() < 8) {
        done(
            SendResult::permanent(tr("not a WhatsApp number: \"%1\" has too few digits").arg(message.phone)));
        return;
    }
    if (message.text.trimmed().isEmpty()) {
        done(SendResult::permanent(tr("the message is empty")));
        return;
    }
    setBusy(true);
    m_step = QStringLiteral("open");
    if (usesWaJs())
        sendWithWaJs(message, std::move(done));
    else if (m_options.openChatsByAddress)
        openByAddress(message, std::move(done));
    else
        sendStep(message, true, std::move(done));
}

void WhatsAppWebSender::sendWithWaJs(const OutgoingMessage& message, Done done)
{
    m_waJsDone = std::move(done);
    m_waJsPressed = false;
    m_waJs->send(
        message,
        [this] {
            m_waJsPressed = !m_stopping; // a stopping station sends nothing new
            m_step = QStringLiteral("send");
            return m_waJsPressed;
        },
        [this](SendResult result) { finishWaJs(std::move(result)); });
}

void WhatsAppWebSender::finishWaJs(SendResult result)
{
    if (!m_waJsDone)
        return; // answered already (the station's stop came first)
    m_stopTimer.stop();
    finish(m_waJsDone, std::move(result));
}

void WhatsAppWebSender::sendStep(const OutgoingMessage& message, bool viaLink, Done done)
{
    QJsonObject args = stepArgs(message);
    args.insert(QStringLiteral("click"), viaLink);
    const int timeoutMs = m_options.openTimeoutMs + m_options.confirmTimeoutMs + 10000;
    startJob(
        QStringLiteral("send"), args, timeoutMs,
        [this, message, viaLink, done = std::move(done)](const QVariantMap& answer) mutable {
            onSendAnswer(message, viaLink, answer, std::move(done));
        },
        true);
}

void WhatsAppWebSender::startJob(const QString& function, const QJsonObject& args, int timeoutMs,
                                 std::function<void(const QVariantMap&)> done, bool mayPress)
{
    m_jobPresses = mayPress;
    // The session outlives its senders: a sender that is gone presses nothing and hears nothing.
    const QPointer<WhatsAppWebSender> self(this);
    std::function<bool()> approve;
    if (mayPress)
        approve = [self] { return self && !self->m_stopping; }; // a stopping station presses nothing new
    m_job = m_session.runJob(
        function, args, timeoutMs,
        [self, done = std::move(done)](const QVariantMap& answer) {
            if (!self)
                return;
            self->m_job = 0;
            done(answer);
        },
        std::move(approve));
    armStopTimer();
}

void WhatsAppWebSender::armStopTimer()
{
    if (m_stopping && (m_job || m_waJsDone) && !m_stopTimer.isActive())
        m_stopTimer.start(int(qMax<qint64>(0, m_stopDeadline.remainingTime())));
}

void WhatsAppWebSender::stopSending(int graceMs)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stopDeadline = QDeadlineTimer(graceMs);
    qCInfo(lcWhatsApp) << "stopping: the message in flight gets" << graceMs << "ms";
    if (m_openDone) {
        // Waiting for a /send load: nothing was typed yet.
        stopOpenWait();
        finish(m_openDone, SendResult::notReady(tr("the station is stopping")));
        return;
    }
    if (m_job && m_jobPresses && !m_session.pressApproved(m_job)) {
        // A send that has not pressed never will now: nothing to wait for.
        m_session.abortJob(m_job, tr("the station stopped before send was pressed"));
        return;
    }
    // A send that may have been pressed gets the grace to be confirmed, a crash check the grace to finish.
    armStopTimer();
}

void WhatsAppWebSender::onSendAnswer(const OutgoingMessage& message, bool viaLink, const QVariantMap& answer,
                                     Done done)
{
    const QString outcome = outcomeOf(answer);
    const QString reason = answer.value(QStringLiteral("reason")).toString();
    qCInfo(lcWhatsApp).noquote() << "message" << message.id << "send step:" << outcome << reason;
    const bool pressApproved = answer.value(QStringLiteral("pressApproved")).toBool();
    m_step = answer.value(QStringLiteral("step")).toString();
    if (answer.value(QStringLiteral("interrupted")).toBool()) {
        // Ended without the driver's word (deadline, hung or dead page, the station stopping): what the job
        // had reached decides. Once the press was allowed the message may have left. Our own stop and a
        // render process that ended say nothing about the page (SendResult::interrupted); a deadline or a
        // hung page may.
        m_step = pressApproved ? QStringLiteral("tick") : QStringLiteral("send");
        if (pressApproved)
            failUnconfirmed(message, tr("may have been sent: send was pressed, then %1").arg(reason), {},
                            std::move(done),
                            m_stopping || answer.value(QStringLiteral("processEnded")).toBool());
        else if (m_stopping)
            finish(done, SendResult::notReady(tr("the station stopped before the message was sent")));
        else
            failTransient(message, tr("not sent: %1 before send was pressed").arg(reason), std::move(done));
        return;
    }
    if (answer.value(QStringLiteral("notPressed")).toBool()) {
        if (m_stopping)
            finish(done, SendResult::notReady(tr("the station stopped before the message was sent")));
        else
            failTransient(message, reason, std::move(done));
        return;
    }
    if (m_stopping && outcome != QLatin1String("sent") && outcome != QLatin1String("invalid") &&
        !pressApproved) {
        finish(done, SendResult::notReady(tr("the station stopped before the message was sent")));
        return;
    }
    if (outcome == QLatin1String("noChat") && viaLink) {
        fallbackToUrl(message, std::move(done));
        return;
    }
    reportPageChange(answer);
    const QString externalId = answer.value(QStringLiteral("id")).toString();
    if (outcome == QLatin1String("sent")) {
        if (answer.value(QStringLiteral("how")).toString() != QLatin1String("click"))
            qCWarning(lcWhatsApp) << "message" << message.id
                                  << "went by the Enter key: no send control matched";
        if (answer.value(QStringLiteral("match")).toString() != QLatin1String("exact"))
            qCWarning(lcWhatsApp) << "message" << message.id
                                  << "confirmed by its letters: the page shows its formatting differently";
        rememberConfirmedChat(whatsAppDigits(message.phone));
        watchTicks(externalId, message.id, answer.value(QStringLiteral("level")).toInt());
        finish(done, SendResult::sent(externalId));
    } else if (outcome == QLatin1String("invalid")) {
        finish(done, SendResult::notOnWhatsApp(tr("not a WhatsApp number (WhatsApp said: %1)").arg(reason)));
    } else if (outcome == QLatin1String("failedTick")) {
        auto shared = std::make_shared<Done>(std::move(done));
        m_session.saveDiagnostics(
            QStringLiteral("message-%1").arg(message.id),
            [this, self = QPointer<WhatsAppWebSender>(this), shared](const QString& path) {
                if (!self)
                    return;
                SendResult result = SendResult::refused(tr("WhatsApp could not send it"));
                result.screenshotPath = path;
                finish(*shared, result);
            });
    } else if (outcome == QLatin1String("noChat")) {
        failTransient(message,
                      reason.isEmpty() ? tr("the chat did not open, neither by link nor by the /send address")
                                       : tr("the chat did not open: %1").arg(reason),
                      std::move(done));
    } else if (outcome == QLatin1String("notReady")) {
        finish(done, SendResult::notReady(notReadyReason()));
    } else if (outcome == QLatin1String("neverLeft")) {
        failTransient(message, reason, std::move(done));
    } else if (outcome == QLatin1String("unconfirmed") || pressApproved ||
               answer.value(QStringLiteral("pressed")).toBool()) {
        // Pressed (or allowed to press), and no confirmation: it may have been sent.
        failUnconfirmed(message, tr("may have been sent: no confirmation on the page (%1)").arg(reason),
                        externalId, std::move(done));
    } else {
        failTransient(message, reason.isEmpty() ? tr("the WhatsApp page gave no usable answer") : reason,
                      std::move(done));
    }
}

void WhatsAppWebSender::reportPageChange(const QVariantMap& answer)
{
    const QString missing = answer.value(QStringLiteral("pageChanged")).toString();
    if (missing.isEmpty())
        return;
    qCWarning(lcWhatsApp).noquote() << "the WhatsApp page no longer shows what sending relies on:" << missing
                                    << "-" << answer.value(QStringLiteral("reason")).toString();
    emit pageChanged(missing);
}

void WhatsAppWebSender::fallbackToUrl(const OutgoingMessage& message, Done done)
{
    qCInfo(lcWhatsApp) << "message" << message.id
                       << "chat did not open in the page; loading the /send address";
    openByAddress(message, std::move(done));
}

void WhatsAppWebSender::openByAddress(const OutgoingMessage& message, Done done)
{
    m_openDone = std::move(done);
    m_session.openChatByUrl(whatsAppDigits(message.phone));
    m_openWait =
        connect(&m_session, &WhatsAppSession::stateChanged, this, [this, message](SessionState state) {
            // Logged out or taken over meanwhile: nothing was typed, the message waits.
            const bool gone = state == SessionState::QrCode || state == SessionState::Conflict;
            if (state != SessionState::Ready && !gone)
                return;
            stopOpenWait();
            if (gone)
                finish(m_openDone, SendResult::notReady(notReadyReason()));
            else
                sendStep(message, false, std::exchange(m_openDone, nullptr));
        });
    connect(&m_openTimer, &QTimer::timeout, this, [this, message] {
        stopOpenWait();
        failTransient(
            message,
            tr("WhatsApp was not ready again after loading the /send address: %1").arg(notReadyReason()),
            std::exchange(m_openDone, nullptr));
    });
    m_openTimer.start(m_options.fallbackReadyMs);
}

void WhatsAppWebSender::stopOpenWait()
{
    disconnect(m_openWait);
    disconnect(&m_openTimer, nullptr, this, nullptr);
    m_openTimer.stop();
}

void WhatsAppWebSender::failTransient(const OutgoingMessage& message, const QString& reason, Done done)
{
    auto shared = std::make_shared<Done>(std::move(done));
    m_session.saveDiagnostics(
        QStringLiteral("message-%1").arg(message.id),
        [this, self = QPointer<WhatsAppWebSender>(this), reason, shared](const QString& path) {
            if (!self)
                return;
            finish(*shared, SendResult::transient(reason, path));
        });
}

void WhatsAppWebSender::failUnconfirmed(const OutgoingMessage& message, const QString& reason,
                                        const QString& externalId, Done done, bool interrupted)
{
    auto shared = std::make_shared<Done>(std::move(done));
    m_session.saveDiagnostics(QStringLiteral("message-%1").arg(message.id),
                              [this, self = QPointer<WhatsAppWebSender>(this), reason, externalId, shared,
                               interrupted](const QString& path) {
                                  if (!self)
                                      return;
                                  SendResult result = SendResult::unconfirmed(reason, externalId, path);
                                  result.interrupted = interrupted;
                                  finish(*shared, result);
                              });
}

void WhatsAppWebSender::watchTicks(const QString& externalId, qint64 messageId, int level)
{
    if (externalId.isEmpty())
        return;
    // After the dispatcher has recorded SENT (it does so from the callback that runs first).
    if (level >= 2)
        QTimer::singleShot(0, this, [this, messageId, level] {
            emit acknowledged(messageId, level >= 3 ? QStringLiteral("READ") : QStringLiteral("DELIVERED"),
                              QDateTime::currentDateTimeUtc());
        });
    if (level >= 3)
        return;
    m_watched.insert(externalId, Watched{messageId, level, QDateTime::currentDateTimeUtc()});
    if (!m_tickTimer.isActive())
        m_tickTimer.start();
}

void WhatsAppWebSender::pollTicks()
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(-60LL * m_options.tickWatchMinutes);
    for (auto it = m_watched.begin(); it != m_watched.end();)
        it = it->since < oldest ? m_watched.erase(it) : std::next(it);
    if (m_watched.isEmpty()) {
        m_tickTimer.stop();
        return;
    }
    if (m_session.state() != SessionState::Ready)
        return;
    QJsonArray ids;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it)
        ids.append(it.key());
    m_session.callDriver(QStringLiteral("ticks"), ids,
                         [this, self = QPointer<WhatsAppWebSender>(this)](const QVariant& answer) {
                             if (!self)
                                 return;
                             const QVariantMap levels = answer.toMap();
                             for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
                                 auto watched = m_watched.find(it.key());
                                 const int level = it.value().toInt();
                                 if (watched == m_watched.end() || level <= watched->level || level < 2)
                                     continue;
                                 watched->level = level;
                                 emit acknowledged(watched->messageId,
                                                   level >= 3 ? QStringLiteral("READ")
                                                              : QStringLiteral("DELIVERED"),
                                                   QDateTime::currentDateTimeUtc());
                                 if (level >= 3)
                                     m_watched.erase(watched);
                             }
                         });
}

void WhatsAppWebSender::checkAlreadySent(const OutgoingMessage& message, const QDateTime& since,
                                         std::function<void(std::optional<bool>)> done)
{
    if (!isReady() || m_busy) {
        done(std::nullopt);
        return;
    }
    if (usesWaJs()) {
        // WhatsApp's own record of the chat, not what the page shows of it.
        setBusy(true);
        m_waJs->checkAlreadySent(message, since, [this, done = std::move(done)](std::optional<bool> found) {
            setBusy(false);
            done(found);
        });
        return;
    }
    setBusy(true);
    QJsonObject args = stepArgs(message);
    args.insert(QStringLiteral("sinceMs"), since.isValid() ? since.toMSecsSinceEpoch() : 0);
    args.insert(QStringLiteral("proofPhone"), confirmedChat());
    startJob(
        QStringLiteral("findSent"), args, m_options.openTimeoutMs + m_options.historySettleMs + 10000,
        [this, message, done = std::move(done)](const QVariantMap& answer) {
            setBusy(false);
            qCInfo(lcWhatsApp) << "message" << message.id << "crash check:" << answer;
            reportPageChange(answer);
            // "Not there" only from a chat whose own rows the driver can see; anything else is "can't tell",
            // which never leads to an automatic resend.
            if (outcomeOf(answer) == QLatin1String("checked"))
                done(answer.value(QStringLiteral("found")).toBool());
            else
                done(std::nullopt);
        },
        false);
}

void WhatsAppWebSender::revisit(const QString& phone, const QHash<QString, qint64>& sent,
                                std::function<void()> done)
{
    if (!isReady() || m_busy || m_stopping || sent.isEmpty()) {
        done();
        return;
    }
    if (usesWaJs()) {
        m_waJs->revisit(phone, sent, std::move(done));
        return;
    }
    setBusy(true);
    QJsonArray ids;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        ids.append(it.key());
    const QJsonObject args{{QStringLiteral("phone"), whatsAppDigits(phone)},
                           {QStringLiteral("ids"), ids},
                           {QStringLiteral("openTimeoutMs"), m_options.openTimeoutMs},
                           {QStringLiteral("settleMs"), m_options.historySettleMs}};
    startJob(
        QStringLiteral("revisit"), args, m_options.openTimeoutMs + m_options.historySettleMs + 10000,
        [this, sent, done = std::move(done)](const QVariantMap& answer) {
            setBusy(false);
            if (answer.value(QStringLiteral("outcome")).toString() != QLatin1String("ticks")) {
                qCInfo(lcWhatsApp).noquote() << "ticks of a closed chat not read:"
                                             << answer.value(QStringLiteral("reason")).toString();
                done();
                return;
            }
            const QVariantMap levels = answer.value(QStringLiteral("levels")).toMap();
            for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
                const int level = it.value().toInt();
                if (level >= 2 && sent.contains(it.key()))
                    emit acknowledged(sent.value(it.key()),
                                      level >= 3 ? QStringLiteral("READ") : QStringLiteral("DELIVERED"),
                                      QDateTime::currentDateTimeUtc());
            }
            done();
        },
        false);
}

QString WhatsAppWebSender::confirmedChatFile() const
{
    return QDir(m_session.profileFolder()).filePath(QStringLiteral("last-confirmed-chat"));
}

void WhatsAppWebSender::rememberConfirmedChat(const QString& digits)
{
    if (digits == m_confirmedChat)
        return;
    // Written at once (a station may be killed the next moment), replaced whole.
    QSaveFile file(confirmedChatFile());
    if (file.open(QIODevice::WriteOnly) && file.write(digits.toLatin1()) == digits.size() && file.commit())
        m_confirmedChat = digits;
    else
        qCWarning(lcWhatsApp) << "cannot keep the chat of the last confirmed send:" << file.errorString();
}

QString WhatsAppWebSender::confirmedChat() const
{
    if (!m_confirmedChat.isEmpty())
        return m_confirmedChat;
    QFile file(confirmedChatFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString digits = QString::fromLatin1(file.read(32)).trimmed();
    return whatsAppDigits(digits) == digits ? digits : QString();
}

QString WhatsAppWebSender::selectorPackVersion() const
{
    if (usesWaJs())
        return QStringLiteral("WA-JS %1").arg(m_waJs->waJsVersion());
    const SelectorPack& pack = m_session.selectorPack();
    return QStringLiteral("%1, version %2").arg(pack.origin()).arg(pack.version());
}

} // namespace fd::whatsapp
