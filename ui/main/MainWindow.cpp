#include "ui/main/MainWindow.h"

#include "automation/outbox/MissingSettings.h"
#include "automation/outbox/SendingOutlook.h"
#include "models/config/DeskConfig.h"
#include "models/db/DatabaseWorker.h"
#include "models/logmodel/MessageLogModel.h"
#include "models/repositories/MessageCounts.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DeskPage.h"
#include "ui/common/StatusColors.h"
#include "ui/common/WindowQuestion.h"
#include "ui/deliveries/DeliveriesTab.h"
#include "ui/enquiries/EnquiriesTab.h"
#include "ui/main/LanguageMenu.h"
#include "ui/service/ServiceRequestsTab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {
namespace {

void styleStatus(QLabel* label, bool healthy)
{
    // A plain label when all is well; a clearly marked one (on any palette) when it is not.
    label->setAutoFillBackground(!healthy);
    if (healthy) {
        label->setPalette(QPalette());
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, QColor(0xb3, 0x26, 0x1e));
    palette.setColor(QPalette::WindowText, Qt::white);
    label->setPalette(palette);
}

} // namespace

MainWindow::MainWindow(DeskContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FrontDesk"));
    placeOnScreen();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Desk pages"));
    m_tabs->setDocumentMode(true);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_settingsNotice = new QFrame(central);
    m_settingsNotice->setObjectName(QStringLiteral("settingsNotice"));
    m_settingsNoticeText = new QLabel(m_settingsNotice);
    m_settingsNoticeText->setObjectName(QStringLiteral("settingsNoticeText"));
    m_settingsNoticeText->setWordWrap(true);
    m_settingsNoticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColors::apply(m_settingsNoticeText, StatusColors::Tone::Warning);
    auto* openSettings = new QPushButton(tr("Open Settings…"), m_settingsNotice);
    openSettings->setObjectName(QStringLiteral("settingsNoticeOpen"));
    connect(openSettings, &QPushButton::clicked, this, [this] {
        if (auto* settings = findChild<QAction*>(QStringLiteral("actionSettings")))
            settings->trigger();
    });
    auto* noticeLayout = new QHBoxLayout(m_settingsNotice);
    noticeLayout->addWidget(m_settingsNoticeText, 1);
    noticeLayout->addWidget(openSettings, 0, Qt::AlignVCenter);
    m_settingsNotice->hide();
    centralLayout->addWidget(m_settingsNotice);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_tabs->addTab(new EnquiriesTab(context, m_tabs), tr("Enquiries"));
    m_tabs->addTab(new ServiceRequestsTab(context, m_tabs), tr("Service requests"));
    m_deliveries = new DeliveriesTab(context, m_tabs);
    m_tabs->addTab(m_deliveries, tr("Deliveries"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (QWidget* page = m_tabs->currentWidget())
            page->setFocus();
        if (DeskPage* page = currentPage())
            page->refresh(); // another desk (or an admin's page) may have changed its lists meanwhile
        reloadPreviews();    // an admin may have changed templates or company details meanwhile
    });

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseLabel->setAccessibleName(tr("Database status"));
    m_databaseLabel->setMargin(2);
    m_whatsAppLabel = new QLabel(tr("WhatsApp: not started"), this);
    m_whatsAppLabel->setObjectName(QStringLiteral("whatsAppStatus"));
    m_whatsAppLabel->setAccessibleName(tr("WhatsApp status"));
    m_whatsAppLabel->setMargin(2);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("messageCounts"));
    m_countsLabel->setAccessibleName(tr("Messages waiting and failed"));
    m_countsLabel->setMargin(2);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    m_userLabel->setAccessibleName(tr("Signed in user"));
    const QString role = context.isAdmin() ? tr("administrator") : tr("reception");
    m_userLabel->setText(tr("%1 (%2)").arg(context.signedIn.user.name, role));
    statusBar()->addWidget(m_databaseLabel, 2);
    statusBar()->addWidget(m_whatsAppLabel, 1);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    showDatabaseState(tr("%1 — connecting…").arg(context.database.spec().displayName()), true);

    connect(&m_context.database, &DatabaseWorker::availabilityChanged, this,
            [this](bool available, const QString& message) {
                const QString name = m_context.database.spec().displayName();
                showDatabaseState(
                    available ? name
                              : tr("%1 — not reachable: %2. What you type is kept.").arg(name, message),
                    available);
            });

    m_countsTimer = new QTimer(this);
    m_countsTimer->setInterval(kCountsIntervalMs);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshMessageCounts);
    m_countsTimer->start();
    refreshMessageCounts();
    addShortcuts();
    updateSettingsNotice();
}

