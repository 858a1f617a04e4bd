#pragma once

#include "automation/dispatch/StationPauses.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace fd {

// What an administrator looks at to judge how gently the business's WhatsApp number is used (the WhatsApp
// tab's "Sending health"): the messages of the last hour and of today against the caps (lowered while a new
// number warms up), the warm-up day, since when the number sends, this station's latest pause and the latest
// failures. Counted over every station, as the limits are (they share one number).
struct SendingHealth
{
    Q_DECLARE_TR_FUNCTIONS(fd::SendingHealth)

public:
    static constexpr int kFailures = 10;

    struct Failure
    {
        QDateTime at; // UTC
        QString eventType;
        QString phone;
        QString reason; // English, as the log keeps it (LoggedText)
    };

    int sentLastHour = 0;
    int hourlyCap = 0;
    int sentToday = 0;
    int dailyCap = 0;
    int warmUpDay = 0; // 1 = the first day; 0: the number is warm (or the warm-up is off)
    int warmUpDays = 0;
    // Day 1 of the number: the date an administrator gave ("a new number was linked"), else the day of the
    // first message ever sent; invalid when nothing was sent yet.
    QDate inUseSince;
    bool inUseSinceSetByAdmin = false;
    std::optional<StationPause> lastPause; // this station's latest, in force or lifted
    QList<Failure> failures;               // the latest first, at most kFailures

    static Result<SendingHealth> read(Connection& connection, const QString& station,
                                      const QDateTime& nowUtc);
};

} // namespace fd
