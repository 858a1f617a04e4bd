#include "ui/whatsapp/SendingHealthPanel.h"

#include "automation/whatsapp/WhatsAppWebSender.h"
#include "models/core/LoggedText.h"
#include "models/db/DatabaseWorker.h"
#include "models/logmodel/MessageLogModel.h"
#include "ui/common/DisplayTime.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd {
namespace {

QLabel* valueLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SendingHealthPanel::SendingHealthPanel(DatabaseWorker& database, QString station, QWidget* parent)
    : QGroupBox(tr("Sending health"), parent)
    , m_database(database)
    , m_station(std::move(station))
{
    setObjectName(QStringLiteral("sendingHealth"));
    setMinimumWidth(380);

    m_engine = valueLabel("healthEngine", this);
    m_pageVersion = valueLabel("healthPageVersion", this);
    m_inUseSince = valueLabel("healthInUseSince", this);
    m_hour = valueLabel("healthHour", this);
    m_today = valueLabel("healthToday", this);
    m_warmUp = valueLabel("healthWarmUp", this);
    m_lastPause = valueLabel("healthLastPause", this);

    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("healthFailures"));
    m_failures->setAccessibleName(tr("Latest failures"));
    m_failures->setRootIsDecorated(false);
    m_failures->setHeaderLabels({tr("When"), tr("Phone"), tr("Reason")});
    m_failures->header()->setStretchLastSection(true);
    m_failures->setAlternatingRowColors(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("healthRefresh"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Engine:"), m_engine);
    form->addRow(tr("WhatsApp Web:"), m_pageVersion);
    form->addRow(tr("Number sends since:"), m_inUseSince);
    form->addRow(tr("Last hour:"), m_hour);
    form->addRow(tr("Today:"), m_today);
    form->addRow(tr("Warm-up:"), m_warmUp);
    form->addRow(tr("Last pause:"), m_lastPause);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Latest failures:"), this));
    layout->addWidget(m_failures, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_refresh, 0, Qt::AlignRight);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &SendingHealthPanel::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &SendingHealthPanel::refresh);
    showEngine();
}

void SendingHealthPanel::setSender(whatsapp::WhatsAppWebSender* sender)
{
    m_sender = sender;
    if (sender)
        connect(sender, &whatsapp::WhatsAppWebSender::engineChanged, this, &SendingHealthPanel::showEngine);
    showEngine();
}

void SendingHealthPanel::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    m_timer.start();
    refresh();
}

void SendingHealthPanel::hideEvent(QHideEvent* event)
{
    QGroupBox::hideEvent(event);
    m_timer.stop();
}

void SendingHealthPanel::refresh()
{
    showEngine();
    if (m_reading)
        return;
    m_reading = true;
    m_refresh->setEnabled(false);
    m_database.run(
        this,
        [station = m_station](Connection& c) {
            return SendingHealth::read(c, station, QDateTime::currentDateTimeUtc());
        },
        [this](const Result<SendingHealth>& health) {
            m_reading = false;
            m_refresh->setEnabled(true);
            if (!health) {
                m_status->setText(tr("Could not read the figures: %1").arg(health.error().message));
                return;
            }
            m_status->setText(tr("As of %1").arg(displayDateTime(QDateTime::currentDateTimeUtc())));
            showHealth(health.value());
        });
}

void SendingHealthPanel::showEngine()
{
    if (!m_sender) {
        m_engine->setText(tr("this desk does not send"));
        m_pageVersion->setText(tr("not known"));
        return;
    }
    m_engine->setText(m_sender->engineText());
    const QString version = m_sender->whatsAppVersion();
    m_pageVersion->setText(version.isEmpty() ? tr("not known (only WA-JS can read it)") : version);
}

void SendingHealthPanel::showHealth(const SendingHealth& health)
{
    m_inUseSince->setText(
        !health.inUseSince.isValid() ? tr("nothing sent yet")
        : health.inUseSinceSetByAdmin
            ? tr("%1 (linked, as an administrator set it)").arg(displayDate(health.inUseSince))
            : tr("%1 (the first message sent)").arg(displayDate(health.inUseSince)));
    m_hour->setText(tr("%1 of %2 messages").arg(health.sentLastHour).arg(health.hourlyCap));
    m_today->setText(tr("%1 of %2 messages").arg(health.sentToday).arg(health.dailyCap));
    if (health.warmUpDays <= 0)
        m_warmUp->setText(tr("off"));
    else if (health.warmUpDay > 0)
        m_warmUp->setText(tr("day %1 of %2: lower caps while the number is new")
                              .arg(health.warmUpDay)
                              .arg(health.warmUpDays));
    else
        m_warmUp->setText(tr("over: the number is warm"));
    m_lastPause->setText(lastPauseText(health));

    m_failures->clear();
    for (const SendingHealth::Failure& failure : health.failures) {
        auto* item = new QTreeWidgetItem(
            m_failures, {displayDateTime(failure.at), failure.phone, LoggedText::onScreen(failure.reason)});
        // The row is narrow: the whole of it on hover.
        const QString whole =
            tr("%1 to %2: %3")
                .arg(MessageLogModel::eventLabel(failure.eventType), failure.phone, item->text(2));
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, whole);
    }
    if (health.failures.isEmpty())
        new QTreeWidgetItem(m_failures, {QString(), QString(), tr("none")});
    m_failures->resizeColumnToContents(0);
    m_failures->resizeColumnToContents(1);
}

QString SendingHealthPanel::lastPauseText(const SendingHealth& health) const
{
    if (!health.lastPause)
        return tr("never");
    const StationPause& pause = *health.lastPause;
    const QString when = displayDateTime(pause.pausedAt);
    if (pause.isActive())
        return tr("%1, in force: %2").arg(when, pause.describe());
    return tr("%1: %2; resumed %3 by %4")
        .arg(when, pause.describe(), displayDateTime(pause.resumedAt),
             pause.resumedBy.isEmpty() ? tr("an administrator") : pause.resumedBy);
}

} // namespace fd
