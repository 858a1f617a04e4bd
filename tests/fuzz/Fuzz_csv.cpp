// CSV: any text parses without a crash, and any cells written as CSV records (formula guard, quoting,
// CRLF, after the BOM) parse back to exactly those cells once unguarded. Input: cells separated by 0x1F,
// records by 0x1E.
#include "FuzzTargets.h"
#include "models/logmodel/Csv.h"

namespace fd::fuzz {

int csvRoundTrip(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    bool ok = true;
    (void)fd::csv::parse(bytes, &ok); // hostile files: no crash, whatever they hold

    QList<QStringList> records;
    for (const QByteArray& record : bytes.split('\x1e')) {
        QStringList cells;
        for (const QByteArray& cell : record.split('\x1f'))
            cells << QString::fromUtf8(cell);
        records << cells;
    }
    QByteArray written = fd::csv::utf8Bom();
    for (const QStringList& cells : records)
        written += fd::csv::record(cells).toUtf8();
    const QList<QStringList> parsed = fd::csv::parse(written, &ok);
    if (!ok || parsed.size() != records.size())
        FD_FUZZ_FAIL();
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (parsed[r].size() != records[r].size())
            FD_FUZZ_FAIL();
        for (qsizetype c = 0; c < records[r].size(); ++c)
            if (fd::csv::unguardFormula(parsed[r][c]) != records[r][c])
                FD_FUZZ_FAIL();
    }
    return 0;
}

} // namespace fd::fuzz
