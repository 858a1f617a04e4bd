#include "ui/common/SaveStatus.h"

#include "ui/common/StatusColors.h"

#include <QTimer>

namespace fd {

SaveStatus::SaveStatus(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Result of the last save"));
    setMinimumHeight(fontMetrics().height() * 2);
    m_slow = new QTimer(this);
    m_slow->setSingleShot(true);
    m_slow->setInterval(kSlowMs);
    connect(m_slow, &QTimer::timeout, this, [this] {
        QLabel::setText(
            tr("Still saving — the database is slow to answer. What you typed is kept; you can go on "
               "working in the other tabs."));
        StatusColors::apply(this, StatusColors::Tone::Warning);
    });
}

void SaveStatus::setLine(const QString& text)
{
    m_slow->stop();
    QLabel::setText(text);
}

QString SaveStatus::describe(const std::optional<QueueResult>& message)
{
    if (!message)
        return tr("No WhatsApp message for this change.");
    return message->describe();
}

void SaveStatus::showSaving()
{
    setLine(tr("Saving…"));
    StatusColors::apply(this, StatusColors::Tone::Neutral);
    m_slow->start();
}

void SaveStatus::showSaved(const QString& what, const std::optional<QueueResult>& message)
{
    setLine(tr("%1 %2").arg(what, describe(message)));
    const bool fine = !message || message->outcome == QueueResult::Outcome::Queued;
    const bool bad = message && message->outcome == QueueResult::Outcome::TemplateError;
    StatusColors::apply(this, bad    ? StatusColors::Tone::Bad
                              : fine ? StatusColors::Tone::Good
                                     : StatusColors::Tone::Warning);
}

void SaveStatus::showRefused(const QString& reason)
{
    setLine(tr("Not saved: %1").arg(reason));
    StatusColors::apply(this, StatusColors::Tone::Bad);
}

void SaveStatus::showNotSaved(const Error& error)
{
    if (error.kind == Error::Kind::Unavailable)
        setLine(tr("Not saved yet — the database cannot be reached (%1). What you typed is kept and will be "
                   "saved as soon as the database is back; you can also press Save again.")
                    .arg(error.message));
    else
        setLine(tr("Not saved: %1 What you typed is kept.").arg(error.message));
    StatusColors::apply(this, StatusColors::Tone::Bad);
}

void SaveStatus::showInfo(const QString& text)
{
    setLine(text);
    StatusColors::apply(this, StatusColors::Tone::Neutral);
}

} // namespace fd
