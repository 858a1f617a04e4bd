#pragma once

#include "models/core/QtCompat.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/SqlValues.h"
#include "util/TestDatabase.h"
#include "util/WaitUntil.h"

#include <QTest>
#include <gtest/gtest.h>

namespace fd::test {

// One row to put into whatsapp_message_logs, with everything the log screen shows.
struct LogRow
{
    QString event = QStringLiteral("ENQUIRY_CREATED");
    QString phone = QStringLiteral("+919876500000");
    QString name = QStringLiteral("Asha");
    QString status = QStringLiteral("SENT");
    QDateTime createdAt = fd::utcDateTime(QDate(2026, 11, 20), QTime(10, 0));
    QString content = QStringLiteral("Hello");
    QString error;
    QString transport;
    QString station;
    QString screenshot;
    int retries = 0;
};

// A migrated database, a connection for direct SQL, and workers for the code under test.
class LogTest : public DialectTest
{
protected:
    void SetUp() override
    {
        DialectTest::SetUp();
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
        // The code under test runs as the one it stands for (their own login on PostgreSQL): the log's
        // admin screens (retry, Settings, templates, the Cloud API) as an administrator, the receptionist's
        // read-only log as a reception login. `connection` is the owner's, for setting up rows.
        worker = std::make_unique<DatabaseWorker>(database->specAs(TestDatabase::Login::Admin),
                                                  QStringLiteral("log-test"));
        receptionWorker = std::make_unique<DatabaseWorker>(database->specAs(TestDatabase::Login::Reception),
                                                           QStringLiteral("log-test-desk"));
    }
    void TearDown() override
    {
        receptionWorker.reset();
        worker.reset();
    }

    qint64 insert(const LogRow& r)
    {
        // reference_id makes every row unique under the (reference_type, reference_id, event_type) key.
        const QDateTime updated = r.createdAt;
        auto id = connection->scalar(
            QStringLiteral(
                "INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                "message_content, status, reference_type, reference_id, error_message, retry_count, "
                "created_at, transport, claimed_by, screenshot_path, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'enquiry', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {r.event, r.phone, sql::nullable(r.name), r.content, r.status, ++m_nextReference,
             sql::nullable(r.error), r.retries, sql::fromDateTime(r.createdAt), sql::nullable(r.transport),
             sql::nullable(r.station), sql::nullable(r.screenshot), sql::fromDateTime(updated)},
            QStringLiteral("insert a test message"));
        EXPECT_TRUE(id.ok()) << id.error().detail.toStdString();
        return id.ok() ? id.value().toLongLong() : 0;
    }

    QList<qint64> ids(const QString& sql, const QVariantList& values = {})
    {
        QList<qint64> out;
        auto query = connection->exec(sql, values, QStringLiteral("test query"));
        EXPECT_TRUE(query.ok()) << query.error().detail.toStdString();
        if (!query)
            return out;
        while (query.value().next())
            out << query.value().value(0).toLongLong();
        return out;
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        auto v = connection->scalar(sql, values, QStringLiteral("test scalar"));
        EXPECT_TRUE(v.ok()) << v.error().detail.toStdString();
        return v.ok() ? v.value().toLongLong() : -1;
    }

    void setStatus(qint64 id, const QString& status, const QDateTime& at)
    {
        auto done = connection->exec(
            QStringLiteral("UPDATE whatsapp_message_logs SET status = ?, updated_at = ? WHERE id = ?"),
            {status, sql::fromDateTime(at), id}, QStringLiteral("set status"));
        ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    }

    std::unique_ptr<Connection> connection;
    std::unique_ptr<DatabaseWorker> worker;          // an administrator's
    std::unique_ptr<DatabaseWorker> receptionWorker; // a receptionist's

private:
    qint64 m_nextReference = 0;
};

// A hostile or awkward sample of names, for search and CSV tests.
inline QStringList awkwardNames()
{
    return {QStringLiteral("Ravi O'Brien"),
            QStringLiteral("50%_off Traders"),
            QStringLiteral("Back\\slash Ltd"),
            QStringLiteral("राम कुमार"),
            QStringLiteral("முருகன்"),
            QStringLiteral("Emoji 😀 Stores"),
            QStringLiteral("=HYPERLINK(\"http://x\")"),
            QStringLiteral("Comma, \"Quoted\"\nNewline")};
}

} // namespace fd::test
