// GUI responsiveness: the longest stall of the GUI thread's event loop while the message log tab opens on a
// large log and is used (next page, filters, search, details), with the database at full speed and behind a
// slow network. The log's SQL runs on the DatabaseWorker; the probe shows whether anything still blocks.
#include "BenchStats.h"
#include "Benchmarks.h"
#include "LatencyProxy.h"
#include "LogData.h"
#include "StallProbe.h"
#include "models/db/DatabaseWorker.h"
#include "models/logmodel/MessageLogModel.h"
#include "ui/log/MessageLogTab.h"
#include "util/TestDatabase.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>

namespace fd::bench {
namespace {

bool waitLoaded(MessageLogModel* model, int timeoutMs)
{
    // The answer may come before or after isLoading() turns true: wait for a page, then for both answers.
    return QTest::qWaitFor([&] { return !model->isLoading(); }, timeoutMs);
}

struct Stalls
{
    double openMs = 0;         // tab shown -> first page on screen
    StallProbe::Stall longest; // the longest event-loop stall over the whole session
    StallProbe::Stall busiest; // the longest stretch of the GUI thread's own work
    bool ok = true;
};

// Opens the tab on `spec` and goes through what a person does on it.
Stalls useTheLog(const ConnectionSpec& spec, int timeoutMs)
{
    Stalls result;
    DatabaseWorker worker(spec, QStringLiteral("bench-gui"));
    StallProbe probe;
    probe.start();
    probe.setPhase(QStringLiteral("opening"));
    QElapsedTimer open;
    open.start();
    auto* tab = new MessageLogTab(worker, true);
    tab->resize(1200, 800);
    tab->show();
    MessageLogModel* model = tab->model();
    result.ok =
        QTest::qWaitFor([&] { return model->rowCount() > 0; }, timeoutMs) && waitLoaded(model, timeoutMs);
    result.openMs = open.nsecsElapsed() / 1e6;

    auto step = [&](const QString& phase, const std::function<void()>& action) {
        probe.setPhase(phase);
        action();
        QTest::qWait(20);
        result.ok = waitLoaded(model, timeoutMs) && result.ok;
    };
    step(QStringLiteral("next page"), [&] { model->setPage(1); });
    // The oldest messages: the deepest OFFSET.
    step(QStringLiteral("last page"), [&] { model->setPage(model->pageCount() - 1); });
    MessageLogFilter failed;
    failed.statuses = {QStringLiteral("FAILED")};
    step(QStringLiteral("filter FAILED"), [&] { model->setFilter(failed); });
    MessageLogFilter search;
    search.search = QStringLiteral("customer 4321");
    step(QStringLiteral("search"), [&] { model->setFilter(search); });
    step(QStringLiteral("no filter"), [&] { model->setFilter({}); });
    step(QStringLiteral("sort by customer"),
         [&] { model->sort(MessageLogModel::Customer, Qt::AscendingOrder); });
    step(QStringLiteral("details"), [&] {
        tab->table()->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    QTest::qWait(300); // the details pane's answer
    probe.stop();
    result.longest = probe.longest();
    result.busiest = probe.busiest();
    delete tab;
    return result;
}

void report(const QString& what, const Stalls& stalls)
{
    out() << QStringLiteral(
                 "  %1: log on screen after %2; longest event-loop stall %3 (%4; the GUI thread's own "
                 "work in it %5); longest own work %6 (%7); target <= 50 ms%8\n")
                 .arg(what, ms(stalls.openMs), ms(stalls.longest.ms), stalls.longest.phase,
                      ms(stalls.longest.cpuMs), ms(stalls.busiest.cpuMs), stalls.busiest.phase,
                      stalls.ok ? QString() : QStringLiteral(" — SOME STEPS TIMED OUT"));
    out().flush();
}

void runOn(Dialect dialect, qint64 rows, bool slowToo)
{
    auto database = test::TestDatabase::create(dialect);
    auto connection = database ? database->connectMigrated() : nullptr;
    if (!connection || !generateMessageLog(*connection, rows)) {
        out() << "  " << dialectName(dialect) << ": could not prepare the database\n";
        return;
    }
    connection.reset();
    report(QStringLiteral("%1, %2 messages").arg(dialectName(dialect)).arg(rows),
           useTheLog(database->spec(), 120000));
    if (slowToo) {
        const int delay = 100;
        LatencyProxy proxy(quint16(database->spec().port), delay);
        ConnectionSpec slow = database->spec();
        slow.port = proxy.port();
        report(QStringLiteral("%1, %2 messages, %3 ms more per round trip")
                   .arg(dialectName(dialect))
                   .arg(rows)
                   .arg(2 * delay),
               useTheLog(slow, 120000));
    }
}

} // namespace

void runGui(bool quick)
{
    out() << "GUI responsiveness: the message log tab opened and used (pages, filters, search, sort, "
             "details)\n";
    const qint64 rows = quick ? 20000 : 1000000;
    runOn(Dialect::Sqlite, rows, false);
    runOn(Dialect::Postgres, rows, true);
}

} // namespace fd::bench
