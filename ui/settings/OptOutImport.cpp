#include "ui/settings/OptOutImport.h"

#include "automation/phone/PhonePolicy.h"
#include "models/logmodel/Csv.h"

#include <QCoreApplication>
#include <QSet>

namespace fd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::OptOutImport", text);
}

bool looksLikeHeader(const QString& cell)
{
    const QString lower = cell.trimmed().toLower();
    return lower.contains(QLatin1String("phone")) || lower.contains(QLatin1String("mobile")) ||
           lower.contains(QLatin1String("number"));
}

} // namespace

OptOutImport OptOutImport::fromCsv(const QByteArray& bytes, const PhonePolicy& phones)
{
    OptOutImport result;
    bool wellFormed = true;
    const QList<QStringList> records = csv::parse(bytes, &wellFormed);
    if (!wellFormed)
        result.problems << tr(
            "The file is not well-formed CSV (a quote is not closed); check its last lines.");
    QSet<QString> seen;
    for (int i = 0; i < records.size(); ++i) {
        const QStringList& record = records.at(i);
        const QString phone = csv::unguardFormula(record.value(0)).trimmed();
        const QString name = csv::unguardFormula(record.value(1)).trimmed();
        if (phone.isEmpty() && name.isEmpty())
            continue; // blank line
        if (i == 0 && looksLikeHeader(phone))
            continue;
        const QString e164 = phones.normalize(phone);
        if (e164.isEmpty()) {
            result.problems << tr("Line %1: \"%2\" is not a phone number.").arg(i + 1).arg(phone);
            continue;
        }
        if (seen.contains(e164))
            continue;
        seen.insert(e164);
        result.requests << OptOutRequest{e164, name};
    }
    return result;
}

} // namespace fd
