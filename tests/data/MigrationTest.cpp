#include "models/db/MigrationRunner.h"
#include "models/db/SchemaContract.h"
#include "models/records/TextFields.h"
#include "models/repositories/MessageLogRepository.h"
#include "util/TestDatabase.h"

#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QThread>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

int count(Connection& c, const QString& sql, const QVariantList& values = {})
{
    auto value = c.scalar(sql, values, QStringLiteral("count"));
    EXPECT_TRUE(value.ok()) << value.error().message.toStdString() << value.error().detail.toStdString();
    return value.ok() ? value.value().toInt() : -1;
}

} // namespace

class MigrationTest : public DialectTest
{
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(MigrationTest);

TEST_P(MigrationTest, FreshDatabaseGetsTheSeedSchema)
{
    auto c = database->connect();
    ASSERT_TRUE(c);
    auto report = MigrationRunner(*c).migrate();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString() << report.error().detail.toStdString();
    EXPECT_EQ(report->fromVersion, 0);
    EXPECT_EQ(report->toVersion, MigrationRunner::latestVersion(GetParam()));
    EXPECT_TRUE(report->backupPath.isEmpty()) << "a new database has nothing to copy aside";

    auto missing = SchemaContract::missingObjects(*c);
    ASSERT_TRUE(missing.ok());
    EXPECT_TRUE(missing->isEmpty()) << missing->join(QStringLiteral(", ")).toStdString();

    // The seed's log table, column for column.
    const QSqlRecord log = c->db().record(QStringLiteral("whatsapp_message_logs"));
    for (const char* column :
         {"id", "event_type", "customer_phone", "customer_name", "message_content", "status",
          "reference_type", "reference_id", "error_message", "retry_count", "created_at", "sent_at"})
        EXPECT_GE(log.indexOf(QLatin1String(column)), 0) << column;
    for (const auto& [table, flag] : {std::pair{"enquiries", "whatsapp_enquiry_sent"},
                                      {"complaints", "whatsapp_service_created_sent"},
                                      {"complaints", "whatsapp_engineer_assigned_sent"},
                                      {"complaints", "whatsapp_service_completed_sent"},
                                      {"stock_movements", "whatsapp_delivery_failed_sent"},
                                      {"stock_movements", "whatsapp_delivery_reattempt_sent"},
                                      {"stock_movements", "delivery_status"}})
        EXPECT_GE(c->db().record(QLatin1String(table)).indexOf(QLatin1String(flag)), 0)
            << table << "." << flag;
}

TEST_P(MigrationTest, SecondRunChangesNothing)
{
    auto c = database->connectMigrated();
    ASSERT_TRUE(c);
    auto again = MigrationRunner(*c).migrate();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->changed());
    EXPECT_EQ(count(*c, QStringLiteral("SELECT count(*) FROM schema_version")),
              MigrationRunner::available(GetParam()).size());
}

TEST_P(MigrationTest, RowWithOnlyTheSeedsColumnsIsAccepted)
{
    auto c = database->connectMigrated();
    ASSERT_TRUE(c);
    // What the customer's older system inserts.
    auto inserted = c->exec(
        QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                       "message_content, status, reference_type, reference_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("ENQUIRY_CREATED"), QStringLiteral("+919876543210"), QStringLiteral("Asha"),
         QStringLiteral("Hello 🙏"), QStringLiteral("PENDING"), QStringLiteral("enquiry"), 41},
        QStringLiteral("insert"));
    ASSERT_TRUE(inserted.ok()) << inserted.error().detail.toStdString();
    auto row =
        MessageLogRepository(*c).find(QStringLiteral("enquiry"), 41, QStringLiteral("ENQUIRY_CREATED"));
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row->has_value());
    EXPECT_EQ((*row)->status, QStringLiteral("PENDING"));
    EXPECT_EQ((*row)->retryCount, 0);
    EXPECT_EQ((*row)->messageContent, QStringLiteral("Hello 🙏"));
    EXPECT_TRUE((*row)->createdAt.isValid());
    EXPECT_LT(qAbs((*row)->createdAt.secsTo(QDateTime::currentDateTimeUtc())), 120)
        << "created_at defaults to UTC now";
}

