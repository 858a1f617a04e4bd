// Message log at 10 thousand and at 1 million rows, on SQLite and PostgreSQL: the first page and the summary
// figures of the filters people use, through the same queries as the log screen (MessageLogQueries).
#include "BenchStats.h"
#include "Benchmarks.h"
#include "LogData.h"
#include "models/logmodel/MessageLogQueries.h"
#include "util/TestDatabase.h"

#include <functional>

namespace fd::bench {
namespace {

struct NamedFilter
{
    QString name;
    MessageLogFilter filter;
};

QList<NamedFilter> filters()
{
    MessageLogFilter failed;
    failed.statuses = {QStringLiteral("FAILED")};
    MessageLogFilter event;
    event.eventType = QStringLiteral("SERVICE_COMPLETED");
    MessageLogFilter week;
    week.from = QDate::currentDate().addDays(-6);
    week.to = QDate::currentDate();
    MessageLogFilter phone; // a customer's number as typed at the desk: customer 1234's
    phone.search = QStringLiteral("98 %1").arg(1234 * 7919 % 100000000, 8, 10, QLatin1Char('0'));
    MessageLogFilter name;
    name.search = QStringLiteral("customer 4321");
    MessageLogFilter failedWeek = week;
    failedWeek.statuses = failed.statuses;
    return {{QStringLiteral("no filter"), {}},
            {QStringLiteral("status FAILED"), failed},
            {QStringLiteral("event SERVICE_COMPLETED"), event},
            {QStringLiteral("last 7 days"), week},
            {QStringLiteral("FAILED, last 7 days"), failedWeek},
            {QStringLiteral("search phone"), phone},
            {QStringLiteral("search name"), name}};
}

struct Figures
{
    QList<double> page;
    QList<double> summary;
};

// Both logs side by side: each query runs on the small and the large log in turn (after a warm-up call on
// each), so that a noisy neighbour hurts both alike; the figures are medians.
void measure(Connection& small, Connection& large, int runs, Figures& smallFigures, Figures& largeFigures,
             bool& ok)
{
    MessageLogQueries queries[2] = {MessageLogQueries(small), MessageLogQueries(large)};
    Figures* figures[2] = {&smallFigures, &largeFigures};
    auto timeBoth = [&](const std::function<bool(MessageLogQueries&)>& call, QList<double> Figures::*list) {
        Samples samples[2];
        for (int i = -1; i < runs; ++i) {
            for (int side = 0; side < 2; ++side) {
                bool done = false;
                const qint64 micros = timeMicros([&] { done = call(queries[side]); });
                ok = ok && done;
                if (i >= 0)
                    samples[side].add(micros);
            }
        }
        for (int side = 0; side < 2; ++side)
            (figures[side]->*list) << samples[side].medianMs();
    };
    for (const NamedFilter& f : filters()) {
        timeBoth([&](MessageLogQueries& q) { return q.page(f.filter, 0, 100).ok(); }, &Figures::page);
        timeBoth([&](MessageLogQueries& q) { return q.summary(f.filter).ok(); }, &Figures::summary);
    }
}

void runOn(Dialect dialect, qint64 small, qint64 large, int runs)
{
    const qint64 sizes[2] = {small, large};
    std::unique_ptr<test::TestDatabase> databases[2];
    std::unique_ptr<Connection> connections[2];
    for (int i = 0; i < 2; ++i) {
        databases[i] = test::TestDatabase::create(dialect);
        connections[i] = databases[i] ? databases[i]->connectMigrated() : nullptr;
        if (!connections[i]) {
            out() << "  " << dialectName(dialect) << ": could not prepare the database\n";
            return;
        }
        QElapsedTimer generation;
        generation.start();
        if (auto generated = generateMessageLog(*connections[i], sizes[i]); !generated) {
            out() << "  " << dialectName(dialect)
                  << ": could not generate the log: " << generated.error().message << " "
                  << generated.error().detail << "\n";
            return;
        }
        out() << QStringLiteral("  %1: %2 rows generated in %3 s\n")
                     .arg(dialectName(dialect))
                     .arg(sizes[i])
                     .arg(generation.elapsed() / 1000.0, 0, 'f', 1);
        out().flush();
    }
    Figures figures[2];
    bool ok = true;
    measure(*connections[0], *connections[1], runs, figures[0], figures[1], ok);
    out() << QStringLiteral(
                 "  %1, median of %2 runs, ms: first page (100 rows) %3 / %4 rows, ratio; summary %3 / %4, "
                 "ratio\n")
                 .arg(dialectName(dialect))
                 .arg(runs)
                 .arg(small)
                 .arg(large);
    const QList<NamedFilter> named = filters();
    for (int f = 0; f < named.size(); ++f) {
        out() << QStringLiteral("    %1 page %2 / %3 (%4)   summary %5 / %6 (%7)\n")
                     .arg(named.at(f).name, -24)
                     .arg(figures[0].page.at(f), 0, 'f', 2)
                     .arg(figures[1].page.at(f), 0, 'f', 2)
                     .arg(ratio(figures[1].page.at(f), figures[0].page.at(f)))
                     .arg(figures[0].summary.at(f), 0, 'f', 2)
                     .arg(figures[1].summary.at(f), 0, 'f', 2)
                     .arg(ratio(figures[1].summary.at(f), figures[0].summary.at(f)));
    }
    if (!ok)
        out() << "    SOME QUERIES FAILED\n";
    out().flush();
}

} // namespace

void runMessageLog(bool quick)
{
    out() << "Message log: first page and summary figures, small vs large log (target: page ratio <= 2)\n";
    const qint64 small = quick ? 1000 : 10000;
    const qint64 large = quick ? 20000 : 1000000;
    const int runs = quick ? 3 : 15;
    runOn(Dialect::Sqlite, small, large, runs);
    runOn(Dialect::Postgres, small, large, runs);
}

} // namespace fd::bench
