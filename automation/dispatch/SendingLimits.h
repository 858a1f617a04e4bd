#pragma once

#include "automation/settings/SharedSettings.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace fd {

// The pace that keeps the business's WhatsApp account healthy, counted over the sends of every station
// (they share one number; the check before sending is not counted): the daily cap (the local day), the hourly
// cap (any sixty minutes) and a pause after every batch (so many sends with no pause between them); for a
// newly linked number the caps warm up day by day (SharedSettings::warmUpDays). Messages held by them stay
// PENDING; the reason and the time say why and until when.
class SendingLimits
{
    Q_DECLARE_TR_FUNCTIONS(fd::SendingLimits)

public:
    SendingLimits() = default;
    // `recentSends`: the latest send times (UTC), newest first, at least as many as the hourly cap and the
    // batch size when there were that many.
    // `warmUpFirstDay`: the warm-up's day 1 (local date); invalid: no warm-up.
    SendingLimits(SharedSettings settings, int sentToday, QList<QDateTime> recentSends, QDateTime nowUtc,
                  QDate warmUpFirstDay = {});
    static Result<SendingLimits> read(Connection& connection, const SharedSettings& settings,
                                      const QDateTime& nowUtc);

    // The first moment from `utc` on at which the limits let a message go (`utc` when none holds it), and in
    // `reason` the limit that holds it ("the hourly limit of 80 messages is reached"), unless a reason is
    // there already.
    QDateTime allowedFrom(const QDateTime& utc, QString& reason) const;
    // Messages sent since the local day began (what the daily cap counts).
    int sentToday() const { return m_sentToday; }
    // Messages sent in the sixty minutes before now (what the hourly cap counts; counted up to the cap).
    int sentLastHour() const;
    // The warm-up's day 1: the administrator's date, else the day of the first message ever sent, else today
    // (as read(); invalid when the limits were made without one).
    QDate warmUpFirstDay() const { return m_warmUpFirstDay; }
    // The warm-up day today is (1 = the first), 0 when the number is warm (or the warm-up is off).
    int warmUpDay() const;
    // Today's caps, lowered while the number warms up.
    int dailyCap() const;
    int hourlyCap() const;

private:
    SharedSettings m_settings;
    int m_sentToday = 0;
    QList<QDateTime> m_recentSends;
    QDateTime m_nowUtc;
    QDate m_warmUpFirstDay;
};

} // namespace fd
