#include "ui/settings/SettingsDialog.h"

#include "LogFixture.h"
#include "automation/phone/PhonePolicy.h"
#include "models/config/DeskConfig.h"
#include "models/repositories/CustomerRepository.h"
#include "ui/common/UiLanguage.h"
#include "ui/settings/OptOutImport.h"
#include "ui/settings/OptOutPanel.h"
#include "ui/settings/StaffPhonesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace fd;
using namespace fd::test;

namespace {

template<typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void shot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("FRONTDESK_SHOTS_DIR");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name));
}

// FRONTDESK_SHOTS_LANGUAGE=hi|ta: the shots in that language (installed before any dialog is built); for
// looking only: the checks of refusal texts expect English and fail then.
class ShotLanguage : public ::testing::Environment
{
public:
    void SetUp() override
    {
        const QString language = qEnvironmentVariable("FRONTDESK_SHOTS_LANGUAGE");
        if (!language.isEmpty())
            UiLanguage::install(language);
    }
};
const auto* const g_shotLanguage = ::testing::AddGlobalTestEnvironment(new ShotLanguage);

} // namespace

TEST(OptOutImport, TakesGoodLinesNamesTheBadOnesAndSkipsTheHeader)
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Phone,Name\r\n"
                           "98765 43210,Asha\r\n"
                           "'+919876543211,\"Bala, Jr\"\r\n"
                           "not a phone,Chitra\r\n"
                           "\r\n"
                           "+91 98765-43210,Asha again\r\n"
                           "044 2345 6789\r\n";
    const OptOutImport import = OptOutImport::fromCsv(csv, PhonePolicy());
    ASSERT_EQ(import.requests.size(), 3);
    EXPECT_EQ(import.requests.at(0).phone, QStringLiteral("+919876543210"));
    EXPECT_EQ(import.requests.at(0).name, QStringLiteral("Asha"));
    EXPECT_EQ(import.requests.at(1).phone, QStringLiteral("+919876543211"));
    EXPECT_EQ(import.requests.at(1).name, QStringLiteral("Bala, Jr"));
    EXPECT_EQ(import.requests.at(2).phone, QStringLiteral("+914423456789")) << "a landline may opt out too";
    ASSERT_EQ(import.problems.size(), 1);
    EXPECT_TRUE(import.problems.at(0).contains(QStringLiteral("Line 4")))
        << import.problems.at(0).toStdString();
}

class SettingsDialogTest : public LogTest
{
protected:
    void SetUp() override
    {
        LogTest::SetUp();
        if (HasFatalFailure())
            return;
        SharedSettings settings;
        settings.companyName = QStringLiteral("Yamini Infotech");
        settings.companyPhone = QStringLiteral("+91 44 2345 6789");
        settings.staffPhones = {QStringLiteral("+919800000001")};
        settings.maxAutoRetries = 5; // not on the form: must survive a save
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
        desk = std::make_unique<DeskConfig>(dir.filePath(QStringLiteral("desk.ini")));
        dialog = std::make_unique<SettingsDialog>(*worker, *desk, QStringLiteral("admin"));
        dialog->show();
        ASSERT_TRUE(waitUntil([&] { return dialog->isLoaded(); }));
    }

    SharedSettings load()
    {
        auto s = SharedSettings::load(*connection);
        EXPECT_TRUE(s.ok());
        return s.ok() ? s.value() : SharedSettings();
    }

