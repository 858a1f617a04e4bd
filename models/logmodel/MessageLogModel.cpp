#include "models/logmodel/MessageLogModel.h"

#include "models/core/LoggedText.h"
#include "models/core/Logging.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/RecordReference.h"

namespace fd {
namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

std::optional<LogSortKey> sortKeyFor(int column)
{
    switch (column) {
    case MessageLogModel::Created:
        return LogSortKey::Created;
    case MessageLogModel::Event:
        return LogSortKey::Event;
    case MessageLogModel::Customer:
        return LogSortKey::Customer;
    case MessageLogModel::Phone:
        return LogSortKey::Phone;
    case MessageLogModel::Status:
        return LogSortKey::Status;
    case MessageLogModel::Retries:
        return LogSortKey::Retries;
    default:
        return std::nullopt;
    }
}

} // namespace

MessageLogModel::MessageLogModel(DatabaseWorker& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    qRegisterMetaType<fd::MessageLogSummary>();
    m_pollTimer.setInterval(3000);
    connect(&m_pollTimer, &QTimer::timeout, this, &MessageLogModel::poll);
    m_pollTimer.start();
    refresh();
}

int MessageLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageLogEntry& m = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case StatusCodeRole:
        return m.status;
    case EventCodeRole:
        return m.eventType;
    case Qt::TextAlignmentRole:
        return index.column() == Retries ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Created:
            return localTime(m.createdAt);
        case Event:
            return eventLabel(m.eventType);
        case Reference:
            return role == Qt::DisplayRole ? QVariant(m.reference)
                                           : QVariant(recordTitle(m.referenceType, m.reference));
        case Customer:
            return m.customerName;
        case Phone:
            return m.customerPhone;
        case Status:
            if (m_waitNote && MessageLogFilter::pendingStatuses().contains(m.status)) {
                if (const QString note = m_waitNote(m); !note.isEmpty())
                    return tr("%1: %2").arg(statusLabel(m.status), note);
            }
            return statusLabel(m.status);
        case Retries:
            return role == Qt::DisplayRole ? QVariant(m.retryCount) : QVariant();
        case Transport:
            return m.transport;
        case Station:
            return m.claimedBy;
        case Error:
            return role == Qt::DisplayRole ? QVariant(LoggedText::onScreen(m.errorMessage).simplified())
                                           : QVariant(LoggedText::onScreen(m.errorMessage));
        default:
            return {};
        }
    default:
        return {};
    }
}

void MessageLogModel::setWaitNote(WaitNote note)
{
    m_waitNote = std::move(note);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Status));
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case Event:
        return tr("Event");
    case Reference:
        return tr("Reference");
    case Customer:
        return tr("Customer");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    case Retries:
        return tr("Retries");
    case Transport:
        return tr("Transport");
    case Station:
        return tr("Station");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

void MessageLogModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*key == m_sortKey && descending == m_descending)
        return;
    m_sortKey = *key;
    m_descending = descending;
    m_page = 0;
    loadPage();
}

void MessageLogModel::setFilter(const MessageLogFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_page = 0;
    refresh();
}

void MessageLogModel::setPageSize(int rows)
{
    rows = qBound(1, rows, 5000);
    if (rows == m_pageSize)
        return;
    const qint64 firstRow = qint64(m_page) * m_pageSize;
    m_pageSize = rows;
    m_page = int(firstRow / m_pageSize);
    loadPage();
}

int MessageLogModel::pageCount() const
{
    return int(qMax<qint64>(1, (m_summary.total + m_pageSize - 1) / m_pageSize));
}

void MessageLogModel::setPage(int page)
{
    page = qBound(0, page, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    loadPage();
}

const MessageLogEntry* MessageLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 MessageLogModel::idAt(int row) const
{
    const MessageLogEntry* entry = entryAt(row);
    return entry ? entry->id : 0;
}

int MessageLogModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void MessageLogModel::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(milliseconds);
}

void MessageLogModel::refresh()
{
    // The fingerprint is read before the page (jobs run in order), so a change that lands while the page
    // loads is seen by the next poll.
    if (!m_pollInFlight) {
        m_pollInFlight = true;
        m_database.run(
            this, [](Connection& c) { return MessageLogQueries(c).changeToken(); },
            [this](const Result<LogChangeToken>& token) {
                m_pollInFlight = false;
                if (!token)
                    return;
                m_token = token.value();
                m_haveToken = true;
            });
    }
    loadSummary();
    loadPage();
}

void MessageLogModel::setLoading(bool& flag, bool value)
{
    const bool before = isLoading();
    flag = value;
    if (before != isLoading())
        emit loadingChanged(isLoading());
}