TEST_P(MigrationTest, OneLogRowPerEventAndRecord)
{
    auto c = database->connectMigrated();
    ASSERT_TRUE(c);
    MessageLogEntry entry;
    entry.eventType = QStringLiteral("SERVICE_CREATED");
    entry.customerPhone = QStringLiteral("+919876543210");
    entry.messageContent = QStringLiteral("x");
    entry.referenceType = QStringLiteral("complaint");
    entry.referenceId = 7;
    MessageLogRepository log(*c);
    ASSERT_TRUE(log.insert(entry).ok());
    auto second = log.insert(entry);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, Error::Kind::Conflict);
    entry.eventType = QStringLiteral("ENGINEER_ASSIGNED");
    EXPECT_TRUE(log.insert(entry).ok()) << "another event of the same record is its own message";
}

TEST_P(MigrationTest, OneLogRowPerEventRecordAndFact)
{
    auto c = database->connectMigrated();
    ASSERT_TRUE(c);
    MessageLogEntry entry;
    entry.eventType = QStringLiteral("DELIVERY_REATTEMPT");
    entry.customerPhone = QStringLiteral("+919876543210");
    entry.messageContent = QStringLiteral("x");
    entry.referenceType = QStringLiteral("stock_movement");
    entry.referenceId = 7;
    entry.eventFact = QStringLiteral("2026-12-03");
    MessageLogRepository log(*c);
    ASSERT_TRUE(log.insert(entry).ok());
    EXPECT_EQ(log.insert(entry).error().kind, Error::Kind::Conflict) << "the same date twice";
    entry.eventFact = QStringLiteral("2026-12-05");
    EXPECT_TRUE(log.insert(entry).ok()) << "a new date is a message of its own";
}

// FrontDesk's earlier versions logged a message whose template could not be filled as the template itself,
// without saying so: the upgrade marks those (never tried, no template values, a {placeholder} in the text)
// so that a retry fills them in first, and leaves every other row as it was.
TEST_P(MigrationTest, MessagesLoggedUnrenderedBeforeAreMarkedOnUpgrade)
{
    auto c = database->connect();
    ASSERT_TRUE(c);
    const auto migrations = MigrationRunner::available(GetParam());
    int before = 0;
    for (const Migration& m : migrations) {
        if (m.version < 14)
            before = m.version;
    }
    ASSERT_TRUE(MigrationRunner(*c).migrate(before).ok());
    const QString insert =
        QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, "
                       "status, reference_type, "
                       "reference_id, error_message) VALUES (?, '+919876543210', ?, ?, ?, ?, ?)");
    auto add = [&](const QString& event, const QString& text, const QString& status, const QVariant& type,
                   int id) {
        auto done = c->exec(insert + QStringLiteral(" RETURNING id"),
                            {event, text, status, type, id, QStringLiteral("No value for {feedback_link}")},
                            QStringLiteral("insert"));
        EXPECT_TRUE(done.ok()) << done.error().detail.toStdString();
        return done.ok() && done.value().next() ? done.value().value(0).toLongLong() : 0;
    };
    const qint64 unrendered =
        add(QStringLiteral("SERVICE_COMPLETED"), QStringLiteral("Hi {customer_name}: {feedback_link}"),
            QStringLiteral("FAILED"), QStringLiteral("complaint"), 1);
    const qint64 tried = add(QStringLiteral("SERVICE_COMPLETED"), QStringLiteral("Hi {customer_name}"),
                             QStringLiteral("FAILED"), QStringLiteral("complaint"), 2);
    ASSERT_TRUE(
        c->exec(QStringLiteral(
                    "INSERT INTO whatsapp_message_attempts (message_id, station, started_at, outcome) "
                    "VALUES (?, 'desk-1', '2026-11-01 10:00:00', 'FAILED')"),
                {tried}, QStringLiteral("attempt"))
            .ok());
    const qint64 foreign = add(QStringLiteral("ENQUIRY_CREATED"), QStringLiteral("Hello {customer_name}"),
                               QStringLiteral("FAILED"), QVariant(QMetaType::fromType<QString>()), 3);
    const qint64 plain = add(QStringLiteral("SERVICE_COMPLETED"), QStringLiteral("Hi Ravi"),
                             QStringLiteral("FAILED"), QStringLiteral("complaint"), 4);
    ASSERT_TRUE(
        c->exec(QStringLiteral("INSERT INTO stock_movements (customer_name, customer_phone, scheduled_date) "
                               "VALUES ('Kumar', '+919876500000', '2026-12-01')"),
                QStringLiteral("delivery"))
            .ok());
    const qint64 failedDelivery = add(QStringLiteral("DELIVERY_FAILED"), QStringLiteral("Sorry"),
                                      QStringLiteral("SENT"), QStringLiteral("stock_movement"), 1);

    auto upgraded = MigrationRunner(*c).migrate();
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().detail.toStdString();
    auto marked = [&](qint64 id) {
        return count(
            *c, QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE id = ? AND needs_render"),
            {id});
    };
    EXPECT_EQ(marked(unrendered), 1);
    EXPECT_EQ(marked(tried), 0) << "tried by a sender: it was sent as it stood";
    EXPECT_EQ(marked(foreign), 0) << "another program's row";
    EXPECT_EQ(marked(plain), 0);
    EXPECT_EQ(count(*c,
                    QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE id = ? AND "
                                   "event_fact = '2026-12-01'"),
                    {failedDelivery}),
              1)
        << "a delivery's one failure message so far was its first attempt's";
    EXPECT_FALSE(c->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING' WHERE id = ?"),
                         {unrendered}, QStringLiteral("requeue"))
                     .ok())
        << "an unrendered message cannot go back to the queue as it is";
}

