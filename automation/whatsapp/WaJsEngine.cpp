#include "automation/whatsapp/WaJsEngine.h"

#include "automation/whatsapp/WhatsAppLogging.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"

#include <QJsonObject>
#include <QPointer>
#include <memory>

namespace fd::whatsapp {
namespace {

constexpr int kJobPollMs = 50;

QString widOf(const QString& phone)
{
    return whatsAppDigits(phone) + QStringLiteral("@c.us");
}

QString outcomeOf(const QVariantMap& answer)
{
    return answer.value(QStringLiteral("outcome")).toString();
}

} // namespace

QString ackStatus(int ack)
{
    if (ack == 2)
        return QStringLiteral("DELIVERED");
    if (ack >= 3)
        return QStringLiteral("READ");
    return {};
}

WaJsEngine::WaJsEngine(WhatsAppSession& session, Engine chosen, WaJsOptions options, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_chosen(chosen)
    , m_options(options)
{
    if (m_chosen == Engine::WaJs)
        m_inUse = Engine::WaJs; // chosen by name: it sends when it is ready, and nothing else does
    else if (m_chosen == Engine::Dom)
        m_inUse = Engine::Dom;
    m_pollTimer.setInterval(m_options.pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &WaJsEngine::poll);
    connect(&m_session, &WhatsAppSession::stateChanged, this, [this](SessionState state) {
        if (state == SessionState::Ready)
            poll(); // the chats show: ask WA-JS at once
    });
    m_pollTimer.start();
}

bool WaJsEngine::isReady() const
{
    return m_loaded && m_injected && m_ready && m_authenticated;
}

QString WaJsEngine::notReadyReason() const
{
    if (!m_loaded)
        return tr("WA-JS is not in the page yet");
    if (!m_injected)
        return tr("WA-JS has not found WhatsApp's modules on the page");
    if (!m_ready)
        return tr("WA-JS is starting");
    if (!m_authenticated)
        return tr("WhatsApp Web is not signed in");
    return {};
}

void WaJsEngine::call(const QString& function, const QJsonValue& argument,
                      std::function<void(const QVariant&)> done)
{
    // The session answers every call, also after this engine (and its sender) is gone: only a live one
    // hears it.
    m_session.callWaJs(function, argument,
                       [self = QPointer<WaJsEngine>(this), done = std::move(done)](const QVariant& answer) {
                           if (self)
                               done(answer);
                       });
}

void WaJsEngine::poll()
{
    if (m_pollInFlight)
        return;
    m_pollInFlight = true;
    call(QStringLiteral("state"), QJsonValue(), [this](const QVariant& answer) {
        m_pollInFlight = false;
        onState(answer);
    });
    if (!m_watched.isEmpty()) {
        call(QStringLiteral("takeAcks"), QJsonValue(),
             [this](const QVariant& acks) { report(acks.toList()); });
    }
    call(QStringLiteral("takeAlerts"), QJsonValue(), [this](const QVariant& answer) {
        for (const QVariant& item : answer.toList()) {
            const QVariantMap alert = item.toMap();
            const QString kind = alert.value(QStringLiteral("kind")).toString();
            const QString detail = alert.value(QStringLiteral("detail")).toString();
            qCWarning(lcWhatsApp).noquote() << "WA-JS reports" << kind << detail;
            if (kind == QLatin1String("ban"))
                emit accountAlert(tr("WhatsApp blocked this account (%1)").arg(detail));
            else if (kind == QLatin1String("restricted"))
                emit accountAlert(tr("WhatsApp restricted this account (%1)").arg(detail));
            else if (kind == QLatin1String("logout"))
                emit accountAlert(tr("WhatsApp signed this desk out (%1)").arg(detail));
        }
    });
}

void WaJsEngine::onState(const QVariant& answer)
{
    const QVariantMap state = answer.toMap();
    const bool wasReady = isReady();
    m_loaded = state.value(QStringLiteral("loaded")).toBool();
    m_injected = state.value(QStringLiteral("injected")).toBool();
    m_ready = state.value(QStringLiteral("fullReady")).toBool();
    m_authenticated = state.value(QStringLiteral("authenticated")).toBool();
    const QString version = state.value(QStringLiteral("version")).toString();
    if (!version.isEmpty() && version != m_version) {
        m_version = version;
        qCInfo(lcWhatsApp).noquote() << "WA-JS" << m_version << "is in the page";
    }
    m_error = state.value(QStringLiteral("error")).toString();
    const QString build = state.value(QStringLiteral("whatsapp")).toString();
    if (!build.isEmpty() && build != m_whatsAppVersion) {
        m_whatsAppVersion = build;
        qCInfo(lcWhatsApp).noquote() << "WhatsApp Web" << m_whatsAppVersion;
    }
    if (wasReady != isReady()) {
        qCInfo(lcWhatsApp) << "WA-JS ready:" << isReady();
        emit readyChanged(isReady());
    }

    // Each time the page shows the chats WA-JS gets its time afresh.
    if (m_session.state() != SessionState::Ready) {
        m_pageReadyFor.invalidate();
        return;
    }
    if (!m_pageReadyFor.isValid())
        m_pageReadyFor.start();
    if (decided())
        return;
    if (isReady()) {
        decide(Engine::WaJs, tr("WA-JS %1 is ready").arg(m_version));
        return;
    }
    const qint64 waited = m_pageReadyFor.elapsed();
    if (!m_loaded && waited >= m_options.notInjectedGraceMs)
        decide(Engine::Dom, tr("WA-JS did not load in the page"));
    else if (!m_injected && waited >= m_options.notInjectedGraceMs)
        decide(Engine::Dom, tr("WA-JS did not find WhatsApp's modules on this page"));
    else if (waited >= m_options.readyTimeoutMs)
        decide(Engine::Dom, tr("WA-JS did not report ready within %n second(s)", nullptr,
                               qMax(1, m_options.readyTimeoutMs / 1000)));
}

void WaJsEngine::decide(Engine engine, const QString& why)
{
    if (m_inUse == engine)
        return;
    m_inUse = engine;
    qCInfo(lcWhatsApp).noquote() << "engine in use:" << engineLabel(engine) << "-" << why;
    // A WA-JS that never found WhatsApp's modules reports nothing from now on (no acks, no alerts): asking it
    // twice a second for the rest of the session would be work for nothing.
    if (engine == Engine::Dom && !m_injected)
        m_pollTimer.stop();
    emit decidedChanged(engine, why);
}

void WaJsEngine::runJob(const QString& kind, const QJsonObject& args, int timeoutMs,
                        std::function<void(const QVariantMap&)> done)
{
    auto shared = std::make_shared<std::function<void(const QVariantMap&)>>(std::move(done));
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    call(QStringLiteral("start"), QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("args"), args}},
         [this, shared, started, timeoutMs](const QVariant& id) {
             if (!id.isValid() || id.toLongLong() <= 0) {
                 (*shared)({{QStringLiteral("outcome"), QStringLiteral("lost")},
                            {QStringLiteral("message"), tr("the page did not take the job")}});
                 return;
             }
             pollJob(id.toLongLong(), started, timeoutMs, false, shared);
         });
}

