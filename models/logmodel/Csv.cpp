#include "models/logmodel/Csv.h"

#include <QStringDecoder>

namespace fd::csv {
namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Apostrophes, then a formula character.
bool looksGuarded(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && isFormulaStart(cell.at(i));
}

// A phone in international form ("+919876543210"): a spreadsheet reads it as a number at worst, never as a
// call, so it stays a phone in the file instead of becoming "'+91…".
bool isPlainPhone(const QString& cell)
{
    if (cell.size() < 7 || cell.size() > 16 || cell.at(0) != QLatin1Char('+'))
        return false;
    for (qsizetype i = 1; i < cell.size(); ++i)
        if (cell.at(i) < QLatin1Char('0') || cell.at(i) > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

QString guardFormula(const QString& cell)
{
    return looksGuarded(cell) && !isPlainPhone(cell) ? QLatin1Char('\'') + cell : cell;
}

QString unguardFormula(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) && looksGuarded(cell) ? cell.mid(1) : cell;
}

QString field(const QString& cell)
{
    const QString guarded = guardFormula(cell);
    const bool quote = guarded.contains(QLatin1Char(',')) || guarded.contains(QLatin1Char('"')) ||
                       guarded.contains(QLatin1Char('\n')) || guarded.contains(QLatin1Char('\r'));
    if (!quote)
        return guarded;
    QString escaped = guarded;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString record(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells)
        fields << field(cell);
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QByteArray utf8Bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QList<QStringList> parse(const QString& input, bool* ok)
{
    QList<QStringList> records;
    QStringList current;
    QString cell;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool any = false;        // the current record has begun
    bool good = true;
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;

    auto endRecord = [&] {
        current << cell;
        records << current;
        current.clear();
        cell.clear();
        afterQuote = false;
        any = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            current << cell;
            cell.clear();
            afterQuote = false;
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (afterQuote) {
            good = false; // text after a closing quote
            cell += c;
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            any = true;
        } else {
            cell += c;
            any = true;
        }
    }
    if (quoted)
        good = false;
    if (any || !cell.isEmpty() || !current.isEmpty())
        endRecord();
    if (ok)
        *ok = good;
    return records;
}

QList<QStringList> parse(const QByteArray& utf8, bool* ok)
{
    // QString::fromUtf8 drops a leading byte-order mark, and parse(QString) drops one more: a first cell
    // that starts with U+FEFF would lose it. Decoded with its mark, only the file's own mark goes.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return parse(QString(decoder.decode(utf8)), ok);
}

} // namespace fd::csv
