#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace fd::sql {

// Both dialects store timestamps as UTC wall-clock text/TIMESTAMP without a zone ("2026-11-24 09:30:00.000"),
// which sorts correctly in SQLite and compares correctly in PostgreSQL.
QVariant fromDateTime(const QDateTime& utc);
QVariant fromDate(const QDate& date);
QDateTime toDateTime(const QVariant& value); // interpreted as UTC; invalid for NULL
QDate toDate(const QVariant& value);         // invalid for NULL
QVariant nullable(const QString& text);      // NULL for an empty string
QVariant nullableId(qint64 id);              // NULL for 0
QVariant text(const QString& text);          // '' for a null QString (QtSql binds a null QString as NULL)

} // namespace fd::sql
