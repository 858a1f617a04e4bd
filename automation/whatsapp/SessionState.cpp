#include "automation/whatsapp/SessionState.h"

#include <QObject>

namespace fd::whatsapp {

SessionState sessionStateFromName(const QString& name)
{
    if (name == QLatin1String("qr"))
        return SessionState::QrCode;
    if (name == QLatin1String("syncing"))
        return SessionState::Syncing;
    if (name == QLatin1String("ready"))
        return SessionState::Ready;
    if (name == QLatin1String("offline"))
        return SessionState::Offline;
    if (name == QLatin1String("unsupported"))
        return SessionState::Unsupported;
    if (name == QLatin1String("conflict"))
        return SessionState::Conflict;
    return SessionState::Loading;
}

QString sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Loading:
        return QStringLiteral("loading");
    case SessionState::QrCode:
        return QStringLiteral("qr");
    case SessionState::Syncing:
        return QStringLiteral("syncing");
    case SessionState::Ready:
        return QStringLiteral("ready");
    case SessionState::Offline:
        return QStringLiteral("offline");
    case SessionState::Unsupported:
        return QStringLiteral("unsupported");
    case SessionState::Conflict:
        return QStringLiteral("conflict");
    case SessionState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("loading");
}

QString describeSessionState(SessionState state)
{
    switch (state) {
    case SessionState::Loading:
        return QObject::tr("WhatsApp Web is loading.");
    case SessionState::QrCode:
        return QObject::tr("WhatsApp Web is logged out: scan the QR code with the business phone (WhatsApp > "
                           "Linked devices).");
    case SessionState::Syncing:
        return QObject::tr("WhatsApp Web is loading the chats.");
    case SessionState::Ready:
        return QObject::tr("WhatsApp Web is ready.");
    case SessionState::Offline:
        return QObject::tr("WhatsApp Web is offline: check the internet connection and the phone.");
    case SessionState::Unsupported:
        return QObject::tr("WhatsApp Web refuses this browser version.");
    case SessionState::Conflict:
        return QObject::tr("WhatsApp is open in another window: choose \"Use here\" to send from this desk.");
    case SessionState::Error:
        return QObject::tr("WhatsApp Web cannot be used.");
    }
    return {};
}

} // namespace fd::whatsapp
