#include "models/logmodel/MessageLogModel.h"

#include "LogFixture.h"
#include "models/core/QtCompat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace fd;
using namespace fd::test;

namespace {

const QStringList kEvents = MessageLogModel::eventTypes();
const QStringList kStatuses = MessageLogFilter::allStatuses();

} // namespace

class MessageLogModelTest : public LogTest
{
protected:
    void SetUp() override
    {
        LogTest::SetUp();
        if (HasFatalFailure())
            return;
        const QStringList names =
            QStringList{QStringLiteral("Asha"), QStringLiteral("Bala"), QStringLiteral("Chitra")} +
            awkwardNames();
        Transaction transaction(*connection);
        ASSERT_TRUE(transaction.begin(QStringLiteral("seed")).ok());
        for (int i = 0; i < 61; ++i) {
            LogRow r;
            r.event = kEvents.at(i % kEvents.size());
            r.status = kStatuses.at((i / 2) % kStatuses.size());
            r.phone = QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0'));
            r.name = names.at(i % names.size());
            // Ten days, several rows a day, some at the same instant (ties are broken by id).
            r.createdAt = fd::utcDateTime(QDate(2026, 11, 10).addDays(i % 10), QTime(8 + (i % 3), 0));
            r.error = r.status == QLatin1String("FAILED") ? QStringLiteral("not on WhatsApp") : QString();
            rows << r;
            rowIds << insert(r);
        }
        ASSERT_TRUE(transaction.commit(QStringLiteral("seed")).ok());
    }

    std::unique_ptr<MessageLogModel> makeModel(int pageSize = 1000)
    {
        auto model = std::make_unique<MessageLogModel>(*worker);
        model->setPollInterval(0);
        model->setPageSize(pageSize);
        EXPECT_TRUE(waitUntil([&] { return !model->isLoading(); }));
        return model;
    }

    void apply(MessageLogModel& model, const MessageLogFilter& filter)
    {
        model.setFilter(filter);
        ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    }

    static QList<qint64> shownIds(const MessageLogModel& model)
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.idAt(row);
        return out;
    }

    // Every row of the filter, by walking the model's pages.
    QList<qint64> allPages(MessageLogModel& model)
    {
        QList<qint64> out;
        model.setPage(0);
        EXPECT_TRUE(waitUntil([&] { return !model.isLoading(); }));
        for (int page = 0; page < model.pageCount(); ++page) {
            model.setPage(page);
            EXPECT_TRUE(waitUntil([&] { return !model.isLoading(); }));
            EXPECT_EQ(model.page(), page);
            out += shownIds(model);
        }
        return out;
    }

    QList<LogRow> rows;
    QList<qint64> rowIds;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(MessageLogModelTest);

TEST_P(MessageLogModelTest, PassesTheItemModelTesterAndShowsTheNewestPageFirst)
{
    auto model = makeModel(10);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 10);
    EXPECT_EQ(model->columnCount(), int(MessageLogModel::ColumnCount));
    const QList<qint64> expected = ids(
        QStringLiteral("SELECT id FROM whatsapp_message_logs ORDER BY created_at DESC, id DESC LIMIT 10"));
    EXPECT_EQ(shownIds(*model), expected);
    EXPECT_EQ(model->summary().total, 61);
    EXPECT_EQ(model->pageCount(), 7);

    // The tester keeps checking while pages, filters and sort orders change.
    model->setPage(3);
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading(); }));
    MessageLogFilter failed;
    failed.statuses = {QStringLiteral("FAILED")};
    apply(*model, failed);
    model->sort(MessageLogModel::Customer, Qt::AscendingOrder);
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading(); }));
    apply(*model, MessageLogFilter());
    EXPECT_EQ(model->rowCount(), 10);

    const QModelIndex first = model->index(0, MessageLogModel::Status);
    EXPECT_FALSE(first.data().toString().isEmpty());
    EXPECT_EQ(model->headerData(MessageLogModel::Phone, Qt::Horizontal).toString(), QStringLiteral("Phone"));
}

TEST_P(MessageLogModelTest, PagingShowsEveryRowExactlyOnceInOrder)
{
    auto model = makeModel(7);
    const QList<qint64> expected =
        ids(QStringLiteral("SELECT id FROM whatsapp_message_logs ORDER BY created_at DESC, id DESC"));
    ASSERT_EQ(expected.size(), 61);
    EXPECT_EQ(model->pageCount(), 9);
    EXPECT_EQ(allPages(*model), expected);

    // Beyond the end: the last page.
    model->setPage(1000);
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading(); }));
    EXPECT_EQ(model->page(), 8);
    EXPECT_EQ(model->rowCount(), 61 - 8 * 7);
}

