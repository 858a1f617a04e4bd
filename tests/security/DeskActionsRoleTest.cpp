// The desk actions' functions of migration 0017 as a hostile reception login would use them, with psql: the
// one-call saves work for reception, and each refusal below is the only reason its statement can fail (the
// same call with that one thing put right succeeds), checked by its SQLSTATE.
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "models/db/MigrationRunner.h"
#include "util/TestCompany.h"
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
        SharedSettings settings = testCompany();
        ASSERT_TRUE(settings.save(*owner, QStringLiteral("owner")).ok());
        // Login roles are server-wide: a unique name (hex digits, so it may be spliced), dropped in TearDown.
        reception = QStringLiteral("reception_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        ASSERT_TRUE(
            owner
                ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_reception")
                           .arg(reception, password),
                       QStringLiteral("create role"))
                .ok());
        admin = QStringLiteral("admin_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        ASSERT_TRUE(owner
                        ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_admin")
                                   .arg(admin, password),
                               QStringLiteral("create role"))
                        .ok());
    }

    void TearDown() override
    {
        owner.reset();
        database.reset();
        auto server = Connection::open(postgresAdminSpec(), QStringLiteral("roles"));
        if (server)
            for (const QString& login : {reception, admin})
                (void)server.value()->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login),
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
    Psql asReception(const QString& sql) { return asLogin(reception, sql); }

    Psql asLogin(const QString& login, const QString& sql)
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
                             QStringLiteral("-p"), QString::number(spec.port), QStringLiteral("-U"), login,
                             QStringLiteral("-d"), spec.database, QStringLiteral("-c"), sql});
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
        return QStringLiteral("SELECT reference_id FROM frontdesk_save_enquiry(%1::text, 'Asha'::text, "
                              "'+919876522222'::text, 'en'::text, 'Printer'::text, NULL::text, "
                              "'[\"Hello \", \"\"]'::text, 'PENDING'::text, NULL::text, NULL::text, "
                              "'opted out'::text, false)")
            .arg(key);
    }

    // frontdesk_save_service_request with `hole` (an SQL literal) where the ticket goes.
    static QString saveServiceRequest(const QString& key, const QString& hole)
    {
        return QStringLiteral(
                   "SELECT reference_id FROM frontdesk_save_service_request(%1::text, 'Kavya'::text, "
                   "'+919876543210'::text, 'en'::text, 'Repair'::text, NULL::text, "
                   "'2026-12-05'::date, %2::text, 'Ticket FDTICKET0123456789abcdef'::text, "
                   "'PENDING'::text, NULL::text, NULL::text, 'opted out'::text, false)")
            .arg(key, hole);
    }

    static QString newKey() { return QStringLiteral("'%1'").arg(DeskActions::newActionKey()); }

    // Migration 0019's calls as psql would make them; each answers reference_id|message_id|message_outcome.
    static QString assign(const QString& key, qint64 request, const QString& engineerId,
                          const QString& name = QStringLiteral("'Ravi'"),
                          const QString& phone = QStringLiteral("NULL"))
    {
        return QStringLiteral(
                   "SELECT reference_id, message_id, message_outcome FROM frontdesk_assign_engineer("
                   "%1::text, %2::bigint, %3::bigint, %4::text, %5::text, 'Engineer on the way'::text, "
                   "'PENDING'::text, NULL::text, NULL::text, 'opted out'::text, false)")
            .arg(key, QString::number(request), engineerId, name, phone);
    }

    static QString complete(const QString& key, qint64 request)
    {
        return QStringLiteral(
                   "SELECT reference_id, message_id, message_outcome FROM frontdesk_complete_service("
                   "%1::text, %2::bigint, '2026-12-04'::date, NULL::text, 'Service done'::text, "
                   "'PENDING'::text, NULL::text, NULL::text, 'opted out'::text, false)")
            .arg(key, QString::number(request));
    }

    static QString saveDelivery(const QString& key)
    {
        return QStringLiteral("SELECT reference_id, message_id, message_outcome FROM frontdesk_save_delivery("
                              "%1::text, 'Meena'::text, '+919876511111'::text, 'en'::text, 'INV-7'::text, "
                              "'Printer'::text, 1, 'Anna Nagar'::text, '2026-12-05'::date)")
            .arg(key);
    }

    // FAILED or REATTEMPT (with `date`, an SQL literal) and its message; DELIVERED without one.
    static QString deliveryStatus(const QString& key, qint64 delivery, const QString& status,
                                  const QString& date = QStringLiteral("NULL"))
    {
        const bool sends = status != QLatin1String("DELIVERED");
        return QStringLiteral(
                   "SELECT reference_id, message_id, message_outcome FROM frontdesk_set_delivery_status("
                   "%1::text, %2::bigint, '%3'::text, %4::date, NULL::text, NULL::text, "
                   "'About your delivery'::text, %5::text, NULL::text, NULL::text, 'opted out'::text, "
                   "false)")
            .arg(key, QString::number(delivery), status, date,
                 sends ? QStringLiteral("'PENDING'") : QStringLiteral("NULL"));
    }

    // The first column of a successful call (a record's id).
    qint64 idOf(const Psql& done)
    {
        EXPECT_EQ(done.exitCode, 0) << done.output.toStdString();
        return done.output.trimmed().section(QLatin1Char('|'), 0, 0).toLongLong();
    }

    qint64 newRequest()
    {
        return idOf(asReception(saveServiceRequest(newKey(), QStringLiteral("'FDTICKET0123456789abcdef'"))));
    }
    qint64 newDelivery() { return idOf(asReception(saveDelivery(newKey()))); }
    qint64 newEngineer(const QString& name)
    {
        auto id = owner->scalar(QStringLiteral("INSERT INTO engineers (name, phone, active) VALUES (?, "
                                               "'+919800000001', true) RETURNING id"),
                                {name}, QStringLiteral("engineer"));
        EXPECT_TRUE(id.ok());
        return id.ok() ? id->toLongLong() : 0;
    }

    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<Connection> owner;
    QString reception;
    QString admin;
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
                       "'again'::text, '+919876522222'::text, 'Asha'::text, 'en'::text, 'Hello'::text, "
                       "'PENDING'::text, NULL::text, NULL::text, false)")
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
// desk action has set. Each refused call differs from the accepted one in that one thing. Since 0019 only an
// administrator may call it at all (reception queues through its desk actions): the accepted call is refused
// to reception for that reason alone.
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
    auto queueAs = [&](const QString& login, const QString& status, const QString& referenceType,
                       const QString& referenceId) {
        return asLogin(
            login,
            QStringLiteral("SELECT frontdesk_queue_message('ENQUIRY_CREATED'::text, '+919876522222'::text, "
                           "'Asha'::text, 'Hello'::text, '%1'::text, '%2'::text, %3::bigint, NULL::text, "
                           "'2026-12-03 10:00:00'::timestamp, 'en'::text, NULL::timestamp, 'desk'::text, "
                           "'2026-12-03 10:00:00'::timestamp, NULL::text, ''::text, false)")
                .arg(status, referenceType, referenceId));
    };
    auto queue = [&](const QString& status, const QString& referenceType, const QString& referenceId) {
        return queueAs(admin, status, referenceType, referenceId);
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

    const Psql byReception =
        queueAs(reception, QStringLiteral("PENDING"), QStringLiteral("enquiry"), flagged);
    EXPECT_TRUE(byReception.refusedWith("42501")) << byReception.output.toStdString();
    EXPECT_TRUE(byReception.output.contains(QStringLiteral("permission denied for function")))
        << byReception.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 0);

    const Psql accepted = queue(QStringLiteral("PENDING"), QStringLiteral("enquiry"), flagged);
    EXPECT_EQ(accepted.exitCode, 0) << accepted.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 1);
}