void WaJsEngine::pollJob(qint64 id, const std::shared_ptr<QElapsedTimer>& started, int timeoutMs,
                         bool pressedSeen,
                         const std::shared_ptr<std::function<void(const QVariantMap&)>>& done)
{
    call(QStringLiteral("result"), id, [=](const QVariant& answer) {
        QVariantMap result = answer.toMap();
        const bool pressed = pressedSeen || result.value(QStringLiteral("pressed")).toBool();
        const QString outcome = outcomeOf(result);
        if (!answer.isValid() || outcome == QLatin1String("unknown")) {
            // The page was reloaded or its render process ended: the job is gone with it.
            (*done)({{QStringLiteral("outcome"), QStringLiteral("lost")},
                     {QStringLiteral("pressed"), pressed},
                     {QStringLiteral("message"), tr("the page stopped answering")}});
            return;
        }
        if (outcome != QLatin1String("running")) {
            (*done)(result);
            return;
        }
        if (started->elapsed() >= timeoutMs) {
            (*done)({{QStringLiteral("outcome"), QStringLiteral("lost")},
                     {QStringLiteral("pressed"), pressed},
                     {QStringLiteral("message"),
                      tr("no answer within %n second(s)", nullptr, qMax(1, timeoutMs / 1000))}});
            return;
        }
        QTimer::singleShot(kJobPollMs, this, [=] { pollJob(id, started, timeoutMs, pressed, done); });
    });
}