TEST_P(MessageLogModelTest, EventStatusAndDateFiltersMatchDirectSql)
{
    auto model = makeModel(1000);
    for (const QString& event : kEvents) {
        MessageLogFilter f;
        f.eventType = event;
        apply(*model, f);
        EXPECT_EQ(shownIds(*model),
                  ids(QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE event_type = ? "
                                     "ORDER BY created_at DESC, id DESC"),
                      {event}))
            << event.toStdString();
    }
    MessageLogFilter sent;
    sent.statuses = MessageLogFilter::sentStatuses();
    apply(*model, sent);
    EXPECT_EQ(shownIds(*model),
              ids(QStringLiteral(
                  "SELECT id FROM whatsapp_message_logs WHERE status IN ('SENT', 'DELIVERED', 'READ') "
                  "ORDER BY created_at DESC, id DESC")));
    EXPECT_FALSE(shownIds(*model).isEmpty());

    // Event, status and dates together; local days, both ends included.
    MessageLogFilter combined;
    combined.eventType = QStringLiteral("SERVICE_CREATED");
    combined.statuses = {QStringLiteral("PENDING"), QStringLiteral("FAILED"), QStringLiteral("SENT")};
    combined.from = QDate(2026, 11, 12);
    combined.to = QDate(2026, 11, 16);
    apply(*model, combined);
    QList<qint64> expected;
    // Worked out from the rows themselves, independently of SQL.
    QList<QPair<QDateTime, qint64>> matching;
    for (int i = 0; i < rows.size(); ++i) {
        const LogRow& r = rows.at(i);
        const QDate day = r.createdAt.toLocalTime().date();
        if (r.event == combined.eventType && combined.statuses.contains(r.status) && day >= combined.from &&
            day <= combined.to)
            matching << qMakePair(r.createdAt, rowIds.at(i));
    }
    std::sort(matching.begin(), matching.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    for (const auto& m : matching)
        expected << m.second;
    EXPECT_EQ(shownIds(*model), expected);
    EXPECT_EQ(model->summary().total, expected.size());

    // Only a start date, only an end date.
    MessageLogFilter fromOnly;
    fromOnly.from = QDate(2026, 11, 18);
    apply(*model, fromOnly);
    EXPECT_EQ(model->summary().total,
              scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE created_at >= ?"),
                     {sql::fromDateTime(QDateTime(QDate(2026, 11, 18), QTime(0, 0)).toUTC())}));
    MessageLogFilter toOnly;
    toOnly.to = QDate(2026, 11, 10);
    apply(*model, toOnly);
    EXPECT_EQ(model->summary().total,
              scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE created_at < ?"),
                     {sql::fromDateTime(QDateTime(QDate(2026, 11, 11), QTime(0, 0)).toUTC())}));
    EXPECT_GT(model->summary().total, 0);
}

TEST_P(MessageLogModelTest, SummaryFiguresMatchDirectSql)
{
    auto model = makeModel(5);
    auto check = [&](const QString& where, const QVariantList& values) {
        const QString base =
            QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE (%1) AND ").arg(where);
        const MessageLogSummary& s = model->summary();
        EXPECT_EQ(
            s.total,
            scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE %1").arg(where), values));
        EXPECT_EQ(s.sent, scalar(base + QStringLiteral("status IN ('SENT', 'DELIVERED', 'READ')"), values));
        EXPECT_EQ(s.failed, scalar(base + QStringLiteral("status = 'FAILED'"), values));
        EXPECT_EQ(s.pending,
                  scalar(base + QStringLiteral("status IN ('PENDING', 'SENDING', 'RETRYING')"), values));
        EXPECT_EQ(s.skipped, scalar(base + QStringLiteral("status = 'SKIPPED'"), values));
        EXPECT_EQ(s.total, s.sent + s.failed + s.pending + s.skipped);
    };
    check(QStringLiteral("1 = 1"), {});
    EXPECT_GT(model->summary().failed, 0);
    EXPECT_GT(model->summary().skipped, 0);

    MessageLogFilter f;
    f.eventType = QStringLiteral("DELIVERY_FAILED");
    apply(*model, f);
    check(QStringLiteral("event_type = ?"), {f.eventType});
    EXPECT_LE(model->rowCount(), 5) << "figures count the whole filter, the page stays small";
}

TEST_P(MessageLogModelTest, SearchFindsPhonesAndNamesAndTakesWildcardsLiterally)
{
    auto model = makeModel(1000);
    auto search = [&](const QString& text) {
        MessageLogFilter f;
        f.search = text;
        apply(*model, f);
        return shownIds(*model);
    };
    // A phone as the receptionist types it: spaces and dashes do not matter.
    EXPECT_EQ(
        search(QStringLiteral("98765 00012")),
        ids(QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE customer_phone = '+919876500012'")));
    EXPECT_EQ(search(QStringLiteral("98765-00012")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("+91 98765 00012")).size(), 1);

    // Case does not matter for names.
    const QList<qint64> ravi =
        ids(QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE customer_name = ? "
                           "ORDER BY created_at DESC, id DESC"),
            {QStringLiteral("Ravi O'Brien")});
    ASSERT_FALSE(ravi.isEmpty());
    EXPECT_EQ(search(QStringLiteral("RAVI o'b")), ravi);

    // "%" and "_" are letters here, not wildcards.
    const QList<qint64> traders =
        ids(QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE customer_name = ? "
                           "ORDER BY created_at DESC, id DESC"),
            {QStringLiteral("50%_off Traders")});
    EXPECT_EQ(search(QStringLiteral("50%_off")), traders);
    EXPECT_EQ(search(QStringLiteral("%")), traders);
    EXPECT_EQ(search(QStringLiteral("_")), traders);
    EXPECT_EQ(search(QStringLiteral("\\")).size(),
              ids(QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE customer_name = ?"),
                  {QStringLiteral("Back\\slash Ltd")})
                  .size());

    // Indian scripts and emoji.
    EXPECT_EQ(search(QStringLiteral("राम")).size(),
              ids(QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE customer_name = ?"),
                  {QStringLiteral("राम कुमार")})
                  .size());
    EXPECT_FALSE(search(QStringLiteral("முருக")).isEmpty());
    EXPECT_FALSE(search(QStringLiteral("😀")).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("nobody by this name")).isEmpty());
}

