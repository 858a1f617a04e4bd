// The Engineers page (admins): an engineer is renamed, retired and brought back; a retired one is not offered
// for assignments while the requests assigned to them keep their name. On SQLite and on PostgreSQL.
#include "GuiFixture.h"
#include "ui/admin/EngineersPage.h"
#include "ui/service/ServiceRequestsTab.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>

namespace fd::test {
namespace {

class EngineersTest : public DeskTest
{
protected:
    QString text(QWidget* parent, const char* name) { return child<QLabel>(parent, name)->text(); }

    // Selects the engineer's row once the list shows it.
    bool select(QWidget* page, const QString& name)
    {
        auto* list = child<QTableView>(page, "engineerList");
        return waitUntil([&] {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                if (list->model()->index(row, 0).data().toString() == name) {
                    list->selectRow(row);
                    return true;
                }
            }
            return false;
        });
    }
};

TEST_P(EngineersTest, AnAdminRenamesRetiresAndBringsBackAnEngineer)
{
    const qint64 ravi = count(QStringLiteral("SELECT id FROM engineers WHERE name = 'Ravi Kumar'"));
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("INSERT INTO complaints (customer_name, customer_phone, service_type, "
                                  "status, ticket_id, assigned_engineer_id, assigned_engineer_name) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {QStringLiteral("Meena"), QStringLiteral("+919876500001"), QStringLiteral("Repair"),
                    QStringLiteral("ASSIGNED"), QStringLiteral("SR-000001"), ravi,
                    QStringLiteral("Ravi Kumar")},
                   QStringLiteral("request"))
            .ok());

    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    EngineersPage page(context);
    page.show();
    ASSERT_TRUE(select(&page, QStringLiteral("Ravi Kumar")));
    auto* retire = child<QAbstractButton>(&page, "engineerRetire");
    ASSERT_TRUE(waitUntil([&] { return retire->isEnabled(); }));

    type(&page, "engineerNewName", QStringLiteral("Ravi Kumar S"));
    click(&page, "engineerRename");
    ASSERT_TRUE(waitUntil([&] {
        return text(&page, "engineerChangeStatus").contains(QStringLiteral("Renamed"));
    })) << text(&page, "engineerChangeStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM engineers WHERE id = ? AND name = ?"),
                    {ravi, QStringLiteral("Ravi Kumar S")}),
              1);
    ASSERT_TRUE(select(&page, QStringLiteral("Ravi Kumar S")));

    ASSERT_TRUE(waitUntil([&] { return retire->isEnabled(); }));
    click(&page, "engineerRetire");
    ASSERT_TRUE(waitUntil([&] {
        return text(&page, "engineerChangeStatus").contains(QStringLiteral("retired"));
    })) << text(&page, "engineerChangeStatus").toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM engineers WHERE id = ? AND active = ?"), {ravi, false}),
        1);
    // Still in the admin's list, said to be retired, and the button now brings them back.
    ASSERT_TRUE(select(&page, QStringLiteral("Ravi Kumar S")));
    EXPECT_TRUE(waitUntil([&] { return retire->text().contains(QStringLiteral("Bring back")); }));

    // Reception: not offered for an assignment; the request assigned before keeps the name.
    ServiceRequestsTab service(context);
    service.show();
    auto* list = child<QTableView>(&service, "serviceList");
    auto* engineer = child<QComboBox>(&service, "serviceEngineer");
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }));
    bool shown = false;
    for (int column = 0; column < list->model()->columnCount(); ++column)
        shown = shown || list->model()->index(0, column).data().toString() == QStringLiteral("Ravi Kumar");
    EXPECT_TRUE(shown) << "the old request shows the name it was assigned with";
    EXPECT_EQ(engineer->findText(QStringLiteral("Ravi Kumar S")), -1);
    EXPECT_EQ(engineer->count(), 0);

    ASSERT_TRUE(waitUntil([&] { return retire->isEnabled(); }));
    click(&page, "engineerRetire");
    ASSERT_TRUE(waitUntil([&] {
        return text(&page, "engineerChangeStatus").contains(QStringLiteral("again"));
    })) << text(&page, "engineerChangeStatus").toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM engineers WHERE id = ? AND active = ?"), {ravi, true}), 1);
    service.refresh();
    EXPECT_TRUE(waitUntil([&] { return engineer->findText(QStringLiteral("Ravi Kumar S")) >= 0; }));
}

TEST_P(EngineersTest, ReceptionCannotRenameOrRetireAnEngineerOnTheServer)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "SQLite: the app's roles decide; the Engineers page is only built for admins";
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    auto renamed = context.database.run(
        [](Connection& c) { return EngineerRepository(c).rename(1, QStringLiteral("Someone Else")); });
    ASSERT_TRUE(waitUntil([&] { return renamed.isFinished(); }));
    ASSERT_FALSE(renamed.result().ok());
    EXPECT_EQ(renamed.result().error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM engineers WHERE name = 'Ravi Kumar'")), 1);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(EngineersTest);

} // namespace
} // namespace fd::test
