#include "automation/dispatch/StationPauses.h"

#include "models/db/SqlValues.h"
#include "models/repositories/Row.h"

namespace fd {
namespace {

const QString kColumns =
    QStringLiteral("id, station, transport, reason, missing, selector_pack, paused_at, paused_by, "
                   "resumed_at, resumed_by");

StationPause read(const Row& row)
{
    StationPause pause;
    pause.id = row.id("id");
    pause.station = row.text("station");
    pause.transport = row.text("transport");
    pause.reason = row.text("reason");
    pause.missing = row.text("missing");
    pause.selectorPack = row.text("selector_pack");
    pause.pausedAt = row.time("paused_at");
    pause.pausedBy = row.text("paused_by");
    pause.resumedAt = row.time("resumed_at");
    pause.resumedBy = row.text("resumed_by");
    return pause;
}

} // namespace

QString StationPause::describe() const
{
    if (missing.isEmpty())
        return reasonOnScreen();
    return QObject::tr("%1 (%2)").arg(reasonOnScreen(), missing);
}

StationPauses::StationPauses(Connection& connection)
    : m_connection(connection)
{}

LoggedText StationPauses::pageChanged()
{
    return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "WhatsApp Web has changed: sending paused"));
}

LoggedText StationPauses::notConfirmed()
{
    return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "messages are not confirmed: sending paused"));
}

LoggedText StationPauses::twoUnconfirmed()
{
    return LoggedText::of(
        QT_TRANSLATE_NOOP("QObject", "two sends in a row were not confirmed; the last: %1"));
}

LoggedText StationPauses::canaryFailed()
{
    return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "the check before sending failed: sending paused"));
}

Result<StationPause> StationPauses::pause(const StationPause& pause)
{
    const QString what = QObject::tr("pause sending on this station");
    if (m_connection.dialect() == Dialect::Postgres) {
        auto recorded = m_connection.scalar(
            // The server records when and who (migration 0016).
            QStringLiteral("SELECT frontdesk_pause_station(?, ?, ?, ?, ?)"),
            {pause.station, sql::nullable(pause.transport), pause.reason, sql::nullable(pause.missing),
             sql::nullable(pause.selectorPack)},
            what);
        if (!recorded)
            return recorded.error();
    } else {
        // One desk, one writer at a time: the unique index of pauses in force keeps the first.
        auto recorded = m_connection.exec(
            QStringLiteral("INSERT INTO station_pauses (station, transport, reason, missing, selector_pack, "
                           "paused_at, paused_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (station) WHERE resumed_at IS NULL DO NOTHING"),
            {pause.station, sql::nullable(pause.transport), pause.reason, sql::nullable(pause.missing),
             sql::nullable(pause.selectorPack), sql::fromDateTime(pause.pausedAt),
             sql::nullable(pause.pausedBy)},
            what);
        if (!recorded)
            return recorded.error();
    }
    auto inForce = active(pause.station);
    if (!inForce)
        return inForce.error();
    if (!inForce->has_value())
        return Error::make(Error::Kind::Internal,
                           QObject::tr("The pause of station %1 was not recorded.").arg(pause.station));
    return inForce->value();
}

Result<std::optional<StationPause>> StationPauses::active(const QString& station)
{
    auto query = m_connection.exec(
        QStringLiteral("SELECT %1 FROM station_pauses WHERE station = ? AND resumed_at IS NULL")
            .arg(kColumns),
        {station}, QObject::tr("read whether sending is paused"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<StationPause>();
    return std::optional<StationPause>(read(Row(query.value())));
}

Result<std::optional<StationPause>> StationPauses::latest(const QString& station)
{
    auto query = m_connection.exec(
        QStringLiteral(
            "SELECT %1 FROM station_pauses WHERE station = ? ORDER BY paused_at DESC, id DESC LIMIT 1")
            .arg(kColumns),
        {station}, QObject::tr("read the latest pause of sending"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<StationPause>();
    return std::optional<StationPause>(read(Row(query.value())));
}

Result<QList<StationPause>> StationPauses::allActive()
{
    auto query = m_connection.exec(
        QStringLiteral("SELECT %1 FROM station_pauses WHERE resumed_at IS NULL ORDER BY paused_at, id")
            .arg(kColumns),
        {}, QObject::tr("read where sending is paused"));
    if (!query)
        return query.error();
    return readAll<StationPause>(query.value(), [](const Row& row) { return read(row); });
}

Result<int> StationPauses::resume(const QString& station, const QString& by, bool isAdmin,
                                  const QDateTime& atUtc)
{
    if (!isAdmin)
        return Error::make(Error::Kind::PermissionDenied,
                           QObject::tr("Only an administrator may resume sending."));
    // PostgreSQL records the login the server knows; the grants let only administrators update the table.
    const bool postgres = m_connection.dialect() == Dialect::Postgres;
    auto updated =
        m_connection.exec(QStringLiteral("UPDATE station_pauses SET resumed_at = ?, resumed_by = %1 WHERE "
                                         "station = ? AND resumed_at IS NULL")
                              .arg(postgres ? QStringLiteral("session_user") : QStringLiteral("?")),
                          postgres ? QVariantList{sql::fromDateTime(atUtc), station}
                                   : QVariantList{sql::fromDateTime(atUtc), sql::nullable(by), station},
                          QObject::tr("resume sending"));
    if (!updated)
        return updated.error();
    return updated.value().numRowsAffected();
}

} // namespace fd
