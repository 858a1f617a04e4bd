#include "ui/log/MessageLogTab.h"

#include "automation/dispatch/MessageQueue.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/events/MessageRetry.h"
#include "models/core/LoggedText.h"
#include "models/db/DatabaseWorker.h"
#include "models/logmodel/MessageLogCsv.h"
#include "models/logmodel/MessageLogModel.h"
#include "ui/common/PauseBanner.h"
#include "ui/common/SortArrowStyle.h"
#include "ui/log/LogFilterBar.h"
#include "ui/log/MessageDetailsPane.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace fd {
namespace {

QLabel* figure(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

MessageLogTab::MessageLogTab(DatabaseWorker& database, bool isAdmin, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_isAdmin(isAdmin)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("messageLogTab"));
    m_model = new MessageLogModel(database, this);
    m_filters = new LogFilterBar(this);
    m_filters->setObjectName(QStringLiteral("logFilterBar"));

    m_total = figure(QStringLiteral("logTotal"), this);
    m_sent = figure(QStringLiteral("logSent"), this);
    m_failed = figure(QStringLiteral("logFailed"), this);
    m_pending = figure(QStringLiteral("logPending"), this);
    m_skipped = figure(QStringLiteral("logSkipped"), this);
    auto* figures = new QHBoxLayout;
    for (QLabel* label : {m_total, m_sent, m_failed, m_pending, m_skipped})
        figures->addWidget(label);
    figures->addStretch(1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("WhatsApp messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    SortArrowStyle::use(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(MessageLogModel::Created, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_details = new MessageDetailsPane(this);
    m_details->setObjectName(QStringLiteral("logDetails"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_first = button(tr("First"), QStringLiteral("logFirstPage"), this);
    m_previous = button(tr("Previous"), QStringLiteral("logPreviousPage"), this);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("logPageLabel"));
    // Wide enough for a million rows, so the buttons beside it do not jump while paging.
    m_pageLabel->setMinimumWidth(fontMetrics().horizontalAdvance(
        tr("Page %1 of %2 (%3–%4 of %5)")
            .arg(QStringLiteral("10,000"), QStringLiteral("10,000"), QStringLiteral("999,901"),
                 QStringLiteral("1,000,000"), QStringLiteral("1,000,000")) +
        QStringLiteral(" ") + tr("loading…")));
    m_next = button(tr("Next"), QStringLiteral("logNextPage"), this);
    m_last = button(tr("Last"), QStringLiteral("logLastPage"), this);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("logPageSize"));
    m_pageSize->setAccessibleName(tr("Rows per page"));
    for (int rows : {50, 100, 200, 500})
        m_pageSize->addItem(tr("%1 per page").arg(rows), rows);
    m_pageSize->setCurrentIndex(1);
    m_export = button(tr("Export CSV…"), QStringLiteral("logExport"), this);
    if (m_isAdmin) {
        m_retrySelected = button(tr("Retry selected"), QStringLiteral("logRetrySelected"), this);
        m_retryAllFailed = button(tr("Retry all failed"), QStringLiteral("logRetryAllFailed"), this);
    }

    auto* paging = new QHBoxLayout;
    paging->addWidget(m_first);
    paging->addWidget(m_previous);
    paging->addWidget(m_pageLabel);
    paging->addWidget(m_next);
    paging->addWidget(m_last);
    paging->addWidget(m_pageSize);
    paging->addStretch(1);
    // What is done with the messages goes on the figures' row, not beside the paging: one row for both
    // was wider than a 1366-pixel screen in Tamil.
    if (m_isAdmin) {
        figures->addWidget(m_retrySelected);
        figures->addWidget(m_retryAllFailed);
    }
    figures->addWidget(m_export);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);

    m_pauses = new PauseBanner(m_isAdmin, this);
    m_pauses->setObjectName(QStringLiteral("logPauses"));
    m_pausesTimer = new QTimer(this);
    m_pausesTimer->setInterval(kPausesIntervalMs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pauses);
    layout->addWidget(m_filters);
    layout->addLayout(figures);
    layout->addWidget(splitter, 1);
    layout->addLayout(paging);
    layout->addWidget(m_status);

    connect(m_filters, &LogFilterBar::filterChanged, m_model, &MessageLogModel::setFilter);
    connect(m_model, &MessageLogModel::summaryChanged, this, &MessageLogTab::showSummary);
    connect(m_model, &MessageLogModel::pageLoaded, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            // Once, from the first rows; later pages keep the widths the person may have changed.
            m_table->resizeColumnsToContents();
            m_table->setColumnWidth(MessageLogModel::Customer,
                                    qMin(m_table->columnWidth(MessageLogModel::Customer), 220));
            m_columnsSized = true;
        }
        updatePaging();
        // The selected message may have changed status: show its details afresh.
        if (m_detailsId != 0 && m_model->rowOfId(m_detailsId) >= 0)
            loadDetails();
    });
    connect(m_model, &MessageLogModel::loadFailed, this,
            [this](const QString& message) { setStatus(message, true); });
    connect(m_model, &MessageLogModel::loadingChanged, this, [this] { updatePaging(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        loadDetails();
    });
    connect(m_first, &QPushButton::clicked, this, [this] { m_model->setPage(0); });
    connect(m_previous, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() + 1); });
    connect(m_last, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->pageCount() - 1); });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_export, &QPushButton::clicked, this, &MessageLogTab::askExport);
    if (m_isAdmin) {
        connect(m_retrySelected, &QPushButton::clicked, this, &MessageLogTab::askRetrySelected);
        connect(m_retryAllFailed, &QPushButton::clicked, this, &MessageLogTab::askRetryAllFailed);
    }

    connect(m_pauses, &PauseBanner::resumeRequested, this, &MessageLogTab::askResume);
    connect(m_pausesTimer, &QTimer::timeout, this, &MessageLogTab::refreshPauses);
    m_pausesTimer->start();
    refreshPauses();

    showSummary(m_model->summary());
    updatePaging();
    updateActions();
}