// Migration 0019: assign, complete, save delivery and a delivery's status are one call each for reception;
// the same key again answers the first call's record, message and outcome and writes nothing.
TEST_F(DeskActionsRole, EveryDeskActionIsOneCallAndTheSameKeyAgainIsTheFirstResult)
{
    const qint64 request = newRequest();
    const qint64 engineer = newEngineer(QStringLiteral("Ravi"));
    const qint64 delivery = newDelivery();
    const QString failedDate = QStringLiteral("'2026-12-06'");
    const QStringList calls{assign(newKey(), request, QString::number(engineer)), complete(newKey(), request),
                            saveDelivery(newKey()),
                            deliveryStatus(newKey(), delivery, QStringLiteral("FAILED")),
                            deliveryStatus(newKey(), delivery, QStringLiteral("REATTEMPT"), failedDate)};
    for (const QString& call : calls) {
        const int messages = count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs"));
        const int deliveries = count(QStringLiteral("SELECT COUNT(*) FROM stock_movements"));
        const Psql first = asReception(call);
        ASSERT_EQ(first.exitCode, 0) << call.toStdString() << first.output.toStdString();
        const int sent = count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs"));
        const Psql again = asReception(call);
        ASSERT_EQ(again.exitCode, 0) << again.output.toStdString();
        EXPECT_EQ(again.output.trimmed(), first.output.trimmed()) << call.toStdString();
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), sent);
        if (call.contains(QStringLiteral("save_delivery"))) {
            EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), deliveries + 1);
            EXPECT_EQ(sent, messages);
        } else {
            EXPECT_EQ(sent, messages + 1) << call.toStdString();
            EXPECT_TRUE(first.output.trimmed().endsWith(QStringLiteral("|queued")))
                << first.output.toStdString();
        }
    }
    // Each message went to the record's customer, flagged, by the caller's login at the server's time.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE whatsapp_engineer_assigned_sent "
                                   "AND whatsapp_service_completed_sent AND status = 'COMPLETED'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE whatsapp_delivery_failed_sent "
                                   "AND whatsapp_delivery_reattempt_sent AND delivery_status = 'REATTEMPT'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs m WHERE m.created_by <> '%1' "
                                   "OR m.created_at > now() AT TIME ZONE 'UTC' + interval '1 minute' "
                                   "OR m.created_at < now() AT TIME ZONE 'UTC' - interval '10 minutes'")
                        .arg(reception)),
              0);
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT COUNT(*) FROM whatsapp_message_logs m JOIN stock_movements s "
                  "ON m.reference_type = 'stock_movement' AND m.reference_id = s.id "
                  "WHERE m.customer_phone = s.customer_phone AND m.customer_name = s.customer_name")),
              2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = "
                                   "'DELIVERY_FAILED' AND event_fact = '2026-12-05'")),
              1);
    EXPECT_EQ(
        count(
            QStringLiteral("SELECT COUNT(*) FROM desk_action_keys WHERE created_by <> '%1'").arg(reception)),
        0);
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE created_by <> '%1'").arg(reception)), 0);
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE created_by <> '%1'").arg(reception)),
        0);
}

