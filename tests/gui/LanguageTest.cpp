// The desk's language: chosen per desk under Desk → Language, installed before the windows are built, and
// then the screens speak Hindi or Tamil (looked up by objectName, checked by script, not by exact words).
#include "GuiFixture.h"
#include "automation/secrets/CredentialService.h"
#include "automation/whatsapp/SessionState.h"
#include "mock/FakeClock.h"
#include "models/config/DeskConfig.h"
#include "models/core/LoggedText.h"
#include "models/logmodel/MessageLogModel.h"
#include "ui/common/UiLanguage.h"
#include "ui/enquiries/EnquiriesTab.h"
#include "ui/log/MessageLogTab.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace fd::test {
namespace {

// Devanagari (U+0900–U+097F) for Hindi, Tamil (U+0B80–U+0BFF) for Tamil.
bool inScript(const QString& text, const QString& language)
{
    const char16_t first = language == QLatin1String("hi") ? 0x0900 : 0x0B80;
    const char16_t last = language == QLatin1String("hi") ? 0x097F : 0x0BFF;
    return std::any_of(text.begin(), text.end(),
                       [&](QChar c) { return c.unicode() >= first && c.unicode() <= last; });
}

template<typename W> QString textOf(QWidget* parent, const char* name)
{
    W* widget = child<W>(parent, name);
    return widget ? widget->text() : QString();
}

// The visible texts of the desk's window and the sign-in dialog that must follow the language.
QStringList deskTexts(MainWindow& window)
{
    QStringList texts;
    for (int i = 0; i < window.tabs()->count(); ++i)
        texts << window.tabs()->tabText(i);
    texts << window.deskMenu()->title()
          << window.windowTitle().replace(QLatin1String("FrontDesk"), QString());
    texts << textOf<QLabel>(&window, "whatsAppStatus") << textOf<QPushButton>(&window, "enquirySave")
          << textOf<QPushButton>(&window, "enquiryNew") << textOf<QPushButton>(&window, "serviceCreate")
          << textOf<QPushButton>(&window, "deliverySave") << textOf<QLabel>(&window, "signedInUser");
    for (QAction* action : window.menuBar()->actions())
        texts << action->text();
    return texts;
}

QStringList loginTexts(QWidget& dialog)
{
    return {dialog.windowTitle().replace(QLatin1String("FrontDesk"), QString()),
            textOf<QPushButton>(&dialog, "loginSignIn"), textOf<QPushButton>(&dialog, "loginQuit"),
            textOf<QCheckBox>(&dialog, "loginRemember")};
}

class LanguageTest : public DeskTest
{
protected:
    void TearDown() override
    {
        UiLanguage::install(QStringLiteral("en"));
        DeskConfig().setUiLanguage(QString());
        DeskTest::TearDown();
    }
};

TEST_P(LanguageTest, TheDeskMenuStoresTheChoiceAndSaysWhenItTakesEffect)
{
    UiLanguage::install(QStringLiteral("en"));
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    MainWindow window(context);
    window.show();
    auto* menu = child<QMenu>(&window, "languageMenu");
    ASSERT_TRUE(menu);
    auto* hindi = menu->findChild<QAction*>(QStringLiteral("actionLanguage_hi"));
    ASSERT_TRUE(hindi);
    EXPECT_TRUE(hindi->text().contains(QStringLiteral("हिन्दी")));
    hindi->trigger();
    EXPECT_EQ(DeskConfig().uiLanguage(), QStringLiteral("hi"));
    auto* notice = window.findChild<QMessageBox*>(QStringLiteral("languageNotice"));
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->text().contains(QStringLiteral("next time"))) << notice->text().toStdString();
    EXPECT_TRUE(inScript(notice->text(), QStringLiteral("hi"))) << notice->text().toStdString();
    EXPECT_EQ(textOf<QPushButton>(&window, "enquirySave"),
              QStringLiteral("&Save enquiry")); // the window stays
    notice->close();

    menu->findChild<QAction*>(QStringLiteral("actionLanguage_system"))->trigger();
    EXPECT_EQ(DeskConfig().uiLanguage(), QString());
    DeskConfig().set(DeskConfig::Key::UiLanguage, QStringLiteral("klingon")); // an edited file
    EXPECT_EQ(DeskConfig().uiLanguage(), QString());
}

