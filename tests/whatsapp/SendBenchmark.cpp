// whatsapp-bench: FrontDesk's own time per message through WhatsApp Web, against the test page with all
// of its simulated delays at zero, so what remains is the driver and the browser (the real page adds its
// network round trip). Today's page and yesterday's, one after the other in the same run. Not a test: it
// prints figures, nothing passes or fails.
//   whatsapp-bench [--quick]
#include "automation/dispatch/Dispatcher.h"
#include "automation/settings/SharedSettings.h"
#include "automation/whatsapp/ChromiumFlags.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "bench/BenchStats.h"
#include "models/db/DatabaseWorker.h"
#include "util/TestDatabase.h"
#include "util/WaitUntil.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
#include <optional>

using namespace fd;
using fd::bench::ms;
using fd::bench::out;

namespace {

// Polled every millisecond: the wait is part of what is timed.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return test::waitUntil(done, timeoutMs, 1);
}

QString phoneFor(int i)
{
    return QStringLiteral("+9198765%1").arg(10000 + i % 5);
}

// The sender alone: send() until the confirmed "sent" tick; `how` names the way chats are opened.
void benchSender(whatsapp::WhatsAppSession& session, int count, const whatsapp::SenderOptions& senderOptions,
                 const QString& how)
{
    whatsapp::WhatsAppWebSender sender(session, senderOptions);
    bench::Samples samples;
    for (int i = 0; i < count; ++i) {
        std::optional<SendResult> result;
        OutgoingMessage message;
        message.id = i + 1;
        message.phone = phoneFor(i);
        message.text = QStringLiteral("Bench message %1\nwith a second line 🙏 and *bold*").arg(i);
        QElapsedTimer timer;
        timer.start();
        sender.send(message, [&](SendResult r) { result = r; });
        waitUntil([&] { return result.has_value(); }, 60000);
        samples.add(timer.nsecsElapsed() / 1000);
        if (!result || result->kind != SendResult::Kind::Sent) {
            out() << "  send failed: " << (result ? result->reason : QStringLiteral("no answer")) << "\n";
            return;
        }
    }
    out() << "  sender, send -> sent tick, " << how << " (" << samples.size()
          << " messages, 5 chats): median " << ms(samples.medianMs()) << ", p95 " << ms(samples.p95Ms())
          << "\n";
}

// A database with `count` PENDING messages, no quiet hours and no daily cap in the way.
std::unique_ptr<test::TestDatabase> databaseWithQueue(Dialect dialect, int count, const QString& text)
{
    auto database = test::TestDatabase::create(dialect);
    auto connection = database->connectMigrated();
    SharedSettings settings;
    settings.canaryEnabled = false; // the canary has tests of its own (CanaryTest)
    settings.minGapMs = 0;
    settings.maxGapMs = 0;
    settings.quietStart = QTime(0, 0);
    settings.quietEnd = QTime(0, 0);
    settings.dailyCap = 100000;
    settings.hourlyCap = 0;  // a run of hundreds in seconds: no hourly cap, no batch pauses
    settings.warmUpDays = 0; // a number that is warm already
    settings.batchSize = 0;
    (void)settings.save(*connection, QStringLiteral("bench"));
    for (int i = 0; i < count; ++i)
        (void)connection->exec(
            QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                           "message_content, status, reference_type, reference_id) VALUES "
                           "('ENQUIRY_CREATED', ?, ?, 'PENDING', 'enquiry', ?)"),
            {phoneFor(i), text.arg(i), i + 1}, QStringLiteral("queue"));
    return database;
}

// The whole station: claim -> page -> confirmed tick -> recorded, on a real database, pacing 0.
void benchDispatcher(whatsapp::WhatsAppSession& session, Dialect dialect, int count)
{
    auto database = databaseWithQueue(dialect, count, QStringLiteral("Dispatch bench %1 🙏"));
    whatsapp::WhatsAppWebSender sender(session);
    DatabaseWorker worker(database->spec(), QStringLiteral("bench"));
    Dispatcher::Options options;
    options.station = QStringLiteral("bench");
    options.once = true;
    options.paceMinMs = 0;
    options.paceMaxMs = 0;
    Dispatcher dispatcher(worker, sender, options);
    bench::Samples samples;
    QElapsedTimer sinceLast;
    bool finished = false;
    QObject::connect(&dispatcher, &Dispatcher::messageHandled, [&] {
        samples.add(sinceLast.nsecsElapsed() / 1000);
        sinceLast.restart();
    });
    QObject::connect(&dispatcher, &Dispatcher::finished, [&] { finished = true; });
    sinceLast.start();
    dispatcher.start();
    waitUntil([&] { return finished; }, 600000);
    out() << "  dispatcher on " << dialectName(dialect) << ", claim -> sent tick -> recorded ("
          << dispatcher.summary().toString() << "): median " << ms(samples.medianMs()) << ", p95 "
          << ms(samples.p95Ms()) << "\n";
}

