// Closing the desk's window while its sender station has a message in flight (app/DeskWiring, as `frontdesk`
// wires it, with real QtWebEngine against the WhatsApp-like test page): the window waits for that message
// within a bounded time, records it by the never-twice rule ("may have been sent" once send was pressed),
// then closes; a second close is at once; a desk with nothing in flight closes at once. Settings take effect
// while the desk runs (DeskSendingTest): quiet hours changed in Settings, "this desk sends" unticked (the
// WhatsApp profile is let go for a sender station) and ticked again.
#include "GuiFixture.h"
#include "app/DeskWiring.h"
#include "app/GuiSession.h"
#include "automation/whatsapp/ProfileLock.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "models/config/DeskConfig.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <optional>

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
        settings.canaryEnabled = false; // the canary has tests of its own (CanaryTest)
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
        wiring.reset(); // the window's station and WhatsApp session, then the window and its database worker
        session.reset();
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

    // Starts the desk as `frontdesk` wires it and signs in an administrator through the dialog; the window
    // then starts WhatsApp and the sender station.
    MainWindow* openDesk()
    {
        session.emplace(DatabaseChoice{database->spec(), QStringLiteral("test")}, false);
        wiring.emplace(*session);
        QObject::connect(&*session, &GuiSession::windowOpened, &*wiring, &DeskWiring::attach);
        const AppUser admin = addUser(AppUser::Role::Admin, QStringLiteral("desk-pass-1"));
        session->start();
        return signIn(admin.login, QStringLiteral("desk-pass-1"));
    }

    // The sign-in dialog on screen (at the start, or after Sign out), answered with `login` and `password`.
    MainWindow* signIn(const QString& login, const QString& password)
    {
        LoginDialog* dialog = nullptr;
        EXPECT_TRUE(waitUntil([&] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (widget->objectName() == QLatin1String("loginDialog") && widget->isVisible())
                    dialog = qobject_cast<LoginDialog*>(widget);
            return dialog && !dialog->isBusy();
        }));
        if (!dialog)
            return nullptr;
        type(dialog, "loginUser", login);
        type(dialog, "loginPassword", password);
        click(dialog, "loginSignIn");
        EXPECT_TRUE(waitUntil([&] { return session->window() && session->window()->isVisible(); }));
        // The test closes the window and goes on: the application must not quit with it.
        QApplication::setQuitOnLastWindowClosed(false);
        return session->window();
    }

    QTemporaryDir home;
    QByteArray oldHome;
    FakeWhatsAppServer server;
    // The desk as `frontdesk` wires it: the session (sign-in, then the window) and what the window gets.
    std::optional<GuiSession> session;
    std::optional<DeskWiring> wiring;
};

TEST_P(DeskCloseTest, ClosingWhileAMessageIsInFlightWaitsForItsRecordThenCloses)
{
    const qint64 id = queue(QStringLiteral("Left, then the desk was closed"));
    QPointer<MainWindow> window = openDesk();
    ASSERT_TRUE(window);
    ASSERT_TRUE(waitUntil([&] { return server.sent().size() == 1; }, 90000)) << "the desk did not send";

    QElapsedTimer clock;
    clock.start();
    window->close();
    EXPECT_TRUE(window->isVisible()) << "the window waits for the message in flight";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Closing")))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !window->isVisible(); }, 60000)) << "the window never closed";
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
    QPointer<MainWindow> window = openDesk();
    ASSERT_TRUE(window);
    ASSERT_TRUE(waitUntil([&] { return server.sent().size() == 1; }, 90000)) << "the desk did not send";
    window->close();
    ASSERT_TRUE(window->isVisible());
    window->close();
    EXPECT_FALSE(window->isVisible());
    // Nothing was recorded: the claim stays, and the next start checks the chat before anything.
    EXPECT_EQ(column("status", id), QStringLiteral("SENDING"));
}