// A record (or engineer) that does not exist is no_data_found, not a message queued under a future id: the
// same call for the one that exists succeeds.
TEST_F(DeskActionsRole, AnActionOnARecordThatDoesNotExistIsRefusedWithItsOwnCode)
{
    const qint64 request = newRequest();
    const qint64 delivery = newDelivery();
    const qint64 engineer = newEngineer(QStringLiteral("Ravi"));
    const QList<std::pair<QString, QString>> refusedAndAccepted{
        {assign(newKey(), request + 100, QString::number(engineer)),
         assign(newKey(), request, QString::number(engineer))},
        {assign(newKey(), request, QString::number(engineer + 100), QStringLiteral("'Suresh'")),
         assign(newKey(), request, QStringLiteral("0"), QStringLiteral("'Suresh'"))},
        {complete(newKey(), request + 100), complete(newKey(), request)},
        {deliveryStatus(newKey(), delivery + 100, QStringLiteral("FAILED")),
         deliveryStatus(newKey(), delivery, QStringLiteral("FAILED"))}};
    for (const auto& [refused, accepted] : refusedAndAccepted) {
        const int messages = count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs"));
        const Psql no = asReception(refused);
        EXPECT_TRUE(no.refusedWith("P0002")) << refused.toStdString() << no.output.toStdString();
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), messages);
        const Psql yes = asReception(accepted);
        EXPECT_EQ(yes.exitCode, 0) << accepted.toStdString() << yes.output.toStdString();
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), messages + 1);
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM desk_action_keys")), 2 + 4);
}