    QTemporaryDir dir;
    std::unique_ptr<DeskConfig> desk;
    std::unique_ptr<SettingsDialog> dialog;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(SettingsDialogTest);

TEST_P(SettingsDialogTest, ShowsAndSavesTheSharedAndDeskSettings)
{
    EXPECT_EQ(child<QLineEdit>(*dialog, "companyName")->text(), QStringLiteral("Yamini Infotech"));
    EXPECT_EQ(child<QSpinBox>(*dialog, "dailyCap")->value(), 200);
    EXPECT_EQ(child<QTimeEdit>(*dialog, "quietStart")->time(), QTime(21, 0));
    EXPECT_EQ(dialog->staffPhones()->phones(), QStringList{QStringLiteral("+919800000001")});
    shot(*dialog, QStringLiteral("log-settings-company.png"));

    child<QLineEdit>(*dialog, "companyName")->setText(QStringLiteral("  Yamini Infotech Pvt Ltd "));
    child<QLineEdit>(*dialog, "trackingLink")->setText(QStringLiteral("https://y.example.in/t/{ticket_id}"));
    child<QLineEdit>(*dialog, "feedbackLink")
        ->setText(QStringLiteral("https://y.example.in/f?t={ticket_id}"));
    child<QSpinBox>(*dialog, "minGap")->setValue(5);
    child<QSpinBox>(*dialog, "maxGap")->setValue(30);
    child<QSpinBox>(*dialog, "dailyCap")->setValue(150);
    EXPECT_EQ(child<QSpinBox>(*dialog, "warmUpDays")->value(), 10) << "the default";
    child<QSpinBox>(*dialog, "warmUpDays")->setValue(14);
    child<QCheckBox>(*dialog, "newNumberLinked")->setChecked(true);
    child<QTimeEdit>(*dialog, "quietStart")->setTime(QTime(20, 30));
    child<QTimeEdit>(*dialog, "quietEnd")->setTime(QTime(8, 15));
    child<QCheckBox>(*dialog, "thisDeskSends")->setChecked(false);
    auto* engine = child<QComboBox>(*dialog, "whatsAppEngine");
    EXPECT_EQ(engine->currentData().toString(), QStringLiteral("auto")) << "the default";
    engine->setCurrentIndex(engine->findData(QStringLiteral("dom")));
    EXPECT_TRUE(child<QCheckBox>(*dialog, "canaryEnabled")->isChecked()) << "on for a new database";
    child<QCheckBox>(*dialog, "canaryEnabled")->setChecked(false);
    child<QLineEdit>(*dialog, "canaryPhone")->setText(QStringLiteral(" +91 98765 00010 "));
    child<QLineEdit>(*dialog, "staffPhoneInput")->setText(QStringLiteral("98765 43210"));
    EXPECT_TRUE(dialog->staffPhones()->addTyped());
    child<QLineEdit>(*dialog, "staffPhoneInput")->setText(QStringLiteral("hello"));
    EXPECT_FALSE(dialog->staffPhones()->addTyped());
    dialog->pages()->setCurrentIndex(1);
    shot(*dialog, QStringLiteral("log-settings-sending.png"));
    dialog->pages()->setCurrentIndex(2);
    shot(*dialog, QStringLiteral("log-settings-staff.png"));

    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
    dialog->save();
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }));
    ASSERT_TRUE(saved.at(0).at(0).toBool()) << saved.at(0).at(1).toString().toStdString();
    const SharedSettings s = load();
    EXPECT_EQ(s.companyName, QStringLiteral("Yamini Infotech Pvt Ltd"));
    EXPECT_EQ(s.trackingLinkPattern, QStringLiteral("https://y.example.in/t/{ticket_id}"));
    EXPECT_EQ(s.feedbackLinkPattern, QStringLiteral("https://y.example.in/f?t={ticket_id}"));
    EXPECT_EQ(s.minGapMs, 5000);
    EXPECT_EQ(s.maxGapMs, 30000);
    EXPECT_EQ(s.dailyCap, 150);
    EXPECT_EQ(s.warmUpDays, 14);
    EXPECT_EQ(s.warmUpSince, QDate::currentDate()) << "a new number warms up from today";
    EXPECT_EQ(s.quietStart, QTime(20, 30));
    EXPECT_EQ(s.quietEnd, QTime(8, 15));
    EXPECT_EQ(s.staffPhones, (QStringList{QStringLiteral("+919800000001"), QStringLiteral("+919876543210")}));
    EXPECT_EQ(s.maxAutoRetries, 5);
    EXPECT_FALSE(s.canaryEnabled);
    EXPECT_EQ(s.canaryPhone, QStringLiteral("+91 98765 00010"));
    EXPECT_EQ(s.canaryNumber(), QStringLiteral("+919876500010"));
    EXPECT_FALSE(desk->get(DeskConfig::Key::ThisDeskSends).toBool());
    EXPECT_EQ(desk->get(DeskConfig::Key::WhatsAppEngine).toString(), QStringLiteral("dom"));
}

// The canary's number must be one WhatsApp can take: a landline is refused, nothing is saved.
TEST_P(SettingsDialogTest, ALandlineIsRefusedAsTheBusinesssWhatsAppNumber)
{
    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
    child<QLineEdit>(*dialog, "canaryPhone")->setText(QStringLiteral("+91 44 2345 6789"));
    dialog->save();
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }));
    EXPECT_FALSE(saved.at(0).at(0).toBool());
    EXPECT_TRUE(saved.at(0).at(1).toString().contains(QStringLiteral("not a number WhatsApp can take")))
        << saved.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(load().canaryPhone.isEmpty());
}

TEST_P(SettingsDialogTest, WrongValuesAreRefusedWithTheReasonAndNothingIsSaved)
{
    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
    child<QLineEdit>(*dialog, "companyName")->setText(QStringLiteral("Changed"));
    child<QLineEdit>(*dialog, "trackingLink")->setText(QStringLiteral("https://y.example.in/track"));
    dialog->save();
    ASSERT_EQ(saved.count(), 1);
    EXPECT_FALSE(saved.at(0).at(0).toBool());
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("{ticket_id}")))
        << dialog->statusText().toStdString();

    child<QLineEdit>(*dialog, "trackingLink")->setText(QString());
    child<QSpinBox>(*dialog, "minGap")->setValue(40);
    child<QSpinBox>(*dialog, "maxGap")->setValue(10);
    dialog->save();
    ASSERT_EQ(saved.count(), 2);
    EXPECT_FALSE(saved.at(1).at(0).toBool());
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("shortest gap")));

    child<QSpinBox>(*dialog, "maxGap")->setValue(60);
    child<QLineEdit>(*dialog, "selectorPack")->setText(dir.filePath(QStringLiteral("missing.json")));
    dialog->save();
    ASSERT_EQ(saved.count(), 3);
    EXPECT_FALSE(saved.at(2).at(0).toBool());
    QTest::qWait(100);
    EXPECT_EQ(load().companyName, QStringLiteral("Yamini Infotech"));
}

