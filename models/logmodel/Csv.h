#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace fd::csv {

// RFC 4180 text for spreadsheets: fields with a comma, quote, CR or LF are quoted, quotes doubled, records
// end in CRLF. A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
// leading apostrophe, except a phone in international form (a plus and 6 to 15 digits, which runs nothing); a
// cell that already starts with apostrophes before such a character gets one more, so that unguard() gives
// back exactly what was written.
QString guardFormula(const QString& cell);
QString unguardFormula(const QString& cell);

QString field(const QString& cell);       // guarded and quoted as needed
QString record(const QStringList& cells); // with the CRLF
QByteArray utf8Bom();

// Parses RFC 4180 text (CRLF or LF line ends, quoted fields spanning lines). A leading BOM is skipped.
// `ok` is false for a quote that is never closed or text after a closing quote.
QList<QStringList> parse(const QString& text, bool* ok = nullptr);
QList<QStringList> parse(const QByteArray& utf8, bool* ok = nullptr);

} // namespace fd::csv
