// The desk actions' functions of migration 0017 as a hostile reception login would use them, with psql: the
// one-call saves work for reception, and each refusal below is the only reason its statement can fail (the
// same call with that one thing put right succeeds), checked by its SQLSTATE.
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "util/TestDatabase.h"

#include <QProcess>
#include <QStandardPaths>
#include <QUuid>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

class DeskActionsRole : public ::testing::Test
{
protected:
    void SetUp() override
    {
        database = TestDatabase::create(Dialect::Postgres);
        ASSERT_TRUE(database);
        owner = database->connectMigrated();
        ASSERT_TRUE(owner);
        SharedSettings settings;
        settings.companyName = QStringLiteral("Yamini Infotech");
        settings.companyPhone = QStringLiteral("+91-44-2345-6789");
        ASSERT_TRUE(settings.save(*owner, QStringLiteral("owner")).ok());
        // Login roles are server-wide: a unique name (hex digits, so it may be spliced), dropped in TearDown.
        reception = QStringLiteral("reception_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        ASSERT_TRUE(
            owner
                ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_reception")
                           .arg(reception, password),
                       QStringLiteral("create role"))
                .ok());
    }

    void TearDown() override
    {
        owner.reset();
        database.reset();
        auto server = Connection::open(postgresAdminSpec(), QStringLiteral("roles"));
        if (server)
            (void)server.value()->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(reception),
                                       QStringLiteral("drop role"));
    }

    struct Psql
    {
        int exitCode = -1;
        QString output;
        bool refusedWith(const char* sqlState) const
        {
            return exitCode != 0 &&
                   output.contains(QStringLiteral("ERROR:  %1:").arg(QLatin1String(sqlState)));
        }
    };

    // One statement as the reception login, with the SQLSTATE in the error (VERBOSITY verbose).
    Psql asReception(const QString& sql)
    {
        const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        EXPECT_FALSE(psql.isEmpty()) << "psql (package postgresql-client) is needed";
        const ConnectionSpec spec = database->spec();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(psql, {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-v"),
                             QStringLiteral("VERBOSITY=verbose"), QStringLiteral("-h"), spec.host,
                             QStringLiteral("-p"), QString::number(spec.port), QStringLiteral("-U"),
                             reception, QStringLiteral("-d"), spec.database, QStringLiteral("-c"), sql});
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    int count(const QString& sql)
    {
        auto value = owner->scalar(sql, {}, QStringLiteral("count"));
        EXPECT_TRUE(value.ok());
        return value.ok() ? value->toInt() : -1;
    }

    // frontdesk_save_enquiry as psql would call it, with `key` (an SQL literal) and a PENDING message.
    static QString saveEnquiry(const QString& key)
    {
        return QStringLiteral(
                   "SELECT enquiry_id FROM frontdesk_save_enquiry(%1::text, 'Asha'::text, "
                   "'+919876522222'::text, 'en'::text, 'Printer'::text, NULL::text, 'desk'::text, "
                   "'2026-12-03 10:00:00'::timestamp, '+919876522222'::text, '[\"Hello \", \"\"]'::text, "
                   "'PENDING'::text, NULL::text, NULL::text, 'opted out'::text, false)")
            .arg(key);
    }

    // frontdesk_save_service_request with `hole` (an SQL literal) where the ticket goes.
    static QString saveServiceRequest(const QString& key, const QString& hole)
    {
        return QStringLiteral(
                   "SELECT request_id FROM frontdesk_save_service_request(%1::text, 'Kavya'::text, "
                   "'+919876543210'::text, 'en'::text, 'Repair'::text, NULL::text, '2026-12-05'::date, "
                   "'desk'::text, '2026-12-03 10:00:00'::timestamp, %2::text, '+919876543210'::text, "
                   "'Ticket FDTICKET0123456789abcdef'::text, 'PENDING'::text, NULL::text, NULL::text, "
                   "'opted out'::text, false)")
            .arg(key, hole);
    }

    static QString newKey() { return QStringLiteral("'%1'").arg(DeskActions::newActionKey()); }

    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<Connection> owner;
    QString reception;
    const QString password = QStringLiteral("counter-pass-1");
};

TEST_F(DeskActionsRole, ReceptionSavesThroughTheOneCallSavesAndTheSameKeyAgainIsTheFirstSave)
{
    const QString key = newKey();
    const Psql first = asReception(saveEnquiry(key));
    ASSERT_EQ(first.exitCode, 0) << first.output.toStdString();
    const Psql again = asReception(saveEnquiry(key));
    ASSERT_EQ(again.exitCode, 0) << again.output.toStdString();
    EXPECT_EQ(again.output.trimmed(), first.output.trimmed());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 1);

    const Psql request =
        asReception(saveServiceRequest(newKey(), QStringLiteral("'FDTICKET0123456789abcdef'")));
    ASSERT_EQ(request.exitCode, 0) << request.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs m JOIN complaints c "
                                   "ON m.reference_id = c.id AND m.reference_type = 'complaint' "
                                   "WHERE m.message_content = 'Ticket ' || c.ticket_id")),
              1);
}

