#pragma once

#include "models/records/MessageLogEntry.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace fd {

struct OutgoingMessage
{
    qint64 id = 0; // whatsapp_message_logs.id
    QString phone; // E.164
    QString text;  // exactly as stored
    // For transports that send pre-approved templates: what the text was rendered from.
    QString eventType;          // ENQUIRY_CREATED, ...
    QString language;           // "en", "hi", "ta"; empty for rows of older programs
    QJsonObject templateParams; // {placeholder: value}; empty for rows of older programs

    static OutgoingMessage from(const MessageLogEntry& entry);
};

struct SendResult
{
    enum class Kind {
        Sent,             // reached at least the "sent" tick
        PermanentFailure, // invalid number, not on WhatsApp: retrying will not help
        TransientFailure, // provably never left (the chat did not open, the text never reached the
                          // compose box, or the box still holds it unsent): try again later
        Unconfirmed,      // the send was pressed (or the request went out) and no confirmation came: it may
                          // have been sent. Never resent automatically: FAILED "may have been sent"
        NotReady,         // the sender could not even try (logged out): the message goes back untouched
    };
    Kind kind = Kind::TransientFailure;
    QString reason;
    QString externalId;     // the transport's id for the message, when it has one
    QString screenshotPath; // what the page showed when it failed, when there is one
    // Where the path stopped, when the transport can tell: "open" (the chat), "type" (the text into the
    // compose box), "send", "recognise" (our own new row), "tick". The canary pauses with it.
    QString failedStep;
    // Unconfirmed because this station was told to stop, or the page's render process ended, after the press:
    // it may have been sent, but it says nothing about the page (not counted toward "two unconfirmed in a
    // row").
    bool interrupted = false;
    // What WhatsApp said about the number, when a permanent failure came from it: the account guard
    // (AccountGuard) watches both.
    enum class Refusal {
        None,
        NotOnWhatsApp, // the number has no WhatsApp
        Refused,       // WhatsApp would not send it (marked failed)
    };
    Refusal refusal = Refusal::None;

    static SendResult sent(QString externalId = {})
    {
        return {Kind::Sent, {}, std::move(externalId), {}, {}, false};
    }
    static SendResult permanent(QString reason)
    {
        return {Kind::PermanentFailure, std::move(reason), {}, {}, {}, false};
    }
    static SendResult notOnWhatsApp(QString reason)
    {
        SendResult result = permanent(std::move(reason));
        result.refusal = Refusal::NotOnWhatsApp;
        return result;
    }
    static SendResult refused(QString reason)
    {
        SendResult result = permanent(std::move(reason));
        result.refusal = Refusal::Refused;
        return result;
    }
    static SendResult transient(QString reason, QString screenshot = {})
    {
        return {Kind::TransientFailure, std::move(reason), {}, std::move(screenshot), {}, false};
    }
    static SendResult unconfirmed(QString reason, QString externalId = {}, QString screenshot = {})
    {
        return {
            Kind::Unconfirmed, std::move(reason), std::move(externalId), std::move(screenshot), {}, false};
    }
    static SendResult notReady(QString reason)
    {
        return {Kind::NotReady, std::move(reason), {}, {}, {}, false};
    }
};

// A transport that can deliver one message at a time: WhatsApp Web in a QWebEngineView, later the
// Cloud API. Calls are asynchronous and answer through the callback on the sender's (GUI) thread, once.
class Sender : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString transport() const = 0; // "whatsapp-web", "cloud-api"
    virtual bool isReady() const = 0;
    virtual QString notReadyReason() const = 0; // "WhatsApp Web shows the QR code: scan it ..."
    // What the transport reads its page with ("built-in selector pack, version 2"), recorded with a pause;
    // empty for transports without one.
    virtual QString selectorPackVersion() const { return {}; }
    // Whether the station checks the whole path with a message to the business's own number before its first
    // customer message and after every selector-pack change (SharedSettings::canaryEnabled): transports that
    // read a page they do not control.
    virtual bool hasCanary() const { return false; }

    virtual void send(const OutgoingMessage& message, std::function<void(SendResult)> done) = 0;

    // Crash recovery: did this text already reach this number since `since`? nullopt: cannot tell.
    virtual void checkAlreadySent(const OutgoingMessage& message, const QDateTime& since,
                                  std::function<void(std::optional<bool>)> done) = 0;

    // The station is stopping: from now on nothing new goes out (send() answers NotReady), and the message in
    // flight is answered within `graceMs`: Unconfirmed when it may have been sent, NotReady (released
    // untouched) when it provably was not. A transport whose calls have their own short deadline need not
    // do anything.
    virtual void stopSending(int graceMs) { Q_UNUSED(graceMs) }

    // Read receipts for chats that are no longer open: looks at the ticks of earlier messages to `phone`
    // (their external id -> message id) without reading the customer's messages, emits acknowledged() for
    // each that moved on, then calls `done` (also when it could not look). Transports whose ticks arrive by
    // themselves need not do anything.
    virtual bool canRevisit() const { return false; }
    virtual void revisit(const QString& phone, const QHash<QString, qint64>& sent, std::function<void()> done)
    {
        Q_UNUSED(phone)
        Q_UNUSED(sent)
        done();
    }

signals:
    void readyChanged(bool ready);
    // A later tick for a message sent earlier: "DELIVERED" or "READ".
    void acknowledged(qint64 messageId, const QString& status, const QDateTime& at);
    // The transport can no longer see its own messages (a landmark missing in an open chat, a self-test
    // that failed): the station must stop sending. `missing` says what, for the admin.
    void pageChanged(const QString& missing);
    // The transport reports the account at risk (WhatsApp blocked or restricted it, or signed it out on
    // its own): the station must stop sending. `what` says what was reported, for the admin.
    void accountAlert(const QString& what);
};

} // namespace fd