void MainWindow::updateSettingsNotice()
{
    const QList<MissingSettings::Gap> gaps = m_context.isAdmin()
                                                 ? MissingSettings::gaps(m_context.previews.settings())
                                                 : QList<MissingSettings::Gap>();
    if (gaps.isEmpty()) {
        m_settingsNotice->hide();
        return;
    }
    QStringList lines;
    for (const MissingSettings::Gap& gap : gaps) {
        QStringList events;
        for (EventType event : gap.events)
            events << MessageLogModel::eventLabel(eventTypeName(event));
        lines << tr("%1 (messages: %2)").arg(gap.reason.shown, events.join(QStringLiteral(", ")));
    }
    m_settingsNoticeText->setText(
        tr("Some WhatsApp messages cannot be sent until Settings are complete: %1. "
           "They are kept in the message log as failed; once the setting is filled in, "
           "retry them there.")
            .arg(lines.join(QStringLiteral("; "))));
    m_settingsNotice->show();
}

void MainWindow::addShortcuts()
{
    QMenu* desk = menuBar()->addMenu(tr("&Desk"));
    desk->setObjectName(QStringLiteral("deskMenu"));
    m_deskMenu = desk;
    auto add = [this, desk](const QString& text, const QKeySequence& keys, const QString& name, auto slot) {
        QAction* action = desk->addAction(text);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("&Save"), QKeySequence::Save, QStringLiteral("actionSave"), [this] {
        if (DeskPage* page = currentPage())
            page->save();
    });
    add(tr("&New"), QKeySequence::New, QStringLiteral("actionNew"), [this] {
        if (DeskPage* page = currentPage())
            page->startNew();
    });
    add(tr("&Find"), QKeySequence::Find, QStringLiteral("actionFind"), [this] {
        if (DeskPage* page = currentPage())
            page->focusSearch();
        else if (QWidget* tab = m_tabs->currentWidget()) // the message log: its own search box
            QMetaObject::invokeMethod(tab, "focusSearch");
    });
    add(tr("&Refresh"), QKeySequence::Refresh, QStringLiteral("actionRefresh"), [this] {
        if (DeskPage* page = currentPage())
            page->refresh();
        refreshMessageCounts();
    });
    desk->addSeparator();
    desk->addMenu(new LanguageMenu(this));
    desk->addSeparator();
    // A shared counter PC: the next person signs in without quitting (Ctrl+L, as a screen lock).
    add(tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("actionSignOut"),
        [this] { signOut(); });
    add(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("actionQuit"), [this] { close(); });

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    for (int i = 0; i < 9; ++i) {
        QAction* action = go->addAction(tr("Tab %1").arg(i + 1));
        action->setObjectName(QStringLiteral("actionTab%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(action);
    }
    connect(go, &QMenu::aboutToShow, this, [this, go] {
        const QList<QAction*> actions = go->actions();
        for (int i = 0; i < actions.size(); ++i) {
            actions[i]->setVisible(i < m_tabs->count());
            if (i < m_tabs->count())
                actions[i]->setText(m_tabs->tabText(i));
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("Ctrl+S  save the form\nCtrl+N  clear the form for the next customer\n"
                                    "Ctrl+F  search the list\nF5  refresh\nCtrl+1…9  go to a tab\n"
                                    "Alt+underlined letter  go to that field\nCtrl+P  print the job sheet"));
    });
}

// Where the window was when it was last closed (restoreGeometry keeps it on a screen that is there now);
// the first time, 1200×760 or less: a 1366×768 screen with a taskbar has about 1366×728 for the window and
// its title bar.
void MainWindow::placeOnScreen()
{
    if (restoreGeometry(DeskConfig().get(DeskConfig::Key::WindowGeometry).toByteArray()))
        return;
    const QRect room = screen()->availableGeometry();
    const int titleBar = style()->pixelMetric(QStyle::PM_TitleBarHeight);
    resize(qMin(1200, room.width()), qMin(760, room.height() - titleBar));
}

QList<DeskPage*> MainWindow::pagesWithUnsavedInput() const
{
    QList<DeskPage*> pages;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* page = qobject_cast<DeskPage*>(m_tabs->widget(i)); page && page->hasUnsavedInput())
            pages.append(page);
    }
    return pages;
}

