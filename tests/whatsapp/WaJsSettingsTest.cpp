// Settings ▸ Sending ▸ "WA-JS file" (issue 16): an administrator's newer WA-JS goes on the form only once it
// passed the check, a refused one leaves the form as it was and says why, and "Built-in" goes back to the
// file FrontDesk ships. Here, not with the other Settings tests, because the check runs a web page.
#include "automation/settings/SharedSettings.h"
#include "models/config/DeskConfig.h"
#include "models/db/DatabaseWorker.h"
#include "ui/settings/SettingsDialog.h"
#include "util/TestDatabase.h"
#include "util/TestTimeouts.h"
#include "util/WaitUntil.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

TEST(WaJsSettings, ACheckedFileIsSavedForThisDeskARefusedOneIsNotAndBuiltInClearsIt)
{
    auto database = TestDatabase::create(Dialect::Sqlite);
    ASSERT_TRUE(database);
    auto connection = database->connectMigrated();
    ASSERT_TRUE(connection);
    ASSERT_TRUE(SharedSettings().save(*connection, QStringLiteral("test")).ok());
    DatabaseWorker worker(database->spec(), QStringLiteral("settings"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    DeskConfig desk(dir.filePath(QStringLiteral("desk.ini")));
    const QString newer = dir.filePath(QStringLiteral("wppconnect-wa.js"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/whatsapp/wa-js/wppconnect-wa.js"), newer));
    const QString broken = dir.filePath(QStringLiteral("broken.js"));
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("window.WPP = {}; throw new Error('unexpected token');");
    }

    SettingsDialog dialog(worker, desk, QStringLiteral("admin"));
    dialog.show();
    ASSERT_TRUE(waitUntil([&] { return dialog.isLoaded(); }));
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("waJsFile"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("waJsStatus"));
    auto* builtIn = dialog.findChild<QPushButton*>(QStringLiteral("waJsBuiltIn"));
    ASSERT_TRUE(file && status && builtIn && dialog.findChild<QPushButton*>(QStringLiteral("waJsBrowse")));
    EXPECT_TRUE(file->text().isEmpty());
    EXPECT_TRUE(file->placeholderText().contains(QStringLiteral("Built-in"))) << "the shipped file";

    QSignalSpy checked(&dialog, &SettingsDialog::waJsChecked);
    dialog.checkWaJsFile(broken);
    ASSERT_TRUE(waitUntil([&] { return !checked.isEmpty(); }, scaledMs(30000)));
    EXPECT_FALSE(checked.takeFirst().first().toBool());
    EXPECT_TRUE(file->text().isEmpty()) << "a refused file never reaches the form";
    EXPECT_TRUE(status->text().contains(QStringLiteral("unexpected token"))) << status->text().toStdString();

    dialog.checkWaJsFile(newer);
    ASSERT_TRUE(waitUntil([&] { return !checked.isEmpty(); }, scaledMs(30000)));
    EXPECT_TRUE(checked.takeFirst().first().toBool()) << status->text().toStdString();
    EXPECT_EQ(file->text(), newer);
    EXPECT_TRUE(status->text().contains(QStringLiteral("WA-JS 4."))) << status->text().toStdString();
    EXPECT_TRUE(dialog.hasUnsavedChanges());

    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.save();
    ASSERT_TRUE(waitUntil([&] { return !saved.isEmpty(); }));
    EXPECT_EQ(desk.get(DeskConfig::Key::WaJsPath).toString(), newer);

    SettingsDialog again(worker, desk, QStringLiteral("admin"));
    again.show();
    ASSERT_TRUE(waitUntil([&] { return again.isLoaded(); }));
    auto* againFile = again.findChild<QLineEdit*>(QStringLiteral("waJsFile"));
    EXPECT_EQ(againFile->text(), newer);
    again.findChild<QPushButton*>(QStringLiteral("waJsBuiltIn"))->click();
    EXPECT_TRUE(againFile->text().isEmpty());
    QSignalSpy savedAgain(&again, &SettingsDialog::saved);
    again.save();
    ASSERT_TRUE(waitUntil([&] { return !savedAgain.isEmpty(); }));
    EXPECT_TRUE(desk.get(DeskConfig::Key::WaJsPath).toString().isEmpty());
}