// The checks the desk makes hold in the functions too, each with its own code: the same engineer again
// (FD001), a re-attempt on the date already set (FD002), a change a delivered order cannot have (FD003).
TEST_F(DeskActionsRole, TheSameEngineerOrReattemptDateAgainIsRefusedWithItsOwnCode)
{
    const qint64 request = newRequest();
    const qint64 ravi = newEngineer(QStringLiteral("Ravi"));
    const qint64 suresh = newEngineer(QStringLiteral("Suresh"));
    ASSERT_EQ(asReception(assign(newKey(), request, QString::number(ravi))).exitCode, 0);
    const Psql sameEngineer = asReception(assign(newKey(), request, QString::number(ravi)));
    EXPECT_TRUE(sameEngineer.refusedWith("FD001")) << sameEngineer.output.toStdString();
    EXPECT_EQ(
        asReception(assign(newKey(), request, QString::number(suresh), QStringLiteral("'Suresh'"))).exitCode,
        0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = "
                                   "'ENGINEER_ASSIGNED'")),
              2);

    const qint64 delivery = newDelivery();
    const QString date = QStringLiteral("'2026-12-08'");
    ASSERT_EQ(asReception(deliveryStatus(newKey(), delivery, QStringLiteral("REATTEMPT"), date)).exitCode, 0);
    const Psql sameDate = asReception(deliveryStatus(newKey(), delivery, QStringLiteral("REATTEMPT"), date));
    EXPECT_TRUE(sameDate.refusedWith("FD002")) << sameDate.output.toStdString();
    EXPECT_EQ(asReception(deliveryStatus(newKey(), delivery, QStringLiteral("REATTEMPT"),
                                         QStringLiteral("'2026-12-09'")))
                  .exitCode,
              0);
    ASSERT_EQ(asReception(deliveryStatus(newKey(), delivery, QStringLiteral("DELIVERED"))).exitCode, 0);
    const Psql delivered = asReception(deliveryStatus(newKey(), delivery, QStringLiteral("FAILED")));
    EXPECT_TRUE(delivered.refusedWith("FD003")) << delivered.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = "
                                   "'DELIVERY_REATTEMPT'")),
              2);
}

// A record's message goes to the record's own phone and name: another number is refused, the record's own (or
// none) is taken.
TEST_F(DeskActionsRole, ARecordsMessageGoesOnlyToTheRecordsCustomer)
{
    const qint64 request = newRequest();
    const Psql elsewhere = asReception(assign(newKey(), request, QStringLiteral("0"),
                                              QStringLiteral("'Ravi'"), QStringLiteral("'+919999999999'")));
    EXPECT_TRUE(elsewhere.refusedWith("42501")) << elsewhere.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = "
                                   "'ENGINEER_ASSIGNED'")),
              0);
    const Psql own = asReception(assign(newKey(), request, QStringLiteral("0"), QStringLiteral("'Ravi'"),
                                        QStringLiteral("'+919876543210'")));
    EXPECT_EQ(own.exitCode, 0) << own.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = "
                                   "'ENGINEER_ASSIGNED' AND customer_phone = '+919876543210' AND "
                                   "customer_name = 'Kavya' AND event_fact = 'ravi'")),
              1);
}