TEST_F(DeskActionsRole, ASaveWithoutAKeyIsRefusedWithItsOwnCode)
{
    EXPECT_TRUE(asReception(saveEnquiry(QStringLiteral("NULL"))).refusedWith("22023"));
    EXPECT_TRUE(asReception(saveEnquiry(QStringLiteral("'short'"))).refusedWith("22023"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 0);
    EXPECT_EQ(asReception(saveEnquiry(newKey())).exitCode, 0); // the key was the only reason
}

TEST_F(DeskActionsRole, AServiceRequestsMessageWithoutThePlaceOfItsTicketIsRefused)
{
    EXPECT_TRUE(asReception(saveServiceRequest(newKey(), QStringLiteral("NULL"))).refusedWith("22023"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints")), 0);
    EXPECT_EQ(
        asReception(saveServiceRequest(newKey(), QStringLiteral("'FDTICKET0123456789abcdef'"))).exitCode, 0);
}

// The helpers the saves call run as their owner and are not reception's: queueing a message for any
// reference, or reading another desk's keys through them, is refused.
TEST_F(DeskActionsRole, TheSavesHelpersAreNotReceptions)
{
    const Psql saved = asReception(saveEnquiry(newKey()));
    ASSERT_EQ(saved.exitCode, 0) << saved.output.toStdString();
    const QString enquiry = saved.output.trimmed();
    const Psql queued = asReception(
        QStringLiteral("SELECT frontdesk_desk_queue('ENQUIRY_CREATED'::text, 'enquiry'::text, %1::bigint, "
                       "'+919876522222'::text, 'Asha'::text, 'Hello'::text, 'PENDING'::text, NULL::text, "
                       "'2026-12-03 10:00:00'::timestamp, 'en'::text, 'desk'::text, NULL::text, false)")
            .arg(enquiry));
    EXPECT_TRUE(queued.refusedWith("42501")) << queued.output.toStdString();
    const Psql seen = asReception(QStringLiteral("SELECT * FROM frontdesk_desk_action_seen(%1::text, "
                                                 "'save-enquiry'::text)")
                                      .arg(newKey()));
    EXPECT_TRUE(seen.refusedWith("42501")) << seen.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 1);
}

// A key's row says what the first save did: reception may not point it at another record or remove it (which
// would let the next try save again).
TEST_F(DeskActionsRole, ReceptionCannotRewriteOrRemoveAKey)
{
    ASSERT_EQ(asReception(saveEnquiry(newKey())).exitCode, 0);
    const Psql moved =
        asReception(QStringLiteral("UPDATE desk_action_keys SET reference_id = reference_id + 1"));
    EXPECT_TRUE(moved.refusedWith("42501")) << moved.output.toStdString();
    const Psql removed = asReception(QStringLiteral("DELETE FROM desk_action_keys"));
    EXPECT_TRUE(removed.refusedWith("42501")) << removed.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM desk_action_keys")), 1);
}

// Migration 0018: a message is queued only for a record that exists, of its event's table, whose flag the
// desk action has set. Each refused call differs from the accepted one in that one thing.
TEST_F(DeskActionsRole, AMessageIsQueuedOnlyForAnExistingFlaggedRecordOfItsEvent)
{
    auto enquiry = [&](bool flagged) {
        auto id =
            owner->scalar(QStringLiteral("INSERT INTO enquiries (customer_name, customer_phone, subject, "
                                         "whatsapp_enquiry_sent) VALUES ('Asha', '+919876522222', "
                                         "'Printer', ?) RETURNING id"),
                          {flagged}, QStringLiteral("enquiry"));
        EXPECT_TRUE(id.ok());
        return id.ok() ? id->toString() : QString();
    };
    const QString flagged = enquiry(true);
    const QString notFlagged = enquiry(false);
    auto queue = [&](const QString& status, const QString& referenceType, const QString& referenceId) {
        return asReception(
            QStringLiteral("SELECT frontdesk_queue_message('ENQUIRY_CREATED'::text, '+919876522222'::text, "
                           "'Asha'::text, 'Hello'::text, '%1'::text, '%2'::text, %3::bigint, NULL::text, "
                           "'2026-12-03 10:00:00'::timestamp, 'en'::text, NULL::timestamp, 'desk'::text, "
                           "'2026-12-03 10:00:00'::timestamp, NULL::text, ''::text, false)")
                .arg(status, referenceType, referenceId));
    };
    const Psql withoutReference =
        queue(QStringLiteral("PENDING"), QStringLiteral("enquiry"), QStringLiteral("NULL"));
    EXPECT_TRUE(withoutReference.refusedWith("42501")) << withoutReference.output.toStdString();
    const Psql notYet = queue(QStringLiteral("SKIPPED"), QStringLiteral("enquiry"),
                              QString::number(flagged.toLongLong() + 5));
    EXPECT_TRUE(notYet.refusedWith("42501")) << notYet.output.toStdString();
    const Psql unflagged = queue(QStringLiteral("PENDING"), QStringLiteral("enquiry"), notFlagged);
    EXPECT_TRUE(unflagged.refusedWith("42501")) << unflagged.output.toStdString();
    const Psql otherTable = queue(QStringLiteral("PENDING"), QStringLiteral("complaint"), flagged);
    EXPECT_TRUE(otherTable.refusedWith("42501")) << otherTable.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 0);

    const Psql accepted = queue(QStringLiteral("PENDING"), QStringLiteral("enquiry"), flagged);
    EXPECT_EQ(accepted.exitCode, 0) << accepted.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 1);
}

} // namespace