TEST_P(MessageLogModelTest, SqlInjectionInTheSearchBoxHasNoEffect)
{
    auto model = makeModel(1000);
    const QStringList attacks = {
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("' OR 1=1 --"),
        QStringLiteral("'; DROP TABLE whatsapp_message_logs; --"),
        QStringLiteral("\"; DELETE FROM whatsapp_message_logs; --"),
        QStringLiteral("%' OR customer_name LIKE '%"),
        QStringLiteral("') UNION SELECT 1, 2, 3 --"),
        QStringLiteral("\\' OR 1=1 --"),
    };
    for (const QString& attack : attacks) {
        MessageLogFilter f;
        f.search = attack;
        apply(*model, f);
        EXPECT_EQ(model->rowCount(), 0) << attack.toStdString();
        EXPECT_EQ(model->summary().total, 0) << attack.toStdString();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs")), 61);

    // A name that really contains such text is found, as text.
    LogRow tricky;
    tricky.name = QStringLiteral("' OR '1'='1");
    const qint64 id = insert(tricky);
    MessageLogFilter f;
    f.search = QStringLiteral("' OR '1'='1");
    apply(*model, f);
    EXPECT_EQ(shownIds(*model), QList<qint64>{id});
}

TEST_P(MessageLogModelTest, SortingHappensInTheDatabaseOverTheWholeFilter)
{
    auto model = makeModel(10);
    model->sort(MessageLogModel::Customer, Qt::AscendingOrder);
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading(); }));
    // PostgreSQL and SQLite may collate names differently; compare with each database's own order.
    const QList<qint64> expected = ids(QStringLiteral(
        "SELECT id FROM whatsapp_message_logs ORDER BY customer_name ASC, created_at ASC, id ASC"));
    EXPECT_EQ(allPages(*model), expected);

    model->sort(MessageLogModel::Status, Qt::DescendingOrder);
    ASSERT_TRUE(waitUntil([&] { return !model->isLoading(); }));
    EXPECT_EQ(
        shownIds(*model),
        ids(QStringLiteral(
            "SELECT id FROM whatsapp_message_logs ORDER BY status DESC, created_at DESC, id DESC LIMIT 10")));
}

TEST_P(MessageLogModelTest, RefreshesByItselfWhenStatusesChangeAndKeepsTheRowsInPlace)
{
    auto model = makeModel(10);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
    model->setPollInterval(50);
    QTest::qWait(200); // the first poll only learns the fingerprint

    auto statusAt = [&](int row) {
        return model->data(model->index(row, MessageLogModel::Status), MessageLogModel::StatusCodeRole)
            .toString();
    };
    int row = 0;
    while (row < model->rowCount() && statusAt(row) == QLatin1String("FAILED"))
        ++row;
    ASSERT_LT(row, model->rowCount());
    const qint64 id = model->idAt(row);
    const int oldFailed = int(model->summary().failed);
    setStatus(id, QStringLiteral("FAILED"), QDateTime::currentDateTimeUtc().addSecs(5));
    ASSERT_TRUE(waitUntil([&] { return statusAt(row) == QLatin1String("FAILED"); }));
    EXPECT_EQ(model->idAt(row), id);
    EXPECT_EQ(resets.count(), 0) << "the same rows are updated in place";
    EXPECT_GT(changes.count(), 0);
    ASSERT_TRUE(waitUntil([&] { return model->summary().failed == oldFailed + 1; }));

    // A new message appears at the top.
    LogRow fresh;
    fresh.createdAt = fd::utcDateTime(QDate(2026, 12, 1), QTime(9, 0));
    const qint64 newId = insert(fresh);
    ASSERT_TRUE(waitUntil([&] { return model->idAt(0) == newId; }));
    EXPECT_EQ(model->summary().total, 62);
}
