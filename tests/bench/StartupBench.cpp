// Startup to the main window and peak memory: FrontDesk's desk (bench-frontdesk-startup: sign-in filled in at
// once, SQLite, the WhatsApp tab on the test page) against a bare Qt window holding one QWebEngineView on the
// same page (bench-bare-webengine). Each is its own process, started alternately.
#include "BenchStats.h"
#include "Benchmarks.h"
#include "automation/settings/SharedSettings.h"
#include "models/auth/PasswordHash.h"
#include "models/config/DeskConfig.h"
#include "models/db/MigrationRunner.h"
#include "models/repositories/UserRepository.h"
#include "util/TestCompany.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace fd::bench {
namespace {

struct Run
{
    double shownMs = 0;            // process started -> main window on screen
    QMap<QString, double> markers; // every line the program announced, when it arrived
    qint64 selfKb = 0;             // VmHWM of the process
    qint64 childrenKb = 0;         // VmHWM of its QtWebEngineProcess children, summed
    bool ok = false;
};

Run runOnce(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
            test::FakeWhatsAppServer& page)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // FRONTDESK_BENCH_LOGS=folder keeps each program's log there (with QT_LOGGING_RULES, to see its steps).
    if (const QString logs = qEnvironmentVariable("FRONTDESK_BENCH_LOGS"); !logs.isEmpty())
        process.setStandardErrorFile(QStringLiteral("%1/%2-%3.log")
                                         .arg(logs, QFileInfo(program).fileName())
                                         .arg(QDateTime::currentMSecsSinceEpoch()));
    QByteArray output;
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        const QByteArray more = process.readAllStandardOutput();
        output += more;
        for (const QByteArray& line : more.split('\n')) {
            if (!line.isEmpty() && !line.startsWith("memory"))
                run.markers.insert(QString::fromUtf8(line.trimmed()), clock.nsecsElapsed() / 1e6);
        }
        if (run.shownMs == 0 && output.contains("window-shown"))
            run.shownMs = clock.nsecsElapsed() / 1e6;
    });
    const int loadsBefore = page.pageLoads();
    clock.start();
    process.start(program, arguments);
    const bool shown =
        QTest::qWaitFor([&] { return run.shownMs > 0 || process.state() == QProcess::NotRunning; }, 60000);
    // Memory once the page has loaded and settled.
    const bool loaded = shown && QTest::qWaitFor([&] { return page.pageLoads() > loadsBefore; }, 30000);
    QTest::qWait(2000);
    process.write("report\n");
    (void)QTest::qWaitFor(
        [&] { return output.contains("memory") || process.state() == QProcess::NotRunning; }, 15000);
    if (!process.waitForFinished(10000))
        process.kill();
    process.waitForFinished(5000);
    static const QRegularExpression memory(QStringLiteral("memory self_kb=(\\d+) children_kb=(\\d+)"));
    const QRegularExpressionMatch match = memory.match(QString::fromUtf8(output));
    run.ok = shown && run.shownMs > 0 && loaded && match.hasMatch();
    if (match.hasMatch()) {
        run.selfKb = match.captured(1).toLongLong();
        run.childrenKb = match.captured(2).toLongLong();
    }
    if (!run.ok)
        out() << "  " << QFileInfo(program).fileName()
              << " did not finish its run: " << process.readAllStandardError().right(600) << "\n";
    return run;
}

struct Summary
{
    Samples shown;
    Samples login;    // FrontDesk: the sign-in dialog on screen
    Samples signedIn; // FrontDesk: the password checked, the main window built
    Samples
        wired; // FrontDesk: its WhatsApp and log tabs attached (the session starts once the window painted)
    Samples fromPress; // FrontDesk: Sign in pressed -> main window on screen
    Samples selfKb;
    Samples totalKb;
    int failed = 0;
    void add(const Run& run)
    {
        if (!run.ok) {
            ++failed;
            return;
        }
        shown.add(qint64(run.shownMs * 1000));
        if (run.markers.contains(QStringLiteral("login-shown")))
            login.add(qint64(run.markers.value(QStringLiteral("login-shown")) * 1000));
        if (run.markers.contains(QStringLiteral("signed-in")))
            signedIn.add(qint64(run.markers.value(QStringLiteral("signed-in")) * 1000));
        if (run.markers.contains(QStringLiteral("wired")))
            wired.add(qint64(run.markers.value(QStringLiteral("wired")) * 1000));
        if (run.markers.contains(QStringLiteral("sign-in-pressed")))
            fromPress.add(
                qint64((run.shownMs - run.markers.value(QStringLiteral("sign-in-pressed"))) * 1000));
        selfKb.add(run.selfKb * 1000); // Samples keeps micro-units; medianMs() gives the value back
        totalKb.add((run.selfKb + run.childrenKb) * 1000);
    }
};

// A desk database with one admin, and desk settings pointing WhatsApp at the test page.
bool prepareDesk(const QTemporaryDir& dir, const QUrl& pageUrl, const QString& login, const QString& password)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.sqlitePath = dir.filePath(QStringLiteral("desk.sqlite"));
    auto connection = Connection::open(spec, QStringLiteral("bench-startup"));
    if (!connection || !MigrationRunner(*connection.value()).migrate())
        return false;
    SharedSettings settings = test::testCompany();
    if (!settings.save(*connection.value(), QStringLiteral("bench")))
        return false;
    NewUser admin;
    admin.name = QStringLiteral("Admin Anil");
    admin.login = login;
    admin.password = password;
    admin.role = AppUser::Role::Admin;
    if (!UserRepository(*connection.value()).create(admin))
        return false;
    DeskConfig desk(dir.filePath(QStringLiteral("config/FrontDesk/FrontDesk.conf")));
    desk.set(DeskConfig::Key::WhatsAppUrl, pageUrl.toString());
    desk.set(DeskConfig::Key::ThisDeskSends, false);
    return true;
}

} // namespace

