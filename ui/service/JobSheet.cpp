#include "ui/service/JobSheet.h"

#include "automation/qrcode/QrCode.h"
#include "ui/common/DisplayTime.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace fd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::JobSheet", text);
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=left style='padding-right:12px'>%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

} // namespace

JobSheet::JobSheet(ServiceRequest request, SharedSettings settings, QString feedbackLink)
    : m_request(std::move(request))
    , m_settings(std::move(settings))
    , m_feedbackLink(std::move(feedbackLink))
    , m_qr(m_feedbackLink.isEmpty() ? QImage() : qrcode::QrCode(m_feedbackLink).toImage(8))
{}

std::unique_ptr<QTextDocument> JobSheet::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><h3>%3 %4</h3><table>")
                       .arg(m_settings.companyName.toHtmlEscaped(), m_settings.companyPhone.toHtmlEscaped(),
                            tr("Job sheet").toHtmlEscaped(), m_request.ticketId.toHtmlEscaped());
    html += row(tr("Customer"), m_request.customerName);
    html += row(tr("Phone"), m_request.customerPhone);
    html += row(tr("Service"), m_request.serviceType);
    html += row(tr("Description"), m_request.description);
    html += row(tr("Scheduled"), displayDate(m_request.scheduledDate));
    html += row(tr("Engineer"), m_request.assignedEngineerName);
    html += row(tr("Status"), ServiceRequest::statusName(m_request.status));
    html += row(tr("Completed"), displayDate(m_request.completedDate));
    html += QStringLiteral("</table>");
    if (!m_feedbackLink.isEmpty()) {
        html += QStringLiteral(
                    "<p>%1<br><b>%2</b></p><p><img src='frontdesk://feedback-qr' width=160 height=160></p>")
                    .arg(tr("Please tell us how we did:").toHtmlEscaped(), m_feedbackLink.toHtmlEscaped());
    }
    html += QStringLiteral("<p><br>%1 ____________________ &nbsp;&nbsp; %2 ____________________</p>")
                .arg(tr("Engineer's signature").toHtmlEscaped(), tr("Customer's signature").toHtmlEscaped());
    doc->setHtml(html);
    // Added after setHtml(), which clears the document's resources.
    if (!m_feedbackLink.isEmpty())
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("frontdesk://feedback-qr")), m_qr);
    return doc;
}

void JobSheet::print(QPrinter& printer) const
{
    document()->print(&printer);
}

} // namespace fd
