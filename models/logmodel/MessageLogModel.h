#pragma once

#include "models/logmodel/MessageLogFilter.h"
#include "models/logmodel/MessageLogQueries.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <functional>

namespace fd {

class DatabaseWorker;

// The message log, one page at a time. Pages, figures and change checks are fetched on the DatabaseWorker,
// so the log opens at once however many messages it holds, and the GUI thread never waits on SQL.
// The model notices new messages and status changes by polling a cheap fingerprint of the log and then
// reloads the page it shows (in place when the same rows are still there, so selections survive).
class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Created,
        Event,
        Reference,
        Customer,
        Phone,
        Status,
        Retries,
        Transport,
        Station,
        Error,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusCodeRole, EventCodeRole };

    explicit MessageLogModel(DatabaseWorker& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting happens in the database, over the whole filter, not just the page on screen.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const MessageLogFilter& filter() const { return m_filter; }
    void setFilter(const MessageLogFilter& filter); // back to the first page

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    int page() const { return m_page; } // 0-based
    int pageCount() const;              // at least 1
    void setPage(int page);

    const MessageLogSummary& summary() const { return m_summary; }
    const MessageLogEntry* entryAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not on this page

    // True from a request until both the page and the figures have arrived.
    bool isLoading() const { return m_pageLoading || m_summaryLoading; }

    // For a waiting row (pending, sending, retrying): why it waits and when it goes, shown after its status
    // (worked out above this layer: quiet hours, the daily cap, its own time). Setting it again redraws them.
    using WaitNote = std::function<QString(const MessageLogEntry&)>;
    void setWaitNote(WaitNote note);

    // How often to look for changes; 0 stops looking. Default 3 s.
    void setPollInterval(int milliseconds);

    // Human words for the database's codes, shared with the filter boxes.
    static QString eventLabel(const QString& eventType);
    static QString statusLabel(const QString& status);
    static QStringList eventTypes();

public slots:
    void refresh(); // the page and the figures again

signals:
    void pageLoaded();
    void summaryChanged(const fd::MessageLogSummary& summary);
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);

private:
    void loadPage();
    void loadSummary();
    void poll();
    void applyPage(QList<MessageLogEntry> rows);
    void setLoading(bool& flag, bool value);

    DatabaseWorker& m_database;
    MessageLogFilter m_filter;
    QList<MessageLogEntry> m_rows;
    MessageLogSummary m_summary;
    int m_pageSize = 100;
    int m_page = 0;
    LogSortKey m_sortKey = LogSortKey::Created;
    bool m_descending = true;

    // Answers to older requests are dropped: only the latest request of each kind counts.
    quint64 m_pageGeneration = 0;
    quint64 m_summaryGeneration = 0;
    bool m_pageLoading = false;
    bool m_summaryLoading = false;

    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    bool m_haveToken = false;
    LogChangeToken m_token;
    WaitNote m_waitNote;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::MessageLogSummary)