TEST_P(DeskCloseTest, ADeskWithNothingInFlightClosesAtOnce)
{
    QPointer<MainWindow> window = openDesk();
    ASSERT_TRUE(window);
    // The station is up and has looked for messages (WhatsApp ready, nothing queued).
    ASSERT_TRUE(waitUntil([&] { return window->statusBar() && server.pageLoads() == 1; }, 60000));
    QTest::qWait(1000);
    window->close();
    EXPECT_FALSE(window->isVisible());
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DeskCloseTest);

using DeskSendingTest = DeskCloseTest;

// Settings opened from the Desk menu, once they are read.
QDialog* openSettings(MainWindow* window)
{
    auto* action = window->findChild<QAction*>(QStringLiteral("actionSettings"));
    EXPECT_NE(action, nullptr);
    if (!action)
        return nullptr;
    action->trigger();
    auto* dialog = window->findChild<QDialog*>(QStringLiteral("settingsDialog"));
    EXPECT_NE(dialog, nullptr);
    if (!dialog)
        return nullptr;
    auto* buttons = child<QDialogButtonBox>(dialog, "settingsButtons");
    EXPECT_TRUE(waitUntil([&] { return buttons->button(QDialogButtonBox::Save)->isEnabled(); }));
    return dialog;
}

void saveSettings(QDialog* dialog)
{
    // Settings close themselves once saved.
    QPointer<QDialog> open = dialog;
    QPointer<QLabel> status = child<QLabel>(dialog, "settingsStatus");
    child<QDialogButtonBox>(dialog, "settingsButtons")->button(QDialogButtonBox::Save)->click();
    EXPECT_TRUE(waitUntil([&] {
        return !open || !open->isVisible() || (status && status->text().contains(QStringLiteral("saved")));
    }));
    if (open)
        open->close();
}

// Unticks "this desk sends" in Settings and waits until the station stopped and let the profile go: a test
// then ends with nothing of the station's in flight (a database step answering after the station is gone).
void stopSendingHere(MainWindow* window, DeskWiring& wiring)
{
    QDialog* dialog = openSettings(window);
    ASSERT_TRUE(dialog);
    child<QCheckBox>(dialog, "thisDeskSends")->setChecked(false);
    saveSettings(dialog);
    EXPECT_TRUE(waitUntil([&] { return !wiring.sendsHere(); }, 30000));
}

TEST_P(DeskSendingTest, QuietHoursChangedInSettingsTakeEffectAtOnceAndTheStatusBarSaysWhyMessagesWait)
{
    // Quiet hours now (an hour either side): the message waits, and the status bar says until when.
    const QTime now = QTime::currentTime();
    SharedSettings settings;
    settings.companyName = QStringLiteral("Yamini Infotech");
    settings.minGapMs = 0;
    settings.maxGapMs = 0;
    settings.quietStart = QTime(now.hour(), now.minute()).addSecs(-3600);
    settings.quietEnd = QTime(now.hour(), now.minute()).addSecs(3600);
    settings.canaryEnabled = false;
    ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
    const qint64 id = queue(QStringLiteral("Sent after quiet hours were shortened"));
    server.config().noTickNumbers.clear();

    QPointer<MainWindow> window = openDesk();
    ASSERT_TRUE(window);
    auto* counts = child<QLabel>(window.data(), "messageCounts");
    const QString until = settings.quietEnd.toString(QStringLiteral("HH:mm"));
    ASSERT_TRUE(waitUntil([&] {
        return counts->text().contains(QStringLiteral("quiet hours until ") + until);
    })) << counts->text().toStdString();
    // Run between 23:00 and midnight, quiet hours end after midnight: "tomorrow 00:31".
    const QString goes = settings.quietEnd < now ? QStringLiteral("tomorrow ") + until : until;
    EXPECT_TRUE(counts->text().contains(QStringLiteral("the next goes at ") + goes))
        << counts->text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return wiring->sendsHere() && server.pageLoads() == 1; }, 60000));
    QTest::qWait(1500);
    EXPECT_EQ(column("status", id), QStringLiteral("PENDING"));
    EXPECT_TRUE(server.sent().isEmpty());

    // An admin ends quiet hours in Settings: the running station sends without a restart.
    QDialog* dialog = openSettings(window);
    ASSERT_TRUE(dialog);
    child<QTimeEdit>(dialog, "quietStart")->setTime(QTime(0, 0));
    child<QTimeEdit>(dialog, "quietEnd")->setTime(QTime(0, 0));
    saveSettings(dialog);
    ASSERT_TRUE(waitUntil([&] { return column("status", id) == QLatin1String("SENT"); }, 30000))
        << column("status", id).toStdString();
    EXPECT_EQ(server.sent().size(), 1);
    EXPECT_TRUE(waitUntil([&] { return !counts->text().contains(QStringLiteral("quiet hours")); }, 15000))
        << counts->text().toStdString();
    stopSendingHere(window, *wiring);
}

