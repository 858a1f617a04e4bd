// The desk with the keyboard only (issue 20, points 12-14): where the focus is at sign-in and after it,
// Ctrl+F on every tab, one meaning per Alt+letter in every window and language, Enter on every form, Tab out
// of a date, and the log's date filter starting from today. On SQLite and PostgreSQL.
#include "GuiFixture.h"
#include "automation/secrets/CredentialService.h"
#include "models/auth/LoginThrottle.h"
#include "models/config/DeskConfig.h"
#include "ui/admin/EngineersPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/common/UiLanguage.h"
#include "ui/deliveries/DeliveriesTab.h"
#include "ui/log/MessageLogTab.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/service/ServiceRequestsTab.h"
#include "ui/settings/CloudApiDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/setup/FirstRunWizard.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QWizard>
#include <map>

namespace fd::test {
namespace {

// Alt+letter → what it belongs to, for what is on screen in `window` now.
using Mnemonics = std::map<QString, QStringList>;

void addMnemonic(Mnemonics& found, const QString& text, const QString& what)
{
    const QKeySequence keys = QKeySequence::mnemonic(text);
    if (!keys.isEmpty())
        found[keys.toString()] << QStringLiteral("%1 \"%2\"").arg(what, text);
}

Mnemonics shownMnemonics(QWidget* window)
{
    Mnemonics found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        const QString what =
            QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            addMnemonic(found, button->text(), what);
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            addMnemonic(found, label->text(), what);
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            addMnemonic(found, group->title(), what);
        else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                addMnemonic(found, bar->tabText(i), what);
        } else if (auto* menus = qobject_cast<QMenuBar*>(w)) {
            for (QAction* action : menus->actions())
                addMnemonic(found, action->text(), what);
        }
    }
    return found;
}

// Inside one menu, each letter picks one item.
void expectMenuWithoutClashes(QMenu* menu, const QString& where)
{
    Mnemonics found;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        addMnemonic(found, action->text(), QStringLiteral("item"));
        if (action->menu())
            expectMenuWithoutClashes(action->menu(), where + QLatin1String(" > ") + action->text());
    }
    for (const auto& [keys, owners] : found)
        EXPECT_EQ(owners.size(), 1) << where.toStdString() << ": " << keys.toStdString() << " is "
                                    << owners.join(QLatin1String(", ")).toStdString();
}

// Every state of the window's tab widgets (one tab widget switched at a time) has no letter twice.
void expectWithoutClashes(QWidget* window, const QString& where)
{
    window->show();
    auto check = [&](const QString& state) {
        for (const auto& [keys, owners] : shownMnemonics(window))
            EXPECT_EQ(owners.size(), 1)
                << where.toStdString() << ", " << state.toStdString() << ": " << keys.toStdString() << " is "
                << owners.join(QLatin1String(", ")).toStdString();
    };
    check(QStringLiteral("as opened"));
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(QStringLiteral("tab ") + tabs->tabText(i));
        }
        tabs->setCurrentIndex(was);
    }
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* action : main->menuBar()->actions()) {
            if (action->menu())
                expectMenuWithoutClashes(action->menu(), where + QLatin1String(" menu ") + action->text());
        }
    }
}

class KeyboardTest : public DeskTest
{
protected:
    void TearDown() override
    {
        UiLanguage::install(QStringLiteral("en"));
        DeskConfig().setUiLanguage(QString());
        DeskTest::TearDown();
    }

    // The admin's window as the desk builds it (the WhatsApp tab needs QtWebEngine and has no Alt+letter).
    std::unique_ptr<MainWindow> adminWindow(DeskContext& context)
    {
        auto window = std::make_unique<MainWindow>(context);
        auto* log = new MessageLogTab(context.database, true);
        window->addMessageLogTab(log);
        window->addAdminPage(new UsersPage(context), MainWindow::tr("Users"));
        window->addAdminPage(new EngineersPage(context), MainWindow::tr("Engineers"));
        return window;
    }
};

