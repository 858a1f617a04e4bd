#pragma once

#include "models/core/LoggedText.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <optional>

namespace fd {

// Sending paused on one station because it could not see its own messages any more (WhatsApp Web changed, or
// two sends in a row were not confirmed). Kept in `station_pauses` (migration 0013) after it is lifted.
struct StationPause
{
    qint64 id = 0;
    QString station;
    QString transport;
    QString reason;       // English, as the log keeps it (LoggedText); on screen: reasonOnScreen()
    QString missing;      // what the station could not find or confirm (the transport's words)
    QString selectorPack; // what the page was read with, when the transport has a selector pack
    QDateTime pausedAt;   // UTC
    QString pausedBy;
    QDateTime resumedAt; // invalid while the pause stands
    QString resumedBy;

    bool isActive() const { return !resumedAt.isValid(); }
    QString reasonOnScreen() const { return LoggedText::onScreen(reason); }
    // "WhatsApp Web has changed: sending paused (missing: ...)", in the desk's language.
    QString describe() const;
};

// The pauses of every station. Any station records its own; only an administrator lifts one (on PostgreSQL
// the server enforces both: reception records through frontdesk_pause_station and may not update the table).
class StationPauses
{
public:
    explicit StationPauses(Connection& connection);

    // Records the pause unless the station already has one in force; returns the one in force. On
    // PostgreSQL the server records who paused (its session user), `pause.pausedBy` elsewhere.
    Result<StationPause> pause(const StationPause& pause);
    Result<std::optional<StationPause>> active(const QString& station);
    Result<QList<StationPause>> allActive();
    // The station's latest pause, in force or lifted (the sending-health view).
    Result<std::optional<StationPause>> latest(const QString& station);
    // Lifts the station's pause; returns how many were lifted (0 or 1). Refused unless `isAdmin` (and, on
    // PostgreSQL, unless the login may update the table). On PostgreSQL the server records who.
    Result<int> resume(const QString& station, const QString& by, bool isAdmin, const QDateTime& atUtc);

    // The reasons a station pauses with (English sources for the log).
    static LoggedText pageChanged();    // "WhatsApp Web has changed: sending paused"
    static LoggedText notConfirmed();   // the same for transports without a page
    static LoggedText twoUnconfirmed(); // what is missing after two unconfirmed sends: "...; the last: %1"
    static LoggedText canaryFailed();   // "the check before sending failed: sending paused"

private:
    Connection& m_connection;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::StationPause)