TEST_P(DeskSendingTest, UntickingThisDeskSendsStopsSendingAndLetsTheWhatsAppProfileGoTickingStartsAgain)
{
    QPointer<MainWindow> window = openDesk();
    ASSERT_TRUE(window);
    ASSERT_TRUE(waitUntil([&] { return wiring->sendsHere() && server.pageLoads() == 1; }, 60000));
    const QString folder = wiring->whatsAppSession()->profileFolder();
    {
        whatsapp::ProfileLock other(folder); // what a `frontdesk dispatch` on this PC would take
        EXPECT_FALSE(other.acquire().ok()) << "the desk holds the profile while it sends";
    }

    QDialog* dialog = openSettings(window);
    ASSERT_TRUE(dialog);
    child<QCheckBox>(dialog, "thisDeskSends")->setChecked(false);
    saveSettings(dialog);
    ASSERT_TRUE(waitUntil([&] { return !wiring->sendsHere() && wiring->whatsAppSession(); }, 30000));
    {
        whatsapp::ProfileLock other(folder);
        EXPECT_TRUE(other.acquire().ok()) << "unticked: the profile is free for a sender station";
    }
    auto* state = child<QLabel>(window.data(), "whatsAppStatus");
    EXPECT_TRUE(state->text().contains(QStringLiteral("does not send"))) << state->text().toStdString();
    EXPECT_GE(window->tabs()->indexOf(window->findChild<QWidget*>(QStringLiteral("whatsappTab"))), 0);
    // A message queued now waits for a sender station: this desk does not send it.
    const qint64 id = queue(QStringLiteral("Not from this desk"));
    window->refreshMessageCounts();
    auto* counts = child<QLabel>(window.data(), "messageCounts");
    EXPECT_TRUE(waitUntil([&] { return counts->text().contains(QStringLiteral("this desk does not send")); }))
        << counts->text().toStdString();
    QTest::qWait(1500);
    EXPECT_EQ(column("status", id), QStringLiteral("PENDING"));

    // Ticked again: the desk takes the profile and sends.
    dialog = openSettings(window);
    ASSERT_TRUE(dialog);
    child<QCheckBox>(dialog, "thisDeskSends")->setChecked(true);
    saveSettings(dialog);
    ASSERT_TRUE(waitUntil([&] { return wiring->sendsHere(); }, 30000));
    server.config().noTickNumbers.clear();
    ASSERT_TRUE(waitUntil([&] { return column("status", id) == QLatin1String("SENT"); }, 90000))
        << column("status", id).toStdString();
    {
        whatsapp::ProfileLock other(folder);
        EXPECT_FALSE(other.acquire().ok());
    }
    stopSendingHere(window, *wiring);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DeskSendingTest);

using DeskSignOutTest = DeskCloseTest;