// Reception writes no record, opt-out, flag or key directly, nor queues: each statement is refused to it for
// its role alone (an administrator's same statement succeeds).
TEST_F(DeskActionsRole, ReceptionWritesNoRecordOptOutFlagOrKeyDirectly)
{
    ASSERT_GT(newRequest(), 0);
    ASSERT_GT(newDelivery(), 0);
    ASSERT_EQ(asReception(saveEnquiry(newKey())).exitCode, 0);
    const QStringList statements{
        QStringLiteral("UPDATE customers SET opted_out = true"),
        QStringLiteral("UPDATE customers SET preferred_language = 'ta'"),
        QStringLiteral("UPDATE enquiries SET whatsapp_enquiry_sent = false"),
        QStringLiteral("UPDATE complaints SET whatsapp_service_created_sent = false"),
        QStringLiteral("UPDATE complaints SET whatsapp_engineer_assigned_sent = true"),
        QStringLiteral("UPDATE complaints SET whatsapp_service_completed_sent = true"),
        QStringLiteral("UPDATE stock_movements SET whatsapp_delivery_failed_sent = true"),
        QStringLiteral("UPDATE stock_movements SET whatsapp_delivery_reattempt_sent = true"),
        QStringLiteral("UPDATE complaints SET status = 'COMPLETED'"),
        QStringLiteral("INSERT INTO customers (name, phone) VALUES ('Mallory', '+919800000099')"),
        QStringLiteral("INSERT INTO enquiries (customer_name, customer_phone, subject) "
                       "VALUES ('Mallory', '+919800000099', 'x')"),
        QStringLiteral("INSERT INTO complaints (ticket_id, customer_name, customer_phone) "
                       "VALUES ('SR-X', 'Mallory', '+919800000099')"),
        QStringLiteral("INSERT INTO stock_movements (item_name, customer_name, customer_phone) "
                       "VALUES ('x', 'Mallory', '+919800000099')"),
        QStringLiteral("INSERT INTO desk_action_keys (key, action, reference_type, reference_id) "
                       "VALUES ('0123456789abcdef0123', 'save-enquiry', 'enquiry', 1)"),
    };
    for (const QString& sql : statements) {
        const Psql refused = asReception(sql);
        EXPECT_TRUE(refused.refusedWith("42501")) << sql.toStdString() << refused.output.toStdString();
        const Psql byAdmin = asLogin(admin, sql);
        EXPECT_EQ(byAdmin.exitCode, 0) << sql.toStdString() << byAdmin.output.toStdString();
    }
}

// The log's key holds for rows without a record too (NULLS NOT DISTINCT).
TEST_F(DeskActionsRole, TheLogsKeyHoldsWithoutAReference)
{
    const QString insert =
        QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                       "message_content, status, reference_type) VALUES ('ENQUIRY_CREATED', "
                       "'+919876522222', 'Hello', 'SKIPPED', 'enquiry')");
    ASSERT_TRUE(owner->exec(insert, {}, QStringLiteral("first")).ok());
    auto second = owner->exec(insert, {}, QStringLiteral("second"));
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("23505")) ||
                second.error().detail.contains(QStringLiteral("23505")))
        << second.error().message.toStdString() << second.error().detail.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 1);
}

// An adopted database whose log holds rows without a record twice (another program wrote them) upgrades: no
// row is removed or changed but for the later ones' event_fact, which says whose duplicate they are.
TEST(DeskActionsUpgrade, AdoptedDuplicatesWithoutAReferenceAreKeptAndMarked)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    auto connection = database->connect();
    ASSERT_TRUE(connection);
    ASSERT_TRUE(MigrationRunner(*connection).migrate(18).ok());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(
            connection
                ->exec(QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                                      "message_content, status, reference_type) VALUES "
                                      "('ENQUIRY_CREATED', '+919876522222', ?, 'SENT', 'enquiry')"),
                       {QStringLiteral("Hello %1").arg(i)}, QStringLiteral("adopted row"))
                .ok());
    auto upgraded = MigrationRunner(*connection).migrate();
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    Result<Statement> rows =
        connection->exec(QStringLiteral("SELECT id, message_content, status, event_fact FROM "
                                        "whatsapp_message_logs ORDER BY id"),
                         {}, QStringLiteral("rows"));
    ASSERT_TRUE(rows.ok());
    QStringList seen;
    qint64 first = 0;
    Statement& row = rows.value();
    while (row.next()) {
        if (!first)
            first = row.value(0).toLongLong();
        seen << QStringLiteral("%1 %2 %3")
                    .arg(row.value(1).toString(), row.value(2).toString(), row.value(3).toString());
    }
    const qint64 id = first;
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("Hello 0 SENT "),
                           QStringLiteral("Hello 1 SENT adopted duplicate of #%1 #%2").arg(id).arg(id + 1),
                           QStringLiteral("Hello 2 SENT adopted duplicate of #%1 #%2").arg(id).arg(id + 2)}));
}

