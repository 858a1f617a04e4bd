// SQLite on a disk that fills up or is read-only (a real tmpfs and a real read-only mount): every save is
// whole or nothing (no enquiry without its queued message, nor a message without its enquiry), the person at
// the desk is told what happened and what to do, and what they typed is kept.
#include "FaultsFixture.h"
#include "SmallDisk.h"
#include "automation/dispatch/Dispatcher.h"
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "gui/GuiFixture.h"
#include "mock/ScriptedSender.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/MigrationRunner.h"
#include "ui/common/PreviewTemplates.h"
#include "ui/enquiries/EnquiriesTab.h"
#include "util/TestCompany.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace fd::test {
namespace {

std::unique_ptr<Connection> openMigrated(const ConnectionSpec& spec)
{
    auto connection = Connection::open(spec, QStringLiteral("disk-test"));
    EXPECT_TRUE(connection.ok()) << connection.error().message.toStdString();
    if (!connection)
        return nullptr;
    auto migrated = MigrationRunner(*connection.value()).migrate();
    EXPECT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    SharedSettings settings = testCompany();
    EXPECT_TRUE(settings.save(*connection.value(), QStringLiteral("test")).ok());
    return std::move(connection).value();
}

int count(Connection& c, const QString& sql)
{
    auto value = c.scalar(sql, {}, QStringLiteral("count"));
    EXPECT_TRUE(value.ok()) << value.error().message.toStdString() << value.error().detail.toStdString();
    return value.ok() ? value.value().toInt() : -1;
}

// No enquiry without its queued message and flag, no message without its enquiry.
bool expectWholeSaves(Connection& c, int saved)
{
    const int enquiries = count(c, QStringLiteral("SELECT COUNT(*) FROM enquiries"));
    const int messages = count(
        c, QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE reference_type = 'enquiry'"));
    const int halfSaved =
        count(c, QStringLiteral("SELECT COUNT(*) FROM enquiries e WHERE NOT e.whatsapp_enquiry_sent OR "
                                "NOT EXISTS (SELECT 1 FROM whatsapp_message_logs m WHERE "
                                "m.reference_type = 'enquiry' AND m.reference_id = e.id)"));
    EXPECT_EQ(enquiries, saved);
    EXPECT_EQ(messages, saved);
    EXPECT_EQ(halfSaved, 0);
    return enquiries == saved && messages == saved && halfSaved == 0;
}

EnquiryInput enquiry(int i)
{
    EnquiryInput input;
    input.customerName = QStringLiteral("Customer %1").arg(i);
    input.customerPhone = QStringLiteral("+91 98765 %1").arg(50000 + i);
    input.subject = QStringLiteral("Colour printer, A3, with a service contract for two years");
    input.notes = QString(300, QLatin1Char('n')); // enough bytes that a save needs more than one page
    input.createdBy = QStringLiteral("reception");
    return input;
}

// A 4 MB disk with a migrated desk database on it (skipped without the right to mount).
class DiskFullTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString whyNot;
        disk = SmallDisk::mount(QStringLiteral("4m"), &whyNot);
        if (!disk)
            GTEST_SKIP() << "a small disk needs the right to mount: " << whyNot.toStdString();
        spec = ConnectionSpec::sqliteFile(disk->filePath(QStringLiteral("desk.sqlite")));
        connection = openMigrated(spec);
        ASSERT_TRUE(connection);
    }

    std::unique_ptr<SmallDisk> disk;
    ConnectionSpec spec;
    std::unique_ptr<Connection> connection;
};

// A migrated desk database, seen through a read-only mount at `readOnly`.
class ReadOnlyDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString whyNot;
        disk = SmallDisk::mount(QStringLiteral("8m"), &whyNot);
        if (!disk)
            GTEST_SKIP() << "a read-only disk needs the right to mount: " << whyNot.toStdString();
        {
            auto connection =
                openMigrated(ConnectionSpec::sqliteFile(disk->filePath(QStringLiteral("desk.sqlite"))));
            ASSERT_TRUE(connection);
        }
        ASSERT_TRUE(disk->addReadOnlyView(&whyNot)) << whyNot.toStdString();
        readOnly = ConnectionSpec::sqliteFile(disk->readOnlyPath() + QStringLiteral("/desk.sqlite"));
    }

    std::unique_ptr<SmallDisk> disk;
    ConnectionSpec readOnly;
};