TEST_P(SettingsDialogTest, OptOutsAreAddedImportedAndRemoved)
{
    OptOutPanel* panel = dialog->optOutPanel();
    QSignalSpy changed(panel, &OptOutPanel::changed);
    child<QLineEdit>(*dialog, "optOutPhone")->setText(QStringLiteral("098765 43210"));
    child<QLineEdit>(*dialog, "optOutName")->setText(QStringLiteral("Asha"));
    panel->addTyped();
    ASSERT_TRUE(waitUntil([&] { return panel->phones().contains(QStringLiteral("+919876543210")); }));
    EXPECT_TRUE(CustomerRepository(*connection).isOptedOut(QStringLiteral("+919876543210")).value());

    child<QLineEdit>(*dialog, "optOutPhone")->setText(QStringLiteral("12"));
    panel->addTyped();
    EXPECT_FALSE(panel->statusText().isEmpty());

    const QString file = dir.filePath(QStringLiteral("optouts.csv"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("mobile,name\n9876500001,Bala\n9876500002,\"Chitra, \"\"CK\"\"\"\nbogus,x\n");
    out.close();
    panel->importFile(file);
    ASSERT_TRUE(waitUntil([&] { return panel->phones().size() == 3; }));
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("bogus"))) << panel->statusText().toStdString();
    EXPECT_TRUE(CustomerRepository(*connection).isOptedOut(QStringLiteral("+919876500002")).value());
    dialog->pages()->setCurrentIndex(3);
    shot(*dialog, QStringLiteral("log-settings-optouts.png"));

    auto* table = child<QTableWidget>(*dialog, "optOutTable");
    const int row = int(panel->phones().indexOf(QStringLiteral("+919876500001")));
    ASSERT_GE(row, 0);
    table->selectRow(row);
    panel->removeSelected();
    ASSERT_TRUE(waitUntil([&] { return panel->phones().size() == 2; }));
    EXPECT_FALSE(CustomerRepository(*connection).isOptedOut(QStringLiteral("+919876500001")).value());
    dialog->pages()->setCurrentIndex(4);
    shot(*dialog, QStringLiteral("log-settings-templates.png"));
}

// Issue 20, point 15: Close and Esc no longer throw edits away silently.
TEST_P(SettingsDialogTest, CloseOrEscWithUnsavedChangesAsksAndKeepsThemUnlessDiscarded)
{
    auto question = [&] {
        return dialog->findChild<QMessageBox*>(QStringLiteral("settingsUnsavedQuestion"));
    };
    EXPECT_FALSE(dialog->hasUnsavedChanges());
    child<QLineEdit>(*dialog, "companyName")->setText(QStringLiteral("Yamini Infotech Pvt Ltd"));
    EXPECT_TRUE(dialog->hasUnsavedChanges());

    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    EXPECT_TRUE(dialog->isVisible());
    child<QPushButton>(*question(), "settingsUnsavedKeep")->click();
    ASSERT_TRUE(waitUntil([&] { return !question(); }));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(child<QLineEdit>(*dialog, "companyName")->text(), QStringLiteral("Yamini Infotech Pvt Ltd"));

    dialog->reject(); // the Close button
    ASSERT_TRUE(waitUntil([&] { return question() && question()->isVisible(); }));
    child<QPushButton>(*question(), "settingsUnsavedDiscard")->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog->isVisible(); }));
    EXPECT_EQ(load().companyName, QStringLiteral("Yamini Infotech")) << "discarded: nothing saved";
}

TEST_P(SettingsDialogTest, SavingFromTheQuestionSavesAndCloses)
{
    child<QSpinBox>(*dialog, "dailyCap")->setValue(120);
    dialog->reject();
    auto* ask = dialog->findChild<QMessageBox*>(QStringLiteral("settingsUnsavedQuestion"));
    ASSERT_TRUE(ask);
    child<QPushButton>(*ask, "settingsUnsavedSave")->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog->isVisible(); }));
    EXPECT_EQ(load().dailyCap, 120);
}

TEST_P(SettingsDialogTest, CloseWithoutChangesClosesAtOnce)
{
    dialog->reject();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QMessageBox*>(QStringLiteral("settingsUnsavedQuestion")), nullptr);
}
