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
// cap (any sixty minutes) and a pause after every batch (so many sends with no pause between them).
// Messages held by them stay PENDING; the reason and the time say why and until when.
class SendingLimits
{
    Q_DECLARE_TR_FUNCTIONS(fd::SendingLimits)

public:
    SendingLimits() = default;
    // `recentSends`: the latest send times (UTC), newest first, at least as many as the hourly cap and the
    // batch size when there were that many.
    SendingLimits(SharedSettings settings, int sentToday, QList<QDateTime> recentSends, QDateTime nowUtc);
    static Result<SendingLimits> read(Connection& connection, const SharedSettings& settings,
                                      const QDateTime& nowUtc);

    // The first moment from `utc` on at which the limits let a message go (`utc` when none holds it), and in
    // `reason` the limit that holds it ("the hourly limit of 80 messages is reached"), unless a reason is
    // there already.
    QDateTime allowedFrom(const QDateTime& utc, QString& reason) const;
    // Messages sent since the local day began (what the daily cap counts).
    int sentToday() const { return m_sentToday; }

private:
    SharedSettings m_settings;
    int m_sentToday = 0;
    QList<QDateTime> m_recentSends;
    QDateTime m_nowUtc;
};

} // namespace fd
