#include "models/repositories/CorrectionRepository.h"

#include "models/db/SqlValues.h"
#include "models/records/RecordReference.h"
#include "models/records/TextFields.h"
#include "models/repositories/Row.h"

#include <QSqlRecord>

namespace fd {
namespace {

Error notCorrectable()
{
    return Error::make(Error::Kind::InvalidInput, QObject::tr("This field cannot be corrected."));
}

} // namespace

QList<CorrectableField> CorrectionRepository::correctableFields(const QString& referenceType)
{
    // The same list as frontdesk_correct_record (migrations/postgresql/0021_record_corrections.sql).
    const CorrectableField name{QStringLiteral("customer_name"), limits::kName, true, true};
    if (referenceType == QLatin1String("enquiry"))
        return {name,
                {QStringLiteral("subject"), limits::kSubject, true, false},
                {QStringLiteral("notes"), 0, false, false}};
    if (referenceType == QLatin1String("complaint"))
        return {name,
                {QStringLiteral("service_type"), limits::kServiceType, true, false},
                {QStringLiteral("description"), 0, false, false}};
    if (referenceType == QLatin1String("stock_movement"))
        return {name,
                {QStringLiteral("item_name"), limits::kItemName, true, false},
                {QStringLiteral("address"), 0, true, false}};
    return {};
}

std::optional<CorrectableField> CorrectionRepository::correctableField(const QString& referenceType,
                                                                       const QString& column)
{
    for (const CorrectableField& field : correctableFields(referenceType)) {
        if (field.column == column)
            return field;
    }
    return std::nullopt;
}

Result<QList<RecordField>> CorrectionRepository::fields(const QString& referenceType, qint64 id)
{
    const QString table = recordTable(referenceType);
    if (table.isEmpty())
        return notCorrectable();
    // The table's name is one of the three above, never the caller's text.
    auto query = m_connection.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id},
                                   QObject::tr("read the record"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::make(Error::Kind::NotFound, QObject::tr("This record is no longer there."));
    const QSqlRecord columns = query.value().query().record();
    QList<RecordField> fields;
    for (int i = 0; i < columns.count(); ++i)
        fields << RecordField{columns.fieldName(i), query.value().value(i)};
    return fields;
}

Result<QList<RecordCorrection>> CorrectionRepository::history(const QString& referenceType, qint64 id)
{
    auto query = m_connection.exec(
        QStringLiteral(
            "SELECT field, old_value, new_value, corrected_by, corrected_at FROM record_corrections "
            "WHERE reference_type = ? AND reference_id = ? ORDER BY id"),
        {referenceType, id}, QObject::tr("read the record's corrections"));
    if (!query)
        return query.error();
    return readAll<RecordCorrection>(query.value(), [](const Row& row) {
        return RecordCorrection{row.text("field"), row.text("old_value"), row.text("new_value"),
                                row.text("corrected_by"), row.time("corrected_at")};
    });
}

Result<int> CorrectionRepository::correct(const QString& referenceType, qint64 id,
                                          const QList<QPair<QString, QString>>& values, const QString& by)
{
    QList<QPair<CorrectableField, QString>> checked;
    for (const auto& [column, typed] : values) {
        const std::optional<CorrectableField> field = correctableField(referenceType, column);
        if (!field)
            return notCorrectable();
        const QString value = field->oneLine ? singleLine(typed).trimmed() : typed;
        if (field->required && value.isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("The customer's name cannot be empty."));
        if (field->maxLength > 0 && characterCount(value) > field->maxLength)
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("A field has at most %1 characters.").arg(field->maxLength));
        checked << qMakePair(*field, value);
    }
    return inTransaction(m_connection, QObject::tr("correct the record"), [&]() -> Result<int> {
        int changed = 0;
        for (const auto& [field, value] : checked) {
            const Result<bool> one = correctOne(referenceType, id, field, value, by);
            if (!one)
                return one.error();
            changed += one.value() ? 1 : 0;
        }
        return changed;
    });
}

Result<bool> CorrectionRepository::correctOne(const QString& referenceType, qint64 id,
                                              const CorrectableField& field, const QString& value,
                                              const QString& by)
{
    const QString what = QObject::tr("correct the record");
    if (m_connection.dialect() == Dialect::Postgres) {
        auto changed = m_connection.scalar(QStringLiteral("SELECT frontdesk_correct_record(?, ?, ?, ?)"),
                                           {referenceType, id, field.column, sql::text(value)}, what);
        if (!changed)
            return changed.error();
        return changed.value().toBool();
    }
    // The table and the column are from correctableFields, never the caller's text.
    const QString table = recordTable(referenceType);
    auto old = m_connection.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field.column, table),
                                 {id}, what);
    if (!old)
        return old.error();
    if (!old.value().next())
        return Error::make(Error::Kind::NotFound, QObject::tr("This record is no longer there."));
    const QString oldValue = old.value().value(0).toString();
    old.value().finish();
    if (oldValue == value)
        return false;
    auto update =
        m_connection.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field.column),
                          {sql::text(value), id}, what);
    if (!update)
        return update.error();
    auto logged = m_connection.exec(
        QStringLiteral(
            "INSERT INTO record_corrections (reference_type, reference_id, field, old_value, new_value, "
            "corrected_by) VALUES (?, ?, ?, ?, ?, ?)"),
        {referenceType, id, field.column, sql::text(oldValue), sql::text(value), by}, what);
    if (!logged)
        return logged.error();
    return true;
}

} // namespace fd