TEST_P(KeyboardTest, SignInStartsInTheFirstEmptyFieldKeepsWhatIsTypedAndTheWindowStartsInTheForm)
{
    const AppUser person = addUser(AppUser::Role::Reception);
    addUser(AppUser::Role::Admin);
    QSettings().remove(QStringLiteral("login/lastUser"));
    LoginThrottle throttle;
    CredentialService credentials;
    LoginDialog dialog(database->spec(), credentials, throttle);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    // At once, also while an SQLite file is still being opened: the keys land in the user name.
    auto* user = child<QLineEdit>(&dialog, "loginUser");
    auto* password = child<QLineEdit>(&dialog, "loginPassword");
    ASSERT_EQ(QApplication::focusWidget(), user);
    QTest::keyClicks(QApplication::focusWidget(), person.login);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), password);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("counter-pass-1"));
    EXPECT_EQ(user->text(), person.login);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return dialog.result() == QDialog::Accepted; }))
        << child<QLabel>(&dialog, "loginMessage")->text().toStdString();

    // The next time the name is remembered: the password field has the focus.
    LoginDialog again(database->spec(), credentials, throttle);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&again));
    ASSERT_TRUE(waitUntil([&] { return !again.isBusy(); }));
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&again, "loginPassword"));
    again.hide();

    DeskContext& context = signedInAs(person);
    MainWindow window(context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_EQ(QApplication::focusWidget(), child<QLineEdit>(&window, "enquiryName"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Meena"));
    EXPECT_EQ(child<QLineEdit>(&window, "enquiryName")->text(), QStringLiteral("Meena"));
}

TEST_P(KeyboardTest, CtrlFGoesToTheSearchBoxOfEveryTabWithOneIncludingTheMessageLog)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    std::unique_ptr<MainWindow> window = adminWindow(context);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    const std::map<QString, const char*> searches = {{QStringLiteral("enquiriesTab"), "enquirySearch"},
                                                     {QStringLiteral("messageLogTab"), "logSearch"}};
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        const QString page = window->tabs()->widget(i)->objectName();
        const auto search = searches.find(page);
        if (search == searches.end())
            continue;
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(window.get(), search->second))
            << page.toStdString() << ": "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                            : "none");
    }
    ASSERT_GE(window->tabs()->indexOf(window->findChild<QWidget*>(QStringLiteral("messageLogTab"))), 0);
}

TEST_P(KeyboardTest, NoAltLetterMeansTwoThingsInAnyWindowInEnglishHindiOrTamil)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("ta")}) {
        ASSERT_EQ(UiLanguage::install(language), language);
        SCOPED_TRACE(language.toStdString());
        {
            std::unique_ptr<MainWindow> window = adminWindow(context);
            expectWithoutClashes(window.get(), QStringLiteral("main window"));
        }
        {
            LoginThrottle throttle;
            CredentialService credentials;
            LoginDialog dialog(database->spec(), credentials, throttle);
            expectWithoutClashes(&dialog, QStringLiteral("sign-in"));
        }
        {
            DeskConfig desk;
            SettingsDialog settings(context.database, desk, context.userLogin());
            expectWithoutClashes(&settings, QStringLiteral("settings"));
        }
        {
            CredentialService credentials;
            CloudApiDialog cloud(context.database, credentials, context.userLogin());
            expectWithoutClashes(&cloud, QStringLiteral("how messages are sent"));
        }
        {
            CredentialService credentials;
            FirstRunWizard wizard(credentials);
            for (int id : wizard.pageIds()) {
                wizard.setStartId(id);
                wizard.restart();
                expectWithoutClashes(&wizard, QStringLiteral("first run, page %1").arg(id));
            }
        }
    }
}

