// Hostile input through the whole pipeline, adding what tests/whatsapp (hostile texts queued by another
// program) and tests/log (injection in the log's search box) do not cover:
// - customers' names typed at the desk rendered into the message, a 4 KB text, and texts built to run
//   code if anything pasted them into JavaScript or HTML (each would fetch /api/pwned from the page's
//   server): sent verbatim by the real `frontdesk dispatch`, and nothing ever ran;
// - SQL injection in every field of the message log's filter (event, status, search; the log's failed-ids
//   and export use the same filter) and in the enquiry search: no rows, no error, nothing changed.
#include "FaultsFixture.h"
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "models/logmodel/MessageLogQueries.h"
#include "models/records/TextFields.h"
#include "models/repositories/EnquiryRepository.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QHash>

namespace fd::test {
namespace {

// If any of these were spliced into code instead of passed as data, the page would ask for /api/pwned.
QStringList canaries()
{
    return {
        QStringLiteral("'); fetch('/api/pwned?1'); ('"),
        QStringLiteral("\"); fetch(\"/api/pwned?2\"); (\""),
        QStringLiteral("`); fetch(`/api/pwned?3`); (`"),
        QStringLiteral("${fetch('/api/pwned?4')}"),
        QStringLiteral("</script><script>fetch('/api/pwned?5')</script>"),
        QStringLiteral("<img src=x onerror=\"fetch('/api/pwned?6')\">"),
        QStringLiteral("\\'); fetch(\\'/api/pwned?7\\'); //"),
        QStringLiteral("x\u2028fetch('/api/pwned?8')\u2029y"),
        QStringLiteral("}); fetch('/api/pwned?9'); ({"),
    };
}

// 4 KB of everything at once: quotes, backticks, markup, emoji, right-to-left and Indian scripts, lines.
QString fourKilobytes()
{
    const QString piece = QStringLiteral("\"q\" 'q' `b` </script> 🙏🇮🇳 مرحبا שלום नमस्ते *b* _i_ ~s~ ${x}\n");
    QString text;
    while (text.toUtf8().size() + piece.toUtf8().size() <= 4096)
        text += piece;
    return text.trimmed() + QStringLiteral(" end");
}

class HostileInputTest : public DialectTest
{
protected:
    void SetUp() override
    {
        DialectTest::SetUp();
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
        SharedSettings settings;
        settings.companyName = QStringLiteral("Yamini \"Infotech\" </script>");
        settings.companyPhone = QStringLiteral("+91-44-2345-6789");
        settings.canaryEnabled = false; // the canary has tests of its own (CanaryTest)
        settings.minGapMs = 0;
        settings.maxGapMs = 0;
        settings.quietStart = QTime(0, 0);
        settings.quietEnd = QTime(0, 0);
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
    }

    int count(const QString& sql)
    {
        auto value = connection->scalar(sql, {}, QStringLiteral("count"));
        EXPECT_TRUE(value.ok()) << value.error().detail.toStdString();
        return value.ok() ? value.value().toInt() : -1;
    }

    std::unique_ptr<Connection> connection;
};

TEST_P(HostileInputTest, TextsFromTheDeskGoOutVerbatimAndNothingInThemEverRuns)
{
    DeskActions desk(*connection);
    const QStringList names = canaries();
    for (int i = 0; i < names.size(); ++i) {
        EnquiryInput input;
        input.customerName = names[i];
        input.customerPhone = QStringLiteral("+91 98765 %1").arg(70000 + i);
        input.subject = canaries().value((i + 1) % names.size());
        auto saved = desk.createEnquiry(input);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }
    // A 4 KB message and the canaries as whole messages, as another program may queue them.
    QStringList whole = canaries();
    whole << fourKilobytes();
    for (int i = 0; i < whole.size(); ++i)
        ASSERT_TRUE(connection
                        ->exec(QStringLiteral(
                                   "INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                                   "customer_name, message_content, status, reference_type, reference_id) "
                                   "VALUES ('ENQUIRY_CREATED', ?, 'Old system', ?, 'PENDING', 'enquiry', ?)"),
                               {QStringLiteral("+9198766%1").arg(80000 + i), whole[i], 5000 + i},
                               QStringLiteral("queue"))
                        .ok());
    // The desk rendered the names into the messages as they are, on one line (a line or paragraph separator
    // in a name becomes a space: issue 20).
    auto rendered = connection->exec(
        QStringLiteral("SELECT message_content FROM whatsapp_message_logs WHERE reference_id < 5000"), {},
        QStringLiteral("rendered"));
    ASSERT_TRUE(rendered.ok());
    QStringList messages;
    while (rendered.value().next())
        messages << rendered.value().value(0).toString();
    for (const QString& name : names)
        EXPECT_EQ(messages.filter(QStringLiteral("Hi %1,").arg(singleLine(name))).size(), 1)
            << name.toStdString();

