#include "app/DeskWiring.h"

#include "app/AfterFirstPaint.h"
#include "app/DeskWhatsAppOptions.h"
#include "app/GuiSession.h"
#include "app/SendingStation.h"
#include "app/StationName.h"
#include "automation/secrets/CredentialService.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "models/config/DeskConfig.h"
#include "ui/common/DeskContext.h"
#include "ui/log/MessageLogTab.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/CloudApiDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/whatsapp/WhatsAppTab.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

namespace fd {

DeskWiring::DeskWiring(GuiSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_credentials(std::make_unique<CredentialService>())
{}

DeskWiring::~DeskWiring()
{
    dropWhatsApp();
}

void DeskWiring::dropWhatsApp()
{
    // The station uses the sender, the sender and the tab use the session.
    m_station.reset();
    m_paused = false;
    delete m_tray;
    delete m_whatsAppTab;
    m_webSender.reset();
    m_whatsApp.reset(); // the profile and its lock
}

void DeskWiring::attach(MainWindow* window)
{
    DatabaseWorker& database = *m_session.database();
    const DeskContext& context = *m_session.context();
    m_window = window;
    window->installEventFilter(this);
    connect(window, &MainWindow::signOutRequested, this, [this, window] { signOut(window); });

    createSession(window);
    auto* log = new MessageLogTab(database, context.isAdmin());
    log->setUserLogin(context.userLogin());
    window->addMessageLogTab(log);

    if (context.isAdmin()) {
        QMenu* menu = window->deskMenu();
        auto* settings = new QAction(tr("Se&ttings..."), window);
        settings->setObjectName(QStringLiteral("actionSettings"));
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QAction* quit = window->findChild<QAction*>(QStringLiteral("actionQuit"));
        menu->insertAction(quit, settings); // a null `quit` appends
        auto* transport = new QAction(tr("&How messages are sent..."), window);
        transport->setObjectName(QStringLiteral("actionTransport"));
        menu->insertAction(quit, transport);
        menu->insertSeparator(quit);
        window->addAction(settings);
        connect(transport, &QAction::triggered, window, [this, window] {
            auto* dialog = new CloudApiDialog(*m_session.database(), *m_credentials,
                                              m_session.context()->userLogin(), window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        connect(settings, &QAction::triggered, window, [this, window] { openSettings(window); });
    }

    // The window comes first: Chromium's start and the page (40–100 ms more when QtWebEngine did not start
    // during sign-in) follow once it is on screen; the first tab does not need them.
    runAfterFirstPaint(window, kStartLatestMs, [this, window] { startWhatsApp(window); });
}

bool DeskWiring::eventFilter(QObject* watched, QEvent* event)
{
    // The window asks first when a form holds unsaved text; sending stops only once closing is decided.
    if (event->type() != QEvent::Close || watched != m_window || m_closing || !m_station ||
        !m_station->isBusy() || m_window->wouldAskBeforeClosing())
        return QObject::eventFilter(watched, event);
    // A message is in flight: it gets a bounded time, then the window closes (a second close does it at
    // once).
    m_closing = true;
    event->ignore();
    m_window->statusBar()->showMessage(
        tr("Closing once the message being sent is recorded (at most %1 s) ...")
            .arg(kCloseBackstopMs / 1000));
    QPointer<MainWindow> window = m_window;
    auto close = [window] {
        if (window)
            window->close();
    };
    m_station->stop(kCloseGraceMs, close);
    QTimer::singleShot(kCloseBackstopMs, this, close);
    return true;
}

void DeskWiring::signOut(MainWindow* window)
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    window->setEnabled(false); // nothing new is typed or saved while this person's desk winds down
    auto done = std::make_shared<bool>(false);
    auto finish = [this, done] {
        if (*done)
            return;
        *done = true;
        detach();
        m_session.signOut();
    };
    if (m_station && m_station->isBusy())
        window->statusBar()->showMessage(
            tr("Signing out once the message being sent is recorded (at most %1 s) ...")
                .arg(kCloseBackstopMs / 1000));
    if (!m_station) {
        finish();
        return;
    }
    // Not from inside the dispatcher's own signal: the station is deleted by detach().
    m_station->stop(kCloseGraceMs, [this, finish] { QTimer::singleShot(0, this, finish); });
    QTimer::singleShot(kCloseBackstopMs, this, finish);
}

void DeskWiring::detach()
{
    dropWhatsApp(); // the profile is free for the next person's desk (or a sender station)
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = nullptr;
    m_closing = false;
    m_started = false;
    m_releasing = false;
    m_signingOut = false;
}

void DeskWiring::createSession(MainWindow* window)
{
    m_whatsApp = std::make_unique<whatsapp::WhatsAppSession>(deskWhatsAppOptions(m_desk));
    m_webSender = std::make_unique<whatsapp::WhatsAppWebSender>(*m_whatsApp);
    connect(m_webSender.get(), &Sender::readyChanged, window, [this, window] { showWhatsAppState(window); });
    connect(m_webSender.get(), &whatsapp::WhatsAppWebSender::engineChanged, window,
            [this, window] { showWhatsAppState(window); });

    m_whatsAppTab = new WhatsAppTab(*m_whatsApp);
    m_whatsAppTab->setSender(m_webSender.get());
    m_whatsAppTab->setCanResume(m_session.context()->isAdmin());
    if (m_session.context()->isAdmin())
        m_whatsAppTab->addSendingHealth(*m_session.database(), stationName());
    window->addWhatsAppTab(m_whatsAppTab);
    connect(m_whatsApp.get(), &whatsapp::WhatsAppSession::stateChanged, window,
            [this, window] { showWhatsAppState(window); });
}

void DeskWiring::startWhatsApp(MainWindow* window)
{
    m_started = true;
    applyThisDeskSends(window);
}

bool DeskWiring::sendsHere() const
{
    return m_station != nullptr;
}

void DeskWiring::applyThisDeskSends(MainWindow* window)
{
    if (!m_started || m_releasing)
        return; // before the first paint the start does it; a release in progress looks again when done
    const bool sends = m_desk.get(DeskConfig::Key::ThisDeskSends).toBool();
    if (sends == (m_station != nullptr)) {
        showWhatsAppState(window);
        return;
    }
    if (!sends) {
        // Unticked: the station stops (the message in flight is recorded first, as when closing), then the
        // WhatsApp profile is let go, so that a sender station (`frontdesk dispatch`) on this PC can use it.
        m_releasing = true;
        showWhatsAppState(window);
        QPointer<MainWindow> guard = window;
        m_station->stop(kCloseGraceMs, [this, guard] {
            QTimer::singleShot(0, this, [this, guard] { // not from inside the dispatcher's own signal
                if (guard != m_window)
                    return; // signed out meanwhile: detach() let everything go
                dropWhatsApp();
                m_releasing = false;
                if (!guard || m_signingOut)
                    return;
                createSession(guard);
                applyThisDeskSends(guard); // ticked again meanwhile: starts again
            });
        });
        return;
    }
    startSending(window);
}

void DeskWiring::startSending(MainWindow* window)
{
    // A failed start (the profile is driven by a running `frontdesk dispatch`, say) leaves the session in
    // its error state with the reason, which the tab and the status bar show.
    (void)m_whatsApp->start();
    showWhatsAppState(window);
    m_station = std::make_unique<SendingStation>(*m_session.database(), *m_webSender, *m_credentials);
    connect(m_station.get(), &SendingStation::stateChanged, window,
            [window](const QString& text, bool healthy) {
                if (!healthy)
                    window->statusBar()->showMessage(text, 15000);
            });
    // "WhatsApp Web has changed: sending paused": on the WhatsApp tab and in the status bar until
    // resumed.
    connect(m_station.get(), &SendingStation::paused, window, [this, window](const StationPause& pause) {
        m_paused = true;
        if (m_whatsAppTab)
            m_whatsAppTab->showPause(pause);
        window->setWhatsAppState(pause.describe(), false);
        notifyPause(window, pause);
    });
    connect(m_station.get(), &SendingStation::resumed, window, [this, window] {
        m_paused = false;
        if (m_whatsAppTab)
            m_whatsAppTab->showPause(std::nullopt);
        if (m_tray)
            m_tray->hide();
        showWhatsAppState(window);
    });
    if (m_whatsAppTab) {
        connect(m_whatsAppTab, &WhatsAppTab::resumeRequested, m_station.get(), [this] {
            m_station->resume(m_session.context()->userLogin(), m_session.context()->isAdmin());
        });
    }
    connect(m_station.get(), &SendingStation::resumeFinished, window, [window](bool ok, const QString& text) {
        window->statusBar()->showMessage(text, ok ? 5000 : 15000);
    });
    m_station->start();
}

void DeskWiring::notifyPause(MainWindow* window, const StationPause& pause)
{
    // The desk may be minimised behind the billing software: the sending desk says it in the tray too,
    // until an admin resumes.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), window);
        m_tray->setObjectName(QStringLiteral("pauseTray"));
        const QPointer<MainWindow> guard = window;
        auto bringUp = [guard] {
            if (!guard)
                return;
            guard->showNormal();
            guard->activateWindow();
            guard->showWhatsAppTab();
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, window, bringUp);
        connect(m_tray, &QSystemTrayIcon::activated, window, bringUp);
    }
    m_tray->setToolTip(tr("FrontDesk: sending paused"));
    m_tray->show();
    m_tray->showMessage(tr("FrontDesk: sending paused"), pause.describe(), QSystemTrayIcon::Warning);
}

void DeskWiring::showWhatsAppState(MainWindow* window)
{
    if (m_paused)
        return; // the pause says more than the page's state, and stays until an admin resumes
    if (m_started && !m_desk.get(DeskConfig::Key::ThisDeskSends).toBool()) {
        const QString text = m_releasing
                                 ? tr("WhatsApp: this desk stops sending…")
                                 : tr("WhatsApp: not used here (this desk does not send; the WhatsApp "
                                      "profile is free for a sender station)");
        window->setWhatsAppState(text, true);
        if (m_whatsAppTab)
            m_whatsAppTab->showNotSending(text);
        return;
    }
    // Once the page shows the chats: which engine sends, or why it cannot yet.
    const bool pageReady = m_whatsApp->state() == whatsapp::SessionState::Ready;
    const bool senderReady = pageReady && m_webSender && m_webSender->isReady();
    QString text = m_whatsApp->stateText();
    if (pageReady && m_webSender)
        text = tr("%1 (engine: %2)")
                   .arg(senderReady ? text : m_webSender->notReadyReason(), m_webSender->engineText());
    window->setWhatsAppState(tr("WhatsApp: %1").arg(text), senderReady);
}

void DeskWiring::openSettings(MainWindow* window)
{
    // Window-modal but not a nested event loop: the page and the sender keep running behind it.
    auto* dialog =
        new SettingsDialog(*m_session.database(), m_desk, m_session.context()->userLogin(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, window, [this, window](bool ok, const QString&) {
        if (!ok)
            return;
        window->reloadPreviews();
        window->refreshMessageCounts();
        // Settings take effect while running: the station reads quiet hours, cap and pace again at once, and
        // "this desk sends" starts or stops sending here.
        if (m_station)
            m_station->settingsChanged();
        applyThisDeskSends(window);
    });
    dialog->open();
}

} // namespace fd
