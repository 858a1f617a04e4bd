#pragma once

#include "automation/dispatch/StationPauses.h"
#include "automation/whatsapp/SessionState.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QWebEngineView;

namespace fd::whatsapp {
class WhatsAppSession;
class WhatsAppWebSender;
} // namespace fd::whatsapp

namespace fd {

class DatabaseWorker;
class PauseBanner;
class SendingHealthPanel;

// The WhatsApp tab: WhatsApp Web as the sender drives it (the receptionist scans the QR code here once),
// the session's state, "Use here" when WhatsApp is open elsewhere, and "Check WhatsApp page", which lists
// the landmarks of the selector pack that the page shows and the ones it misses. When this desk's station
// paused ("WhatsApp Web has changed: sending paused"), it says so with what is missing; admins can resume.
class WhatsAppTab : public QWidget
{
    Q_OBJECT
public:
    explicit WhatsAppTab(whatsapp::WhatsAppSession& session, QWidget* parent = nullptr);
    ~WhatsAppTab() override;

    // Optional: while this sender types a message, the tab says "do not touch".
    void setSender(whatsapp::WhatsAppWebSender* sender);

    QWebEngineView* view() const { return m_view; }
    PauseBanner* pauseBanner() const { return m_pause; }

    // This desk's station paused (or not any more); admins get "Resume sending".
    void showPause(const std::optional<StationPause>& pause);
    void setCanResume(bool canResume);
    // This desk does not send: the session is not started (the profile is left to a sender station).
    void showNotSending(const QString& text);
    // Administrators: a "Sending health" button shows the figures of this station's sending beside the page.
    void addSendingHealth(DatabaseWorker& database, const QString& station);
    SendingHealthPanel* sendingHealth() const { return m_health; }

signals:
    // An admin confirmed "Resume sending".
    void resumeRequested();

private:
    void showState(whatsapp::SessionState state, const QString& text);
    void showBusy(bool busy);
    void runSelfTest();
    void attachPage();

    whatsapp::WhatsAppSession& m_session;
    QLabel* m_state = nullptr;
    QLabel* m_engine = nullptr; // which engine sends: WA-JS or the DOM driver
    QPointer<whatsapp::WhatsAppWebSender> m_sender;
    QLabel* m_notice = nullptr;
    PauseBanner* m_pause = nullptr;
    QPushButton* m_useHere = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_check = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QSplitter* m_split = nullptr; // the page, and the sending health beside it
    QWebEngineView* m_view = nullptr;
    QPushButton* m_healthButton = nullptr;
    SendingHealthPanel* m_health = nullptr;
};

} // namespace fd
