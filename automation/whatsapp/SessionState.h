#pragma once

#include <QMetaType>
#include <QString>

namespace fd::whatsapp {

enum class SessionState {
    Loading,     // the page is loading or starting up
    QrCode,      // logged out: the QR code waits for a scan with the phone
    Syncing,     // logged in, loading the chats
    Ready,       // the chat list is there: messages can go
    Offline,     // the page says the computer or the phone is not connected
    Unsupported, // WhatsApp refuses this browser (even after a reload)
    Conflict,    // WhatsApp is open in another window: "Use here" takes it over
    Error,       // the page could not be loaded, or the profile is in use elsewhere
};

// "ready", "qr", ...: the names the injected driver reports.
SessionState sessionStateFromName(const QString& name);
QString sessionStateName(SessionState state);
// One sentence for the receptionist.
QString describeSessionState(SessionState state);

} // namespace fd::whatsapp

Q_DECLARE_METATYPE(fd::whatsapp::SessionState)
