#include "whatsapp/WhatsAppWebSender.h"

#include "whatsapp/WhatsAppLogging.h"
#include "whatsapp/WhatsAppSession.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

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
    m_lastReady = isReady();
    connect(&m_session, &WhatsAppSession::stateChanged, this, [this] {
        const bool ready = isReady();
        if (ready != m_lastReady) {
            m_lastReady = ready;
            emit readyChanged(ready);
        }
    });
    m_tickTimer.setInterval(m_options.tickPollMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &WhatsAppWebSender::pollTicks);
}

bool WhatsAppWebSender::isReady() const
{
    return m_session.state() == SessionState::Ready;
}

QString WhatsAppWebSender::notReadyReason() const
{
    return m_session.stateText();
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

void WhatsAppWebSender::finish(Done& done, const SendResult& result)
{
    setBusy(false);
    Done callback = std::move(done);
    done = nullptr;
    if (callback)
        callback(result);
}

void WhatsAppWebSender::send(const OutgoingMessage& message, std::function<void(SendResult)> done)
{
    if (m_busy) {
        done(SendResult::transient(tr("another message is being sent")));
        return;
    }
    if (!isReady()) {
        done(SendResult::notReady(notReadyReason()));
        return;
    }
    if (whatsAppDigits(message.phone).size() < 8) {
        done(SendResult::permanent(tr("not a WhatsApp number: \"%1\" has too few digits").arg(message.phone)));
        return;
    }
    if (message.text.trimmed().isEmpty()) {
        done(SendResult::permanent(tr("the message is empty")));
        return;
    }
    setBusy(true);
    if (m_options.openChatsByAddress)
        openByAddress(message, std::move(done));
    else
        sendStep(message, true, std::move(done));
}

void WhatsAppWebSender::sendStep(const OutgoingMessage& message, bool viaLink, Done done)
{
    QJsonObject args = stepArgs(message);
    args.insert(QStringLiteral("click"), viaLink);
    const int timeoutMs = m_options.openTimeoutMs + m_options.confirmTimeoutMs + 10000;
    m_session.runJob(QStringLiteral("send"), args, timeoutMs,
                     [this, message, viaLink, done = std::move(done)](const QVariantMap& answer) mutable {
                         onSendAnswer(message, viaLink, answer, std::move(done));
                     });
}

void WhatsAppWebSender::onSendAnswer(const OutgoingMessage& message, bool viaLink, const QVariantMap& answer, Done done)
{
    const QString outcome = outcomeOf(answer);
    const QString reason = answer.value(QStringLiteral("reason")).toString();
    qCInfo(lcWhatsApp).noquote() << "message" << message.id << "send step:" << outcome << reason;
    if (outcome == QLatin1String("sent")) {
        const QString externalId = answer.value(QStringLiteral("id")).toString();
        watchTicks(externalId, message.id, answer.value(QStringLiteral("level")).toInt());
        finish(done, SendResult::sent(externalId));
    } else if (outcome == QLatin1String("invalid")) {
        finish(done, SendResult::permanent(tr("not a WhatsApp number (WhatsApp said: %1)").arg(reason)));
    } else if (outcome == QLatin1String("noChat") && viaLink) {
        fallbackToUrl(message, std::move(done));
    } else if (outcome == QLatin1String("noChat")) {
        failTransient(message, tr("the chat did not open, neither by link nor by the /send address"), std::move(done));
    } else if (outcome == QLatin1String("notReady")) {
        finish(done, SendResult::notReady(notReadyReason()));
    } else {
        failTransient(message, reason.isEmpty() ? tr("the WhatsApp page gave no usable answer") : reason, std::move(done));
    }
}

void WhatsAppWebSender::fallbackToUrl(const OutgoingMessage& message, Done done)
{
    qCInfo(lcWhatsApp) << "message" << message.id << "chat did not open in the page; loading the /send address";
    openByAddress(message, std::move(done));
}

void WhatsAppWebSender::openByAddress(const OutgoingMessage& message, Done done)
{
    auto shared = std::make_shared<Done>(std::move(done));
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto timer = new QTimer(this);
    timer->setSingleShot(true);
    m_session.openChatByUrl(whatsAppDigits(message.phone));
    *connection = connect(&m_session, &WhatsAppSession::stateChanged, this,
                          [this, message, shared, connection, timer](SessionState state) {
                              // Logged out or taken over meanwhile: nothing was typed, the message waits.
                              const bool gone = state == SessionState::QrCode || state == SessionState::Conflict;
                              if (state != SessionState::Ready && !gone)
                                  return;
                              disconnect(*connection);
                              timer->deleteLater();
                              if (gone)
                                  finish(*shared, SendResult::notReady(notReadyReason()));
                              else
                                  sendStep(message, false, std::move(*shared));
                          });
    connect(timer, &QTimer::timeout, this, [this, message, shared, connection, timer] {
        disconnect(*connection);
        timer->deleteLater();
        failTransient(message, tr("WhatsApp was not ready again after loading the /send address: %1").arg(notReadyReason()),
                      std::move(*shared));
    });
    timer->start(m_options.fallbackReadyMs);
}

void WhatsAppWebSender::failTransient(const OutgoingMessage& message, const QString& reason, Done done)
{
    auto shared = std::make_shared<Done>(std::move(done));
    m_session.saveDiagnostics(QStringLiteral("message-%1").arg(message.id), [this, reason, shared](const QString& path) {
        finish(*shared, SendResult::transient(reason, path));
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
    m_session.callDriver(QStringLiteral("ticks"), ids, [this](const QVariant& answer) {
        const QVariantMap levels = answer.toMap();
        for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
            auto watched = m_watched.find(it.key());
            const int level = it.value().toInt();
            if (watched == m_watched.end() || level <= watched->level || level < 2)
                continue;
            watched->level = level;
            emit acknowledged(watched->messageId, level >= 3 ? QStringLiteral("READ") : QStringLiteral("DELIVERED"),
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
    setBusy(true);
    QJsonObject args = stepArgs(message);
    args.insert(QStringLiteral("sinceMs"), since.isValid() ? since.toMSecsSinceEpoch() : 0);
    m_session.runJob(QStringLiteral("findSent"), args, m_options.openTimeoutMs + m_options.historySettleMs + 10000,
                     [this, message, done = std::move(done)](const QVariantMap& answer) {
                         setBusy(false);
                         qCInfo(lcWhatsApp) << "message" << message.id << "crash check:" << answer;
                         if (outcomeOf(answer) == QLatin1String("checked"))
                             done(answer.value(QStringLiteral("found")).toBool());
                         else
                             done(std::nullopt);
                     });
}

QString WhatsAppWebSender::selectorPackVersion() const
{
    const SelectorPack& pack = m_session.selectorPack();
    return QStringLiteral("%1, version %2").arg(pack.origin()).arg(pack.version());
}

} // namespace fd::whatsapp