// A shared counter PC: Desk ▸ Sign out asks before a half-typed form is lost, stops this person's sender
// station, lets the WhatsApp profile go and shows the sign-in dialog; the next person gets a window of their
// own rights, and their desk sends again, once.
TEST_P(DeskSignOutTest, SignOutAsksForAHalfTypedFormThenTheNextPersonGetsTheirOwnDeskThatSends)
{
    QPointer<MainWindow> window = openDesk();
    ASSERT_TRUE(window);
    ASSERT_TRUE(waitUntil([&] { return wiring->sendsHere() && server.pageLoads() == 1; }, 60000));
    const QString folder = wiring->whatsAppSession()->profileFolder();
    EXPECT_TRUE(child<QWidget>(window.data(), "usersPage"));

    // A half-typed enquiry: Sign out asks, and "keep working" keeps the desk and the text.
    type(window.data(), "enquiryName", QStringLiteral("Half Typed"));
    auto* signOut = window->findChild<QAction*>(QStringLiteral("actionSignOut"));
    ASSERT_NE(signOut, nullptr);
    EXPECT_EQ(signOut->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    auto question = [&] { return window->findChild<QMessageBox*>(QStringLiteral("unsavedFormsQuestion")); };
    signOut->trigger();
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    EXPECT_EQ(question()->windowTitle(), QStringLiteral("Sign out"));
    EXPECT_TRUE(question()->text().contains(QStringLiteral("Sign out and lose what was typed?")))
        << question()->text().toStdString();
    child<QPushButton>(question(), "unsavedFormsKeep")->click();
    ASSERT_TRUE(waitUntil([&] { return !question(); }));
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(session->window(), window.data());
    EXPECT_EQ(child<QLineEdit>(window.data(), "enquiryName")->text(), QStringLiteral("Half Typed"));
    EXPECT_TRUE(wiring->sendsHere());

    // Signed out without saving: the window, the station and the WhatsApp profile go; the dialog comes.
    signOut->trigger();
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    child<QPushButton>(question(), "unsavedFormsQuit")->click();
    ASSERT_TRUE(waitUntil([&] { return !window; }, 30000)) << "the first person's window is still there";
    EXPECT_EQ(session->window(), nullptr);
    EXPECT_FALSE(wiring->sendsHere());
    EXPECT_EQ(wiring->whatsAppSession(), nullptr);
    {
        whatsapp::ProfileLock other(folder);
        EXPECT_TRUE(other.acquire().ok()) << "signed out: the WhatsApp profile is let go";
    }

    // The next person: a receptionist who may send, with no admin pages, whose desk sends a message once.
    NewUser next;
    next.name = QStringLiteral("Priya Desk");
    next.login = uniqueLogin("rec");
    next.role = AppUser::Role::Reception;
    next.password = QStringLiteral("desk-pass-2");
    next.sends = true;
    auto created = UserRepository(*connection).create(next);
    ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
    createdRoles << created->login;
    window = signIn(next.login, next.password);
    ASSERT_TRUE(window);
    EXPECT_TRUE(child<QLabel>(window.data(), "signedInUser")->text().contains(QStringLiteral("Priya Desk")));
    EXPECT_EQ(window->findChild<QWidget*>(QStringLiteral("usersPage")), nullptr);
    EXPECT_TRUE(child<QLineEdit>(window.data(), "enquiryName")->text().isEmpty());
    ASSERT_TRUE(waitUntil([&] { return wiring->sendsHere() && server.pageLoads() == 2; }, 60000));
    server.config().noTickNumbers.clear();
    const qint64 id = queue(QStringLiteral("Sent by the next person's desk"));
    ASSERT_TRUE(waitUntil([&] { return column("status", id) == QLatin1String("SENT"); }, 90000))
        << column("status", id).toStdString();
    EXPECT_EQ(server.sent().size(), 1);

    // Nothing half-typed: Sign out (Ctrl+L) goes at once, and the test ends with no station running.
    window->findChild<QAction*>(QStringLiteral("actionSignOut"))->trigger();
    EXPECT_EQ(question(), nullptr);
    ASSERT_TRUE(waitUntil([&] { return !window; }, 30000));
    EXPECT_FALSE(wiring->sendsHere());
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DeskSignOutTest);

} // namespace
} // namespace fd::test