void MessageLogTab::refreshPauses()
{
    if (m_pausesInFlight)
        return;
    m_pausesInFlight = true;
    struct Outlook
    {
        QList<StationPause> pauses;
        SendingOutlook sending;
    };
    const Clock* clock = &m_clock;
    m_database.run(
        this,
        [clock](Connection& c) -> Result<Outlook> {
            auto pauses = StationPauses(c).allActive();
            if (!pauses)
                return pauses.error();
            auto sending = SendingOutlook::read(c, *clock);
            if (!sending)
                return sending.error();
            return Outlook{pauses.value(), sending.value()};
        },
        [this](const Result<Outlook>& outlook) {
            m_pausesInFlight = false;
            if (!outlook) // an outage shows in the log's own status; the banner keeps what it knew
                return;
            m_pauses->showPauses(outlook->pauses);
            // Each waiting row says why it waits and when it goes.
            m_outlook = outlook->sending;
            m_model->setWaitNote(
                [this](const MessageLogEntry& row) { return m_outlook.describe(m_outlook.forRow(row)); });
        });
}

void MessageLogTab::askResume(const QString& station)
{
    const auto answer = QMessageBox::question(
        this, tr("Resume sending"),
        tr("Resume sending on station %1?\n\nDo this after the selector pack (or FrontDesk) was updated. "
           "Messages "
           "marked \"may have been sent\" stay failed: look in each chat before retrying them.")
            .arg(station));
    if (answer == QMessageBox::Yes)
        resumeStation(station);
}

void MessageLogTab::resumeStation(const QString& station)
{
    m_pauses->setResuming(true);
    const bool isAdmin = m_isAdmin;
    const QString login = m_login;
    const Clock* clock = &m_clock;
    m_database.run(
        this,
        [station, login, isAdmin, clock](Connection& c) {
            return StationPauses(c).resume(station, login, isAdmin, clock->nowUtc());
        },
        [this, station](const Result<int>& resumed) {
            m_pauses->setResuming(false);
            if (!resumed) {
                setStatus(resumed.error().message, true);
                emit resumeFinished(false, resumed.error().message);
            } else {
                const QString text = resumed.value() > 0
                                         ? tr("Sending resumed on station %1.").arg(station)
                                         : tr("Station %1 was no longer paused.").arg(station);
                setStatus(text);
                emit resumeFinished(true, text);
            }
            refreshPauses();
        });
}

void MessageLogTab::showSummary(const MessageLogSummary& s)
{
    const QLocale locale;
    auto show = [&](QLabel* label, const QString& name, qint64 value) {
        label->setText(
            QStringLiteral("%1 <b>%2</b>&nbsp;&nbsp;").arg(name.toHtmlEscaped(), locale.toString(value)));
        label->setAccessibleName(QStringLiteral("%1 %2").arg(name, locale.toString(value)));
    };
    show(m_total, tr("Total:"), s.total);
    show(m_sent, tr("Sent:"), s.sent);
    show(m_failed, tr("Failed:"), s.failed);
    show(m_pending, tr("Pending:"), s.pending);
    show(m_skipped, tr("Skipped:"), s.skipped);
    updatePaging();
    updateActions();
}

