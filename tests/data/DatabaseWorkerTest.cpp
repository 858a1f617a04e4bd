#include "models/db/DatabaseWorker.h"

#include "models/db/MigrationRunner.h"
#include "models/repositories/EnquiryRepository.h"
#include "util/TestDatabase.h"
#include "util/WaitUntil.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <gtest/gtest.h>
#include <memory>

using namespace fd;
using namespace fd::test;

class DatabaseWorkerTest : public DialectTest
{
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(DatabaseWorkerTest);

namespace {

// Continuations arrive through the caller's event loop: spin it (up to 30 s) until `done`.
constexpr int kWorkerWaitMs = 30000;
constexpr int kWorkerPollMs = 5;

} // namespace

TEST_P(DatabaseWorkerTest, JobsRunOnTheWorkerThreadAndAnswerOnTheCallers)
{
    DatabaseWorker worker(database->spec());
    QThread* const caller = QThread::currentThread();
    QThread* jobThread = nullptr;
    QThread* continuationThread = nullptr;
    QObject context;
    bool finished = false;
    qint64 id = 0;

    worker.run([](Connection& c) -> Result<MigrationReport> { return MigrationRunner(c).migrate(); });
    worker.run(
        &context,
        [&jobThread](Connection& c) {
            jobThread = QThread::currentThread();
            Enquiry e;
            e.customerName = QStringLiteral("Worker");
            e.customerPhone = QStringLiteral("+919833333333");
            return EnquiryRepository(c).insert(e);
        },
        [&](const Result<qint64>& result) {
            continuationThread = QThread::currentThread();
            EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
            id = result.ok() ? result.value() : 0;
            finished = true;
        });
    ASSERT_TRUE(waitUntil([&] { return finished; }, kWorkerWaitMs, kWorkerPollMs));
    EXPECT_NE(jobThread, caller);
    EXPECT_EQ(continuationThread, caller);
    EXPECT_GT(id, 0);

    auto read = worker.run([id](Connection& c) { return EnquiryRepository(c).get(id); });
    read.waitForFinished();
    ASSERT_TRUE(read.result().ok());
    EXPECT_EQ(read.result()->customerName, QStringLiteral("Worker"));
}

// A screen closed while its query still runs: the continuation is dropped, nothing asserts (QFuture::then
// with a context asserts in Qt 6.4 when the context dies first, which is why run(context, ...) exists).
TEST_P(DatabaseWorkerTest, AContinuationWhoseContextDiedFirstIsDropped)
{
    DatabaseWorker worker(database->spec());
    std::atomic<bool> release{false};
    std::atomic<bool> jobRan{false};
    bool continued = false;
    auto context = std::make_unique<QObject>();
    worker.run(
        context.get(),
        [&](Connection&) -> Result<int> {
            while (!release)
                QThread::msleep(1);
            jobRan = true;
            return 1;
        },
        [&](const Result<int>&) { continued = true; });
    context.reset(); // the screen closes while the job waits
    release = true;

    // A job queued after it has finished once the first one has: by then the first one's answer is delivered
    // or dropped.
    QObject after;
    bool afterDone = false;
    worker.run(
        &after, [](Connection&) -> Result<int> { return 2; }, [&](const Result<int>&) { afterDone = true; });
    ASSERT_TRUE(waitUntil([&] { return afterDone; }, kWorkerWaitMs, kWorkerPollMs));
    EXPECT_TRUE(jobRan);
    EXPECT_FALSE(continued);
}

TEST_P(DatabaseWorkerTest, JobsRunInOrder)
{
    DatabaseWorker worker(database->spec());
    QList<int> order;
    QFuture<Result<int>> last;
    for (int i = 0; i < 50; ++i)
        last = worker.run([&order, i](Connection&) -> Result<int> {
            order << i;
            return i;
        });
    last.waitForFinished();
    ASSERT_EQ(order.size(), 50);
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(order[i], i);
}

TEST(DatabaseWorker, UnreachableServerIsReportedNotHung)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    ConnectionSpec spec = postgresAdminSpec();
    spec.port = probe.serverPort();
    probe.close();

    DatabaseWorker worker(spec);
    QSignalSpy availability(&worker, &DatabaseWorker::availabilityChanged);
    auto future = worker.run([](Connection&) -> Result<int> { return 1; });
    future.waitForFinished();
    ASSERT_FALSE(future.result().ok());
    EXPECT_EQ(future.result().error().kind, Error::Kind::Unavailable);
    ASSERT_TRUE(waitUntil([&] { return availability.count() >= 1; }, kWorkerWaitMs, kWorkerPollMs));
    EXPECT_FALSE(availability.first().at(0).toBool());
}

TEST(DatabaseWorker, ReconnectsAfterTheServerDroppedTheConnection)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    DatabaseWorker worker(database->spec());
    QSignalSpy availability(&worker, &DatabaseWorker::availabilityChanged);
    auto pid = worker.run([](Connection& c) {
        return c.scalar(QStringLiteral("SELECT pg_backend_pid()"), {}, QStringLiteral("pid"));
    });
    pid.waitForFinished();
    ASSERT_TRUE(pid.result().ok());

    // What a server restart looks like to the desk: its session is killed.
    auto admin = Connection::open(postgresAdminSpec(), QStringLiteral("admin"));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(admin.value()
                    ->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid.result().value()},
                           QStringLiteral("terminate"))
                    .ok());

    auto broken = worker.run(
        [](Connection& c) { return c.scalar(QStringLiteral("SELECT 1"), {}, QStringLiteral("ping")); });
    broken.waitForFinished();
    ASSERT_FALSE(broken.result().ok());
    EXPECT_EQ(broken.result().error().kind, Error::Kind::Unavailable)
        << broken.result().error().detail.toStdString();

    auto again = worker.run(
        [](Connection& c) { return c.scalar(QStringLiteral("SELECT 1"), {}, QStringLiteral("ping")); });
    again.waitForFinished();
    ASSERT_TRUE(again.result().ok()) << again.result().error().message.toStdString();
    ASSERT_TRUE(waitUntil([&] { return availability.count() >= 2; }, kWorkerWaitMs, kWorkerPollMs));
    EXPECT_FALSE(availability.at(0).at(0).toBool());
    EXPECT_TRUE(availability.at(1).at(0).toBool());
}
