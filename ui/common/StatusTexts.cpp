#include "ui/common/StatusTexts.h"

#include <QCoreApplication>

namespace fd {

QString statusText(Delivery::Status status)
{
    switch (status) {
    case Delivery::Status::Pending:
        return QCoreApplication::translate("StatusTexts", "Pending");
    case Delivery::Status::Delivered:
        return QCoreApplication::translate("StatusTexts", "Delivered");
    case Delivery::Status::Failed:
        return QCoreApplication::translate("StatusTexts", "Failed");
    case Delivery::Status::Reattempt:
        return QCoreApplication::translate("StatusTexts", "Re-attempt");
    }
    return {};
}

QString statusText(ServiceRequest::Status status)
{
    switch (status) {
    case ServiceRequest::Status::Open:
        return QCoreApplication::translate("StatusTexts", "Open");
    case ServiceRequest::Status::Assigned:
        return QCoreApplication::translate("StatusTexts", "Assigned");
    case ServiceRequest::Status::Completed:
        return QCoreApplication::translate("StatusTexts", "Completed");
    case ServiceRequest::Status::Cancelled:
        return QCoreApplication::translate("StatusTexts", "Cancelled");
    }
    return {};
}

} // namespace fd
