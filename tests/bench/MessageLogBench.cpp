// Message log at 10 thousand and at 1 million rows, on SQLite and PostgreSQL: the first page and the summary
// figures of the filters people use, through the same queries as the log screen (MessageLogQueries).
#include "BenchStats.h"
#include "Benchmarks.h"
#include "LogData.h"
#include "logmodel/MessageLogQueries.h"
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

// Median of `runs` calls after one warm-up call; `ok` turns false when a call fails.
double medianMs(int runs, const std::function<bool()>& call, bool& ok)
{
    ok = call() && ok;
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        bool done = false;
        samples.add(timeMicros([&] { done = call(); }));
        ok = ok && done;
    }
    return samples.medianMs();
}

struct Figures
{
    QList<double> page;
    QList<double> summary;
};

Figures measure(Connection& connection, int runs, bool& ok)
{
    Figures figures;
    MessageLogQueries queries(connection);
    for (const NamedFilter& f : filters()) {
        figures.page << medianMs(runs, [&] { return queries.page(f.filter, 0, 100).ok(); }, ok);
        figures.summary << medianMs(runs, [&] { return queries.summary(f.filter).ok(); }, ok);
    }
    return figures;
}

void runOn(Dialect dialect, qint64 small, qint64 large, int runs)
{
    Figures figures[2];
    const qint64 sizes[2] = {small, large};
    bool ok = true;
    for (int i = 0; i < 2; ++i) {
        auto database = test::TestDatabase::create(dialect);
        auto connection = database ? database->connectMigrated() : nullptr;
        if (!connection) {
            out() << "  " << dialectName(dialect) << ": could not prepare the database\n";
            return;
        }
        QElapsedTimer generation;
        generation.start();
        if (auto generated = generateMessageLog(*connection, sizes[i]); !generated) {
            out() << "  " << dialectName(dialect) << ": could not generate the log: " << generated.error().message
                  << " " << generated.error().detail << "\n";
            return;
        }
        out() << QStringLiteral("  %1: %2 rows generated in %3 s\n")
                     .arg(dialectName(dialect))
                     .arg(sizes[i])
                     .arg(generation.elapsed() / 1000.0, 0, 'f', 1);
        out().flush();
        figures[i] = measure(*connection, runs, ok);
    }
    out() << QStringLiteral("  %1, median of %2 runs, ms: first page (100 rows) %3 / %4 rows, ratio; summary %3 / %4, "
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
    const int runs = quick ? 3 : 7;
    runOn(Dialect::Sqlite, small, large, runs);
    runOn(Dialect::Postgres, small, large, runs);
}

} // namespace fd::bench