void runStartup(bool quick)
{
    out() << "Startup to the main window and peak memory: FrontDesk vs a bare window with one QWebEngineView "
             "(target: ratios <= 1.3)\n";
    out().flush();
    test::FakeWhatsAppServer page;
    page.scan();
    QTemporaryDir dir;
    const QString login = QStringLiteral("admin");
    const QString password = QStringLiteral("bench-pass-1");
    if (!page.listen() || !dir.isValid() || !prepareDesk(dir, page.url(), login, password)) {
        out() << "  could not prepare the desk\n";
        return;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("FRONTDESK_DATABASE_URL"),
                       QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("desk.sqlite")));
    environment.insert(QStringLiteral("FRONTDESK_BENCH_LOGIN"), login);
    environment.insert(QStringLiteral("FRONTDESK_BENCH_PASSWORD"), password);
    if (!environment.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")))
        environment.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--no-sandbox"));

    // A person takes a moment to type the password; the dialog stands idle meanwhile.
    QProcessEnvironment typing = environment;
    constexpr int kTypingMs = 1500;
    typing.insert(QStringLiteral("FRONTDESK_BENCH_TYPING_MS"), QString::number(kTypingMs));

    Summary frontDesk;
    Summary bare;
    Summary typed; // not in --quick
    const int rounds = quick ? 1 : 5;
    for (int i = 0; i < rounds; ++i) { // alternately, so that a noisy neighbour hurts both alike
        bare.add(runOnce(QStringLiteral(FRONTDESK_BENCH_BARE), {page.url().toString()}, environment, page));
        frontDesk.add(runOnce(QStringLiteral(FRONTDESK_BENCH_PROBE), {}, environment, page));
        if (!quick)
            typed.add(runOnce(QStringLiteral(FRONTDESK_BENCH_PROBE), {}, typing, page));
    }
    // The sign-in's password check (argon2id, "interactive" cost) is slow on purpose; timed here on its own.
    Samples argon;
    const Result<QString> stored = PasswordHash::hash(password);
    for (int i = 0; i < (quick ? 1 : 5) && stored.ok(); ++i)
        argon.add(timeMicros([&] { (void)PasswordHash::verify(stored.value(), password); }));
    const double withoutCheck = frontDesk.shown.medianMs() - argon.medianMs();
    auto mb = [](double kb) { return QStringLiteral("%1 MB").arg(kb / 1024.0, 0, 'f', 0); };
    out()
        << QStringLiteral(
               "  median of %1 runs each: to main window FrontDesk %2 (incl. sign-in) vs bare %3, ratio %4\n")
               .arg(rounds)
               .arg(ms(frontDesk.shown.medianMs()), ms(bare.shown.medianMs()),
                    ratio(frontDesk.shown.medianMs(), bare.shown.medianMs()));
    out() << QStringLiteral(
                 "  FrontDesk's way there: sign-in dialog at %1, signed in and window built at %2, "
                 "WhatsApp and log tabs attached at %3, window on screen at %4 (the WhatsApp session "
                 "starts after that)\n")
                 .arg(ms(frontDesk.login.medianMs()), ms(frontDesk.signedIn.medianMs()),
                      ms(frontDesk.wired.medianMs()), ms(frontDesk.shown.medianMs()));
    if (!quick)
        out() << QStringLiteral(
                     "  Sign in pressed -> main window on screen: at once %1; after %2 ms of typing "
                     "%3 (whatever FrontDesk does while the dialog is idle is off this way)\n")
                     .arg(ms(frontDesk.fromPress.medianMs()))
                     .arg(kTypingMs)
                     .arg(ms(typed.fromPress.medianMs()));
    out() << QStringLiteral(
                 "  first window on screen (FrontDesk: the sign-in dialog) %1 vs bare %2, ratio %3\n")
                 .arg(ms(frontDesk.login.medianMs()), ms(bare.shown.medianMs()),
                      ratio(frontDesk.login.medianMs(), bare.shown.medianMs()));
    out() << QStringLiteral(
                 "  to main window without the password check (argon2id verify %1 by design): %2 vs "
                 "bare %3, ratio %4\n")
                 .arg(ms(argon.medianMs()), ms(withoutCheck), ms(bare.shown.medianMs()),
                      ratio(withoutCheck, bare.shown.medianMs()));
    out() << QStringLiteral("  peak memory (VmHWM) of the process: FrontDesk %1 vs bare %2, ratio %3\n")
                 .arg(mb(frontDesk.selfKb.medianMs()), mb(bare.selfKb.medianMs()),
                      ratio(frontDesk.selfKb.medianMs(), bare.selfKb.medianMs()));
    out() << QStringLiteral("  with its QtWebEngineProcess children: FrontDesk %1 vs bare %2, ratio %3%4\n")
                 .arg(mb(frontDesk.totalKb.medianMs()), mb(bare.totalKb.medianMs()),
                      ratio(frontDesk.totalKb.medianMs(), bare.totalKb.medianMs()),
                      frontDesk.failed + bare.failed + typed.failed
                          ? QStringLiteral(" — %1 RUNS FAILED")
                                .arg(frontDesk.failed + bare.failed + typed.failed)
                          : QString());
    out().flush();
}

} // namespace fd::bench
