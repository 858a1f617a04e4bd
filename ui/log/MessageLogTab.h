#pragma once

#include "automation/outbox/SendingOutlook.h"
#include "models/core/Clock.h"
#include "models/logmodel/MessageLogQueries.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace fd {

class DatabaseWorker;
class LogFilterBar;
struct RetryReport;
class MessageDetailsPane;
class MessageLogModel;
class PauseBanner;

// The audit log of every WhatsApp message, for admin and reception: figures, filters, search, paging,
// details, CSV export. Admins also get "Retry selected" and "Retry all failed"; for reception the buttons do
// not exist (and the engine and database refuse a retry anyway). Above the log: the stations where sending is
// paused, with "Resume sending" for admins.
class MessageLogTab : public QWidget
{
    Q_OBJECT
public:
    MessageLogTab(DatabaseWorker& database, bool isAdmin, const Clock& clock = Clock::system(),
                  QWidget* parent = nullptr);

    MessageLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MessageDetailsPane* detailsPane() const { return m_details; }
    LogFilterBar* filterBar() const { return m_filters; }
    PauseBanner* pauseBanner() const { return m_pauses; }
    // Who is signed in, recorded when an admin resumes a station (PostgreSQL records its own login).
    void setUserLogin(const QString& login) { m_login = login; }

    // Writes the current filter to `path` (the Export button asks for the file first).
    void exportTo(const QString& path);
    // Without asking for confirmation (the buttons ask first).
    void retryIds(const QList<qint64>& ids);
    void retryAllFailedInFilter();
    // Reads where sending is paused (also every few seconds by itself).
    void refreshPauses();
    // Without asking for confirmation (the banner's button asks first).
    void resumeStation(const QString& station);

    static constexpr int kPausesIntervalMs = 5000;

    QString statusText() const;
    // Ctrl+F: the window's Find action calls it (a shortcut of the tab's own would clash with it).
    Q_INVOKABLE void focusSearch();

signals:
    void exportFinished(bool ok, const QString& message);
    void retryFinished(bool ok, const QString& message);
    void resumeFinished(bool ok, const QString& message);

private:
    void showSummary(const MessageLogSummary& summary);
    void updatePaging();
    void updateActions();
    void loadDetails();
    void askRetrySelected();
    static bool mayBeStuck(const QString& status);
    void askRetryAllFailed();
    void retryDone(const Result<RetryReport>& report);
    void askExport();
    void askResume(const QString& station);
    void setStatus(const QString& text, bool problem = false);
    QList<qint64> selectedIds() const;

    DatabaseWorker& m_database;
    const bool m_isAdmin;
    const Clock& m_clock;
    MessageLogModel* m_model = nullptr;
    LogFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    MessageDetailsPane* m_details = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_sent = nullptr;
    QLabel* m_failed = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_skipped = nullptr;
    QPushButton* m_first = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_last = nullptr;
    QLabel* m_pageLabel = nullptr;
    QComboBox* m_pageSize = nullptr;
    QPushButton* m_retrySelected = nullptr;  // admins only
    QPushButton* m_retryAllFailed = nullptr; // admins only
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    PauseBanner* m_pauses = nullptr;
    QTimer* m_pausesTimer = nullptr;
    SendingOutlook m_outlook; // quiet hours, the cap, as last read with the pauses
    QString m_login;
    bool m_pausesInFlight = false;
    quint64 m_detailsGeneration = 0;
    qint64 m_detailsId = 0;
    bool m_exporting = false;
    bool m_columnsSized = false;
    bool m_retrying = false;
};

} // namespace fd