// Pacing: N messages at a fixed gap P go out P apart, start to start. The gaps are timed between the
// moments the dispatcher records each message (its send ends), which lie one send apart like the starts.
void benchPacing(whatsapp::WhatsAppSession& session, int count, int gapMs)
{
    auto database = databaseWithQueue(Dialect::Sqlite, count, QStringLiteral("Pacing bench %1"));
    whatsapp::WhatsAppWebSender sender(session);
    DatabaseWorker worker(database->spec(), QStringLiteral("bench"));
    Dispatcher::Options options;
    options.station = QStringLiteral("bench-pacing");
    options.once = true;
    options.paceMinMs = gapMs;
    options.paceMaxMs = gapMs;
    Dispatcher dispatcher(worker, sender, options);
    QList<qint64> handledMs;
    QElapsedTimer clock;
    bool finished = false;
    QObject::connect(&dispatcher, &Dispatcher::messageHandled, [&] { handledMs << clock.elapsed(); });
    QObject::connect(&dispatcher, &Dispatcher::finished, [&] { finished = true; });
    clock.start();
    dispatcher.start();
    waitUntil([&] { return finished; }, count * gapMs + 120000);
    if (handledMs.size() != count) {
        out() << "  pacing: " << handledMs.size() << " of " << count << " messages went out ("
              << dispatcher.summary().toString() << ")\n";
        return;
    }
    bench::Samples gaps;
    for (int i = 1; i < handledMs.size(); ++i)
        gaps.add((handledMs.at(i) - handledMs.at(i - 1)) * 1000);
    const double took = handledMs.last() - handledMs.first(); // N messages, N - 1 gaps between them
    const double expected = double(count - 1) * gapMs;
    out() << QStringLiteral(
                 "  pacing, %1 messages at a gap of %2 s: first to last %3 s for (N - 1) x gap = %4 s "
                 "(%5%6%); single gaps median %7, p95 %8\n")
                 .arg(count)
                 .arg(gapMs / 1000.0, 0, 'f', 1)
                 .arg(took / 1000.0, 0, 'f', 2)
                 .arg(expected / 1000.0, 0, 'f', 2)
                 .arg(took >= expected ? QStringLiteral("+") : QString())
                 .arg((took - expected) / expected * 100.0, 0, 'f', 1)
                 .arg(ms(gaps.medianMs()), ms(gaps.p95Ms()));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    whatsapp::applyChromiumFlags();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FrontDeskBench"));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 5 : 200;

    test::FakeWhatsAppServer server;
    if (!server.listen())
        return 1;
    test::FakeWhatsAppConfig& config = server.config();
    config.loadMs = config.syncMs = config.chatOpenMs = config.ackMs = 0;
    config.deliveredMs = config.readMs = 3600000; // later ticks play no part here
    server.scan();

    QTemporaryDir dir;
    whatsapp::SessionOptions options;
    options.baseUrl = server.url();
    options.profileFolder = dir.filePath(QStringLiteral("profile"));
    options.diagnosticsFolder = dir.filePath(QStringLiteral("diagnostics"));
    options.engine = whatsapp::Engine::Dom; // the DOM driver's own time per message
    whatsapp::WhatsAppSession session(options);
    if (!session.start()) {
        out() << "the session did not start: " << session.stateText() << "\n";
        return 1;
    }
    for (const test::PageVersion version : {test::PageVersion::Today, test::PageVersion::Yesterday}) {
        config.page = version;
        session.reload();
        if (!waitUntil([&] { return session.state() == whatsapp::SessionState::Ready; }, 30000)) {
            out() << "the test page did not get ready: " << session.stateText() << "\n";
            return 1;
        }
        out() << "WhatsApp Web driver, " << test::pageVersionName(version)
              << "'s test page with no simulated delays (PyWhatKit sleeps >= 18 s per message):\n";
        benchSender(session, count, {}, QStringLiteral("chat opened inside the page"));
        if (version == test::PageVersion::Today) {
            whatsapp::SenderOptions byAddress;
            byAddress.openChatsByAddress = true;
            benchSender(session, quick ? 3 : 50, byAddress,
                        QStringLiteral("a full /send page load per message"));
        }
        benchDispatcher(session, Dialect::Sqlite, count);
        benchDispatcher(session, Dialect::Postgres, count);
        if (version == test::PageVersion::Today)
            benchPacing(session, quick ? 3 : 20, quick ? 300 : 2000);
    }
    out().flush();
    return 0;
}