void MessageLogModel::loadPage()
{
    const quint64 generation = ++m_pageGeneration;
    setLoading(m_pageLoading, true);
    const MessageLogFilter filter = m_filter;
    const int offset = m_page * m_pageSize;
    const int limit = m_pageSize;
    const LogSortKey sortKey = m_sortKey;
    const bool descending = m_descending;
    m_database.run(
        this,
        [filter, offset, limit, sortKey, descending](Connection& c) {
            return MessageLogQueries(c).page(filter, offset, limit, sortKey, descending);
        },
        [this, generation](Result<QList<MessageLogEntry>> rows) {
            if (generation != m_pageGeneration)
                return;
            setLoading(m_pageLoading, false);
            if (!rows) {
                qCWarning(lcModels) << "message log page:" << rows.error().message << rows.error().detail;
                emit loadFailed(rows.error().message);
                return;
            }
            applyPage(std::move(rows).value());
        });
}

void MessageLogModel::applyPage(QList<MessageLogEntry> rows)
{
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).id == m_rows.at(i).id;
    if (sameRows) {
        // The same messages, perhaps with new statuses: update in place so selection and scroll stay.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    emit pageLoaded();
}

void MessageLogModel::loadSummary()
{
    const quint64 generation = ++m_summaryGeneration;
    setLoading(m_summaryLoading, true);
    const MessageLogFilter filter = m_filter;
    m_database.run(
        this, [filter](Connection& c) { return MessageLogQueries(c).summary(filter); },
        [this, generation](const Result<MessageLogSummary>& summary) {
            if (generation != m_summaryGeneration)
                return;
            setLoading(m_summaryLoading, false);
            if (!summary) {
                qCWarning(lcModels) << "message log figures:" << summary.error().message
                                    << summary.error().detail;
                emit loadFailed(summary.error().message);
                return;
            }
            m_summary = summary.value();
            emit summaryChanged(m_summary);
            if (m_page >= pageCount()) {
                // Fewer rows than before (another filter, or rows gone): show the last page there is.
                m_page = pageCount() - 1;
                loadPage();
            }
        });
}

void MessageLogModel::poll()
{
    if (m_pollInFlight || isLoading())
        return;
    m_pollInFlight = true;
    m_database.run(
        this, [](Connection& c) { return MessageLogQueries(c).changeToken(); },
        [this](const Result<LogChangeToken>& token) {
            m_pollInFlight = false;
            if (!token)
                return; // the status bar tells about an unreachable database
            const bool changed = m_haveToken && token.value() != m_token;
            m_token = token.value();
            m_haveToken = true;
            if (changed)
                refresh();
        });
}

QStringList MessageLogModel::eventTypes()
{
    return {QStringLiteral("ENQUIRY_CREATED"),   QStringLiteral("SERVICE_CREATED"),
            QStringLiteral("ENGINEER_ASSIGNED"), QStringLiteral("SERVICE_COMPLETED"),
            QStringLiteral("DELIVERY_FAILED"),   QStringLiteral("DELIVERY_REATTEMPT")};
}

QString MessageLogModel::eventLabel(const QString& eventType)
{
    if (eventType == QLatin1String("ENQUIRY_CREATED"))
        return tr("Enquiry received");
    if (eventType == QLatin1String("SERVICE_CREATED"))
        return tr("Service request created");
    if (eventType == QLatin1String("ENGINEER_ASSIGNED"))
        return tr("Engineer assigned");
    if (eventType == QLatin1String("SERVICE_COMPLETED"))
        return tr("Service completed");
    if (eventType == QLatin1String("DELIVERY_FAILED"))
        return tr("Delivery failed");
    if (eventType == QLatin1String("DELIVERY_REATTEMPT"))
        return tr("Delivery re-attempt");
    if (eventType ==
        QLatin1String("CANARY")) // a station's check before sending, to the business's own number
        return tr("Check before sending");
    return eventType;
}

QString MessageLogModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("PENDING"))
        return tr("Pending");
    if (status == QLatin1String("SENDING"))
        return tr("Sending");
    if (status == QLatin1String("SENT"))
        return tr("Sent");
    if (status == QLatin1String("DELIVERED"))
        return tr("Delivered");
    if (status == QLatin1String("READ"))
        return tr("Read");
    if (status == QLatin1String("FAILED"))
        return tr("Failed");
    if (status == QLatin1String("RETRYING"))
        return tr("Retrying");
    if (status == QLatin1String("SKIPPED"))
        return tr("Skipped");
    if (status == QLatin1String("UNCONFIRMED")) // how an attempt ends: pressed, never confirmed
        return tr("Not confirmed");
    if (status ==
        QLatin1String("INTERRUPTED")) // pressed, then the station stopped or the page's process ended
        return tr("Interrupted");
    return status;
}

} // namespace fd