void WaJsEngine::send(const OutgoingMessage& message, std::function<bool()> mayPress,
                      std::function<void(SendResult)> done)
{
    auto shared = std::make_shared<std::function<void(SendResult)>>(std::move(done));
    const QString wid = widOf(message.phone);
    // First: is the number on WhatsApp? A number that is not fails without a chat being opened.
    runJob(QStringLiteral("check"), QJsonObject{{QStringLiteral("wid"), wid}}, m_options.checkTimeoutMs,
           [this, message, mayPress, shared](const QVariantMap& checked) {
               const QString outcome = outcomeOf(checked);
               if (outcome != QLatin1String("ok")) {
                   const QString why = checked.value(QStringLiteral("message")).toString();
                   SendResult result =
                       SendResult::transient(tr("not sent: WA-JS could not check the number (%1)").arg(why));
                   result.failedStep = QStringLiteral("open");
                   if (m_chosen == Engine::Auto && outcome == QLatin1String("error"))
                       decide(Engine::Dom, tr("WA-JS failed on this page: %1").arg(why));
                   (*shared)(result);
                   return;
               }
               if (!checked.value(QStringLiteral("exists")).toBool()) {
                   (*shared)(SendResult::notOnWhatsApp(tr("not a WhatsApp number (WA-JS found no account)")));
                   return;
               }
               if (mayPress && !mayPress()) {
                   (*shared)(SendResult::notReady(tr("the station stopped before the message was sent")));
                   return;
               }
               // From here on the message may leave: anything but WhatsApp's own answer is Unconfirmed.
               const QString target = checked.value(QStringLiteral("wid")).toString();
               runJob(QStringLiteral("send"),
                      QJsonObject{{QStringLiteral("wid"), target}, {QStringLiteral("text"), message.text}},
                      m_options.sendTimeoutMs, [this, message, shared](const QVariantMap& sent) {
                          const QString outcome = outcomeOf(sent);
                          const QString externalId = sent.value(QStringLiteral("id")).toString();
                          const int ack = sent.value(QStringLiteral("ack")).toInt();
                          SendResult result;
                          if (outcome == QLatin1String("ok") && !externalId.isEmpty() && ack >= 1) {
                              watch(externalId, message.id, ack);
                              result = SendResult::sent(externalId);
                          } else if (outcome == QLatin1String("ok") && ack < 0) {
                              result = SendResult::refused(tr("WhatsApp could not send it"));
                          } else if (outcome == QLatin1String("ok")) {
                              if (!externalId.isEmpty())
                                  watch(externalId, message.id, 0);
                              result = SendResult::unconfirmed(
                                  tr("may have been sent: WhatsApp's server did not confirm it"), externalId);
                              result.failedStep = QStringLiteral("tick");
                          } else {
                              result = SendResult::unconfirmed(
                                  tr("may have been sent: WA-JS was sending it, then %1")
                                      .arg(sent.value(QStringLiteral("message")).toString()));
                              result.failedStep = QStringLiteral("send");
                          }
                          (*shared)(result);
                      });
           });
}

void WaJsEngine::checkAlreadySent(const OutgoingMessage& message, const QDateTime& since,
                                  std::function<void(std::optional<bool>)> done)
{
    runJob(QStringLiteral("find"),
           QJsonObject{{QStringLiteral("wid"), widOf(message.phone)},
                       {QStringLiteral("text"), message.text},
                       {QStringLiteral("since"), double(since.toMSecsSinceEpoch())}},
           m_options.findTimeoutMs, [this, message, done = std::move(done)](const QVariantMap& found) {
               if (outcomeOf(found) != QLatin1String("ok")) {
                   qCWarning(lcWhatsApp).noquote()
                       << "message" << message.id << "cannot be looked for with WA-JS:"
                       << found.value(QStringLiteral("message")).toString();
                   done(std::nullopt);
                   return;
               }
               const bool there = found.value(QStringLiteral("found")).toBool();
               if (there)
                   watch(found.value(QStringLiteral("id")).toString(), message.id,
                         found.value(QStringLiteral("ack")).toInt());
               done(there);
           });
}

void WaJsEngine::revisit(const QString& phone, const QHash<QString, qint64>& sent, std::function<void()> done)
{
    runJob(QStringLiteral("acks"), QJsonObject{{QStringLiteral("wid"), widOf(phone)}},
           m_options.findTimeoutMs, [this, sent, done = std::move(done)](const QVariantMap& answer) {
               if (outcomeOf(answer) == QLatin1String("ok")) {
                   for (const QVariant& item : answer.value(QStringLiteral("acks")).toList()) {
                       const QVariantMap ack = item.toMap();
                       const QString id = ack.value(QStringLiteral("id")).toString();
                       if (sent.contains(id))
                           watch(id, sent.value(id), 0);
                   }
                   report(answer.value(QStringLiteral("acks")).toList());
               }
               done();
           });
}

void WaJsEngine::watch(const QString& externalId, qint64 messageId, int ack)
{
    if (externalId.isEmpty())
        return;
    m_watched.insert(externalId, messageId);
    m_levels.insert(externalId, qMax(m_levels.value(externalId, 0), ack));
}

void WaJsEngine::report(const QVariantList& acks)
{
    for (const QVariant& item : acks) {
        const QVariantMap ack = item.toMap();
        const QString id = ack.value(QStringLiteral("id")).toString();
        const int level = ack.value(QStringLiteral("ack")).toInt();
        const auto watched = m_watched.constFind(id);
        if (watched == m_watched.constEnd() || level <= m_levels.value(id, 0))
            continue;
        m_levels.insert(id, level);
        const QString status = ackStatus(level);
        if (status.isEmpty())
            continue;
        const QDateTime at =
            ack.contains(QStringLiteral("at"))
                ? QDateTime::fromMSecsSinceEpoch(ack.value(QStringLiteral("at")).toLongLong())
                : QDateTime::currentDateTimeUtc();
        emit acknowledged(watched.value(), status, at.toUTC());
        if (level >= 3)
            m_watched.remove(id); // read is the last tick we record
    }
}

} // namespace fd::whatsapp
