#include "models/records/RecordReference.h"

#include <QObject>

namespace fd {

QString enquiryReference(qint64 id)
{
    return QStringLiteral("ENQ-%1").arg(id, 6, 10, QLatin1Char('0'));
}

QString serviceTicket(qint64 id)
{
    return QStringLiteral("SR-%1").arg(id, 6, 10, QLatin1Char('0'));
}

QString deliveryReference(qint64 id, const QString& storedReference)
{
    return storedReference.isEmpty() ? QStringLiteral("DEL-%1").arg(id) : storedReference;
}

QString recordReference(const QString& referenceType, qint64 referenceId, const QString& label)
{
    if (referenceId <= 0)
        return {};
    if (referenceType == QLatin1String("enquiry"))
        return enquiryReference(referenceId);
    if (referenceType == QLatin1String("complaint"))
        return label.isEmpty() ? serviceTicket(referenceId) : label;
    if (referenceType == QLatin1String("stock_movement"))
        return deliveryReference(referenceId, label);
    return QString::number(referenceId);
}

QString recordTable(const QString& referenceType)
{
    if (referenceType == QLatin1String("enquiry"))
        return QStringLiteral("enquiries");
    if (referenceType == QLatin1String("complaint"))
        return QStringLiteral("complaints");
    if (referenceType == QLatin1String("stock_movement"))
        return QStringLiteral("stock_movements");
    return {};
}

QString recordTypeName(const QString& referenceType)
{
    if (referenceType == QLatin1String("enquiry"))
        return QObject::tr("Enquiry");
    if (referenceType == QLatin1String("complaint"))
        return QObject::tr("Service request");
    if (referenceType == QLatin1String("stock_movement"))
        return QObject::tr("Delivery");
    return referenceType;
}

QString recordTitle(const QString& referenceType, const QString& reference)
{
    return QObject::tr("%1 %2").arg(recordTypeName(referenceType), reference);
}

} // namespace fd