TEST_P(LanguageTest, SwitchingTheDeskToHindiOrTamilChangesTheVisibleTexts)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    CredentialService credentials;
    FakeClock clock(QDateTime::currentDateTimeUtc());
    LoginThrottle throttle(clock);

    UiLanguage::install(QStringLiteral("en"));
    QStringList english;
    QStringList englishLogin;
    {
        MainWindow window(context);
        english = deskTexts(window);
        LoginDialog login(database->spec(), credentials, throttle);
        englishLogin = loginTexts(login);
    }
    EXPECT_EQ(english.first(), QStringLiteral("Enquiries")); // tabs by Ctrl+1…9: Alt+letters are the forms'

    for (const QString& language : {QStringLiteral("hi"), QStringLiteral("ta")}) {
        DeskConfig().setUiLanguage(language);
        ASSERT_EQ(UiLanguage::install(DeskConfig().uiLanguage()), language); // as main() does at start
        MainWindow window(context);
        const QStringList texts = deskTexts(window);
        ASSERT_EQ(texts.size(), english.size());
        for (int i = 0; i < texts.size(); ++i) {
            if (english[i].trimmed().isEmpty())
                continue;
            EXPECT_NE(texts[i], english[i]) << language.toStdString();
            EXPECT_TRUE(inScript(texts[i], language))
                << language.toStdString() << ": " << texts[i].toStdString();
        }
        // Alt+S still saves the enquiry in every language (KeyboardTest: no letter means two things).
        const QString save = textOf<QPushButton>(&window, "enquirySave");
        EXPECT_TRUE(save.contains(QStringLiteral("&S"))) << save.toStdString();
        LoginDialog login(database->spec(), credentials, throttle);
        const QStringList loginNow = loginTexts(login);
        for (int i = 0; i < loginNow.size(); ++i) {
            EXPECT_NE(loginNow[i], englishLogin[i]);
            EXPECT_TRUE(inScript(loginNow[i], language)) << loginNow[i].toStdString();
        }
        EXPECT_EQ(QLocale().language(), language == QLatin1String("hi") ? QLocale::Hindi : QLocale::Tamil);
    }

    UiLanguage::install(QStringLiteral("en"));
    MainWindow back(context);
    EXPECT_EQ(deskTexts(back), english);
}

TEST_P(LanguageTest, TheMessageLogAndTheWhatsAppStatesFollowTheLanguage)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    const QList<whatsapp::SessionState> states = {
        whatsapp::SessionState::Loading,  whatsapp::SessionState::QrCode,
        whatsapp::SessionState::Syncing,  whatsapp::SessionState::Ready,
        whatsapp::SessionState::Offline,  whatsapp::SessionState::Unsupported,
        whatsapp::SessionState::Conflict, whatsapp::SessionState::Error};
    auto logTexts = [&] {
        MessageLogTab tab(context.database, true);
        QStringList texts;
        for (const char* name :
             {"logNextPage", "logLastPage", "logExport", "logRetrySelected", "logRetryAllFailed"})
            texts << textOf<QPushButton>(&tab, name);
        for (int column = 0; column < tab.model()->columnCount(); ++column)
            texts << tab.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        for (whatsapp::SessionState state : states)
            texts << whatsapp::describeSessionState(state);
        return texts;
    };
    UiLanguage::install(QStringLiteral("en"));
    const QStringList english = logTexts();
    ASSERT_GT(english.size(), 15);
    for (const QString& language : {QStringLiteral("hi"), QStringLiteral("ta")}) {
        UiLanguage::install(language);
        const QStringList texts = logTexts();
        ASSERT_EQ(texts.size(), english.size());
        for (int i = 0; i < texts.size(); ++i) {
            EXPECT_NE(texts[i], english[i]) << language.toStdString();
            EXPECT_TRUE(inScript(texts[i], language))
                << language.toStdString() << ": " << texts[i].toStdString();
        }
    }
}

TEST_P(LanguageTest, AReasonIsShownInTheDesksLanguageButLoggedInEnglishForEveryDesk)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    UiLanguage::install(QStringLiteral("ta"));
    EnquiriesTab tab(context);
    tab.show();
    type(&tab, "enquiryName", QStringLiteral("Office"));
    type(&tab, "enquiryPhoneEdit", QStringLiteral("044 2345 6789")); // a Chennai landline
    type(&tab, "enquirySubject", QStringLiteral("AMC"));
    click(&tab, "enquirySave");
    auto* status = child<QLabel>(&tab, "enquiryStatus");
    const QString landline = QCoreApplication::translate("QObject", "landline");
    ASSERT_NE(landline, QStringLiteral("landline"));
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(landline); })) << status->text().toStdString();
    auto logged = connection->scalar(
        QStringLiteral("SELECT error_message FROM whatsapp_message_logs WHERE status = 'SKIPPED'"), {},
        QStringLiteral("reason"));
    ASSERT_TRUE(logged.ok());
    EXPECT_EQ(logged.value().toString(), QStringLiteral("landline"));
    EXPECT_EQ(LoggedText::onScreen(logged.value().toString()),
              landline); // the log's screens translate it back
    UiLanguage::install(QStringLiteral("hi"));
    EXPECT_TRUE(inScript(LoggedText::onScreen(QStringLiteral("customer opted out")), QStringLiteral("hi")));
    EXPECT_EQ(LoggedText::onScreen(QStringLiteral("numbers from PK are not messaged")),
              QStringLiteral("numbers from PK are not messaged")); // unknown whole texts stay as logged
}

INSTANTIATE_TEST_SUITE_P(Db, LanguageTest, ::testing::Values(Dialect::Sqlite), ::fd::test::dialectTestName);

} // namespace
} // namespace fd::test
