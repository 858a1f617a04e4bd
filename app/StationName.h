#pragma once

#include <QHostInfo>
#include <QString>

namespace fd {

// The station that claims messages: this computer. The desk's window and `frontdesk dispatch` use the same
// name, so a claim that lapsed when one of them stopped comes back to this computer first.
inline QString stationName()
{
    const QString host = QHostInfo::localHostName();
    return host.isEmpty() ? QStringLiteral("station") : host;
}

} // namespace fd
