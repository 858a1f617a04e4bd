#include "ui/log/MessageDetailsPane.h"

#include "models/core/LoggedText.h"
#include "models/logmodel/MessageLogModel.h"
#include "models/records/RecordReference.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QPixmap>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace fd {
namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// Text from the database goes into the rich-text pane escaped, with its line breaks kept.
QString html(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

void addRow(QString& out, const QString& label, const QString& value)
{
    if (value.isEmpty())
        return;
    out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(label), html(value));
}

} // namespace

MessageDetailsPane::MessageDetailsPane(QWidget* parent)
    : QWidget(parent)
{
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("logDetailsText"));
    m_text->setAccessibleName(tr("Message details"));
    m_text->setOpenExternalLinks(false);
    m_text->setOpenLinks(false);
    // The only links are local screenshot files; the system viewer opens them.
    connect(m_text, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.isLocalFile())
            QDesktopServices::openUrl(url);
    });

    m_screenshot = new QLabel(this);
    m_screenshot->setObjectName(QStringLiteral("logScreenshot"));
    m_screenshot->setAccessibleName(tr("Failure screenshot"));
    m_screenshot->setAlignment(Qt::AlignCenter);
    m_screenshot->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_screenshot);
    showNothing(tr("Select a message to see its details."));
}

void MessageDetailsPane::showNothing(const QString& why)
{
    m_text->setPlainText(why);
    m_screenshot->clear();
    m_screenshot->setVisible(false);
}

void MessageDetailsPane::showDetails(const MessageDetails& details)
{
    const MessageLogEntry& m = details.entry;
    QString out;
    out += QStringLiteral("<h3>%1 — %2</h3>")
               .arg(html(MessageLogModel::eventLabel(m.eventType)),
                    html(MessageLogModel::statusLabel(m.status)));
    out += QStringLiteral("<table cellspacing=\"2\">");
    addRow(out, tr("Message"), QStringLiteral("#%1").arg(m.id));
    addRow(out, tr("Customer"), m.customerName);
    addRow(out, tr("Phone"), m.customerPhone);
    addRow(out, tr("Language"), m.language);
    if (!m.referenceType.isEmpty())
        addRow(out, tr("Record"), recordTitle(m.referenceType, m.reference));
    addRow(out, tr("Created"), localTime(m.createdAt));
    addRow(out, tr("Created by"), m.createdBy);
    addRow(out, tr("Scheduled"), localTime(m.scheduledAt));
    addRow(out, tr("Next attempt"), localTime(m.nextAttemptAt));
    addRow(out, tr("Sent"), localTime(m.sentAt));
    addRow(out, tr("Delivered"), localTime(m.deliveredAt));
    addRow(out, tr("Read"), localTime(m.readAt));
    addRow(out, tr("Transport"), m.transport);
    addRow(out, tr("Station"), m.claimedBy);
    addRow(out, tr("Retries"), QString::number(m.retryCount));
    addRow(out, tr("Error"), LoggedText::onScreen(m.errorMessage));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h4>%1</h4><p style=\"white-space: pre-wrap\">%2</p>")
               .arg(html(tr("Message text")), html(m.messageContent));

    out += QStringLiteral("<h4>%1</h4>").arg(html(tr("Attempts")));
    if (details.attempts.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(html(tr("No attempt yet.")));
    } else {
        out += QStringLiteral("<table cellspacing=\"2\" border=\"1\" "
                              "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                              "<th>%4</th><th>%5</th><th>%6</th></tr>")
                   .arg(html(tr("Started")), html(tr("Finished")), html(tr("Station")), html(tr("Transport")),
                        html(tr("Outcome")), html(tr("Error / note")));
        for (const MessageAttempt& a : details.attempts) {
            QString problem = a.errorMessage;
            if (!a.note.isEmpty())
                problem += (problem.isEmpty() ? QString() : QStringLiteral("\n")) + a.note;
            out +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(html(localTime(a.startedAt)), html(localTime(a.finishedAt)), html(a.station),
                         html(a.transport),
                         html(a.outcome.isEmpty() ? tr("unfinished")
                                                  : MessageLogModel::statusLabel(a.outcome)),
                         html(problem));
        }
        out += QStringLiteral("</table>");
    }

    m_screenshot->clear();
    m_screenshot->setVisible(false);
    if (!m.screenshotPath.isEmpty()) {
        QPixmap shot;
        if (QFileInfo::exists(m.screenshotPath) && shot.load(m.screenshotPath)) {
            out += QStringLiteral("<h4>%1</h4><p><a href=\"%2\">%3</a></p>")
                       .arg(html(tr("Screenshot at the failure")),
                            QUrl::fromLocalFile(m.screenshotPath).toString().toHtmlEscaped(),
                            html(m.screenshotPath));
            m_screenshot->setPixmap(
                shot.scaled(QSize(360, 200), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_screenshot->setToolTip(m.screenshotPath);
            m_screenshot->setVisible(true);
        } else {
            out += QStringLiteral("<h4>%1</h4><p>%2</p>")
                       .arg(html(tr("Screenshot at the failure")),
                            html(tr("Saved on station %1 as %2; the file cannot be opened from this desk.")
                                     .arg(m.claimedBy.isEmpty() ? tr("(unknown)") : m.claimedBy,
                                          m.screenshotPath)));
        }
    }
    m_text->setHtml(out);
}

QString MessageDetailsPane::plainText() const
{
    return m_text->toPlainText();
}

} // namespace fd
