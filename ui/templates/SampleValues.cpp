#include "ui/templates/SampleValues.h"

#include "automation/templates/MessageTemplates.h"

#include <QCoreApplication>

namespace fd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::SampleValues", text);
}

QString link(const QString& pattern, const QString& ticket, const QString& fallback)
{
    if (pattern.trimmed().isEmpty())
        return fallback;
    auto expanded = MessageTemplates::expandLink(pattern, ticket);
    return expanded ? expanded.value() : fallback;
}

} // namespace

QHash<QString, QString> sampleValues(EventType event, const SharedSettings& settings)
{
    const QString ticket = QStringLiteral("SR-2026-0042");
    QHash<QString, QString> all = {
        {QStringLiteral("customer_name"), tr("Priya Sharma")},
        {QStringLiteral("company_name"),
         settings.companyName.isEmpty() ? tr("Your Company") : settings.companyName},
        {QStringLiteral("company_phone"),
         settings.companyPhone.isEmpty() ? QStringLiteral("+91 44 2345 6789") : settings.companyPhone},
        {QStringLiteral("enquiry_id"), QStringLiteral("1042")},
        {QStringLiteral("subject"), tr("Laser printer")},
        {QStringLiteral("ticket_id"), ticket},
        {QStringLiteral("service_type"), tr("Printer repair")},
        {QStringLiteral("scheduled_date"), QStringLiteral("26-11-2026")},
        {QStringLiteral("tracking_link"),
         link(settings.trackingLinkPattern, ticket, tr("(set the tracking link in Settings)"))},
        {QStringLiteral("engineer_name"), tr("Karthik")},
        {QStringLiteral("completed_date"), QStringLiteral("27-11-2026")},
        {QStringLiteral("feedback_link"),
         link(settings.feedbackLinkPattern, ticket, tr("(set the feedback link in Settings)"))},
        {QStringLiteral("reference_id"), QStringLiteral("DL-7781")},
        {QStringLiteral("item_name"), tr("Canon LBP2900 printer")},
        {QStringLiteral("reattempt_date"), QStringLiteral("28-11-2026")},
    };
    QHash<QString, QString> values;
    for (const QString& placeholder : placeholdersFor(event))
        values.insert(placeholder, all.value(placeholder, QStringLiteral("…")));
    return values;
}

} // namespace fd
