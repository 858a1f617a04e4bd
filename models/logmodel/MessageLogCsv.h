#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/logmodel/MessageLogFilter.h"

namespace fd {

// Writes the messages within a filter to a CSV file that opens correctly in a spreadsheet: UTF-8 with a
// BOM, RFC 4180 quoting, formula-looking cells defused (see csv::guardFormula). Times are local. The file
// appears only when complete (QSaveFile). Runs on the DatabaseWorker's thread; returns the number of rows.
Result<qint64> exportMessageLogCsv(Connection& connection, const MessageLogFilter& filter,
                                   const QString& path);

QStringList messageLogCsvHeader();

} // namespace fd
