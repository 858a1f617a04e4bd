#include "ui/log/LogFilterBar.h"

#include "models/logmodel/MessageLogModel.h"
#include "models/records/LogReasons.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fd {
namespace {

// The earliest date of the date boxes stands for "no limit" and shows as "Any".
const QDate kNoDate(2000, 1, 1);

// The status box's items may also ask for one logged reason.
constexpr int kReasonRole = Qt::UserRole + 1;

// A date of the filter: "Any" until one is chosen; choosing starts from today (the arrow keys, the calendar),
// not from the earliest date; Tab leaves it for the next field.
class FilterDate : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

    void stepBy(int steps) override
    {
        if (date() == minimumDate()) {
            setDate(QDate::currentDate());
            return;
        }
        QDateEdit::stepBy(steps);
    }

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
    StepEnabled stepEnabled() const override
    {
        return date() == minimumDate() ? StepEnabled(StepUpEnabled | StepDownEnabled)
                                       : QDateEdit::stepEnabled();
    }
};

// The calendar of a date still at "Any" opens on this month.
class CalendarOnToday : public QObject
{
public:
    explicit CalendarOnToday(QDateEdit* box)
        : QObject(box)
        , m_box(box)
    {
        box->calendarWidget()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && m_box->date() == m_box->minimumDate()) {
            const QDate today = QDate::currentDate();
            m_box->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit* m_box;
};

QDateEdit* dateBox(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* box = new FilterDate(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setCalendarPopup(true);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    box->setMinimumDate(kNoDate);
    box->setSpecialValueText(LogFilterBar::tr("Any"));
    box->setDate(kNoDate);
    new CalendarOnToday(box);
    return box;
}

} // namespace

LogFilterBar::LogFilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("logEventFilter"));
    m_event->setAccessibleName(tr("Event"));
    m_event->addItem(tr("All events"), QString());
    for (const QString& event : MessageLogModel::eventTypes())
        m_event->addItem(MessageLogModel::eventLabel(event), event);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("logStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QStringList());
    m_status->addItem(tr("Sent, delivered or read"), MessageLogFilter::sentStatuses());
    m_status->addItem(tr("Failed"), QStringList{QStringLiteral("FAILED")});
    // Pressed without a confirmation: an admin looks in each chat before retrying.
    m_status->addItem(tr("Failed: may have been sent"), QStringList{QStringLiteral("FAILED")});
    m_status->setItemData(m_status->count() - 1, LogReasons::maybeSent().logged, kReasonRole);
    m_status->addItem(tr("Waiting (pending, sending, retrying)"), MessageLogFilter::pendingStatuses());
    m_status->addItem(tr("Skipped"), QStringList{QStringLiteral("SKIPPED")});
    m_status->insertSeparator(m_status->count());
    for (const QString& status : MessageLogFilter::allStatuses())
        m_status->addItem(tr("Only: %1").arg(MessageLogModel::statusLabel(status)), QStringList{status});

    m_from = dateBox(QStringLiteral("logFromDate"), tr("From date"), this);
    m_to = dateBox(QStringLiteral("logToDate"), tr("To date"), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search by phone or customer name"));
    m_search->setPlaceholderText(tr("Search phone, name or reference (SR-000001)…"));
    m_search->setClearButtonEnabled(true);

    auto* clearButton = new QPushButton(tr("Clear filters"), this);
    clearButton->setObjectName(QStringLiteral("logClearFilters"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_event);
    layout->addWidget(m_status);
    auto* fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    auto* toLabel = new QLabel(tr("To"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_search, 1);
    layout->addWidget(clearButton);

    m_searchSettle.setSingleShot(true);
    m_searchSettle.setInterval(300);
    connect(&m_searchSettle, &QTimer::timeout, this, &LogFilterBar::emitChange);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchSettle.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &LogFilterBar::emitChange);
    connect(m_event, &QComboBox::currentIndexChanged, this, &LogFilterBar::emitChange);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LogFilterBar::emitChange);
    connect(m_from, &QDateEdit::dateChanged, this, &LogFilterBar::emitChange);
    connect(m_to, &QDateEdit::dateChanged, this, &LogFilterBar::emitChange);
    connect(clearButton, &QPushButton::clicked, this, &LogFilterBar::clear);
}

MessageLogFilter LogFilterBar::filter() const
{
    MessageLogFilter f;
    f.eventType = m_event->currentData().toString();
    f.statuses = m_status->currentData().toStringList();
    f.reason = m_status->currentData(kReasonRole).toString();
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    f.search = m_search->text().trimmed();
    return f;
}

void LogFilterBar::clear()
{
    const QSignalBlocker blockEvent(m_event);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockSearch(m_search);
    m_event->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_search->clear();
    emitChange();
}

void LogFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void LogFilterBar::emitChange()
{
    m_searchSettle.stop();
    emit filterChanged(filter());
}

} // namespace fd
