#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/RecordCorrection.h"

#include <QList>
#include <QPair>
#include <QVariant>
#include <optional>

namespace fd {

// A record's column and its value as stored.
using RecordField = QPair<QString, QVariant>;

// Corrections of enquiries, service requests and deliveries (reference types as the message log names them:
// enquiry, complaint, stock_movement). A correction changes the record and writes its row in
// record_corrections in one transaction (on PostgreSQL inside migration 0021's frontdesk_correct_record,
// which keeps the same list of fields); it queues no message and leaves the message flags and statuses alone.
class CorrectionRepository
{
public:
    explicit CorrectionRepository(Connection& connection)
        : m_connection(connection)
    {}

    // The fields of this type of record that may be corrected (none for another type).
    static QList<CorrectableField> correctableFields(const QString& referenceType);
    // One of them by its column; none when that column may not be corrected.
    static std::optional<CorrectableField> correctableField(const QString& referenceType,
                                                            const QString& column);

    // Every column of the record, in the table's order.
    Result<QList<RecordField>> fields(const QString& referenceType, qint64 id);
    // Its corrections, oldest first.
    Result<QList<RecordCorrection>> history(const QString& referenceType, qint64 id);
    // Corrects the given fields (column → new value) by `by` (SQLite; PostgreSQL takes the login), all or
    // none; how many of them changed (a value the record holds already is no correction).
    Result<int> correct(const QString& referenceType, qint64 id, const QList<QPair<QString, QString>>& values,
                        const QString& by);

private:
    Result<bool> correctOne(const QString& referenceType, qint64 id, const CorrectableField& field,
                            const QString& value, const QString& by);

    Connection& m_connection;
};

} // namespace fd