// The forms and the desk's actions keep text within its column (records/TextFields.h): the limits are the
// schema's own, on both dialects.
// Migration 0015: the canary is on for a new database (no setting: the default) and off for one that had
// already logged messages, until an administrator turns it on.
TEST_P(MigrationTest, TheCanaryIsOnForANewDatabaseAndOffForOneThatSentBefore)
{
    auto fresh = database->connectMigrated();
    ASSERT_TRUE(fresh);
    auto none = fresh->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'sending.canary'"),
                              {}, QStringLiteral("read"));
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none.value().toInt(), 0);
    fresh.reset();

    auto used = TestDatabase::create(GetParam());
    ASSERT_TRUE(used);
    auto c = used->connect();
    ASSERT_TRUE(c);
    ASSERT_TRUE(MigrationRunner(*c).migrate(14).ok());
    ASSERT_TRUE(c->exec(QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                                       "message_content, status) VALUES ('ENQUIRY_CREATED', '+919876543210', "
                                       "'Hello', 'SENT')"),
                        {}, QStringLiteral("insert"))
                    .ok());
    ASSERT_TRUE(MigrationRunner(*c).migrate().ok());
    auto off = c->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'sending.canary'"), {},
                         QStringLiteral("read"));
    ASSERT_TRUE(off.ok());
    EXPECT_EQ(off.value().toString(), QStringLiteral("false"));
}

TEST_P(MigrationTest, TextFieldLimitsAreTheColumnsLengths)
{
    auto c = database->connectMigrated();
    ASSERT_TRUE(c);
    auto declared = [&](const QString& table, const QString& column) -> int {
        if (GetParam() == Dialect::Postgres)
            return count(*c,
                         QStringLiteral(
                             "SELECT character_maximum_length FROM information_schema.columns "
                             "WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?"),
                         {table, column});
        auto info = c->exec(QStringLiteral("SELECT type FROM pragma_table_info(?) WHERE name = ?"),
                            {table, column}, QStringLiteral("column type"));
        EXPECT_TRUE(info.ok());
        if (!info.ok() || !info.value().next())
            return -1;
        static const QRegularExpression length(QStringLiteral("\\((\\d+)\\)"));
        return length.match(info.value().value(0).toString()).captured(1).toInt();
    };
    const QList<std::tuple<const char*, const char*, int>> columns = {
        {"customers", "name", limits::kName},
        {"enquiries", "customer_name", limits::kName},
        {"complaints", "customer_name", limits::kName},
        {"stock_movements", "customer_name", limits::kName},
        {"whatsapp_message_logs", "customer_name", limits::kName},
        {"users", "name", limits::kName},
        {"engineers", "name", limits::kName},
        {"complaints", "assigned_engineer_name", limits::kName},
        {"enquiries", "subject", limits::kSubject},
        {"complaints", "service_type", limits::kServiceType},
        {"stock_movements", "item_name", limits::kItemName},
        {"stock_movements", "reference", limits::kReference},
        {"users", "login", limits::kLogin},
    };
    for (const auto& [table, column, limit] : columns)
        EXPECT_EQ(declared(QLatin1String(table), QLatin1String(column)), limit) << table << "." << column;
    // A phone is kept in E.164 (at most 16 characters) in columns of 20.
    EXPECT_GE(declared(QStringLiteral("customers"), QStringLiteral("phone")), 16);
}