TEST_F(DiskFullTest, EverySaveIsWholeOrNothingAsTheDiskFillsUp)
{
    ASSERT_GT(disk->fill(), 0);

    // Give the disk back a page at a time: saves fail at every point of their transaction until one fits.
    int saved = 0;
    int refused = 0;
    QString refusal;
    for (int step = 0; step < 600 && saved < 8; ++step) {
        auto result = DeskActions(*connection).createEnquiry(enquiry(step));
        if (result) {
            ++saved;
        } else {
            ++refused;
            refusal = result.error().message;
            EXPECT_TRUE(refusal.contains(QStringLiteral("disk")) && refusal.contains(QStringLiteral("full")))
                << refusal.toStdString() << " / " << result.error().detail.toStdString();
            EXPECT_TRUE(refusal.contains(QStringLiteral("Free"))) << "what to do: " << refusal.toStdString();
            // As the desk's worker does after an error: a fresh connection for the next job.
            connection.reset();
            auto reopened = Connection::open(spec, QStringLiteral("disk-test"));
            ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
            connection = std::move(reopened).value();
        }
        if (!expectWholeSaves(*connection, saved))
            FAIL() << "half a save after step " << step << " (" << saved << " saved, " << refused
                   << " refused)";
        ASSERT_TRUE(disk->release(2048));
    }
    std::cout << refused << " saves refused while the disk was full; last: " << refusal.toStdString()
              << std::endl;
    EXPECT_GT(refused, 0) << "the disk was never full";
    EXPECT_EQ(saved, 8) << "saves did not resume when there was room again";
    auto integrity =
        connection->scalar(QStringLiteral("PRAGMA integrity_check"), {}, QStringLiteral("check"));
    ASSERT_TRUE(integrity.ok());
    EXPECT_EQ(integrity.value().toString(), QStringLiteral("ok"));
}

// The enquiry form on a worker whose database lives at `spec`.
struct DeskForm
{
    explicit DeskForm(const ConnectionSpec& spec)
        : worker(spec, QStringLiteral("disk-gui"))
        , context{worker, SignedInUser{receptionist(), Dialect::Sqlite}, PreviewTemplates()}
        , tab(context)
    {
        tab.show();
    }
    static AppUser receptionist()
    {
        AppUser user;
        user.login = QStringLiteral("priya");
        user.name = QStringLiteral("Priya Desk");
        user.role = AppUser::Role::Reception;
        return user;
    }
    void fillIn()
    {
        type(&tab, "enquiryName", QStringLiteral("Lakshmi"));
        type(&tab, "enquiryPhoneEdit", QStringLiteral("98765 33333"));
        type(&tab, "enquirySubject", QStringLiteral("Scanner"));
        child<QPlainTextEdit>(&tab, "enquiryNotes")->setPlainText(QStringLiteral("Wants a demo on Monday"));
    }
    QString status() { return child<QLabel>(&tab, "enquiryStatus")->text(); }
    void expectKept()
    {
        EXPECT_EQ(child<QLineEdit>(&tab, "enquiryName")->text(), QStringLiteral("Lakshmi"));
        EXPECT_EQ(child<QLineEdit>(&tab, "enquirySubject")->text(), QStringLiteral("Scanner"));
        EXPECT_EQ(child<QPlainTextEdit>(&tab, "enquiryNotes")->toPlainText(),
                  QStringLiteral("Wants a demo on Monday"));
    }

    DatabaseWorker worker;
    DeskContext context;
    EnquiriesTab tab;
};

TEST_F(DiskFullTest, TheFormSaysTheDiskIsFullAndWhatToDoKeepsTheEntryAndSavesOnceThereIsRoom)
{
    DeskForm form(spec);
    ASSERT_GT(disk->fill(), 0);

    form.fillIn();
    click(&form.tab, "enquirySave");
    ASSERT_TRUE(waitUntil([&] { return form.status().contains(QStringLiteral("full")); }))
        << form.status().toStdString();
    EXPECT_TRUE(form.status().contains(QStringLiteral("Free"))) << form.status().toStdString();
    EXPECT_TRUE(form.status().contains(QStringLiteral("kept"))) << form.status().toStdString();
    EXPECT_FALSE(form.status().contains(QStringLiteral("cannot be reached"))) << form.status().toStdString();
    form.expectKept();
    expectWholeSaves(*connection, 0);

    ASSERT_TRUE(disk->release(1024 * 1024)); // the person frees some space and saves again
    click(&form.tab, "enquirySave");
    ASSERT_TRUE(waitUntil([&] { return form.status().contains(QStringLiteral("queued")); }))
        << form.status().toStdString();
    expectWholeSaves(*connection, 1);
}

