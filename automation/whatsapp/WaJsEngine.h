#pragma once

#include "automation/dispatch/Sender.h"
#include "automation/whatsapp/Engine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace fd::whatsapp {

class WhatsAppSession;

struct WaJsOptions
{
    int pollMs = 500; // how often WA-JS's state, acks and alerts are read
    // `auto`: once the page shows the chats, how long WA-JS may take to report ready. A WA-JS that has not
    // even found WhatsApp's modules by the time the chats show never will on this page: it gets only
    // `notInjectedGraceMs`.
    int readyTimeoutMs = 20000;
    int notInjectedGraceMs = 1000;
    int checkTimeoutMs = 20000; // is the number on WhatsApp
    int sendTimeoutMs = 30000;  // sendTextMessage up to the server's tick
    int findTimeoutMs = 20000;  // the crash check and the ticks of earlier messages
};

// The WA-JS path of the WhatsApp Web sender: follows WA-JS in the page's main world (through
// resources/whatsapp/wajs-bridge.js), decides whether it is the engine in use, and sends, checks and reads
// ticks through it. Never twice: from the moment sendTextMessage was called, anything but WhatsApp's own
// answer is Unconfirmed.
class WaJsEngine : public QObject
{
    Q_OBJECT
public:
    WaJsEngine(WhatsAppSession& session, Engine chosen, WaJsOptions options = {}, QObject* parent = nullptr);

    Engine chosen() const { return m_chosen; }
    // Whether the sender knows which engine sends yet (`auto` waits for WA-JS's word or its timeout).
    bool decided() const { return m_inUse.has_value(); }
    // The engine that sends once decided: WaJs or Dom.
    Engine inUse() const { return m_inUse.value_or(Engine::Dom); }
    QString waJsVersion() const { return m_version; }
    // WhatsApp Web's own build ("2.3000.1031234567") once WA-JS found its modules; empty before.
    QString whatsAppVersion() const { return m_whatsAppVersion; }
    // WA-JS is ready to send: loaded, found WhatsApp's modules, and the account is signed in.
    bool isReady() const;
    // Why the WA-JS path cannot send now (for `wa-js` when it is not ready).
    QString notReadyReason() const;

    // `mayPress` is asked once, just before sendTextMessage (a stopping station says no).
    void send(const OutgoingMessage& message, std::function<bool()> mayPress,
              std::function<void(SendResult)> done);
    void checkAlreadySent(const OutgoingMessage& message, const QDateTime& since,
                          std::function<void(std::optional<bool>)> done);
    // Ticks of earlier messages (external id -> message id) in one chat, whether it is open or not.
    void revisit(const QString& phone, const QHash<QString, qint64>& sent, std::function<void()> done);

signals:
    void decidedChanged(fd::whatsapp::Engine inUse, const QString& why);
    void readyChanged(bool ready);
    void acknowledged(qint64 messageId, const QString& status, const QDateTime& at);
    // WA-JS reports the account blocked or restricted, or logged out by WhatsApp: sending must stop.
    void accountAlert(const QString& what);

private:
    // callWaJs, answered only while this engine lives.
    void call(const QString& function, const QJsonValue& argument, std::function<void(const QVariant&)> done);
    void poll();
    void onState(const QVariant& answer);
    void decide(Engine engine, const QString& why);
    // Runs one bridge job; `done` gets its result map, or {outcome: "lost", pressed} when the page did not
    // answer by `timeoutMs` (pressed: whether the job had called sendTextMessage, as far as we know).
    void runJob(const QString& kind, const QJsonObject& args, int timeoutMs,
                std::function<void(const QVariantMap&)> done);
    void pollJob(qint64 id, const std::shared_ptr<QElapsedTimer>& started, int timeoutMs, bool pressedSeen,
                 const std::shared_ptr<std::function<void(const QVariantMap&)>>& done);
    void report(const QVariantList& acks);
    void watch(const QString& externalId, qint64 messageId, int ack);

    WhatsAppSession& m_session;
    Engine m_chosen;
    WaJsOptions m_options;
    std::optional<Engine> m_inUse;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    QElapsedTimer m_pageReadyFor; // since the session showed the chats
    bool m_loaded = false;
    bool m_injected = false;
    bool m_ready = false;
    bool m_authenticated = false;
    QString m_version;
    QString m_whatsAppVersion;
    QString m_error;
    QHash<QString, qint64> m_watched; // external id -> message id, for later ticks
    QHash<QString, int> m_levels;     // external id -> the highest ack reported
};

// WA-JS's ack levels (WhatsApp's): -1 failed, 0 pending (clock), 1 server, 2 delivered, 3 read, 4 played.
// The log's word for a later tick: "DELIVERED", "READ"; empty for the others.
QString ackStatus(int ack);

} // namespace fd::whatsapp
