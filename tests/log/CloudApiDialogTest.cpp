// The admin's choice of transport and the Cloud API details, saved through the worker; the token only ever
// goes to the keychain.
#include "ui/settings/CloudApiDialog.h"

#include "LogFixture.h"
#include "automation/cloudapi/CloudApiSettings.h"
#include "automation/secrets/CredentialService.h"
#include "automation/settings/SharedSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace fd;
using namespace fd::test;

namespace {

template<typename T> T* field(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

} // namespace

class CloudApiDialogTest : public LogTest
{
protected:
    void SetUp() override
    {
        LogTest::SetUp();
        if (HasFatalFailure())
            return;
        dialog = std::make_unique<CloudApiDialog>(*worker, credentials, QStringLiteral("admin"));
        dialog->show();
        ASSERT_TRUE(waitUntil([&] { return dialog->isLoaded(); }));
    }
    void TearDown() override
    {
        dialog.reset();
        LogTest::TearDown();
    }

    bool saveAndWait()
    {
        QSignalSpy saved(dialog.get(), &CloudApiDialog::saved);
        dialog->save();
        EXPECT_TRUE(waitUntil([&] { return saved.count() > 0; }));
        return saved.count() > 0 && saved.first().first().toBool();
    }

    CredentialService credentials;
    std::unique_ptr<CloudApiDialog> dialog;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(CloudApiDialogTest);

TEST_P(CloudApiDialogTest, SwitchesToTheCloudApiWithItsDetails)
{
    EXPECT_EQ(field<QComboBox>(*dialog, "cloudTransport")->currentData().toString(),
              QStringLiteral("whatsapp-web"));
    EXPECT_EQ(field<QLineEdit>(*dialog, "cloudApiVersion")->text(), QStringLiteral("v21.0"));
    EXPECT_FALSE(field<QLineEdit>(*dialog, "cloudPhoneNumberId")->isEnabled()) << "only for the Cloud API";

    auto* transport = field<QComboBox>(*dialog, "cloudTransport");
    transport->setCurrentIndex(transport->findData(QStringLiteral("cloud-api")));
    field<QLineEdit>(*dialog, "cloudPhoneNumberId")->setText(QStringLiteral(" 106540352242922 "));
    field<QComboBox>(*dialog, "cloudParameters")->setCurrentIndex(1);
    ASSERT_TRUE(saveAndWait()) << field<QLabel>(*dialog, "cloudStatus")->text().toStdString();

    EXPECT_EQ(SharedSettings::load(*connection)->transport, QStringLiteral("cloud-api"));
    auto cloud = CloudApiSettings::load(*connection);
    ASSERT_TRUE(cloud.ok());
    EXPECT_EQ(cloud->phoneNumberId, QStringLiteral("106540352242922"));
    EXPECT_EQ(cloud->parameterFormat, CloudApiSettings::ParameterFormat::Named);
    EXPECT_EQ(cloud->messagesUrl().toString(),
              QStringLiteral("https://graph.facebook.com/v21.0/106540352242922/messages"));

    transport->setCurrentIndex(transport->findData(QStringLiteral("whatsapp-web")));
    ASSERT_TRUE(saveAndWait());
    EXPECT_EQ(SharedSettings::load(*connection)->transport, QStringLiteral("whatsapp-web"));
}

TEST_P(CloudApiDialogTest, RefusesDetailsThatCannotWorkAndSavesNothing)
{
    auto* transport = field<QComboBox>(*dialog, "cloudTransport");
    transport->setCurrentIndex(transport->findData(QStringLiteral("cloud-api")));
    field<QLineEdit>(*dialog, "cloudPhoneNumberId")->setText(QStringLiteral("my number"));
    EXPECT_FALSE(saveAndWait());
    EXPECT_TRUE(field<QLabel>(*dialog, "cloudStatus")->text().contains(QStringLiteral("digits")));

    field<QLineEdit>(*dialog, "cloudPhoneNumberId")->setText(QStringLiteral("1065"));
    field<QLineEdit>(*dialog, "cloudBaseUrl")->setText(QStringLiteral("http://graph.facebook.com"));
    EXPECT_FALSE(saveAndWait());
    EXPECT_TRUE(field<QLabel>(*dialog, "cloudStatus")->text().contains(QStringLiteral("https://")));
    EXPECT_EQ(SharedSettings::load(*connection)->transport, QStringLiteral("whatsapp-web"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'cloudapi.%'")), 0);
}
