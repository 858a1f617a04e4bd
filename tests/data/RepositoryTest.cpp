#include "models/records/RecordReference.h"
#include "models/repositories/CorrectionRepository.h"
#include "models/repositories/DeliveryRepository.h"
#include "models/repositories/EnquiryRepository.h"
#include "models/repositories/ServiceRequestRepository.h"
#include "models/repositories/SettingsRepository.h"
#include "util/TestDatabase.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

class RepositoryTest : public DialectTest
{
protected:
    void SetUp() override
    {
        DialectTest::SetUp();
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
    }
    std::unique_ptr<Connection> connection;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(RepositoryTest);

namespace {

Enquiry enquiry(const QString& name, const QString& phone, const QString& subject)
{
    Enquiry e;
    e.customerName = name;
    e.customerPhone = phone;
    e.subject = subject;
    e.createdBy = QStringLiteral("reception1");
    return e;
}

} // namespace

TEST_P(RepositoryTest, EnquiryRoundTrip)
{
    EnquiryRepository repo(*connection);
    Enquiry e = enquiry(QStringLiteral("Priya Raman"), QStringLiteral("+919876543210"),
                        QStringLiteral("Laser printer"));
    e.notes = QStringLiteral("Wants a quote — \"urgent\"; 'today' 🙏 मुद्रक");
    e.language = QStringLiteral("ta");
    e.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15, 250), QTimeZone::utc());
    auto id = repo.insert(e);
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->customerName, e.customerName);
    EXPECT_EQ(back->notes, e.notes);
    EXPECT_EQ(back->language, QStringLiteral("ta"));
    EXPECT_EQ(back->status, QStringLiteral("NEW"));
    EXPECT_EQ(back->createdAt, e.createdAt);
    EXPECT_EQ(back->createdAt.timeSpec(), Qt::UTC);
    EXPECT_FALSE(back->whatsappEnquirySent);

    auto missing = repo.get(id.value() + 1000);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::NotFound);
}

// SQLite takes a leading U+FEFF or U+FFFE of UTF-16 text as a byte-order mark: it dropped the one and
// byte-swapped everything after the other into garbage (found by the log-CSV fuzz target). Text now comes
// back as typed, give or take what Unicode leaves to the software: a noncharacter (U+FFFE) may come back as
// U+FFFD, and a leading byte-order mark may be dropped (Qt's UTF-8 decoding drops it on PostgreSQL).
TEST_P(RepositoryTest, TextStartingWithAByteOrderMarkComesBackAsStored)
{
    auto kept = [](const QString& back, const QString& typed) {
        for (QString candidate :
             {typed, QString(typed).replace(QChar(0xFFFE), QChar::ReplacementCharacter)}) {
            if (back == candidate || (candidate.startsWith(QChar(0xFEFF)) && back == candidate.mid(1)))
                return true;
        }
        return false;
    };
    EnquiryRepository repo(*connection);
    for (const QString& text : {QString(QChar(0xFEFF)) + QStringLiteral("Ravi"),
                                QString(QChar(0xFFFE)) + QStringLiteral("Ravi Kumar ரவி"),
                                QString(QChar(0xFEFF)) + QChar(0xFEFF) + QStringLiteral("x"),
                                QStringLiteral("Ravi") + QChar(0xFEFF)}) {
        auto id = repo.insert(enquiry(text, QStringLiteral("+919876543210"), text));
        ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
        auto back = repo.get(id.value());
        ASSERT_TRUE(back.ok());
        EXPECT_TRUE(kept(back->customerName, text)) << back->customerName.toStdString();
        EXPECT_TRUE(kept(back->subject, text)) << back->subject.toStdString();
    }
}

TEST_P(RepositoryTest, EnquirySearchIsLiteralAndNewestFirst)
{
    EnquiryRepository repo(*connection);
    const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc());
    const QList<Enquiry> rows = {
        enquiry(QStringLiteral("Anil Kumar"), QStringLiteral("+919800000001"), QStringLiteral("Printer")),
        enquiry(QStringLiteral("Sunita"), QStringLiteral("+919800000002"),
                QStringLiteral("100% cotton_wipes")),
        enquiry(QStringLiteral("O'Brien"), QStringLiteral("+919800000003"), QStringLiteral("Scanner")),
    };
    for (int i = 0; i < rows.size(); ++i) {
        Enquiry e = rows[i];
        e.createdAt = t0.addSecs(i * 60);
        ASSERT_TRUE(repo.insert(e).ok());
    }
    auto all = repo.search(QString(), 10);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->first().customerName, QStringLiteral("O'Brien"));

    EXPECT_EQ(repo.search(QStringLiteral("anil"), 10)->size(), 1);
    EXPECT_EQ(repo.search(QStringLiteral("00000002"), 10)->size(), 1);
    EXPECT_EQ(repo.search(QStringLiteral("100%"), 10)->size(), 1);
    EXPECT_EQ(repo.search(QStringLiteral("%"), 10)->size(), 1) << "% is a character, not a wildcard";
    EXPECT_EQ(repo.search(QStringLiteral("_"), 10)->size(), 1) << "_ is a character, not a wildcard";
    EXPECT_EQ(repo.search(QStringLiteral("o'b"), 10)->size(), 1);
    auto injection = repo.search(QStringLiteral("' OR 1=1; DROP TABLE enquiries; --"), 10);
    ASSERT_TRUE(injection.ok());
    EXPECT_EQ(injection->size(), 0);
    EXPECT_EQ(repo.search(QString(), 10)->size(), 3) << "the table is still there";
    EXPECT_EQ(repo.search(QString(), 2, 2)->size(), 1) << "paging";
}