TEST_P(KeyboardTest, EnterSavesEveryFormAndTabLeavesADate)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));

    // Users: Enter in the last field adds the person.
    UsersPage users(context);
    users.show();
    type(&users, "userName", QStringLiteral("Lakshmi Iyer"));
    type(&users, "userLogin", uniqueLogin("lak"));
    type(&users, "userPassword", QStringLiteral("counter-pass-2"));
    const QString login = child<QLineEdit>(&users, "userLogin")->text();
    createdRoles << login;
    QTest::keyClick(child<QLineEdit>(&users, "userPassword"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"), {login}) == 1;
    })) << child<QLabel>(&users, "userStatus")->text().toStdString();

    // A delivery: Enter in the quantity saves it; Enter in the status note sets the status.
    DeliveriesTab deliveries(context);
    deliveries.show();
    type(&deliveries, "deliveryName", QStringLiteral("Kumar"));
    type(&deliveries, "deliveryPhoneEdit", QStringLiteral("98765 22222"));
    type(&deliveries, "deliveryItem", QStringLiteral("Inkjet printer"));
    type(&deliveries, "deliveryReference", QStringLiteral("INV-91"));
    QTest::keyClick(child<QWidget>(&deliveries, "deliveryQuantity"), Qt::Key_Enter, Qt::KeypadModifier);
    ASSERT_TRUE(waitUntil([&] {
        return count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE reference = 'INV-91'")) == 1;
    }));
    auto* apply = child<QAbstractButton>(&deliveries, "deliveryApplyStatus");
    ASSERT_TRUE(waitUntil([&] { return apply->isEnabled(); }));
    auto* status = child<QComboBox>(&deliveries, "deliveryNewStatus");
    status->setCurrentIndex(status->findData(QStringLiteral("FAILED")));
    type(&deliveries, "deliveryNote", QStringLiteral("nobody at home"));
    QTest::keyClick(child<QLineEdit>(&deliveries, "deliveryNote"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE reference = 'INV-91' "
                                    "AND delivery_status = 'FAILED'")) == 1;
    }));

    // A service request: Enter in the (closed) service type box creates it.
    ServiceRequestsTab service(context);
    service.show();
    type(&service, "serviceName", QStringLiteral("Revathi"));
    type(&service, "servicePhoneEdit", QStringLiteral("98765 33333"));
    auto* type = child<QComboBox>(&service, "serviceType");
    type->setEditText(QStringLiteral("Toner refill"));
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM complaints"));
    QTest::keyClick(type, Qt::Key_Return);
    ASSERT_TRUE(
        waitUntil([&] { return count(QStringLiteral("SELECT COUNT(*) FROM complaints")) == before + 1; }));

    // Tab in a date goes to the next field, not to the date's month.
    service.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&service));
    auto* scheduled = child<QDateEdit>(&service, "serviceScheduled");
    ASSERT_TRUE(waitUntil([&] { return scheduled->isEnabled(); })); // the form is back after the save
    scheduled->setFocus();
    ASSERT_TRUE(waitUntil([&] { return scheduled->hasFocus(); }));
    QTest::keyClick(scheduled, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QWidget>(&service, "serviceLanguage"))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "none");
}

TEST_P(KeyboardTest, TheLogsDateFilterStartsFromTodayNotFromTheYear2000)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    MessageLogTab log(context.database, false);
    log.show();
    auto* from = child<QDateEdit>(&log, "logFromDate");
    EXPECT_EQ(from->text(), QStringLiteral("Any"));
    // The calendar of "Any" opens on this month (the box's arrow pressed).
    QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(from->width() - 4, from->height() / 2));
    ASSERT_TRUE(waitUntil([&] { return from->calendarWidget()->isVisible(); }));
    EXPECT_EQ(from->calendarWidget()->yearShown(), QDate::currentDate().year());
    EXPECT_EQ(from->calendarWidget()->monthShown(), QDate::currentDate().month());
    from->calendarWidget()->window()->hide();
    EXPECT_EQ(from->text(), QStringLiteral("Any")) << "only looking changes nothing";
    // The arrow keys start from today.
    from->setFocus();
    QTest::keyClick(from, Qt::Key_Up);
    EXPECT_EQ(from->date(), QDate::currentDate());
    QTest::keyClick(from, Qt::Key_Up);
    EXPECT_GT(from->date(), QDate::currentDate());
    child<QAbstractButton>(&log, "logClearFilters")->click();
    EXPECT_EQ(from->text(), QStringLiteral("Any"));
    QTest::keyClick(from, Qt::Key_Down);
    EXPECT_EQ(from->date(), QDate::currentDate());
}