void MessageLogTab::updatePaging()
{
    const QLocale locale;
    const int page = m_model->page();
    const int pages = m_model->pageCount();
    const qint64 total = m_model->summary().total;
    const qint64 firstRow = total == 0 ? 0 : qint64(page) * m_model->pageSize() + 1;
    const qint64 lastRow = qMin(total, qint64(page) * m_model->pageSize() + m_model->rowCount());
    QString text = tr("Page %1 of %2 (%3–%4 of %5)")
                       .arg(locale.toString(page + 1), locale.toString(pages), locale.toString(firstRow),
                            locale.toString(lastRow), locale.toString(total));
    if (m_model->isLoading())
        text += QStringLiteral(" ") + tr("loading…");
    m_pageLabel->setText(text);
    m_first->setEnabled(page > 0);
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pages);
    m_last->setEnabled(page + 1 < pages);
}

void MessageLogTab::updateActions()
{
    m_export->setEnabled(!m_exporting);
    if (!m_isAdmin)
        return;
    bool anyFailed = false;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (mayBeStuck(index.data(MessageLogModel::StatusCodeRole).toString()))
            anyFailed = true;
    }
    m_retrySelected->setEnabled(!m_retrying && anyFailed);
    m_retrySelected->setToolTip(anyFailed ? QString()
                                          : tr("Select one or more failed, skipped or stuck messages."));
    m_retryAllFailed->setEnabled(!m_retrying && m_model->summary().failed > 0);
}

QList<qint64> MessageLogTab::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(MessageLogModel::IdRole).toLongLong();
    return ids;
}

void MessageLogTab::loadDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_detailsId = 0;
        ++m_detailsGeneration;
        m_details->showNothing(tr("Select a message to see its details."));
        return;
    }
    // The row with the focus if it is selected, else the first selected one.
    qint64 id = ids.constFirst();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        id = current.data(MessageLogModel::IdRole).toLongLong();
    m_detailsId = id;
    const quint64 generation = ++m_detailsGeneration;
    m_database.run(
        this, [id](Connection& c) { return MessageLogQueries(c).details(id); },
        [this, generation](const Result<MessageDetails>& details) {
            if (generation != m_detailsGeneration)
                return;
            if (!details) {
                m_details->showNothing(details.error().message);
                return;
            }
            m_details->showDetails(details.value());
        });
}

bool MessageLogTab::mayBeStuck(const QString& status)
{
    // What an admin's retry may put back in the queue (retryMessages decides which really are stuck).
    for (const char* name : {"FAILED", "SKIPPED", "SENDING", "RETRYING"}) {
        if (status == QLatin1String(name))
            return true;
    }
    return false;
}

void MessageLogTab::askRetrySelected()
{
    QList<qint64> chosen;
    QStringList skipReasons;
    bool failedOnly = true;
    bool inFlight = false;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QString status = index.data(MessageLogModel::StatusCodeRole).toString();
        if (!mayBeStuck(status))
            continue;
        chosen << index.data(MessageLogModel::IdRole).toLongLong();
        failedOnly = failedOnly && status == QLatin1String("FAILED");
        inFlight = inFlight || status == QLatin1String("SENDING") || status == QLatin1String("RETRYING");
        const MessageLogEntry* entry = m_model->entryAt(index.row());
        if (status == QLatin1String("SKIPPED") && entry) {
            const QString reason = LoggedText::onScreen(entry->errorMessage);
            if (!skipReasons.contains(reason))
                skipReasons << reason;
        }
    }
    if (chosen.isEmpty())
        return;
    QString question = failedOnly ? tr("Send %n failed message(s) again?", nullptr, int(chosen.size()))
                                  : tr("Send %n selected message(s) again?", nullptr, int(chosen.size()));
    // Skipped ones were held back on purpose: the admin reads why before they go.
    if (!skipReasons.isEmpty())
        question += QStringLiteral("\n\n") +
                    tr("Skipped on purpose: %1. They go only if the customer may be messaged now; a customer "
                       "who opted out must be un-opted-out first.")
                        .arg(skipReasons.join(QStringLiteral("; ")));
    if (inFlight)
        question += QStringLiteral("\n\n") +
                    tr("A message still being sent is left alone until its claim has ended. One whose claim "
                       "ended may have been sent: look in its chat first.");
    const auto answer = QMessageBox::question(this, tr("Retry messages"), question);
    if (answer == QMessageBox::Yes)
        retryIds(chosen);
}