bool MainWindow::wouldAskBeforeClosing() const
{
    return !m_closeConfirmed && !pagesWithUnsavedInput().isEmpty();
}

void MainWindow::askBeforeLeaving(const QList<DeskPage*>& pages, Leaving leaving)
{
    m_tabs->setCurrentWidget(pages.first());
    QStringList names;
    for (DeskPage* page : pages)
        names << m_tabs->tabText(m_tabs->indexOf(page)).remove(QLatin1Char('&'));
    const QString forms = QLocale().createSeparatedList(names);
    const bool quit = leaving == Leaving::Quit;
    WindowQuestion question{
        QStringLiteral("unsavedFormsQuestion"),
        quit ? tr("Quit FrontDesk") : tr("Sign out"),
        quit ? tr("Not saved yet: the form on %1.\n\nQuit and lose what was typed?").arg(forms)
             : tr("Not saved yet: the form on %1.\n\nSign out and lose what was typed?").arg(forms),
        {{quit ? tr("&Quit without saving") : tr("&Sign out without saving"), QMessageBox::DestructiveRole,
          QStringLiteral("unsavedFormsQuit"),
          [this, leaving] {
              m_closeConfirmed = true;
              leave(leaving);
          }},
         {tr("&Keep working"), QMessageBox::RejectRole, QStringLiteral("unsavedFormsKeep"), {}}}};
    question.defaultAnswer = 1; // losing typed work is never the default
    ask(this, question);
}

void MainWindow::signOut()
{
    if (!m_closeConfirmed) {
        if (const QList<DeskPage*> pages = pagesWithUnsavedInput(); !pages.isEmpty()) {
            askBeforeLeaving(pages, Leaving::SignOut);
            return;
        }
    }
    leave(Leaving::SignOut);
}

void MainWindow::leave(Leaving leaving)
{
    if (leaving == Leaving::Quit) {
        close();
        return;
    }
    m_closeConfirmed = true; // the window goes without asking again
    DeskConfig().set(DeskConfig::Key::WindowGeometry, saveGeometry());
    emit signOutRequested();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeConfirmed) {
        if (const QList<DeskPage*> pages = pagesWithUnsavedInput(); !pages.isEmpty()) {
            event->ignore();
            askBeforeLeaving(pages, Leaving::Quit);
            return;
        }
    }
    DeskConfig().set(DeskConfig::Key::WindowGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // The first form's first field: what is typed after signing in goes into it (focused when the window
    // becomes active).
    if (QWidget* page = m_tabs->currentWidget())
        page->setFocus();
}

DeskPage* MainWindow::currentPage() const
{
    return qobject_cast<DeskPage*>(m_tabs->currentWidget());
}

int MainWindow::indexAfter(const QWidget* anchor) const
{
    const int index = anchor ? m_tabs->indexOf(const_cast<QWidget*>(anchor)) : -1;
    return index < 0 ? m_tabs->indexOf(m_deliveries) + 1 : index + 1;
}

