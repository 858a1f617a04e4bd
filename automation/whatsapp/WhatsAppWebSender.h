#pragma once

#include "automation/dispatch/Sender.h"
#include "automation/whatsapp/SessionState.h"
#include "automation/whatsapp/WaJsEngine.h"
#include "automation/whatsapp/WhatsAppSession.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QTimer>

namespace fd::whatsapp {

struct SenderOptions
{
    int openTimeoutMs = 15000;    // the chat (or the invalid-number popup) must appear by then
    int confirmTimeoutMs = 30000; // our bubble must reach the "sent" tick by then
    int fallbackReadyMs = 60000;  // a full /send load must be ready again by then
    int tickPollMs = 2000;        // how often later ticks are read
    int tickWatchMinutes = 120;   // how long a sent message's ticks are followed
    int historySettleMs = 500;    // the crash check lets the chat's history render first
    // Every chat is opened by loading the /send address (a full page load per message, the way PyWhatKit
    // does it) instead of inside the running page. Slower; for comparison, or for a page whose links stop
    // opening chats (the sender falls back to it by itself when one does not).
    bool openChatsByAddress = false;
    WaJsOptions waJs; // the WA-JS path, when the session's engine is not Dom
};

// The Sender that types into WhatsApp Web: opens the chat inside the running page (a full /send load only
// when that fails), pastes the exact text, clicks send (Enter when no send control matches) and confirms by
// our own new row reaching the "sent" tick. Never twice: a failure before the press is TransientFailure,
// anything unconfirmed after it is Unconfirmed; a row WhatsApp marks failed is PermanentFailure. Later ticks
// of messages still on screen come back as acknowledged(); a landmark missing in an open chat (found by a
// send, the crash check or a self-test) as pageChanged().
class WhatsAppWebSender final : public Sender
{
    Q_OBJECT
public:
    explicit WhatsAppWebSender(WhatsAppSession& session, SenderOptions options = {},
                               QObject* parent = nullptr);
    WhatsAppWebSender(WhatsAppSession& session, QObject* parent)
        : WhatsAppWebSender(session, SenderOptions{}, parent)
    {}

    QString transport() const override { return QStringLiteral("whatsapp-web"); }
    bool isReady() const override;
    QString notReadyReason() const override;
    QString selectorPackVersion() const override;
    bool hasCanary() const override { return true; }

    void send(const OutgoingMessage& message, std::function<void(SendResult)> done) override;
    void checkAlreadySent(const OutgoingMessage& message, const QDateTime& since,
                          std::function<void(std::optional<bool>)> done) override;
    void stopSending(int graceMs) override;
    bool canRevisit() const override { return true; }
    void revisit(const QString& phone, const QHash<QString, qint64>& sent,
                 std::function<void()> done) override;

    bool isBusy() const { return m_busy; }
    // Which engine sends: "WA-JS 4.6.0", "DOM driver", or what `auto` is still waiting for.
    QString engineText() const;
    // Both engines for a self-test: "Engine: DOM driver\nWA-JS: 4.6.0 in the page, not ready (...)".
    QString engineReport() const;
    // WhatsApp Web's build as WA-JS reads it; empty when unknown (the DOM driver cannot read it).
    QString whatsAppVersion() const;
    // `auto` is still finding out whether WA-JS works on the page (which it does once the page is ready).
    bool choosingEngine() const;
    // The WA-JS path; null when the session's engine is Dom.
    const WaJsEngine* waJs() const { return m_waJs.get(); }

signals:
    // A send is in progress: the page must not be touched (the WhatsApp tab says so).
    void busyChanged(bool busy);
    void engineChanged(const QString& text);

private:
    using Done = std::function<void(SendResult)>;
    bool usesWaJs() const;
    void updateReady();
    void sendWithWaJs(const OutgoingMessage& message, Done done);
    void finishWaJs(SendResult result);
    void sendStep(const OutgoingMessage& message, bool viaLink, Done done);
    void onSendAnswer(const OutgoingMessage& message, bool viaLink, const QVariantMap& answer, Done done);
    void fallbackToUrl(const OutgoingMessage& message, Done done);
    void openByAddress(const OutgoingMessage& message, Done done); // loads /send, then sends there
    void stopOpenWait();
    void failTransient(const OutgoingMessage& message, const QString& reason, Done done);
    void failUnconfirmed(const OutgoingMessage& message, const QString& reason, const QString& externalId,
                         Done done, bool interrupted = false);
    // The driver found a landmark missing in an open chat: pageChanged(what).
    void reportPageChange(const QVariantMap& answer);
    // The chat of the last confirmed send, kept in the profile folder across restarts: after a restart the
    // crash check looks there to prove that our own rows are recognised before it calls an empty chat empty.
    QString confirmedChatFile() const;
    void rememberConfirmedChat(const QString& digits);
    QString confirmedChat() const;
    void startJob(const QString& function, const QJsonObject& args, int timeoutMs,
                  std::function<void(const QVariantMap&)> done, bool mayPress);
    void armStopTimer();
    void finish(Done& done, SendResult result);
    void setBusy(bool busy);
    void watchTicks(const QString& externalId, qint64 messageId, int level);
    void pollTicks();
    QJsonObject stepArgs(const OutgoingMessage& message) const;

    struct Watched
    {
        qint64 messageId = 0;
        int level = 1;
        QDateTime since;
    };

    WhatsAppSession& m_session;
    SenderOptions m_options;
    std::unique_ptr<WaJsEngine> m_waJs;
    Done m_waJsDone;            // the WA-JS send in flight
    bool m_waJsPressed = false; // it was allowed to call sendTextMessage
    bool m_busy = false;
    bool m_lastReady = false;
    QHash<QString, Watched> m_watched;
    QTimer m_tickTimer;
    QString m_confirmedChat;
    WhatsAppSession::JobId m_job = 0; // the driver job in flight
    bool m_jobPresses = false;        // it is a send (a crash check presses nothing)
    // A /send load in flight: the send waits for the page to be ready again.
    Done m_openDone;
    QMetaObject::Connection m_openWait;
    QTimer m_openTimer;
    QString m_step; // where the send in flight stopped, as the driver said (SendResult::failedStep)
    bool m_stopping = false;
    QDeadlineTimer m_stopDeadline; // the message in flight is answered by then
    QTimer m_stopTimer;
};

// "+91 98765-43210" -> "919876543210": what WhatsApp's links take.
QString whatsAppDigits(const QString& phone);

} // namespace fd::whatsapp
