#pragma once

#include "automation/dispatch/Sender.h"
#include "models/core/LoggedText.h"

#include <deque>
#include <optional>

namespace fd {

// Signs, in a station's latest results, that the business's WhatsApp account is at risk: WhatsApp refusing
// several messages in a row (it marks them failed), or many of the latest numbers not on WhatsApp (a bad
// list: sending on to numbers nobody owns is what gets a business number banned). The station pauses at
// the first sign, and an administrator looks before it goes on.
class AccountGuard
{
public:
    static constexpr int kRefusedInRow = 3;
    static constexpr int kLatest = 10;       // the latest numbers tried
    static constexpr int kNotOnWhatsApp = 4; // this many of them not on WhatsApp is a bad list

    // One send's result. A sign: why to pause, and what shows it (both in English for the log).
    struct Sign
    {
        LoggedText reason;
        LoggedText detail;
    };
    std::optional<Sign> record(const SendResult& result);
    // After a pause: the signs start afresh.
    void reset();
    // After a restart: the results this station recorded since its last pause was lifted, oldest first (they
    // show no sign themselves: any sign in them paused the station then).
    void resume(const QList<SendResult>& oldestFirst);

    // What a permanent failure's attempt notes (MessageQueue) so that a restarted station knows its kind, and
    // the result an attempt stands for again (none for one that says nothing about the number: a retry, a
    // release).
    static QString attemptNote(const SendResult& result);
    static std::optional<SendResult> resultOfAttempt(const QString& outcome, const QString& note);

    // The reasons a station pauses with (English sources for the log).
    static LoggedText refused();       // "WhatsApp refuses this account's messages: sending paused"
    static LoggedText refusedDetail(); // "%1 in a row were marked failed; the last: %2"
    static LoggedText badList();       // "many numbers are not on WhatsApp: check the list; sending paused"
    static LoggedText badListDetail(); // "%1 of the latest %2 numbers; the last: %3"
    static LoggedText warned();        // "WhatsApp warned about this account: sending paused"

private:
    int m_refusedInRow = 0;
    std::deque<bool> m_latest; // the latest numbers tried, newest last: whether each was not on WhatsApp
};

} // namespace fd