// Issue 20, point 16: many counter PCs have a 1366×768 screen. With a taskbar (about 40 px) and a title bar
// (about 32 px) the window has 1366×696 to live in: the whole window, status bar included, must fit in
// every language, whatever tab is open; and the settings dialog too.
TEST_P(KeyboardTest, TheWindowAndSettingsFitA1366x768ScreenInEveryLanguage)
{
    const QSize room(1366, 768 - 40 - 32);
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("ta")}) {
        ASSERT_EQ(UiLanguage::install(language), language);
        SCOPED_TRACE(language.toStdString());
        std::unique_ptr<MainWindow> window = adminWindow(context);
        const QSize needs = window->minimumSizeHint();
        EXPECT_LE(needs.width(), room.width());
        EXPECT_LE(needs.height(), room.height());
        DeskConfig desk;
        SettingsDialog settings(context.database, desk, context.userLogin());
        EXPECT_LE(settings.minimumSizeHint().width(), room.width());
        EXPECT_LE(settings.minimumSizeHint().height(), room.height());
    }
}

TEST_P(KeyboardTest, TheWindowStartsWithinTheScreenAndReopensAtTheSizeItWasClosedAt)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    DeskConfig().reset(DeskConfig::Key::WindowGeometry);
    QSize closedAt;
    {
        MainWindow window(context);
        const QRect room = window.screen()->availableGeometry();
        EXPECT_LE(window.width(), room.width());
        EXPECT_LE(window.height(), room.height());
        window.show();
        // A size the screen has room for: restoreGeometry brings a larger one back onto the screen (Qt 6.8
        // does; 6.4 did not).
        window.resize(qMin(900, room.width() - 60), qMin(640, room.height() - 60));
        closedAt = window.size();
        window.close();
    }
    MainWindow again(context);
    EXPECT_EQ(again.size(), closedAt);
    DeskConfig().reset(DeskConfig::Key::WindowGeometry);
}

// Issue 20, point 15: quitting with a half-typed form asks, and "keep working" keeps every letter.
TEST_P(KeyboardTest, QuittingWithAHalfTypedFormAsksFirstAndKeepsItUnlessTold)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    {
        MainWindow empty(context);
        empty.show();
        empty.close();
        EXPECT_FALSE(empty.isVisible()) << "nothing typed: the window closes at once";
    }
    MainWindow window(context);
    window.show();
    window.tabs()->setCurrentIndex(1);
    type(&window, "enquiryName", QStringLiteral("Lakshmi"));
    auto question = [&] { return window.findChild<QMessageBox*>(QStringLiteral("unsavedFormsQuestion")); };

    window.close();
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(question()->text().contains(QStringLiteral("Enquiries"))) << question()->text();
    EXPECT_EQ(window.tabs()->currentWidget()->objectName(), QStringLiteral("enquiriesTab"));
    child<QPushButton>(question(), "unsavedFormsKeep")->click();
    ASSERT_TRUE(waitUntil([&] { return !question(); }));
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(child<QLineEdit>(&window, "enquiryName")->text(), QStringLiteral("Lakshmi"));

    window.close();
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    child<QPushButton>(question(), "unsavedFormsQuit")->click();
    EXPECT_TRUE(waitUntil([&] { return !window.isVisible(); }));
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(KeyboardTest);

} // namespace
} // namespace fd::test
