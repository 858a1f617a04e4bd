#pragma once

#include "automation/dispatch/SendingLimits.h"
#include "automation/settings/SharedSettings.h"
#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/MessageLogEntry.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fd {

// Why waiting messages have not gone yet and when the next one may go, by the rules every sender station
// follows: quiet hours, the account's pace (SendingLimits), and a row's own time (scheduled, or a retry's
// backoff). For the status bar and the message log's waiting rows; read on the database worker, worked out on
// the GUI thread.
class SendingOutlook
{
    Q_DECLARE_TR_FUNCTIONS(fd::SendingOutlook)

public:
    struct Wait
    {
        QString reason;        // empty: nothing holds it back
        QDateTime goesAt;      // local time; invalid: with the next send of a sender station
        bool saysWhen = false; // the reason already names goesAt ("scheduled for 11:15")
    };

    SendingOutlook() = default;
    SendingOutlook(SharedSettings settings, SendingLimits limits, QDateTime nowUtc);
    static Result<SendingOutlook> read(Connection& connection, const Clock& clock = Clock::system());

    // What holds back every message now: quiet hours or a limit of the pace (nothing otherwise).
    Wait now() const;
    // What holds back this waiting row (PENDING, RETRYING, SENDING) and when it may go.
    Wait forRow(const MessageLogEntry& row) const;
    // "quiet hours until 09:00 · the next goes at 09:00", or "due: goes with the next send".
    QString describe(const Wait& wait) const;
    bool isValid() const { return m_nowUtc.isValid(); }

private:
    // The earliest moment from `local` on at which quiet hours and the pace let a message go, and why later.
    QDateTime allowedFrom(QDateTime local, QString& reason) const;
    QString when(const QDateTime& local) const;

    SharedSettings m_settings;
    SendingLimits m_limits;
    QDateTime m_nowUtc;
};

} // namespace fd
