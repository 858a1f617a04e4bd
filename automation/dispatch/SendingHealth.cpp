#include "automation/dispatch/SendingHealth.h"

#include "automation/dispatch/SendingLimits.h"
#include "automation/settings/SharedSettings.h"
#include "models/repositories/Row.h"

namespace fd {

Result<SendingHealth> SendingHealth::read(Connection& connection, const QString& station,
                                          const QDateTime& nowUtc)
{
    auto settings = SharedSettings::load(connection);
    if (!settings)
        return settings.error();
    // The limits as the dispatcher sees them.
    auto limits = SendingLimits::read(connection, settings.value(), nowUtc);
    if (!limits)
        return limits.error();

    SendingHealth health;
    health.sentLastHour = limits->sentLastHour();
    health.sentToday = limits->sentToday();
    health.hourlyCap = limits->hourlyCap();
    health.dailyCap = limits->dailyCap();
    health.warmUpDay = limits->warmUpDay();
    health.warmUpDays = settings->warmUpDays;
    health.inUseSinceSetByAdmin = settings->warmUpSince.isValid();
    // SendingLimits counts today as day 1 when nothing was ever sent: here that is "not yet".
    const bool anySent = health.inUseSinceSetByAdmin || limits->sentToday() > 0 ||
                         limits->warmUpFirstDay() != nowUtc.toLocalTime().date();
    health.inUseSince = anySent ? limits->warmUpFirstDay() : QDate();

    auto pause = StationPauses(connection).latest(station);
    if (!pause)
        return pause.error();
    health.lastPause = pause.value();

    auto rows = connection.exec(
        QStringLiteral("SELECT COALESCE(updated_at, created_at) AS at, event_type, customer_phone, "
                       "error_message FROM whatsapp_message_logs WHERE status = 'FAILED' AND event_type <> "
                       "'CANARY' ORDER BY COALESCE(updated_at, created_at) DESC, id DESC LIMIT ?"),
        {kFailures}, tr("read the latest failures"));
    if (!rows)
        return rows.error();
    health.failures = readAll<Failure>(rows.value(), [](const Row& row) {
        return Failure{row.time("at"), row.text("event_type"), row.text("customer_phone"),
                       row.text("error_message")};
    });
    return health;
}

} // namespace fd