TEST_P(RepositoryTest, ServiceRequestLifecycle)
{
    ServiceRequestRepository repo(*connection);
    ServiceRequest r;
    r.customerName = QStringLiteral("Ravi");
    r.customerPhone = QStringLiteral("+919811111111");
    r.serviceType = QStringLiteral("Printer repair");
    r.scheduledDate = QDate(2026, 11, 30);
    Transaction tx(*connection);
    ASSERT_TRUE(tx.begin(QStringLiteral("test")).ok());
    auto created = repo.create(r);
    ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
    ASSERT_TRUE(tx.commit(QStringLiteral("test")).ok());
    EXPECT_EQ(created->ticketId, serviceTicket(created->id));
    EXPECT_TRUE(created->ticketId.startsWith(QStringLiteral("SR-")));
    EXPECT_EQ(created->status, ServiceRequest::Status::Open);
    EXPECT_EQ(created->scheduledDate, QDate(2026, 11, 30));
    EXPECT_EQ(repo.getByTicket(created->ticketId.toLower())->id, created->id);

    const QDateTime at = QDateTime(QDate(2026, 11, 25), QTime(11, 0), QTimeZone::utc());
    auto assigned = repo.assignEngineer(created->id, 0, QStringLiteral("Suresh"), at);
    ASSERT_TRUE(assigned.ok()) << assigned.error().detail.toStdString();
    EXPECT_EQ(assigned->status, ServiceRequest::Status::Assigned);
    EXPECT_EQ(assigned->assignedEngineerName, QStringLiteral("Suresh"));
    EXPECT_EQ(assigned->assignedAt, at);
    EXPECT_FALSE(repo.assignEngineer(created->id, 0, QStringLiteral("  "), at).ok());

    auto completed = repo.complete(created->id, QDate(2026, 11, 26));
    ASSERT_TRUE(completed.ok());
    EXPECT_EQ(completed->status, ServiceRequest::Status::Completed);
    EXPECT_EQ(completed->completedDate, QDate(2026, 11, 26));
    auto reassign = repo.assignEngineer(created->id, 0, QStringLiteral("Other"), at);
    ASSERT_FALSE(reassign.ok());
    EXPECT_EQ(reassign.error().kind, Error::Kind::InvalidInput);
    EXPECT_TRUE(reassign.error().message.contains(QStringLiteral("completed")));

    auto open = repo.list(ServiceRequest::Status::Open, 10);
    ASSERT_TRUE(open.ok());
    EXPECT_TRUE(open->isEmpty());
    EXPECT_EQ(repo.list(ServiceRequest::Status::Completed, 10)->size(), 1);
    EXPECT_EQ(repo.list(std::nullopt, 10)->size(), 1);
}

TEST_P(RepositoryTest, DeliveryStatusRules)
{
    DeliveryRepository repo(*connection);
    Delivery d;
    d.reference = QStringLiteral("INV-2026-0042");
    d.itemName = QStringLiteral("Toner cartridge");
    d.quantity = 2;
    d.customerName = QStringLiteral("Meena");
    d.customerPhone = QStringLiteral("+919822222222");
    d.scheduledDate = QDate(2026, 11, 27);
    auto created = repo.create(d);
    ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
    EXPECT_EQ(created->status, Delivery::Status::Pending);
    EXPECT_EQ(created->quantity, 2);

    const QDateTime at = QDateTime::currentDateTimeUtc();
    auto noDate = repo.setStatus(created->id, Delivery::Status::Reattempt, QDate(), QString(), at);
    ASSERT_FALSE(noDate.ok());
    EXPECT_TRUE(noDate.error().message.contains(QStringLiteral("new delivery date")));

    auto failed =
        repo.setStatus(created->id, Delivery::Status::Failed, QDate(), QStringLiteral("Door locked"), at);
    ASSERT_TRUE(failed.ok());
    EXPECT_EQ(failed->status, Delivery::Status::Failed);
    EXPECT_EQ(failed->statusNote, QStringLiteral("Door locked"));
    auto reattempt =
        repo.setStatus(created->id, Delivery::Status::Reattempt, QDate(2026, 11, 29), QString(), at);
    ASSERT_TRUE(reattempt.ok());
    EXPECT_EQ(reattempt->reattemptDate, QDate(2026, 11, 29));
    auto delivered = repo.setStatus(created->id, Delivery::Status::Delivered, QDate(), QString(), at);
    ASSERT_TRUE(delivered.ok());
    EXPECT_EQ(delivered->reattemptDate, QDate(2026, 11, 29)) << "the history of the date is kept";
    EXPECT_FALSE(repo.setStatus(created->id, Delivery::Status::Failed, QDate(), QString(), at).ok())
        << "delivered is final";
    EXPECT_EQ(repo.list(Delivery::Status::Delivered, 10)->size(), 1);

    Delivery nothing = d;
    nothing.itemName = QStringLiteral("  ");
    EXPECT_EQ(repo.create(nothing).error().kind, Error::Kind::InvalidInput);
}

