#pragma once

#include "models/config/DeskConfig.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <memory>

namespace fd {

class CredentialService;
class GuiSession;
class MainWindow;
class SendingStation;
class WhatsAppTab;
struct StationPause;

namespace whatsapp {
class WhatsAppSession;
class WhatsAppWebSender;
} // namespace whatsapp

// What the window gets once someone signed in: the WhatsApp tab (the page the sender drives), the message
// log, Settings for admins, the WhatsApp state in the status bar and, when "this desk sends", the sender
// station. Owns the WhatsApp session, which outlives the tab showing it.
class DeskWiring : public QObject
{
    Q_OBJECT
public:
    explicit DeskWiring(GuiSession& session, QObject* parent = nullptr);
    ~DeskWiring() override;

    void attach(MainWindow* window);
    // Whether this desk's sender station runs (tests).
    bool sendsHere() const;
    whatsapp::WhatsAppSession* whatsAppSession() const { return m_whatsApp.get(); }

protected:
    // Closing the window while a message is in flight lets it finish (bounded); a second close is at once.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kCloseGraceMs = 10000;    // the message in flight, then it is recorded as it stands
    static constexpr int kCloseBackstopMs = 25000; // the window closes by then whatever is still open

    // A window that has not painted by then (started minimised) gets its session anyway.
    static constexpr int kStartLatestMs = 1000;

    void createSession(MainWindow* window); // the session, its sender and its tab (not started)
    // Desk ▸ Sign out: the station stops as when closing (the message in flight is recorded first), the
    // WhatsApp session lets its profile go, then the session shows the sign-in dialog.
    void signOut(MainWindow* window);
    void detach(); // everything made for the window is gone; attach() starts again for the next one
    // The station, the sender, the tab and the WhatsApp session (which holds the profile) go, in that order.
    void dropWhatsApp();
    void startWhatsApp(MainWindow* window);
    // "This desk sends" as set now: on, the WhatsApp session (holding the profile) and the sender station run
    // here; off, neither does, and the profile is free for a sender station (`frontdesk dispatch`) on this
    // PC.
    void applyThisDeskSends(MainWindow* window);
    void startSending(MainWindow* window);
    void openSettings(MainWindow* window);
    void showWhatsAppState(MainWindow* window);
    // A tray notification while this station is paused (when the desktop has a tray).
    void notifyPause(MainWindow* window, const StationPause& pause);

    GuiSession& m_session;
    DeskConfig m_desk;
    std::unique_ptr<CredentialService> m_credentials;
    std::unique_ptr<whatsapp::WhatsAppSession> m_whatsApp;
    std::unique_ptr<whatsapp::WhatsAppWebSender> m_webSender;
    std::unique_ptr<SendingStation> m_station;
    QPointer<WhatsAppTab> m_whatsAppTab; // lives in the window, shows m_whatsApp
    QPointer<QSystemTrayIcon> m_tray;    // shown while this station is paused
    bool m_paused = false;               // this station's pause wins the status bar over the page's state
    QPointer<MainWindow> m_window;
    bool m_closing = false;
    bool m_started = false;   // the first paint is past: WhatsApp may start
    bool m_releasing = false; // "this desk sends" was unticked: the station is stopping
    bool m_signingOut = false;
};

} // namespace fd
