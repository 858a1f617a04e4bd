#pragma once

#include "automation/settings/SharedSettings.h"
#include "models/records/ServiceRequest.h"

#include <QImage>
#include <memory>

class QPrinter;
class QTextDocument;

namespace fd {

// The printable job sheet of a service request: company, ticket, customer, service, engineer, dates,
// and the feedback link with its QR code for the customer to scan.
class JobSheet
{
public:
    JobSheet(ServiceRequest request, SharedSettings settings, QString feedbackLink);

    std::unique_ptr<QTextDocument> document() const;
    QImage qrCode() const { return m_qr; }
    void print(QPrinter& printer) const;

private:
    ServiceRequest m_request;
    SharedSettings m_settings;
    QString m_feedbackLink;
    QImage m_qr;
};

} // namespace fd
