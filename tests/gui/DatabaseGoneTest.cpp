// When the database server goes away, the desk stays responsive, says so, keeps what was typed, and saves
// it once the server is back.
#include "GuiFixture.h"
#include "TcpProxy.h"
#include "ui/common/PhoneField.h"
#include "ui/enquiries/EnquiriesTab.h"
#include "ui/main/MainWindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopeGuard>

namespace fd::test {
namespace {

class DatabaseGoneTest : public DeskTest
{
};

TEST_P(DatabaseGoneTest, TheFormKeepsItsContentSaysSoAndSavesWhenTheServerIsBack)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "a server that goes away is a PostgreSQL matter";
    const AppUser reception = addUser(AppUser::Role::Reception);
    TcpProxy proxy(static_cast<quint16>(database->spec().port));
    ASSERT_TRUE(proxy.start());
    ConnectionSpec viaProxy = database->spec();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy.port();
    viaProxy.user = reception.login;
    viaProxy.password = QStringLiteral("counter-pass-1");
    viaProxy.connectTimeoutSeconds = 2;
    DatabaseWorker worker(viaProxy, QStringLiteral("gui-test"));
    auto previews = worker.run([](Connection& c) { return PreviewTemplates::load(c); });
    ASSERT_TRUE(waitUntil([&] { return previews.isFinished(); }));
    ASSERT_TRUE(previews.result().ok());
    DeskContext context{worker, SignedInUser{reception, Dialect::Postgres}, previews.result().value()};
    MainWindow window(context);
    window.show();
    // The proxy runs on this thread: it must let go before the worker (which may wait on it) is destroyed.
    const auto unplugFirst = qScopeGuard([&] { proxy.stop(); });
    auto* tab = child<EnquiriesTab>(&window, "enquiriesTab");

    proxy.stop(); // the cable is out
    type(tab, "enquiryName", QStringLiteral("Lakshmi"));
    type(tab, "enquiryPhoneEdit", QStringLiteral("98765 33333"));
    type(tab, "enquirySubject", QStringLiteral("Scanner"));
    child<QPlainTextEdit>(tab, "enquiryNotes")->setPlainText(QStringLiteral("Wants a demo on Monday"));
    QElapsedTimer clock;
    clock.start();
    click(tab, "enquirySave");
    EXPECT_LT(clock.elapsed(), 1000) << "saving must not wait for the database on the GUI thread";
    auto* status = child<QLabel>(tab, "enquiryStatus");
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("cannot be reached")); }))
        << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("kept")));
    EXPECT_EQ(child<QLineEdit>(tab, "enquiryName")->text(), QStringLiteral("Lakshmi"));
    EXPECT_EQ(child<QLineEdit>(tab, "enquirySubject")->text(), QStringLiteral("Scanner"));
    EXPECT_EQ(child<QPlainTextEdit>(tab, "enquiryNotes")->toPlainText(),
              QStringLiteral("Wants a demo on Monday"));
    EXPECT_TRUE(child<QLineEdit>(tab, "enquiryName")->isEnabled()); // still usable
    auto* databaseStatus = child<QLabel>(&window, "databaseStatus");
    EXPECT_TRUE(waitUntil([&] { return databaseStatus->text().contains(QStringLiteral("not reachable")); }))
        << databaseStatus->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 0);

    ASSERT_TRUE(proxy.start());    // back on the same port
    window.refreshMessageCounts(); // what the status bar's timer does every few seconds
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("queued")); }))
        << status->text().toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Lakshmi' AND notes = ?"),
              {QStringLiteral("Wants a demo on Monday")}),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE status = 'PENDING'")),
              1);
    EXPECT_FALSE(databaseStatus->text().contains(QStringLiteral("not reachable")));
}

TEST_P(DatabaseGoneTest, ASlowServerIsShownAsSlowAndTheSaveCompletesWhenItAnswers)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "a slow server is a PostgreSQL matter";
    const AppUser reception = addUser(AppUser::Role::Reception);
    TcpProxy proxy(static_cast<quint16>(database->spec().port));
    ASSERT_TRUE(proxy.start());
    ConnectionSpec viaProxy = database->spec();
    viaProxy.host = QStringLiteral("127.0.0.1");
    viaProxy.port = proxy.port();
    viaProxy.user = reception.login;
    viaProxy.password = QStringLiteral("counter-pass-1");
    DatabaseWorker worker(viaProxy, QStringLiteral("gui-test"));
    auto previews = worker.run([](Connection& c) { return PreviewTemplates::load(c); });
    ASSERT_TRUE(waitUntil([&] { return previews.isFinished(); }));
    ASSERT_TRUE(previews.result().ok());
    DeskContext context{worker, SignedInUser{reception, Dialect::Postgres}, previews.result().value()};
    EnquiriesTab tab(context);
    tab.show();
    const auto unplugFirst = qScopeGuard([&] { proxy.stop(); });
    QTest::qWait(300); // the list's first query is answered

    proxy.setPaused(true);
    type(&tab, "enquiryName", QStringLiteral("Slow Server"));
    type(&tab, "enquiryPhoneEdit", QStringLiteral("98765 55555"));
    type(&tab, "enquirySubject", QStringLiteral("Printer"));
    QElapsedTimer clock;
    clock.start();
    click(&tab, "enquirySave");
    EXPECT_LT(clock.elapsed(), 1000);
    auto* status = child<QLabel>(&tab, "enquiryStatus");
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("slow")); }, 10000))
        << status->text().toStdString();
    EXPECT_EQ(child<QLineEdit>(&tab, "enquiryName")->text(), QStringLiteral("Slow Server"));
    proxy.setPaused(false);
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("queued")); }))
        << status->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Slow Server'")), 1);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DatabaseGoneTest);

} // namespace
} // namespace fd::test