void MessageLogTab::askRetryAllFailed()
{
    const qint64 failed = m_model->summary().failed;
    if (failed == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Retry messages"),
                                              tr("Send all %n failed message(s) of the current filter again?",
                                                 nullptr, int(qMin<qint64>(failed, INT_MAX))));
    if (answer == QMessageBox::Yes)
        retryAllFailedInFilter();
}

namespace {

// One line for the admin: how many go again, and why any could not.
QString describeRetry(const RetryReport& report)
{
    QStringList parts{MessageLogTab::tr("%n message(s) will be sent again.", nullptr, report.retried)};
    if (report.refilled > 0)
        parts << MessageLogTab::tr("%n of them filled in again from the record and today's settings.",
                                   nullptr, report.refilled);
    if (report.notFailed > 0)
        parts << MessageLogTab::tr("The others were no longer failed.");
    if (report.stillSending > 0)
        parts << MessageLogTab::tr(
            "%n message(s) may still be being sent by their station and were left alone.", nullptr,
            report.stillSending);
    for (const bool skipped : {false, true}) {
        QStringList reasons;
        int count = 0;
        for (const RetryReport::Refusal& refusal : report.refused) {
            if (refusal.skipped != skipped)
                continue;
            ++count;
            if (!reasons.contains(refusal.reason))
                reasons << refusal.reason;
        }
        if (count == 0)
            continue;
        const QString joined = reasons.join(QStringLiteral("; "));
        parts
            << (skipped
                    ? MessageLogTab::tr("%n skipped message(s) stay skipped: %1.", nullptr, count).arg(joined)
                    : MessageLogTab::tr("%n message(s) could not be filled in and stay failed: %1.", nullptr,
                                        count)
                          .arg(joined));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

void MessageLogTab::retryIds(const QList<qint64>& ids)
{
    m_retrying = true;
    updateActions();
    const bool isAdmin = m_isAdmin;
    const Clock* clock = &m_clock;
    m_database.run(
        this, [ids, isAdmin, clock](Connection& c) { return retryMessages(c, ids, isAdmin, *clock); },
        [this](const Result<RetryReport>& report) { retryDone(report); });
}

void MessageLogTab::retryAllFailedInFilter()
{
    m_retrying = true;
    updateActions();
    const MessageLogFilter filter = m_model->filter();
    const bool isAdmin = m_isAdmin;
    const Clock* clock = &m_clock;
    m_database.run(
        this,
        [filter, isAdmin, clock](Connection& c) -> Result<RetryReport> {
            if (!isAdmin) // asked before touching the log at all
                return retryMessages(c, {}, isAdmin, *clock);
            auto ids = MessageLogQueries(c).failedIds(filter);
            if (!ids)
                return ids.error();
            return retryMessages(c, ids.value(), isAdmin, *clock);
        },
        [this](const Result<RetryReport>& report) { retryDone(report); });
}

void MessageLogTab::retryDone(const Result<RetryReport>& report)
{
    m_retrying = false;
    if (!report) {
        setStatus(report.error().message, true);
        emit retryFinished(false, report.error().message);
    } else {
        const QString text = describeRetry(report.value());
        setStatus(text, !report->refused.isEmpty());
        emit retryFinished(report->refused.isEmpty(), text);
    }
    updateActions();
    m_model->refresh();
}

void MessageLogTab::askExport()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("whatsapp-messages-%1.csv")
                                  .arg(m_clock.nowLocal().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export messages"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MessageLogTab::focusSearch()
{
    m_filters->focusSearch();
}

void MessageLogTab::exportTo(const QString& path)
{
    m_exporting = true;
    updateActions();
    setStatus(tr("Exporting…"));
    const MessageLogFilter filter = m_model->filter();
    m_database.run(
        this, [filter, path](Connection& c) { return exportMessageLogCsv(c, filter, path); },
        [this, path](const Result<qint64>& rows) {
            m_exporting = false;
            updateActions();
            if (!rows) {
                setStatus(rows.error().message, true);
                emit exportFinished(false, rows.error().message);
                return;
            }
            const QString text =
                tr("Exported %n message(s) to %1.", nullptr, int(qMin<qint64>(rows.value(), INT_MAX)))
                    .arg(QDir::toNativeSeparators(path));
            setStatus(text);
            emit exportFinished(true, text);
        });
}

void MessageLogTab::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

QString MessageLogTab::statusText() const
{
    return m_status->text();
}

} // namespace fd
