// Queueing: saving an enquiry with its queued message against a bare insert of the same row, on SQLite
// and PostgreSQL; and several desks queueing at once on one PostgreSQL (throughput, duplicates).
#include "BenchStats.h"
#include "Benchmarks.h"
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "models/repositories/EnquiryRepository.h"
#include "util/TestCompany.h"
#include "util/TestDatabase.h"

#include <QThread>
#include <atomic>

namespace fd::bench {
namespace {

EnquiryInput enquiryInput(int i)
{
    EnquiryInput input;
    input.customerName = QStringLiteral("Customer %1").arg(i);
    input.customerPhone = QStringLiteral("98%1").arg(10000000 + i % 89999999, 8, 10, QLatin1Char('0'));
    input.subject = QStringLiteral("Laser printer");
    input.notes = QStringLiteral("Wants a quote for two units");
    input.createdBy = QStringLiteral("bench");
    return input;
}

Enquiry bareRow(int i)
{
    const EnquiryInput input = enquiryInput(i);
    Enquiry enquiry;
    enquiry.customerName = input.customerName;
    enquiry.customerPhone = QStringLiteral("+91") + input.customerPhone;
    enquiry.subject = input.subject;
    enquiry.notes = input.notes;
    enquiry.createdBy = input.createdBy;
    enquiry.createdAt = QDateTime::currentDateTimeUtc();
    return enquiry;
}

bool prepareSettings(Connection& connection)
{
    SharedSettings settings = test::testCompany();
    return settings.save(connection, QStringLiteral("bench")).ok();
}

void compareOn(Dialect dialect, int rounds)
{
    auto database = test::TestDatabase::create(dialect);
    auto connection = database->connectMigrated();
    if (!connection || !prepareSettings(*connection)) {
        out() << "  " << dialectName(dialect) << ": could not prepare the database\n";
        return;
    }
    DeskActions desk(*connection);
    EnquiryRepository enquiries(*connection);
    Samples withMessage;
    Samples bare;
    bool ok = true;
    // Interleaved, so that a noisy neighbour hurts both sides alike.
    for (int i = 0; i < rounds + 10; ++i) {
        Result<Saved<Enquiry>> saved;
        const qint64 a = timeMicros([&] { saved = desk.createEnquiry(enquiryInput(i)); });
        Result<qint64> inserted;
        const qint64 b = timeMicros([&] { inserted = enquiries.insert(bareRow(i)); });
        ok = ok && saved.ok() && inserted.ok() && saved->message &&
             saved->message->outcome == QueueResult::Outcome::Queued;
        if (i >= 10) { // warm-up: connections, statement caches
            withMessage.add(a);
            bare.add(b);
        }
    }
    // What one statement costs on its own (prepared, one round trip on PostgreSQL): a save is a transaction,
    // BEGIN + customer, enquiry, flag, log row + COMMIT, so about six of these against the bare insert's one.
    Samples statement;
    for (int i = 0; i < rounds; ++i) {
        statement.add(timeMicros([&] {
            (void)connection->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"),
                                     {QStringLiteral("company.name")}, QStringLiteral("bench"));
        }));
    }
    out() << QStringLiteral("  %1: save enquiry + queued message median %2 (p95 %3); bare insert median %4 "
                            "(p95 %5); ratio %6 (target <= 2)%7; one small statement %8\n")
                 .arg(dialectName(dialect), ms(withMessage.medianMs()), ms(withMessage.p95Ms()),
                      ms(bare.medianMs()), ms(bare.p95Ms()), ratio(withMessage.medianMs(), bare.medianMs()),
                      ok ? QString() : QStringLiteral(" — SOME SAVES FAILED"), ms(statement.medianMs()));
}

// Several desks (threads with their own connections) save enquiries and, at the same moment, assign
// engineers to the same service requests: every event must be queued exactly once.
void desksAtOnce(int desks, int perDesk)
{
    auto database = test::TestDatabase::create(Dialect::Postgres);
    auto setup = database->connectMigrated();
    if (!setup || !prepareSettings(*setup)) {
        out() << "  several desks: could not prepare the database\n";
        return;
    }
    QList<qint64> requests;
    {
        DeskActions desk(*setup);
        for (int i = 0; i < perDesk; ++i) {
            ServiceRequestInput input;
            input.customerName = QStringLiteral("Shared %1").arg(i);
            input.customerPhone = QStringLiteral("97%1").arg(10000000 + i, 8, 10, QLatin1Char('0'));
            input.serviceType = QStringLiteral("Repair");
            input.scheduledDate = QDate::currentDate().addDays(1);
            auto saved = desk.createServiceRequest(input);
            if (saved)
                requests.append(saved->record.id);
        }
    }
    std::atomic<int> failures{0};
    QList<QThread*> threads;
    QElapsedTimer timer;
    timer.start();
    for (int d = 0; d < desks; ++d) {
        threads.append(QThread::create([&, d] {
            auto connection = database->connect(QStringLiteral("desk-%1").arg(d));
            if (!connection) {
                failures += perDesk * 2;
                return;
            }
            DeskActions desk(*connection);
            for (int i = 0; i < perDesk; ++i) {
                if (!desk.createEnquiry(enquiryInput(d * perDesk + i)))
                    ++failures;
                if (!desk.assignEngineer(requests.value(i), 0, QStringLiteral("Engineer %1").arg(d)))
                    ++failures;
            }
        }));
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    auto count = [&](const QString& sql) {
        return setup->scalar(sql, {}, QStringLiteral("count")).value().toInt();
    };
    const int enquiryMessages = count(
        QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE event_type = 'ENQUIRY_CREATED'"));
    const int assignMessages = count(
        QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE event_type = 'ENGINEER_ASSIGNED'"));
    const int duplicates = count(QStringLiteral(
        "SELECT count(*) FROM (SELECT reference_type, reference_id, event_type FROM whatsapp_message_logs "
        "GROUP BY reference_type, reference_id, event_type HAVING count(*) > 1) d"));
    out() << QStringLiteral(
                 "  PostgreSQL, %1 desks at once: %2 saves in %3 s = %4 saves/s; enquiry messages %5 of %6, "
                 "engineer-assigned messages %7 of %8 requests, duplicates %9, failed saves %10\n")
                 .arg(desks)
                 .arg(desks * perDesk * 2)
                 .arg(seconds, 0, 'f', 2)
                 .arg(desks * perDesk * 2 / seconds, 0, 'f', 0)
                 .arg(enquiryMessages)
                 .arg(desks * perDesk)
                 .arg(assignMessages)
                 .arg(requests.size())
                 .arg(duplicates)
                 .arg(failures.load());
}

} // namespace

void runQueueing(bool quick)
{
    out() << "Queueing (enquiry saved with its message vs a bare insert of the same row)\n";
    const int rounds = quick ? 50 : 300;
    compareOn(Dialect::Sqlite, rounds);
    compareOn(Dialect::Postgres, rounds);
    desksAtOnce(4, quick ? 50 : 250);
    out().flush();
}

} // namespace fd::bench