TEST_P(MigrationTest, NewerSchemaIsRefusedWithAClearMessage)
{
    auto c = database->connectMigrated();
    ASSERT_TRUE(c);
    ASSERT_TRUE(
        c->exec(QStringLiteral("INSERT INTO schema_version (version, description, app_version, applied_at) "
                               "VALUES (?, ?, ?, ?)"),
                {999, QStringLiteral("from the future"), QStringLiteral("9.0"),
                 QStringLiteral("2030-01-01 00:00:00")},
                QStringLiteral("insert"))
            .ok());
    auto result = MigrationRunner(*c).migrate();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::SchemaTooNew);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("newer FrontDesk")));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("999")));
    EXPECT_FALSE(MigrationRunner(*c).checkCompatible().ok());
}

TEST_P(MigrationTest, FailedMigrationLeavesNothingHalfDone)
{
    auto c = database->connect();
    ASSERT_TRUE(c);
    auto result = MigrationRunner(*c, QStringLiteral(":/test/broken_migrations")).migrate();
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("version 2")))
        << result.error().message.toStdString();
    auto version = MigrationRunner(*c, QStringLiteral(":/test/broken_migrations")).currentVersion();
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version.value(), 1);
    const QStringList tables = c->db().tables();
    EXPECT_TRUE(tables.contains(QStringLiteral("widgets")));
    EXPECT_FALSE(tables.contains(QStringLiteral("gadgets")))
        << "the failed migration's first statement was rolled back";
}

TEST_P(MigrationTest, TwoUpgradesWithOneNumberAreRefusedAndNothingChanges)
{
    auto c = database->connect();
    ASSERT_TRUE(c);
    auto result = MigrationRunner(*c, QStringLiteral(":/test/duplicate_migrations")).migrate();
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("numbered 1")))
        << result.error().message.toStdString();
    EXPECT_FALSE(c->db().tables().contains(QStringLiteral("widgets")));
    EXPECT_FALSE(c->db().tables().contains(QStringLiteral("gadgets")));
}

TEST_P(MigrationTest, UpgradeOfAnExistingSqliteFileKeepsACopy)
{
    auto c = database->connect();
    ASSERT_TRUE(c);
    // Version 1 first (the broken set stops there), then the complete set upgrades it to 2.
    ASSERT_FALSE(MigrationRunner(*c, QStringLiteral(":/test/broken_migrations")).migrate().ok());
    auto report = MigrationRunner(*c, QStringLiteral(":/test/migrations")).migrate();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString() << report.error().detail.toStdString();
    EXPECT_EQ(report->fromVersion, 1);
    EXPECT_EQ(report->toVersion, 2);
    EXPECT_EQ(
        count(*c, QStringLiteral("SELECT count(*) FROM widgets WHERE colour = ?"), {QStringLiteral("blue")}),
        1);
    if (GetParam() == Dialect::Sqlite) {
        ASSERT_FALSE(report->backupPath.isEmpty());
        ASSERT_TRUE(QFileInfo::exists(report->backupPath));
        auto copy =
            Connection::open(ConnectionSpec::sqliteFile(report->backupPath), QStringLiteral("backup"));
        ASSERT_TRUE(copy.ok());
        EXPECT_EQ(
            MigrationRunner(*copy.value(), QStringLiteral(":/test/migrations")).currentVersion().value(), 1);
    } else {
        EXPECT_TRUE(report->backupPath.isEmpty());
    }
}

TEST_P(MigrationTest, StopsAtATargetVersionAndFinishesLater)
{
    auto c = database->connect();
    ASSERT_TRUE(c);
    const auto migrations = MigrationRunner::available(GetParam());
    ASSERT_GE(migrations.size(), 2);
    const int older = migrations.at(migrations.size() - 2).version;
    auto first = MigrationRunner(*c).migrate(older);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString() << first.error().detail.toStdString();
    EXPECT_EQ(first->toVersion, older);
    EXPECT_EQ(count(*c, QStringLiteral("SELECT count(*) FROM schema_version")), migrations.size() - 1);

    auto status = MigrationRunner(*c).status();
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->currentVersion, older);
    ASSERT_EQ(status->pending.size(), 1);
    EXPECT_EQ(status->pending.first().version, migrations.constLast().version);
    EXPECT_TRUE(status->blockingTables.isEmpty()) << "the tables' owner may upgrade them";

    auto rest = MigrationRunner(*c).migrate();
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest->fromVersion, older);
    EXPECT_EQ(rest->toVersion, migrations.constLast().version);
    EXPECT_EQ(GetParam() == Dialect::Sqlite, !rest->backupPath.isEmpty());
    EXPECT_TRUE(MigrationRunner(*c).status()->upToDate());

    auto back = MigrationRunner(*c).migrate(older);
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.error().kind, Error::Kind::InvalidInput);
    auto beyond = MigrationRunner(*c).migrate(migrations.constLast().version + 1);
    ASSERT_FALSE(beyond.ok());
    EXPECT_EQ(beyond.error().kind, Error::Kind::InvalidInput);
}