TEST_P(RepositoryTest, SettingsUpsert)
{
    SettingsRepository settings(*connection);
    EXPECT_FALSE(settings.value(QStringLiteral("company.name"))->has_value());
    ASSERT_TRUE(settings
                    .setValue(QStringLiteral("company.name"), QStringLiteral("Yamini Infotech"),
                              QStringLiteral("admin"))
                    .ok());
    ASSERT_TRUE(
        settings
            .setValue(QStringLiteral("company.name"), QStringLiteral("Yamini Infotech Pvt Ltd"), QString())
            .ok());
    EXPECT_EQ(settings.value(QStringLiteral("company.name"))->value(),
              QStringLiteral("Yamini Infotech Pvt Ltd"));
    ASSERT_TRUE(settings.remove(QStringLiteral("company.name")).ok());
    EXPECT_FALSE(settings.value(QStringLiteral("company.name"))->has_value());
}

TEST_P(RepositoryTest, TransactionRollsBackUnlessCommitted)
{
    {
        Transaction tx(*connection);
        ASSERT_TRUE(tx.begin(QStringLiteral("test")).ok());
        ASSERT_TRUE(EnquiryRepository(*connection)
                        .insert(enquiry(QStringLiteral("Ghost"), QStringLiteral("+919800000009"),
                                        QStringLiteral("x")))
                        .ok());
    }
    EXPECT_TRUE(EnquiryRepository(*connection).search(QString(), 10)->isEmpty());
}

// Corrections (migration 0021): all fields of a call or none, the history in order with the old and new
// values, a value the record holds already is no correction, and the message flags and statuses stay. On
// PostgreSQL through frontdesk_correct_record (the test's login is the database's owner).
TEST_P(RepositoryTest, ACorrectionKeepsItsHistoryAndLeavesFlagsAndStatusesAlone)
{
    auto id = connection->scalar(
        QStringLiteral("INSERT INTO enquiries (customer_name, customer_phone, subject, status, "
                       "whatsapp_enquiry_sent) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {QStringLiteral("Asha"), QStringLiteral("+919876543210"), QStringLiteral("Printer"),
         QStringLiteral("NEW"), true},
        QStringLiteral("insert"));
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    const qint64 enquiry = id.value().toLongLong();
    CorrectionRepository corrections(*connection);
    const QString enquiryType = QStringLiteral("enquiry");

    auto changed =
        corrections.correct(enquiryType, enquiry,
                            {qMakePair(QStringLiteral("customer_name"), QStringLiteral("Asha\r\nVerma ")),
                             qMakePair(QStringLiteral("notes"), QStringLiteral("Call after 5\nin Tamil")),
                             qMakePair(QStringLiteral("subject"), QStringLiteral("Printer"))},
                            QStringLiteral("reception1"));
    ASSERT_TRUE(changed.ok()) << changed.error().detail.toStdString();
    EXPECT_EQ(changed.value(), 2) << "the subject said that already";

    // A refused field takes the whole call with it.
    auto refused = corrections.correct(enquiryType, enquiry,
                                       {qMakePair(QStringLiteral("notes"), QStringLiteral("changed")),
                                        qMakePair(QStringLiteral("status"), QStringLiteral("CLOSED"))},
                                       QStringLiteral("reception1"));
    EXPECT_FALSE(refused.ok());

    auto history = corrections.history(enquiryType, enquiry);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).field, QStringLiteral("customer_name"));
    EXPECT_EQ(history->at(0).oldValue, QStringLiteral("Asha"));
    EXPECT_EQ(history->at(0).newValue, QStringLiteral("Asha Verma"));
    EXPECT_EQ(history->at(1).newValue, QStringLiteral("Call after 5\nin Tamil"));
    EXPECT_TRUE(history->at(1).correctedAt.isValid());
    EXPECT_FALSE(history->at(1).correctedBy.isEmpty());

    auto row =
        connection->exec(QStringLiteral("SELECT customer_name, notes, status, whatsapp_enquiry_sent FROM "
                                        "enquiries WHERE id = ?"),
                         {enquiry}, QStringLiteral("read"));
    ASSERT_TRUE(row.ok());
    Statement& stored = row.value();
    ASSERT_TRUE(stored.next());
    EXPECT_EQ(stored.value(0).toString(), QStringLiteral("Asha Verma"));
    EXPECT_EQ(stored.value(1).toString(), QStringLiteral("Call after 5\nin Tamil"));
    EXPECT_EQ(stored.value(2).toString(), QStringLiteral("NEW"));
    EXPECT_TRUE(stored.value(3).toBool());
    EXPECT_EQ(
        connection
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs"), {}, QStringLiteral("n"))
            ->toInt(),
        0);
}
