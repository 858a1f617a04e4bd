// Closing the desk's window while its sender station has a message in flight (app/DeskWiring, as `frontdesk`
// wires it, with real QtWebEngine against the WhatsApp-like test page): the window waits for that message
// within a bounded time, records it by the never-twice rule ("may have been sent" once send was pressed),
// then closes; a second close is at once; a desk with nothing in flight closes at once.
#include "DeskWiring.h"
#include "GuiFixture.h"
#include "GuiSession.h"
#include "config/DeskConfig.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

namespace fd::test {
namespace {

const QString kPhone = QStringLiteral("+919876510000");

class DeskCloseTest : public DeskTest
{
protected:
    void SetUp() override
    {
        // The desk's settings and its WhatsApp profile live under HOME: a private one, so that test processes
        // running side by side neither share the settings nor meet each other's profile lock.
        ASSERT_TRUE(home.isValid());
        oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           home.filePath(QStringLiteral("config")));
        DeskTest::SetUp();
        SharedSettings settings;
        settings.companyName = QStringLiteral("Yamini Infotech");
        settings.minGapMs = 0;
        settings.maxGapMs = 0;
        settings.quietStart = QTime(0, 0); // no quiet hours: the test runs at any time of day
        settings.quietEnd = QTime(0, 0);
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
        ASSERT_TRUE(server.listen());
        server.scan();
        server.config().noTickNumbers.insert(kPhone.mid(1)); // it leaves and stays at the clock
        DeskConfig desk;
        desk.set(DeskConfig::Key::WhatsAppUrl, server.url().toString());
        desk.set(DeskConfig::Key::ThisDeskSends, true);
    }

    void TearDown() override
    {
        DeskConfig desk;
        desk.reset(DeskConfig::Key::WhatsAppUrl);
        desk.reset(DeskConfig::Key::ThisDeskSends);
        DeskTest::TearDown();
        qputenv("HOME", oldHome);
    }

    // A row as the customer's older system writes it: the seed's columns only, PENDING.
    qint64 queue(const QString& text)
    {
        auto inserted = connection->exec(
            QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                           "message_content, status, reference_type, reference_id) VALUES (?, ?, ?, ?, "
                           "'PENDING', 'enquiry', 1)"),
            {QStringLiteral("ENQUIRY_CREATED"), kPhone, QStringLiteral("Customer"), text},
            QStringLiteral("queue a message"));
        EXPECT_TRUE(inserted.ok()) << inserted.error().detail.toStdString();
        auto id = connection->scalar(QStringLiteral("SELECT MAX(id) FROM whatsapp_message_logs"), {},
                                     QStringLiteral("the message"));
        return id.ok() ? id.value().toLongLong() : 0;
    }

    QString column(const char* name, qint64 id)
    {
        auto v = connection->scalar(
            QStringLiteral("SELECT %1 FROM whatsapp_message_logs WHERE id = ?").arg(QLatin1String(name)),
            {id}, QStringLiteral("the message"));
        return v.ok() ? v.value().toString() : QString();
    }

    // Signs in through the dialog as the desk does; the window then starts WhatsApp and the sender station.
    MainWindow* openDesk(GuiSession& session)
    {
        const AppUser admin = addUser(AppUser::Role::Admin, QStringLiteral("desk-pass-1"));
        session.start();
        LoginDialog* dialog = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->objectName() == QLatin1String("loginDialog"))
                dialog = qobject_cast<LoginDialog*>(widget);
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(waitFor([&] { return dialog->isVisible() && !dialog->isBusy(); }));
        type(dialog, "loginUser", admin.login);
        type(dialog, "loginPassword", QStringLiteral("desk-pass-1"));
        click(dialog, "loginSignIn");
        EXPECT_TRUE(waitFor([&] { return session.window() && session.window()->isVisible(); }));
        // The test closes the window and goes on: the application must not quit with it.
        QApplication::setQuitOnLastWindowClosed(false);
        return session.window();
    }

    QTemporaryDir home;
    QByteArray oldHome;
    FakeWhatsAppServer server;
};

TEST_P(DeskCloseTest, ClosingWhileAMessageIsInFlightWaitsForItsRecordThenCloses)
{
    const qint64 id = queue(QStringLiteral("Left, then the desk was closed"));
    GuiSession session(DatabaseChoice{database->spec(), QStringLiteral("test")}, false);
    DeskWiring wiring(session);
    QObject::connect(&session, &GuiSession::windowOpened, &wiring, &DeskWiring::attach);
    QPointer<MainWindow> window = openDesk(session);
    ASSERT_TRUE(window);
    ASSERT_TRUE(waitFor([&] { return server.sent().size() == 1; }, 90000)) << "the desk did not send";

    QElapsedTimer clock;
    clock.start();
    window->close();
    EXPECT_TRUE(window->isVisible()) << "the window waits for the message in flight";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Closing")))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(waitFor([&] { return !window->isVisible(); }, 60000)) << "the window never closed";
    const qint64 closeMs = clock.elapsed();
    std::cout << "close to closed with a message in flight: " << closeMs << " ms" << std::endl;
    EXPECT_LT(closeMs, 26000);
    EXPECT_EQ(column("status", id), QStringLiteral("FAILED"));
    EXPECT_TRUE(column("error_message", id).contains(QStringLiteral("may have been sent")))
        << column("error_message", id).toStdString();
    EXPECT_EQ(server.sent().size(), 1);
}

TEST_P(DeskCloseTest, ASecondCloseIsAtOnce)
{
    const qint64 id = queue(QStringLiteral("Left, then the desk was closed twice"));
    GuiSession session(DatabaseChoice{database->spec(), QStringLiteral("test")}, false);
    DeskWiring wiring(session);
    QObject::connect(&session, &GuiSession::windowOpened, &wiring, &DeskWiring::attach);
    QPointer<MainWindow> window = openDesk(session);
    ASSERT_TRUE(window);
    ASSERT_TRUE(waitFor([&] { return server.sent().size() == 1; }, 90000)) << "the desk did not send";
    window->close();
    ASSERT_TRUE(window->isVisible());
    window->close();
    EXPECT_FALSE(window->isVisible());
    // Nothing was recorded: the claim stays, and the next start checks the chat before anything.
    EXPECT_EQ(column("status", id), QStringLiteral("SENDING"));
}

TEST_P(DeskCloseTest, ADeskWithNothingInFlightClosesAtOnce)
{
    GuiSession session(DatabaseChoice{database->spec(), QStringLiteral("test")}, false);
    DeskWiring wiring(session);
    QObject::connect(&session, &GuiSession::windowOpened, &wiring, &DeskWiring::attach);
    QPointer<MainWindow> window = openDesk(session);
    ASSERT_TRUE(window);
    // The station is up and has looked for messages (WhatsApp ready, nothing queued).
    ASSERT_TRUE(waitFor([&] { return window->statusBar() && server.pageLoads() == 1; }, 60000));
    QTest::qWait(1000);
    window->close();
    EXPECT_FALSE(window->isVisible());
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DeskCloseTest);

} // namespace
} // namespace fd::test