// Corrections (migration 0021): one call of frontdesk_correct_record, kept in record_corrections with the
// server's login and time, and never a message. Reception cannot write the history or the record directly,
// nor correct a field outside the function's list (FD004), nor put a line break or too long a text in.
TEST_F(DeskActionsRole, ACorrectionIsOneCallKeptWithItsLoginAndNeverAMessage)
{
    const Psql saved = asReception(saveEnquiry(newKey()));
    ASSERT_EQ(saved.exitCode, 0) << saved.output.toStdString();
    const QString enquiry = saved.output.trimmed();
    auto correct = [&](const QString& field, const QString& value) {
        return asReception(
            QStringLiteral("SELECT frontdesk_correct_record('enquiry'::text, %1::bigint, %2::text, "
                           "%3::text)")
                .arg(enquiry, field, value));
    };
    const Psql corrected = correct(QStringLiteral("'customer_name'"), QStringLiteral("'Asha Verma'"));
    ASSERT_EQ(corrected.exitCode, 0) << corrected.output.toStdString();
    EXPECT_EQ(corrected.output.trimmed(), QStringLiteral("t"));
    EXPECT_EQ(correct(QStringLiteral("'customer_name'"), QStringLiteral("'Asha Verma'")).output.trimmed(),
              QStringLiteral("f"))
        << "the same value again is no correction";
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM record_corrections WHERE field = 'customer_name' AND "
                             "old_value = 'Asha' AND new_value = 'Asha Verma' AND corrected_by = '%1'")
                  .arg(reception)),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE whatsapp_enquiry_sent")), 1);

    for (const char* field :
         {"'status'", "'whatsapp_enquiry_sent'", "'customer_phone'", "'id'", "'created_by'"}) {
        const Psql refused = correct(QLatin1String(field), QStringLiteral("'x'"));
        EXPECT_TRUE(refused.refusedWith("FD004")) << field << ": " << refused.output.toStdString();
    }
    const Psql twoLines = correct(QStringLiteral("'subject'"), QStringLiteral("E'Printer\\nand more'"));
    EXPECT_TRUE(twoLines.refusedWith("22023")) << twoLines.output.toStdString();
    const Psql tooLong = correct(QStringLiteral("'customer_name'"), QStringLiteral("repeat('a', 256)"));
    EXPECT_TRUE(tooLong.refusedWith("22023")) << tooLong.output.toStdString();
    const Psql missing = asReception(QStringLiteral("SELECT frontdesk_correct_record('enquiry'::text, "
                                                    "987654::bigint, 'notes'::text, 'x'::text)"));
    EXPECT_TRUE(missing.refusedWith("P0002")) << missing.output.toStdString();

    const Psql inserted =
        asReception(QStringLiteral("INSERT INTO record_corrections (reference_type, reference_id, field, "
                                   "old_value, new_value, corrected_by) "
                                   "VALUES ('enquiry', %1, 'customer_name', 'x', 'y', 'someone')")
                        .arg(enquiry));
    EXPECT_TRUE(inserted.refusedWith("42501")) << inserted.output.toStdString();
    const Psql rewritten =
        asReception(QStringLiteral("UPDATE record_corrections SET corrected_by = 'someone'"));
    EXPECT_TRUE(rewritten.refusedWith("42501")) << rewritten.output.toStdString();
    const Psql removed = asReception(QStringLiteral("DELETE FROM record_corrections"));
    EXPECT_TRUE(removed.refusedWith("42501")) << removed.output.toStdString();
    const Psql direct = asReception(QStringLiteral("UPDATE enquiries SET customer_name = 'Someone'"));
    EXPECT_TRUE(direct.refusedWith("42501")) << direct.output.toStdString();
    const Psql history = asReception(QStringLiteral("SELECT count(*) FROM record_corrections"));
    EXPECT_EQ(history.output.trimmed(), QStringLiteral("1")) << history.output.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Asha Verma'")), 1);
}

} // namespace