    FakeWhatsAppServer page;
    ASSERT_TRUE(page.listen());
    page.scan();
    QTemporaryDir home;
    QProcess station;
    station.setProcessEnvironment(privateEnvironment(home));
    dieWithTest(station);
    station.setProcessChannelMode(QProcess::MergedChannels);
    station.start(QStringLiteral(FRONTDESK_BINARY),
                  {QStringLiteral("dispatch"), QStringLiteral("--once"), QStringLiteral("--pace-ms"),
                   QStringLiteral("0"), QStringLiteral("--database"),
                   databaseArgument(database->specAs(TestDatabase::Login::Sender)),
                   QStringLiteral("--whatsapp-url"), page.url().toString()});
    ASSERT_TRUE(waitUntil([&] { return station.state() == QProcess::NotRunning; }, 240000));
    const QString output = QString::fromUtf8(station.readAll());
    ASSERT_EQ(station.exitCode(), 0) << output.toStdString();

    QHash<QString, int> copies;
    for (const FakeWhatsAppServer::Sent& s : page.sent())
        ++copies[s.phone + QLatin1Char('|') + s.text];
    auto rows = connection->exec(
        QStringLiteral("SELECT customer_phone, message_content, status FROM whatsapp_message_logs"), {},
        QStringLiteral("read"));
    ASSERT_TRUE(rows.ok());
    int checked = 0;
    while (rows.value().next()) {
        const QString text = rows.value().value(1).toString();
        const QString key =
            rows.value().value(0).toString().remove(QLatin1Char('+')) + QLatin1Char('|') + text;
        EXPECT_EQ(copies.value(key), 1) << "not sent verbatim once: " << text.left(200).toStdString();
        EXPECT_NE(rows.value().value(2).toString(), QStringLiteral("FAILED")) << text.left(200).toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, names.size() + whole.size());
    for (const QString& path : page.requestedPaths())
        EXPECT_FALSE(path.contains(QStringLiteral("pwned"))) << "a text ran as code: " << path.toStdString();
}

TEST_P(HostileInputTest, SqlInjectionInEveryFilterAndSearchFieldHasNoEffect)
{
    DeskActions desk(*connection);
    for (int i = 0; i < 3; ++i) {
        EnquiryInput input;
        input.customerName = QStringLiteral("Asha %1").arg(i);
        input.customerPhone = QStringLiteral("+91 98765 %1").arg(71000 + i);
        input.subject = QStringLiteral("Printer");
        ASSERT_TRUE(desk.createEnquiry(input).ok());
    }
    const QStringList attacks = {
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("ENQUIRY_CREATED' OR '1'='1"),
        QStringLiteral("PENDING') OR ('1'='1"),
        QStringLiteral("'; DROP TABLE whatsapp_message_logs; --"),
        QStringLiteral("'; UPDATE settings SET value = 'x'; --"),
        QStringLiteral("\"; DELETE FROM enquiries; --"),
        QStringLiteral("') UNION SELECT id, id, id FROM users --"),
        QStringLiteral("%' OR 1=1 OR customer_name LIKE '%"),
        QStringLiteral("\\'; DROP TABLE enquiries; --"),
        QStringLiteral("1; SELECT pg_sleep(10); --"),
    };
    const int settingsBefore = count(QStringLiteral("SELECT COUNT(*) FROM settings"));
    MessageLogQueries queries(*connection);
    for (const QString& attack : attacks) {
        SCOPED_TRACE(attack.toStdString());
        MessageLogFilter byEvent;
        byEvent.eventType = attack;
        MessageLogFilter byStatus;
        byStatus.statuses = {attack, QStringLiteral("PENDING") + attack};
        MessageLogFilter bySearch;
        bySearch.search = attack;
        for (const MessageLogFilter& filter : {byEvent, byStatus, bySearch}) {
            auto page = queries.page(filter, 0, 100);
            ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
            EXPECT_TRUE(page->isEmpty());
            auto summary = queries.summary(filter);
            ASSERT_TRUE(summary.ok());
            EXPECT_EQ(summary->total, 0);
            auto failed = queries.failedIds(filter);
            ASSERT_TRUE(failed.ok());
            EXPECT_TRUE(failed->isEmpty());
            auto exported = queries.forEach(filter, [](const MessageLogEntry&) { return true; });
            ASSERT_TRUE(exported.ok());
            EXPECT_EQ(exported.value(), 0);
        }
        auto found = EnquiryRepository(*connection).search(attack, 50);
        ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
        EXPECT_TRUE(found->isEmpty());
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM settings")), settingsBefore);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE value = 'x'")), 0);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(HostileInputTest);

} // namespace
} // namespace fd::test
