#pragma once

#include "automation/dispatch/Sender.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QTimer>

namespace fd::test {

// An in-process Sender for engine tests: answers each send from a script (or "sent"), after an optional
// delay, and keeps a record of what it delivered, like a phone would.
class ScriptedSender final : public Sender
{
public:
    struct Delivered
    {
        qint64 id;
        QString phone;
        QString text;
    };

    QString transport() const override { return QStringLiteral("scripted"); }
    bool isReady() const override { return m_ready; }
    QString notReadyReason() const override { return QStringLiteral("the test sender is logged out"); }

    void setReady(bool ready)
    {
        m_ready = ready;
        emit readyChanged(ready);
    }
    // The next sends answer with these results, in order; afterwards every send succeeds.
    void script(QList<SendResult> results) { m_script = std::move(results); }
    void setDelayMs(int ms) { m_delayMs = ms; }
    // What checkAlreadySent answers when the record has no such message: nullopt = "cannot tell".
    void setCanCheck(bool canCheck) { m_canCheck = canCheck; }
    // The page loses a landmark during the `sendNumber`th send (1-based): pageChanged(missing) comes before
    // that send's answer.
    void changePageDuringSend(int sendNumber, QString missing)
    {
        m_pageChangeAt = sendNumber;
        m_pageChangeMissing = std::move(missing);
    }

    void send(const OutgoingMessage& message, std::function<void(SendResult)> done) override
    {
        SendResult result = m_script.isEmpty() ? SendResult::sent(QStringLiteral("ext-%1").arg(message.id))
                                               : m_script.takeFirst();
        ++m_attempts;
        m_sendIds << message.id;
        if (!m_clock.isValid())
            m_clock.start();
        m_sendStartsMs << m_clock.elapsed();
        if (result.kind == SendResult::Kind::Sent) {
            QMutexLocker lock(&m_mutex);
            m_delivered << Delivered{message.id, message.phone, message.text};
        }
        const bool pageChanges = m_attempts == m_pageChangeAt;
        QTimer::singleShot(m_delayMs, this, [this, done = std::move(done), result, pageChanges] {
            if (pageChanges)
                emit pageChanged(m_pageChangeMissing);
            done(result);
        });
    }

    void checkAlreadySent(const OutgoingMessage& message, const QDateTime& since,
                          std::function<void(std::optional<bool>)> done) override
    {
        ++m_checks;
        m_lastCheckSince = since;
        std::optional<bool> answer;
        if (m_canCheck) {
            QMutexLocker lock(&m_mutex);
            answer = std::any_of(m_delivered.begin(), m_delivered.end(), [&](const Delivered& d) {
                return d.phone == message.phone && d.text == message.text;
            });
        }
        QTimer::singleShot(0, this, [done = std::move(done), answer] { done(answer); });
    }

    // Records a message as already in the chat (sent by a station that then died).
    void preload(const Delivered& delivered)
    {
        QMutexLocker lock(&m_mutex);
        m_delivered << delivered;
    }

    QList<Delivered> delivered() const
    {
        QMutexLocker lock(&m_mutex);
        return m_delivered;
    }
    int attempts() const { return m_attempts; }
    int sendsOf(qint64 messageId) const { return int(m_sendIds.count(messageId)); } // whatever each answered
    QList<qint64> sendStartsMs() const { return m_sendStartsMs; } // when each send began, from the first
    int checks() const { return m_checks; }
    QDateTime lastCheckSince() const { return m_lastCheckSince; } // how far back the last check looked

private:
    bool m_ready = true;
    bool m_canCheck = true;
    QDateTime m_lastCheckSince;
    int m_delayMs = 0;
    int m_pageChangeAt = 0;
    QString m_pageChangeMissing;
    QElapsedTimer m_clock;
    QList<qint64> m_sendStartsMs;
    int m_attempts = 0;
    QList<qint64> m_sendIds;
    int m_checks = 0;
    QList<SendResult> m_script;
    mutable QMutex m_mutex;
    QList<Delivered> m_delivered;
};

} // namespace fd::test
