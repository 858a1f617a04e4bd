// The message log's CSV export, end to end: a logged message with any name, phone, text and error (cells
// separated by 0x1F) is exported from a real (in-memory SQLite) database to a file and read back: the
// file parses, and every cell comes back exactly as stored.
#include "FuzzTargets.h"
#include "models/db/Connection.h"
#include "models/db/MigrationRunner.h"
#include "models/logmodel/Csv.h"
#include "models/logmodel/MessageLogCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace fd::fuzz {
namespace {

struct Exporter
{
    std::unique_ptr<QCoreApplication> app; // QtSql loads its drivers through the application object
    std::unique_ptr<fd::Connection> connection;
    // Memory-backed when the system has it: thousands of exports a second, none of them on a real disk.
    QTemporaryDir dir{QDir(QStringLiteral("/dev/shm")).exists()
                          ? QStringLiteral("/dev/shm/frontdesk-fuzz-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/frontdesk-fuzz-XXXXXX")};

    Exporter()
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_messageLogCsv";
            static char* argv[] = {name, nullptr};
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        auto opened = fd::Connection::open(fd::ConnectionSpec::sqliteFile(QStringLiteral(":memory:")),
                                           QStringLiteral("fuzz"));
        if (!opened || !fd::MigrationRunner(*opened.value()).migrate())
            std::abort();
        connection = std::move(opened).value();
    }
};

// Unicode's noncharacters (U+FDD0..U+FDEF and U+xFFFE/U+xFFFF of every plane) are not for interchange:
// a layer may pass one on as U+FFFD (SQLite's UTF-8 decoding does so for U+FFFE and U+FFFF). Every other
// character must come back as it was.
bool sameAsInterchanged(const QString& got, const QString& typed)
{
    const QList<uint> a = got.toUcs4();
    const QList<uint> b = typed.toUcs4();
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool nonCharacter = (b[i] >= 0xFDD0 && b[i] <= 0xFDEF) || (b[i] & 0xFFFE) == 0xFFFE;
        if (a[i] != b[i] && !(nonCharacter && a[i] == QChar::ReplacementCharacter))
            return false;
    }
    return true;
}

} // namespace

int messageLogCsv(const uint8_t* data, size_t size)
{
    static Exporter exporter;
    fd::Connection& c = *exporter.connection;
    const QList<QByteArray> parts =
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)).split('\x1f');
    // Empty, never null: QtSql binds a null QString as NULL, and phone and text are NOT NULL.
    auto part = [&](int i) { return QString::fromUtf8(parts.value(i)).append(QLatin1String("")); };
    const QString name = part(0);
    const QString phone = part(1);
    const QString text = part(2);
    const QString error = part(3);
    if (!c.exec(QStringLiteral("DELETE FROM whatsapp_message_logs"), QStringLiteral("fuzz")))
        std::abort();
    // Fixed id and times: the clock must not steer the fuzzer (the smoke takes the same path on every run).
    if (!c.exec(QStringLiteral(
                    "INSERT INTO whatsapp_message_logs (id, event_type, customer_phone, customer_name, "
                    "message_content, status, error_message, reference_type, reference_id, "
                    "created_at, updated_at) "
                    "VALUES (1, 'ENQUIRY_CREATED', ?, ?, ?, 'FAILED', ?, 'enquiry', 1, "
                    "'2026-12-03 10:00:00.000', '2026-12-03 10:00:00.000')"),
                {phone, name, text, error}, QStringLiteral("fuzz")))
        std::abort();
    const QString path = exporter.dir.filePath(QStringLiteral("log.csv"));
    const auto rows = fd::exportMessageLogCsv(c, fd::MessageLogFilter(), path);
    if (!rows || rows.value() != 1)
        FD_FUZZ_FAIL();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FD_FUZZ_FAIL();
    bool ok = false;
    const QList<QStringList> records = fd::csv::parse(file.readAll(), &ok);
    if (!ok || records.size() != 2 || records[0] != fd::messageLogCsvHeader())
        FD_FUZZ_FAIL();
    const QStringList& row = records[1];
    if (row.size() != records[0].size())
        FD_FUZZ_FAIL();
    // Columns as in MessageLogCsv.cpp: customer 4, phone 5, error 15, message 16.
    auto cell = [&](int i) { return fd::csv::unguardFormula(row[i]); };
    if (!sameAsInterchanged(cell(4), name) || !sameAsInterchanged(cell(5), phone) ||
        !sameAsInterchanged(cell(15), error) || !sameAsInterchanged(cell(16), text))
        FD_FUZZ_FAIL();
    return 0;
}

} // namespace fd::fuzz
