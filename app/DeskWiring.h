#pragma once

#include "config/DeskConfig.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace fd {

class CredentialService;
class GuiSession;
class MainWindow;
class SendingStation;
class WhatsAppTab;

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

private:
    // A window that has not painted by then (started minimised) gets its session anyway.
    static constexpr int kStartLatestMs = 1000;

    void startWhatsApp(MainWindow* window);
    void openSettings(MainWindow* window);
    void showWhatsAppState(MainWindow* window);

    GuiSession& m_session;
    DeskConfig m_desk;
    std::unique_ptr<CredentialService> m_credentials;
    std::unique_ptr<whatsapp::WhatsAppSession> m_whatsApp;
    std::unique_ptr<whatsapp::WhatsAppWebSender> m_webSender;
    std::unique_ptr<SendingStation> m_station;
    QPointer<WhatsAppTab> m_whatsAppTab; // lives in the window, shows m_whatsApp
    bool m_paused = false;               // this station's pause wins the status bar over the page's state
};

} // namespace fd
