#include "ui/common/PauseBanner.h"

#include "ui/common/DisplayTime.h"
#include "ui/common/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

PauseBanner::PauseBanner(bool canResume, QWidget* parent)
    : QFrame(parent)
    , m_canResume(canResume)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Sending paused"));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(6, 4, 6, 4);
    hide();
}

QString PauseBanner::describe(const StationPause& pause)
{
    const QString since = displayDateTime(pause.pausedAt);
    QString text = tr("%1 on station %2 since %3.").arg(pause.reasonOnScreen(), pause.station, since);
    if (!pause.missing.isEmpty())
        text += QLatin1Char(' ') + tr("Missing: %1.").arg(pause.missing);
    return text;
}

void PauseBanner::showPauses(const QList<StationPause>& pauses)
{
    m_pauses = pauses;
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    for (const StationPause& pause : pauses) {
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(describe(pause), this);
        label->setObjectName(QStringLiteral("pauseText"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        StatusColors::apply(label, StatusColors::Tone::Bad);
        label->setToolTip(pause.selectorPack.isEmpty()
                              ? QString()
                              : tr("Selector pack when it paused: %1").arg(pause.selectorPack));
        row->addWidget(label, 1);
        if (m_canResume) {
            auto* resume = new QPushButton(tr("Resume sending"), this);
            resume->setObjectName(QStringLiteral("resumeSending"));
            resume->setProperty("station", pause.station);
            resume->setToolTip(
                tr("Sending starts again on station %1. First update the selector pack (or "
                   "FrontDesk), and look in the chats of the messages that may have been sent.")
                    .arg(pause.station));
            const QString station = pause.station;
            connect(resume, &QPushButton::clicked, this, [this, station] { emit resumeRequested(station); });
            row->addWidget(resume);
            resume->show();
        }
        m_rows->addLayout(row);
        label->show(); // at once, not at the next event (a banner already on screen shows new rows late)
    }
    if (!pauses.isEmpty() && !m_canResume) {
        auto* who = new QLabel(tr("No customer gets a WhatsApp message from a paused station until an "
                                  "administrator resumes it."),
                               this);
        who->setObjectName(QStringLiteral("pauseWho"));
        who->setWordWrap(true);
        m_rows->addWidget(who);
        who->show();
    }
    setVisible(!pauses.isEmpty());
}

void PauseBanner::setCanResume(bool canResume)
{
    if (canResume == m_canResume)
        return;
    m_canResume = canResume;
    showPauses(m_pauses);
}

void PauseBanner::setResuming(bool resuming)
{
    for (QPushButton* button : findChildren<QPushButton*>(QStringLiteral("resumeSending")))
        button->setEnabled(!resuming);
}

} // namespace fd