TEST_P(MigrationTest, TwoDesksStartingTogetherMigrateOnce)
{
    constexpr int kDesks = 4;
    QList<QThread*> threads;
    std::vector<Result<MigrationReport>> results(kDesks);
    const ConnectionSpec spec = database->spec();
    for (int i = 0; i < kDesks; ++i) {
        threads << QThread::create([&results, spec, i] {
            auto c = Connection::open(spec, QStringLiteral("desk"));
            if (!c) {
                results[i] = c.error();
                return;
            }
            results[i] = MigrationRunner(*c.value()).migrate();
        });
    }
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    int migrated = 0;
    for (const auto& r : results) {
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString() << r.error().detail.toStdString();
        migrated += r->changed() ? 1 : 0;
    }
    EXPECT_EQ(migrated, 1) << "one desk upgrades, the others wait and find nothing to do";
    auto c = database->connect();
    ASSERT_TRUE(c);
    EXPECT_EQ(count(*c, QStringLiteral("SELECT count(*) FROM schema_version")),
              MigrationRunner::available(GetParam()).size());
    if (GetParam() == Dialect::Sqlite) {
        EXPECT_FALSE(QFileInfo::exists(spec.sqlitePath + QStringLiteral(".upgrading")));
    }
}

// Copying an SQLite file aside cannot run inside a transaction: the desks take turns by a lock file.
TEST_P(MigrationTest, ADeskWaitsForAnotherDesksUpgradeOfTheSameFile)
{
    if (GetParam() != Dialect::Sqlite)
        GTEST_SKIP()
            << "PostgreSQL desks take turns by an advisory lock (TwoDesksStartingTogetherMigrateOnce)";
    const ConnectionSpec spec = database->spec();
    QLockFile otherDesk(spec.sqlitePath + QStringLiteral(".upgrading"));
    ASSERT_TRUE(otherDesk.tryLock(0));

    Result<MigrationReport> result = Error::make(Error::Kind::Internal, QStringLiteral("not run"));
    QThread* desk = QThread::create([&result, spec] {
        auto c = Connection::open(spec, QStringLiteral("desk"));
        result = c ? MigrationRunner(*c.value()).migrate() : Result<MigrationReport>(c.error());
    });
    desk->start();
    EXPECT_FALSE(desk->wait(300)) << "the desk upgraded while another held the lock";
    auto c = database->connect();
    ASSERT_TRUE(c);
    EXPECT_EQ(count(*c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")),
              0);

    otherDesk.unlock();
    ASSERT_TRUE(desk->wait(60000));
    delete desk;
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString() << result.error().detail.toStdString();
    EXPECT_EQ(result->toVersion, MigrationRunner::latestVersion(GetParam()));
}

TEST_P(MigrationTest, TheLockOfADeskThatCrashedWhileUpgradingIsTakenOver)
{
    if (GetParam() != Dialect::Sqlite)
        GTEST_SKIP() << "PostgreSQL ends a crashed desk's session and its advisory lock with it";
    const QString lockPath = database->spec().sqlitePath + QStringLiteral(".upgrading");
    {
        // A lock file as a program writes it, then its process id replaced by one of a program that has
        // ended.
        QLockFile crashed(lockPath);
        ASSERT_TRUE(crashed.tryLock(0));
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        ASSERT_TRUE(ended.waitForStarted());
        const qint64 endedPid = ended.processId(); // 0 once it has finished
        ASSERT_TRUE(ended.waitForFinished());
        QFile file(lockPath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray contents = file.readAll();
        file.close();
        contents = QByteArray::number(endedPid) + contents.mid(contents.indexOf('\n'));
        crashed.unlock(); // removes the file: written again below as the crashed program left it
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    ASSERT_TRUE(QFileInfo::exists(lockPath));

    auto c = database->connect();
    ASSERT_TRUE(c);
    auto report = MigrationRunner(*c).migrate();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString() << report.error().detail.toStdString();
    EXPECT_TRUE(report->changed());
    EXPECT_FALSE(QFileInfo::exists(lockPath));
}

// The customer's PostgreSQL already has the seed's tables with their rows: FrontDesk adopts them.
// Versions are the order of upgrades: a number used twice would skip one file on every database.
TEST(ShippedMigrations, EachVersionNumberIsUsedOnce)
{
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::Postgres}) {
        const QList<Migration> migrations = MigrationRunner::available(dialect);
        ASSERT_FALSE(migrations.isEmpty());
        for (qsizetype i = 1; i < migrations.size(); ++i)
            EXPECT_LT(migrations[i - 1].version, migrations[i].version)
                << dialectName(dialect).toStdString() << ": " << migrations[i - 1].resourcePath.toStdString()
                << " and " << migrations[i].resourcePath.toStdString();
    }
}

TEST(PostgresAdoption, ExistingSeedTablesKeepTheirRows)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    auto c = database->connect();
    ASSERT_TRUE(c);
    const QStringList seed = {
        QStringLiteral(
            "CREATE TABLE enquiries (id SERIAL PRIMARY KEY, customer_name VARCHAR(255), "
            "customer_phone VARCHAR(20), product VARCHAR(100), whatsapp_enquiry_sent BOOLEAN DEFAULT FALSE)"),
        QStringLiteral("CREATE TABLE complaints (id SERIAL PRIMARY KEY, customer_name VARCHAR(255), "
                       "customer_phone VARCHAR(20), whatsapp_service_created_sent BOOLEAN DEFAULT FALSE)"),
        QStringLiteral("CREATE TABLE stock_movements (id SERIAL PRIMARY KEY, item_name VARCHAR(255), "
                       "movement_type VARCHAR(10), delivery_status VARCHAR(20))"),
        QStringLiteral(
            "CREATE TABLE whatsapp_message_logs (id SERIAL PRIMARY KEY, event_type VARCHAR(50), "
            "customer_phone VARCHAR(20), customer_name VARCHAR(255), message_content TEXT, "
            "status VARCHAR(20), reference_type VARCHAR(50), reference_id INTEGER, error_message TEXT, "
            "retry_count INTEGER, created_at TIMESTAMP, sent_at TIMESTAMP)"),
        QStringLiteral(
            "INSERT INTO enquiries (customer_name, customer_phone, product, whatsapp_enquiry_sent) "
            "VALUES ('Old Customer', '+919800000001', 'Printer', TRUE)"),
        QStringLiteral("INSERT INTO stock_movements (item_name, movement_type) VALUES ('Toner', 'OUT')"),
        QStringLiteral(
            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, status, "
            "reference_type, reference_id, retry_count, created_at, sent_at) VALUES ('ENQUIRY_CREATED', "
            "'+919800000001', 'old', 'SENT', 'enquiry', 1, 0, '2025-01-01 10:00', '2025-01-01 10:01')"),
    };
    for (const QString& statement : seed)
        ASSERT_TRUE(c->exec(statement, QStringLiteral("seed")).ok()) << statement.toStdString();

    auto report = MigrationRunner(*c).migrate();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString() << report.error().detail.toStdString();
    auto missing = SchemaContract::missingObjects(*c);
    ASSERT_TRUE(missing.ok());
    EXPECT_TRUE(missing->isEmpty()) << missing->join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(count(*c, QStringLiteral("SELECT count(*) FROM enquiries WHERE product = 'Printer' "
                                       "AND whatsapp_enquiry_sent")),
              1);
    EXPECT_EQ(count(*c, QStringLiteral("SELECT count(*) FROM stock_movements WHERE movement_type = 'OUT'")),
              1);
    EXPECT_EQ(count(*c, QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'SENT'")),
              1);
    // The old system's kind of insert still works, now with defaults.
    EXPECT_TRUE(c->exec(QStringLiteral(
                            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, "
                            "reference_type, reference_id) VALUES ('ENQUIRY_CREATED', '+919800000002', "
                            "'new', 'enquiry', 2)"),
                        QStringLiteral("insert"))
                    .ok());
    EXPECT_EQ(
        count(*c, QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE reference_id = 2 AND "
                                 "status = 'PENDING' AND retry_count = 0 AND created_at IS NOT NULL")),
        1);
}
