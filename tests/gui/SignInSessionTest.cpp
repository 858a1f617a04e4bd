// The desk's way from the sign-in dialog to the window (app/GuiSession, as `frontdesk` runs it): QtWebEngine
// starts while the dialog waits for a password, yet only the right password opens the window.
#include "GuiFixture.h"
#include "app/GuiSession.h"
#include "automation/whatsapp/WebEngineWarmUp.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"

#include <QLabel>
#include <QPointer>

namespace fd::test {
namespace {

using SignInSessionTest = DeskTest;

QWidget* topLevel(const char* name)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String(name))
            return widget;
    }
    return nullptr;
}

TEST_P(SignInSessionTest, QtWebEngineStartsWhileTheDialogWaitsAndOnlyTheRightPasswordOpensTheWindow)
{
    const AppUser admin = addUser(AppUser::Role::Admin, QStringLiteral("desk-pass-1"));
    GuiSession session(DatabaseChoice{database->spec(), QStringLiteral("test")}, false);
    int opened = 0;
    QObject::connect(&session, &GuiSession::windowOpened, &session, [&] { ++opened; });
    ASSERT_FALSE(whatsapp::isWebEngineWarm());
    session.start();

    QPointer<LoginDialog> dialog = qobject_cast<LoginDialog*>(topLevel("loginDialog"));
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible() && !dialog->isBusy(); }));
    // Nobody signed in yet, and Chromium is already running: the window will not wait for it.
    EXPECT_TRUE(waitUntil([] { return whatsapp::isWebEngineWarm(); }));
    EXPECT_EQ(topLevel("mainWindow"), nullptr);

    type(dialog, "loginUser", admin.login);
    type(dialog, "loginPassword", QStringLiteral("wrong-pass-1"));
    click(dialog, "loginSignIn");
    EXPECT_TRUE(dialog->isBusy()); // the check runs on the database worker
    while (dialog->isBusy()) {     // no window at any moment of it
        ASSERT_EQ(session.window(), nullptr);
        ASSERT_EQ(opened, 0);
        QTest::qWait(5);
    }
    EXPECT_EQ(session.window(), nullptr);
    EXPECT_EQ(opened, 0);
    EXPECT_EQ(topLevel("mainWindow"), nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(child<QLabel>(dialog, "loginMessage")->text().isEmpty());

    type(dialog, "loginPassword", QStringLiteral("desk-pass-1"));
    click(dialog, "loginSignIn");
    ASSERT_TRUE(waitUntil([&] { return session.window() && session.window()->isVisible(); }));
    EXPECT_EQ(opened, 1);
    EXPECT_TRUE(waitUntil([&] { return !dialog; })) << "the sign-in dialog is gone";
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(SignInSessionTest);

} // namespace
} // namespace fd::test