// The disk fills up while a message is being sent, so its outcome cannot be recorded: the sender station
// keeps going, says why it waits, and once there is room again every message is recorded as sent, the one
// in flight found in the chat instead of sent twice.
TEST_F(DiskFullTest, ASenderStationWaitsForRoomAndNeitherLosesNorDoublesTheMessageInFlight)
{
    SharedSettings settings = SharedSettings::load(*connection).value();
    settings.minGapMs = settings.maxGapMs = 0;
    settings.quietStart = settings.quietEnd = QTime(0, 0);
    settings.leaseSeconds = 10;
    ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
    constexpr int kMessages = 5;
    for (int i = 0; i < kMessages; ++i)
        ASSERT_TRUE(DeskActions(*connection).createEnquiry(enquiry(i)).ok());

    DatabaseWorker worker(spec, QStringLiteral("dispatch"));
    ScriptedSender sender;
    sender.setDelayMs(1500); // the first send takes a while: the disk fills up meanwhile
    Dispatcher::Options options;
    options.station = QStringLiteral("desk-1");
    options.idlePollMs = 200;
    Dispatcher dispatcher(worker, sender, options);
    QStringList states;
    bool finished = false;
    QObject::connect(&dispatcher, &Dispatcher::stateChanged, [&](const QString& text) { states << text; });
    QObject::connect(&dispatcher, &Dispatcher::finished, [&] { finished = true; });
    dispatcher.start();
    ASSERT_TRUE(waitUntil([&] { return sender.attempts() == 1; }));
    ASSERT_GT(disk->fill(), 0);
    sender.setDelayMs(0);
    ASSERT_TRUE(waitUntil([&] { return !states.filter(QStringLiteral("full")).isEmpty(); }, 30000))
        << states.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(states.filter(QStringLiteral("full")).first().contains(QStringLiteral("Free")));
    waitUntil([] { return false; }, 2000);
    EXPECT_FALSE(finished) << "the station gave up: " << states.join(QLatin1Char('\n')).toStdString();

    ASSERT_TRUE(disk->release(1024 * 1024));
    const bool allSent = waitUntil(
        [&] {
            return count(
                       *connection,
                       QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE status = 'SENT'")) ==
                   kMessages;
        },
        60000);
    EXPECT_TRUE(allSent) << states.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(finished);
    EXPECT_EQ(sender.delivered().size(), kMessages) << "each message reached the customer once";
    EXPECT_GE(sender.checks(), 1)
        << "the message whose outcome could not be recorded was looked for in the chat";
    dispatcher.stop();
    waitUntil([&] { return finished; }, 10000);
}

TEST_F(ReadOnlyDatabaseTest, SavingSaysTheFileCannotBeWrittenAndWhatToDoAndWritesNothing)
{
    // The repositories' answer.
    auto opened = Connection::open(readOnly, QStringLiteral("disk-test"));
    Error error = opened ? Error() : opened.error();
    if (opened) {
        auto saved = DeskActions(*opened.value()).createEnquiry(enquiry(1));
        ASSERT_FALSE(saved.ok()) << "a read-only database took a write";
        error = saved.error();
    }
    EXPECT_EQ(error.kind, Error::Kind::ReadOnly) << error.message.toStdString() << error.detail.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("read-only"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("writable")))
        << "what to do: " << error.message.toStdString();
    opened = Result<std::unique_ptr<Connection>>();

    // The form's.
    DeskForm form(readOnly);
    form.fillIn();
    click(&form.tab, "enquirySave");
    ASSERT_TRUE(waitUntil([&] { return form.status().contains(QStringLiteral("read-only")); }))
        << form.status().toStdString();
    EXPECT_TRUE(form.status().contains(QStringLiteral("kept"))) << form.status().toStdString();
    form.expectKept();

    auto connection =
        Connection::open(ConnectionSpec::sqliteFile(disk->filePath(QStringLiteral("desk.sqlite"))),
                         QStringLiteral("disk-test"));
    ASSERT_TRUE(connection.ok());
    expectWholeSaves(*connection.value(), 0);
}

TEST_F(ReadOnlyDatabaseTest, TheCommandLineSaysSoWithExitCodeThree)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(privateEnvironment(home));
    process.start(QStringLiteral(FRONTDESK_BINARY), {QStringLiteral("migrate"), QStringLiteral("--database"),
                                                     QStringLiteral("sqlite:") + readOnly.sqlitePath});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    EXPECT_EQ(process.exitCode(), 3) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("read-only"))) << err.toStdString();
}

} // namespace
} // namespace fd::test
