#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace fd {

class DeskPage;
struct DeskContext;

// The desk's window: Enquiries, Service requests, Deliveries, then the WhatsApp and Message log tabs (added
// by their owners through addWhatsAppTab / addMessageLogTab), then admin-only pages for admins.
// Tabs carry no Alt+letter (Ctrl+1…9 go to them): the letters belong to the menus and the fields of the page.
// Status bar: database, WhatsApp state, messages waiting / failed (polled through the database worker),
// who is signed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskContext& context, QWidget* parent = nullptr);

    // Inserted right after Deliveries; the tab's objectName is kept.
    void addWhatsAppTab(QWidget* tab);
    // Inserted after the WhatsApp tab (or after Deliveries when there is none yet).
    void addMessageLogTab(QWidget* tab);
    // Shown only when an admin is signed in; otherwise the page is deleted and false returned.
    bool addAdminPage(QWidget* page, const QString& title);
    // After the first run: where the WhatsApp login (QR code) happens. Does nothing without a WhatsApp tab.
    void showWhatsAppTab();

    void showDatabaseState(const QString& text, bool healthy);
    // The WhatsApp tab's state in the status bar, e.g. "WhatsApp: ready" / "WhatsApp: scan the QR code".
    void setWhatsAppState(const QString& text, bool healthy);

    QTabWidget* tabs() const { return m_tabs; }
    // The "Desk" menu, for actions added by the wiring (e.g. Settings for admins).
    QMenu* deskMenu() const { return m_deskMenu; }
    void refreshMessageCounts();
    // Templates and company details for the previews, read again (on every change of tab).
    void reloadPreviews();

    static constexpr int kCountsIntervalMs = 10000;

    // For administrators: a line above the tabs while any message template depends on a setting that is
    // missing (the feedback link, say), with a button to Settings. Read from the previews' settings.
    void updateSettingsNotice();

    // Closing asks first while a form holds text that was not saved (window-modal, answered through a
    // signal); the one who closes the window (Quit, the title bar, the wiring) lets it ask before anything
    // else is stopped.
    bool wouldAskBeforeClosing() const;

signals:
    // Desk ▸ Sign out, once a half-typed form was given up (or there was none): the wiring stops what runs
    // for this person and the session shows the sign-in dialog for the next one.
    void signOutRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void addShortcuts();
    void placeOnScreen();
    QList<DeskPage*> pagesWithUnsavedInput() const;
    enum class Leaving { Quit, SignOut };
    void askBeforeLeaving(const QList<DeskPage*>& pages, Leaving leaving);
    void signOut();
    void leave(Leaving leaving);
    DeskPage* currentPage() const;
    int indexAfter(const QWidget* anchor) const;

    DeskContext& m_context;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_settingsNotice = nullptr;
    QLabel* m_settingsNoticeText = nullptr;
    QMenu* m_deskMenu = nullptr;
    QWidget* m_deliveries = nullptr;
    QPointer<QWidget> m_whatsApp; // replaced when "this desk sends" is unticked (the profile is let go)
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_whatsAppLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QTimer* m_countsTimer = nullptr;
    bool m_countsInFlight = false;
    bool m_countsAgain = false;
    bool m_databaseConfirmed = false;
    bool m_previewsInFlight = false;
    bool m_shownOnce = false;
    bool m_closeConfirmed = false; // "quit (or sign out) without saving" was chosen
};

} // namespace fd