void MainWindow::addWhatsAppTab(QWidget* tab)
{
    m_whatsApp = tab;
    m_tabs->insertTab(indexAfter(m_deliveries), tab, tr("WhatsApp"));
}

void MainWindow::addMessageLogTab(QWidget* tab)
{
    m_tabs->insertTab(indexAfter(m_whatsApp ? m_whatsApp.data() : m_deliveries), tab, tr("Message log"));
}

bool MainWindow::addAdminPage(QWidget* page, const QString& title)
{
    if (!m_context.isAdmin()) {
        delete page;
        return false;
    }
    m_tabs->addTab(page, title);
    return true;
}

void MainWindow::showWhatsAppTab()
{
    if (m_whatsApp)
        m_tabs->setCurrentWidget(m_whatsApp);
}

void MainWindow::showDatabaseState(const QString& text, bool healthy)
{
    m_databaseLabel->setText(text);
    styleStatus(m_databaseLabel, healthy);
}

void MainWindow::setWhatsAppState(const QString& text, bool healthy)
{
    m_whatsAppLabel->setText(text);
    styleStatus(m_whatsAppLabel, healthy);
}

void MainWindow::reloadPreviews()
{
    if (m_previewsInFlight)
        return;
    m_previewsInFlight = true;
    m_context.database.run(
        this, [](Connection& c) { return PreviewTemplates::load(c); },
        [this](const Result<PreviewTemplates>& previews) {
            m_previewsInFlight = false;
            if (previews) {
                m_context.previews = previews.value();
                updateSettingsNotice();
            }
        });
}

void MainWindow::refreshMessageCounts()
{
    if (m_countsInFlight) {
        m_countsAgain = true; // the database is slow: one question at a time, then once more
        return;
    }
    m_countsInFlight = true;
    struct Figures
    {
        MessageCounts counts;
        SendingOutlook outlook;
    };
    m_context.database.run(
        this,
        [](Connection& c) -> Result<Figures> {
            auto counts = MessageCounts::read(c);
            if (!counts)
                return counts.error();
            auto outlook = SendingOutlook::read(c);
            if (!outlook)
                return outlook.error();
            return Figures{counts.value(), outlook.value()};
        },
        [this](const Result<Figures>& figures) {
            const Result<MessageCounts> counts =
                figures ? Result<MessageCounts>(figures->counts) : Result<MessageCounts>(figures.error());
            m_countsInFlight = false;
            if (m_countsAgain) {
                m_countsAgain = false;
                QTimer::singleShot(0, this, &MainWindow::refreshMessageCounts);
            }
            if (!counts) {
                m_countsLabel->setText(tr("Messages: unknown"));
                return;
            }
            if (!m_databaseConfirmed) {
                // The first answer: the database is there (a schema check may add details later).
                m_databaseConfirmed = true;
                if (m_databaseLabel->text().endsWith(tr("connecting…")))
                    showDatabaseState(m_context.database.spec().displayName(), true);
            }
            // Why they wait and when the next goes: quiet hours, the daily cap, a desk that does not
            // send.
            QStringList why;
            if (counts->waiting > 0) {
                if (const SendingOutlook::Wait wait = figures->outlook.now(); !wait.reason.isEmpty())
                    why << figures->outlook.describe(wait);
                if (!DeskConfig().get(DeskConfig::Key::ThisDeskSends).toBool())
                    why << tr("this desk does not send them (a sender station does)");
            }
            m_countsLabel->setText(
                why.isEmpty()
                    ? tr("Messages waiting: %1 · failed: %2").arg(counts->waiting).arg(counts->failed)
                    : tr("Messages waiting: %1 (%2) · failed: %3")
                          .arg(counts->waiting)
                          .arg(why.join(QStringLiteral("; ")))
                          .arg(counts->failed));
            m_countsLabel->setToolTip(m_countsLabel->text());
            styleStatus(m_countsLabel, counts->failed == 0);
        });
}

} // namespace fd
