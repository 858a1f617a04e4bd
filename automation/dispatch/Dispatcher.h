#pragma once

#include "automation/dispatch/AccountGuard.h"
#include "automation/dispatch/MessageQueue.h"
#include "automation/dispatch/Sender.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/settings/SharedSettings.h"
#include "models/core/Clock.h"
#include "models/db/DatabaseWorker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

namespace fd {

// Sends due messages one at a time, oldest first, through a Sender, pacing them and obeying quiet hours
// and the daily cap. Lives on the sender's (GUI) thread; every database step runs on the DatabaseWorker,
// every page step is asynchronous, so nothing here ever blocks an event loop.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString station;              // recorded with every claim
        bool once = false;            // send what is due now, then finish
        std::optional<int> paceMinMs; // overrides the settings' gap for this run only
        std::optional<int> paceMaxMs;
        int notReadyTimeoutMs = 60000; // --once: give up when the sender is not ready by then
        int idlePollMs = 2000;         // continuous: look for new messages this often
        int pausePollMs = 5000;        // paused and running on: look this often whether an admin resumed
        bool stopWhenPaused = false;   // finish (Finish::Paused) when the station pauses or starts paused
        // Running on and nothing due: look at the ticks of the last day's sent-not-read messages whose chats
        // are closed, at most this often (0: never), at most `revisitChats` chats a round.
        int revisitEveryMs = 300000;
        int revisitChats = 10;
        QString login; // who runs the station, recorded with a pause on SQLite
    };

    struct Summary
    {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        int left = 0;
        QString toString() const;
    };

    enum class Finish { Done, SenderNotReady, DatabaseError, Failure, Paused };

    Dispatcher(DatabaseWorker& database, Sender& sender, Options options,
               const Clock& clock = Clock::system(), QObject* parent = nullptr);

    void start();
    void stop(); // finishes the message in flight, then stops
    // Looks again at once (e.g. after an admin resumed sending), instead of at the next poll.
    void wake();
    // The shared settings were changed (quiet hours, cap, pace): read again before the next step, at once.
    void settingsChanged();
    const Summary& summary() const { return m_summary; }
    bool isRunning() const { return m_running; }
    // The pause in force on this station, as last read.
    const std::optional<StationPause>& pause() const { return m_pause; }
    // A step is in flight (a claim, a send, a record): stopping now waits for it.
    bool isBusy() const { return m_busy; }

signals:
    void finished(fd::Dispatcher::Finish how, const QString& message);
    void messageHandled(qint64 messageId, const QString& status);
    void stateChanged(const QString& text); // "waiting for quiet hours to end", "sending 3 of 10", ...
    // Sending stopped on this station until an admin resumes it, and resumed again.
    void paused(const fd::StationPause& pause);
    void resumed();

private:
    void step();
    void scheduleStep(int delayMs);
    void startOnce();
    void claim(bool mayClaim);
    void handle(const ClaimedMessage& message);
    // The canary (SharedSettings::canaryEnabled): due before the first customer message of this run, after an
    // admin resumed the station and when the sender reads the page with another selector pack.
    bool canaryDue() const;
    void runCanary(const ClaimedMessage& waiting);
    bool revisitDue() const;
    void revisitChats();
    void revisitNext(QList<QPair<QString, QHash<QString, qint64>>> chats);
    void finishCanary(const ClaimedMessage& waiting, const std::optional<ClaimedMessage>& canary,
                      const SendResult& result);
    void decideUnchecked(const ClaimedMessage& message);
    void sendNow(const ClaimedMessage& message, const QString& note);
    // `pressed`: for an Unconfirmed result, whether this try pressed send (else an earlier try is in doubt).
    void record(const ClaimedMessage& message, const SendResult& result, const QString& note,
                bool pressed = true);
    void requestPause(const LoggedText& reason, const QString& missing);
    void enterPause(const StationPause& pause);
    void finishWithLeft(Finish how, const QString& message);
    void fail(const Error& error);
    bool checkPolicy(const ClaimedMessage& message, QString& reason) const;
    int nextGapMs() const;
    void reloadSettings();
    int delayBeforeNextSendMs() const;

    DatabaseWorker& m_database;
    Sender& m_sender;
    Options m_options;
    const Clock& m_clock;
    SharedSettings m_settings;
    Summary m_summary;
    QTimer m_timer;
    qint64 m_upToId = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_busy = false;
    QDateTime m_notReadySince;
    int m_unconfirmedInRow = 0; // sends pressed without a confirmation since the last confirmed one
    AccountGuard m_guard;       // since the station was last resumed (restarts included)
    std::optional<StationPause> m_pauseToRecord; // asked for, not yet in the database
    std::optional<StationPause> m_pause;         // in force, as last read
    std::optional<QString> m_canaryPassedWith;   // the selector pack the last canary passed with
    bool m_inCanary = false;                     // the canary is on the page: its own outcome decides
    QElapsedTimer m_lastSendStarted;             // the pacing gap runs from here
    QElapsedTimer m_lastRevisit;                 // the last round of closed chats' ticks
    QElapsedTimer m_settingsRead;                // m_settings were read then (quiet hours read again)
    static constexpr int kSettingsFreshMs = 5000;
    QMetaObject::Connection m_readyConnection;
};

} // namespace fd
