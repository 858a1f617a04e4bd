// The reception desk's tabs, driven like a receptionist would, on SQLite and on PostgreSQL (there signed in
// with a reception role of their own, so the database's grants are exercised too).
#include "GuiFixture.h"
#include "models/config/DeskConfig.h"
#include "models/repositories/CustomerRepository.h"
#include "models/repositories/SettingsRepository.h"
#include "ui/admin/EngineersPage.h"
#include "ui/common/LanguageBox.h"
#include "ui/common/MessagePreview.h"
#include "ui/common/PhoneField.h"
#include "ui/deliveries/DeliveriesTab.h"
#include "ui/enquiries/EnquiriesTab.h"
#include "ui/main/MainWindow.h"
#include "ui/service/JobSheet.h"
#include "ui/service/ServiceRequestsTab.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>

namespace fd::test {
namespace {

class DeskTabsTest : public DeskTest
{
protected:
    void fillEnquiry(EnquiriesTab& tab, const QString& name, const QString& phone, const QString& subject)
    {
        type(&tab, "enquiryName", name);
        type(&tab, "enquiryPhoneEdit", phone);
        type(&tab, "enquirySubject", subject);
    }
    QString statusText(QWidget* tab, const char* name) { return child<QLabel>(tab, name)->text(); }
};

TEST_P(DeskTabsTest, ReceptionCreatesAnEnquiryAndItsMessageIsQueuedWithTheRenderedText)
{
    const AppUser reception = addUser(AppUser::Role::Reception);
    DeskContext& context = signedInAs(reception);
    ASSERT_EQ(context.signedIn.user.role, AppUser::Role::Reception);
    EnquiriesTab tab(context);
    tab.show();
    fillEnquiry(tab, QStringLiteral("Asha Verma"), QStringLiteral("098765 43210"),
                QStringLiteral("Laser printer"));
    const QString preview = child<MessagePreview>(&tab, "enquiryPreview")->toPlainText();
    EXPECT_TRUE(preview.contains(QStringLiteral("Hi Asha Verma"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("Laser printer")));
    EXPECT_TRUE(preview.contains(QStringLiteral("Yamini Infotech")));

    QTest::keyClick(child<QLineEdit>(&tab, "enquirySubject"), Qt::Key_Return); // Enter saves
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&tab, "enquiryStatus").contains(QStringLiteral("queued"));
    })) << statusText(&tab, "enquiryStatus").toStdString();

    auto row =
        connection->exec(QStringLiteral("SELECT status, message_content, customer_phone, created_by FROM "
                                        "whatsapp_message_logs WHERE event_type = 'ENQUIRY_CREATED'"),
                         QStringLiteral("read"));
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row.value().next());
    EXPECT_EQ(row.value().value(0).toString(), QStringLiteral("PENDING"));
    const QString content = row.value().value(1).toString();
    EXPECT_TRUE(content.contains(QStringLiteral("Hi Asha Verma"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("ENQ-0000")));
    EXPECT_TRUE(content.contains(QStringLiteral("Laser printer")));
    EXPECT_EQ(row.value().value(2).toString(), QStringLiteral("+919876543210"));
    EXPECT_EQ(row.value().value(3).toString(), reception.login);
    // The form is ready for the next customer and the list shows the new enquiry.
    EXPECT_TRUE(child<QLineEdit>(&tab, "enquiryName")->text().isEmpty());
    auto* list = child<QTableView>(&tab, "enquiryList");
    EXPECT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }));
}

TEST_P(DeskTabsTest, AnUnparsablePhoneIsRefusedAtTheFormWithTheReasonAndNothingIsSaved)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    EnquiriesTab tab(context);
    tab.show();
    fillEnquiry(tab, QStringLiteral("Asha"), QStringLiteral("12abc"), QStringLiteral("Toner"));
    auto* phone = child<PhoneField>(&tab, "enquiryPhone");
    EXPECT_FALSE(phone->isAcceptable());
    EXPECT_TRUE(phone->reasonText().startsWith(QStringLiteral("✗"))) << phone->reasonText().toStdString();
    click(&tab, "enquirySave");
    const QString status = statusText(&tab, "enquiryStatus");
    EXPECT_TRUE(status.startsWith(QStringLiteral("Not saved"))) << status.toStdString();
    EXPECT_TRUE(status.contains(phone->check().reason));
    QTest::qWait(200);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 0);
    EXPECT_EQ(child<QLineEdit>(&tab, "enquiryName")->text(), QStringLiteral("Asha")); // nothing typed is lost
}

TEST_P(DeskTabsTest, AStaffPhoneSavesTheEnquiryButSaysNotSentStaffNumber)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    EnquiriesTab tab(context);
    tab.show();
    fillEnquiry(tab, QStringLiteral("Ravi (engineer)"), QStringLiteral("90000 11111"),
                QStringLiteral("Own printer"));
    click(&tab, "enquirySave");
    ASSERT_TRUE(
        waitUntil([&] { return statusText(&tab, "enquiryStatus").contains(QStringLiteral("Enquiry")); }));
    EXPECT_TRUE(statusText(&tab, "enquiryStatus").contains(QStringLiteral("not sent: staff number")))
        << statusText(&tab, "enquiryStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 0);
}

TEST_P(DeskTabsTest, ALandlineSavesTheEnquiryAndASkippedRowWithTheReason)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    EnquiriesTab tab(context);
    tab.show();
    fillEnquiry(tab, QStringLiteral("Office"), QStringLiteral("044 2345 6789"), QStringLiteral("AMC"));
    EXPECT_FALSE(child<MessagePreview>(&tab, "enquiryPreview")->isEnabled()); // the preview says none will go
    click(&tab, "enquirySave");
    ASSERT_TRUE(
        waitUntil([&] { return statusText(&tab, "enquiryStatus").contains(QStringLiteral("Enquiry")); }));
    EXPECT_TRUE(statusText(&tab, "enquiryStatus").contains(QStringLiteral("not sent:")))
        << statusText(&tab, "enquiryStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE status = 'SKIPPED' AND "
                                   "error_message IS NOT NULL")),
              1);
}

TEST_P(DeskTabsTest, AnAdminAddsAnEngineerWhoCanThenBeAssigned)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    EngineersPage page(context);
    page.show();
    type(&page, "engineerName", QStringLiteral("Suresh Babu"));
    type(&page, "engineerPhone", QStringLiteral("98765"));
    click(&page, "engineerAdd");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "engineerStatus").contains(QStringLiteral("short"));
    })) << statusText(&page, "engineerStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM engineers WHERE name = ?"),
                    {QStringLiteral("Suresh Babu")}),
              0);

    type(&page, "engineerPhone", QStringLiteral("098400-12345"));
    click(&page, "engineerAdd");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "engineerStatus").contains(QStringLiteral("Suresh Babu"));
    })) << statusText(&page, "engineerStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM engineers WHERE name = ? AND phone = ?"),
                    {QStringLiteral("Suresh Babu"), QStringLiteral("+919840012345")}),
              1);

    ServiceRequestsTab service(context);
    auto* engineer = child<QComboBox>(&service, "serviceEngineer");
    EXPECT_TRUE(waitUntil([&] { return engineer->findText(QStringLiteral("Suresh Babu")) >= 0; }));
}

TEST_P(DeskTabsTest, ServiceRequestIsCreatedAssignedAndCompletedWithTheFeedbackQrAndJobSheet)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    ServiceRequestsTab tab(context);
    tab.show();
    type(&tab, "serviceName", QStringLiteral("Meena"));
    type(&tab, "servicePhoneEdit", QStringLiteral("+91 98765 00001"));
    child<QComboBox>(&tab, "serviceType")->setCurrentText(QStringLiteral("Repair"));
    EXPECT_TRUE(
        child<MessagePreview>(&tab, "servicePreview")->toPlainText().contains(QStringLiteral("Repair")));
    click(&tab, "serviceCreate");
    ASSERT_TRUE(waitUntil([&] { return statusText(&tab, "serviceStatus").contains(QStringLiteral("SR-")); }))
        << statusText(&tab, "serviceStatus").toStdString();
    EXPECT_TRUE(statusText(&tab, "serviceStatus").contains(QStringLiteral("queued")));

    // The new request is selected; assign the engineer from the staff list.
    auto* engineer = child<QComboBox>(&tab, "serviceEngineer");
    ASSERT_TRUE(waitUntil([&] {
        return engineer->count() == 1 && child<QAbstractButton>(&tab, "serviceAssign")->isEnabled();
    }));
    EXPECT_FALSE(child<QAbstractButton>(&tab, "serviceComplete")->isEnabled()) << "no engineer yet";
    EXPECT_EQ(engineer->currentText(), QStringLiteral("Ravi Kumar"));
    click(&tab, "serviceAssign");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&tab, "serviceActionStatus").contains(QStringLiteral("assigned"));
    })) << statusText(&tab, "serviceActionStatus").toStdString();
    EXPECT_EQ(
        count(QStringLiteral(
                  "SELECT COUNT(*) FROM complaints WHERE status = 'ASSIGNED' AND assigned_engineer_name = ?"),
              {QStringLiteral("Ravi Kumar")}),
        1);

    ASSERT_TRUE(waitUntil([&] { return child<QAbstractButton>(&tab, "serviceComplete")->isEnabled(); }));
    // The same engineer again is refused, and the screen says why.
    ASSERT_TRUE(child<QAbstractButton>(&tab, "serviceAssign")->isEnabled());
    click(&tab, "serviceAssign");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&tab, "serviceActionStatus").contains(QStringLiteral("already assigned"));
    })) << statusText(&tab, "serviceActionStatus").toStdString();
    ASSERT_TRUE(waitUntil([&] { return child<QAbstractButton>(&tab, "serviceComplete")->isEnabled(); }));
    child<QDateEdit>(&tab, "serviceCompletedDate")->setDate(QDate(2026, 11, 20));
    // Completing messages the customer at once and cannot be undone: it asks first, and No changes nothing.
    click(&tab, "serviceComplete");
    QMessageBox* confirm = nullptr;
    ASSERT_TRUE(waitUntil(
        [&] { return (confirm = tab.findChild<QMessageBox*>(QStringLiteral("serviceCompleteConfirm"))); }));
    EXPECT_TRUE(confirm->text().contains(QStringLiteral("20 Nov 2026"))) << confirm->text().toStdString();
    click(confirm, "serviceCompleteConfirmNo");
    QTest::qWait(200);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE status = 'COMPLETED'")), 0);
    click(&tab, "serviceComplete");
    ASSERT_TRUE(waitUntil([&] {
        confirm = tab.findChild<QMessageBox*>(QStringLiteral("serviceCompleteConfirm"));
        return confirm && confirm->isVisible();
    }));
    click(confirm, "serviceCompleteConfirmYes");
    ASSERT_TRUE(waitUntil(
        [&] { return statusText(&tab, "serviceActionStatus").contains(QStringLiteral("completed")); }));
    EXPECT_EQ(count(QStringLiteral(
                        "SELECT COUNT(*) FROM complaints WHERE status = 'COMPLETED' AND completed_date = ?"),
                    {QStringLiteral("2026-11-20")}),
              1);
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT COUNT(*) FROM whatsapp_message_logs WHERE reference_type = 'complaint'")),
              3);

    EXPECT_FALSE(child<QAbstractButton>(&tab, "serviceComplete")->isEnabled()) << "completed: once is all";
    ASSERT_TRUE(waitUntil([&] { return !child<QLabel>(&tab, "serviceFeedbackQr")->pixmap().isNull(); }));
    EXPECT_TRUE(child<QLabel>(&tab, "serviceFeedbackLink")
                    ->text()
                    .contains(QStringLiteral("https://yamini.example.in/feedback/SR-")));

    auto request =
        connection->exec(QStringLiteral("SELECT ticket_id FROM complaints"), QStringLiteral("read"));
    ASSERT_TRUE(request.ok() && request.value().next());
    const QString ticket = request.value().value(0).toString();
    ServiceRequest sr;
    sr.ticketId = ticket;
    sr.customerName = QStringLiteral("Meena");
    JobSheet sheet(sr, context.previews.settings(),
                   QStringLiteral("https://yamini.example.in/feedback/") + ticket);
    EXPECT_FALSE(sheet.qrCode().isNull());
    auto document = sheet.document();
    EXPECT_TRUE(document->toPlainText().contains(ticket));
    EXPECT_TRUE(document->toPlainText().contains(QStringLiteral("Yamini Infotech")));
    // What the print dialog's printer gets: here a PDF file.
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("job-sheet.pdf")));
    sheet.print(printer);
    QFile pdf(printer.outputFileName());
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_GT(bytes.size(), 2000); // text and the QR image
}

TEST_P(DeskTabsTest, DeliveryFailsThenIsReattemptedAndEachMessagesTheCustomerOnce)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    DeliveriesTab tab(context);
    tab.show();
    type(&tab, "deliveryName", QStringLiteral("Kumar"));
    type(&tab, "deliveryPhoneEdit", QStringLiteral("98765 22222"));
    type(&tab, "deliveryItem", QStringLiteral("Inkjet printer"));
    type(&tab, "deliveryReference", QStringLiteral("INV-77"));
    click(&tab, "deliverySave");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&tab, "deliveryStatus").contains(QStringLiteral("INV-77"));
    })) << statusText(&tab, "deliveryStatus").toStdString();
    ASSERT_TRUE(waitUntil([&] { return child<QAbstractButton>(&tab, "deliveryApplyStatus")->isEnabled(); }));

    auto* status = child<QComboBox>(&tab, "deliveryNewStatus");
    status->setCurrentIndex(status->findData(QStringLiteral("FAILED")));
    EXPECT_TRUE(
        child<MessagePreview>(&tab, "deliveryPreview")->toPlainText().contains(QStringLiteral("INV-77")));
    click(&tab, "deliveryApplyStatus");
    ASSERT_TRUE(waitUntil(
        [&] { return statusText(&tab, "deliveryActionStatus").contains(QStringLiteral("Failed")); }));
    EXPECT_TRUE(statusText(&tab, "deliveryActionStatus").contains(QStringLiteral("queued")));

    ASSERT_TRUE(waitUntil([&] { return child<QAbstractButton>(&tab, "deliveryApplyStatus")->isEnabled(); }));
    status->setCurrentIndex(status->findData(QStringLiteral("REATTEMPT")));
    auto* date = child<QDateEdit>(&tab, "deliveryReattemptDate");
    EXPECT_TRUE(date->isEnabled());
    date->setDate(QDate(2026, 12, 2));
    EXPECT_TRUE(
        child<MessagePreview>(&tab, "deliveryPreview")->toPlainText().contains(QStringLiteral("2 Dec 2026")));
    click(&tab, "deliveryApplyStatus");
    ASSERT_TRUE(waitUntil(
        [&] { return statusText(&tab, "deliveryActionStatus").contains(QStringLiteral("Re-attempt")); }));
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE delivery_status = 'REATTEMPT' AND "
                             "reattempt_date = ?"),
              {QStringLiteral("2026-12-02")}),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type IN "
                                   "('DELIVERY_FAILED', 'DELIVERY_REATTEMPT') AND status = 'PENDING'")),
              2);

    // The list's search box filters by any column.
    auto* list = child<QTableView>(&tab, "deliveryList");
    ASSERT_TRUE(waitUntil([&] {
        return list->model()->index(0, 1).data().toString() == QStringLiteral("Re-attempt");
    })); // read again after the change
    type(&tab, "deliverySearch", QStringLiteral("inv-77"));
    EXPECT_EQ(list->model()->rowCount(), 1);
    type(&tab, "deliverySearch", QStringLiteral("nobody-has-this"));
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_FALSE(child<QAbstractButton>(&tab, "deliveryApplyStatus")->isEnabled());
    child<QLineEdit>(&tab, "deliverySearch")->clear();
    ASSERT_EQ(list->model()->rowCount(), 1);
    list->selectRow(0);

    // The same date again is refused, and the screen says so before and after pressing the button.
    ASSERT_TRUE(waitUntil([&] { return child<QAbstractButton>(&tab, "deliveryApplyStatus")->isEnabled(); }));
    status->setCurrentIndex(status->findData(QStringLiteral("REATTEMPT")));
    date->setDate(QDate(2026, 12, 2));
    EXPECT_FALSE(child<MessagePreview>(&tab, "deliveryPreview")->isEnabled());
    EXPECT_TRUE(
        child<MessagePreview>(&tab, "deliveryPreview")->toPlainText().contains(QStringLiteral("already")));
    click(&tab, "deliveryApplyStatus");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&tab, "deliveryActionStatus").contains(QStringLiteral("already set"));
    })) << statusText(&tab, "deliveryActionStatus").toStdString();
    EXPECT_TRUE(statusText(&tab, "deliveryActionStatus").startsWith(QStringLiteral("Not saved")));

    // A new date is news for the customer: a message of its own.
    date->setDate(QDate(2026, 12, 4));
    EXPECT_TRUE(
        child<MessagePreview>(&tab, "deliveryPreview")->toPlainText().contains(QStringLiteral("4 Dec 2026")));
    click(&tab, "deliveryApplyStatus");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&tab, "deliveryActionStatus").contains(QStringLiteral("queued"));
    })) << statusText(&tab, "deliveryActionStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = "
                                   "'DELIVERY_REATTEMPT' AND status = 'PENDING'")),
              2);
}

TEST_P(DeskTabsTest, PastedLineBreaksBecomeSpacesAndFieldsTakeWhatTheirColumnsHold)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    EnquiriesTab tab(context);
    tab.show();
    auto* name = child<QLineEdit>(&tab, "enquiryName");
    auto* subject = child<QLineEdit>(&tab, "enquirySubject");
    EXPECT_EQ(name->maxLength(), 255);
    EXPECT_EQ(subject->maxLength(), 255);
    name->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("Asha\r\nVerma\n"));
    QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(name->text(), QStringLiteral("Asha Verma ")) << name->text().toStdString();
    subject->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("Laser\tprinter\u2028A4"));
    QTest::keyClick(subject, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(subject->text(), QStringLiteral("Laser printer A4"));
    name->setText(QString(329, QLatin1Char('x')));
    EXPECT_EQ(name->text().size(), 255) << "a name longer than its column is not taken";
    name->setText(QStringLiteral("Asha Verma"));
    type(&tab, "enquiryPhoneEdit", QStringLiteral("98765 43333"));
    click(&tab, "enquirySave");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&tab, "enquiryStatus").contains(QStringLiteral("queued"));
    })) << statusText(&tab, "enquiryStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Asha Verma' AND "
                                   "subject = 'Laser printer A4'")),
              1);

    ServiceRequestsTab service(context);
    EXPECT_EQ(child<QComboBox>(&service, "serviceType")->lineEdit()->maxLength(), 100);
    DeliveriesTab deliveries(context);
    EXPECT_EQ(child<QLineEdit>(&deliveries, "deliveryReference")->maxLength(), 100);
    EXPECT_EQ(child<QLineEdit>(&deliveries, "deliveryItem")->maxLength(), 255);
    auto* address = child<QLineEdit>(&deliveries, "deliveryAddress");
    address->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("12 Anna Salai\nChennai"));
    QTest::keyClick(address, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(address->text(), QStringLiteral("12 Anna Salai Chennai"));
}

TEST_P(DeskTabsTest, TheMessageColumnAndThePhoneLineSayWhatHappensToTheMessage)
{
    ASSERT_TRUE(CustomerRepository(*connection)
                    .setOptedOut(QStringLiteral("+919800000077"), true, QStringLiteral("Opted"))
                    .ok());
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    EnquiriesTab tab(context);
    tab.show();
    auto* phone = child<PhoneField>(&tab, "enquiryPhone");
    auto* preview = child<MessagePreview>(&tab, "enquiryPreview");

    // Typed, before saving: a staff number and an opted-out customer get no message, and the line says so.
    fillEnquiry(tab, QStringLiteral("Ravi"), QStringLiteral("90000 11111"), QStringLiteral("Own printer"));
    EXPECT_TRUE(phone->reasonText().contains(QStringLiteral("staff number")))
        << phone->reasonText().toStdString();
    EXPECT_FALSE(phone->reasonText().startsWith(QStringLiteral("✓")));
    EXPECT_FALSE(preview->isEnabled());
    click(&tab, "enquirySave");
    ASSERT_TRUE(
        waitUntil([&] { return statusText(&tab, "enquiryStatus").contains(QStringLiteral("staff")); }));

    fillEnquiry(tab, QStringLiteral("Opted"), QStringLiteral("98000 00077"), QStringLiteral("Toner"));
    ASSERT_TRUE(waitUntil([&] { return phone->reasonText().contains(QStringLiteral("opted out")); }))
        << phone->reasonText().toStdString();
    EXPECT_FALSE(preview->isEnabled());
    EXPECT_TRUE(preview->toPlainText().contains(QStringLiteral("opted out")))
        << preview->toPlainText().toStdString();
    click(&tab, "enquirySave");
    ASSERT_TRUE(
        waitUntil([&] { return statusText(&tab, "enquiryStatus").contains(QStringLiteral("opted out")); }));

    fillEnquiry(tab, QStringLiteral("Office"), QStringLiteral("044 2345 6789"), QStringLiteral("AMC"));
    click(&tab, "enquirySave");
    ASSERT_TRUE(
        waitUntil([&] { return statusText(&tab, "enquiryStatus").contains(QStringLiteral("not sent")); }));

    fillEnquiry(tab, QStringLiteral("Asha"), QStringLiteral("98765 43210"), QStringLiteral("Laser printer"));
    EXPECT_TRUE(phone->reasonText().startsWith(QStringLiteral("✓"))) << phone->reasonText().toStdString();
    click(&tab, "enquirySave");
    ASSERT_TRUE(
        waitUntil([&] { return statusText(&tab, "enquiryStatus").contains(QStringLiteral("queued")); }));

    // The list says what became of each message, as the log has it now.
    auto* list = child<QTableView>(&tab, "enquiryList");
    auto messageOf = [&](const QString& name) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 2).data().toString() == name)
                return list->model()->index(row, 4).data().toString();
        }
        return QString();
    };
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 4; }));
    EXPECT_EQ(messageOf(QStringLiteral("Ravi")), QStringLiteral("Not sent: staff number"));
    EXPECT_EQ(messageOf(QStringLiteral("Opted")), QStringLiteral("Not sent: customer opted out"));
    EXPECT_TRUE(messageOf(QStringLiteral("Office")).startsWith(QStringLiteral("Not sent: ")));
    EXPECT_EQ(messageOf(QStringLiteral("Asha")), QStringLiteral("Waiting to be sent"));

    // Sent by a station, or failed: the list follows.
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral(
                       "UPDATE whatsapp_message_logs SET status = 'SENT' WHERE customer_name = 'Asha'"),
                   QStringLiteral("sent"))
            .ok());
    tab.refresh();
    EXPECT_TRUE(waitUntil([&] { return messageOf(QStringLiteral("Asha")) == QStringLiteral("✓ Sent"); }))
        << messageOf(QStringLiteral("Asha")).toStdString();
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'FAILED', error_message = "
                                  "'not a WhatsApp number' WHERE customer_name = 'Asha'"),
                   QStringLiteral("failed"))
            .ok());
    tab.refresh();
    EXPECT_TRUE(waitUntil([&] {
        return messageOf(QStringLiteral("Asha")) == QStringLiteral("✗ Failed: not a WhatsApp number");
    })) << messageOf(QStringLiteral("Asha")).toStdString();
}

TEST_P(DeskTabsTest, AfterASaveTheFormsMessageLanguageGoesBackToTheDesksDefault)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    DeskConfig().setMessageLanguage(QString()); // English unless the desk says otherwise
    {
        EnquiriesTab tab(context);
        tab.show();
        auto* language = child<LanguageBox>(&tab, "enquiryLanguage");
        EXPECT_EQ(language->language(), QStringLiteral("en"));
        fillEnquiry(tab, QStringLiteral("Selvi"), QStringLiteral("98765 11111"), QStringLiteral("Scanner"));
        language->setLanguage(QStringLiteral("ta"));
        click(&tab, "enquirySave");
        ASSERT_TRUE(waitUntil([&] {
            return statusText(&tab, "enquiryStatus").contains(QStringLiteral("queued"));
        })) << statusText(&tab, "enquiryStatus").toStdString();
        EXPECT_EQ(language->language(), QStringLiteral("en")) << "the next customer is someone else";
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE language = 'ta'")),
                  1);
    }
    // A desk whose customers mostly read Hindi starts (and starts again) in Hindi.
    DeskConfig().setMessageLanguage(QStringLiteral("hi"));
    ServiceRequestsTab service(context);
    service.show();
    auto* language = child<LanguageBox>(&service, "serviceLanguage");
    EXPECT_EQ(language->language(), QStringLiteral("hi"));
    type(&service, "serviceName", QStringLiteral("Karthik"));
    type(&service, "servicePhoneEdit", QStringLiteral("98765 22221"));
    child<QComboBox>(&service, "serviceType")->setCurrentText(QStringLiteral("Repair"));
    language->setLanguage(QStringLiteral("ta"));
    click(&service, "serviceCreate");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&service, "serviceStatus").contains(QStringLiteral("SR-"));
    })) << statusText(&service, "serviceStatus").toStdString();
    EXPECT_EQ(language->language(), QStringLiteral("hi"));
    language->setLanguage(QStringLiteral("en"));
    service.startNew();
    EXPECT_EQ(language->language(), QStringLiteral("hi"));
    DeskConfig().setMessageLanguage(QString());
}

TEST_P(DeskTabsTest, AMissingLinkIsSaidPlainlyInThePreviewAndToAdministratorsAboveTheTabs)
{
    ASSERT_TRUE(SettingsRepository(*connection)
                    .setValue(QLatin1String(SharedSettings::kTrackingLink), QString(), QStringLiteral("test"))
                    .ok());
    const AppUser admin = addUser(AppUser::Role::Admin);
    {
        DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
        ServiceRequestsTab tab(context);
        tab.show();
        type(&tab, "serviceName", QStringLiteral("Meena"));
        auto* preview = child<MessagePreview>(&tab, "servicePreview");
        EXPECT_FALSE(preview->isEnabled());
        EXPECT_TRUE(
            preview->toPlainText().contains(QStringLiteral("the tracking link is not set in Settings")))
            << preview->toPlainText().toStdString();
        EXPECT_FALSE(preview->toPlainText().contains(QStringLiteral("(given on saving)")));
        MainWindow window(context);
        EXPECT_TRUE(child<QWidget>(&window, "settingsNotice")->isHidden())
            << "reception cannot change Settings";
    }
    contextHolder.reset();
    worker.reset();
    DeskContext& context = signedInAs(admin);
    MainWindow window(context);
    window.show();
    auto* notice = child<QWidget>(&window, "settingsNotice");
    EXPECT_TRUE(notice->isVisible());
    const QString text = child<QLabel>(&window, "settingsNoticeText")->text();
    EXPECT_TRUE(text.contains(QStringLiteral("the tracking link is not set in Settings")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Service request created"))) << text.toStdString();

    // Filled in (here by another desk's admin): the notice goes once the window reads the settings again.
    ASSERT_TRUE(SettingsRepository(*connection)
                    .setValue(QLatin1String(SharedSettings::kTrackingLink),
                              QStringLiteral("https://yamini.example.in/track?t={ticket_id}"),
                              QStringLiteral("test"))
                    .ok());
    window.reloadPreviews();
    EXPECT_TRUE(waitUntil([&] { return notice->isHidden(); }));
}

TEST_P(DeskTabsTest, ReceptionDoesNotSeeAdminPagesAndAdminsDo)
{
    {
        DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
        MainWindow window(context);
        EXPECT_FALSE(window.addAdminPage(new QWidget, QStringLiteral("Users")));
        QStringList titles;
        for (int i = 0; i < window.tabs()->count(); ++i)
            titles << window.tabs()->tabText(i);
        EXPECT_EQ(titles, (QStringList{QStringLiteral("Enquiries"), QStringLiteral("Service requests"),
                                       QStringLiteral("Deliveries")}));
        EXPECT_TRUE(child<QLabel>(&window, "signedInUser")->text().contains(QStringLiteral("reception")));
    }
    contextHolder.reset();
    worker.reset();
    DeskContext& admin = signedInAs(addUser(AppUser::Role::Admin));
    ASSERT_TRUE(admin.isAdmin());
    MainWindow window(admin);
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("adminOnly"));
    EXPECT_TRUE(window.addAdminPage(page, QStringLiteral("Users")));
    EXPECT_GE(window.tabs()->indexOf(page), 3);
}

TEST_P(DeskTabsTest, WhatsAppAndMessageLogTabsGoAfterDeliveriesAndTheStatusBarCounts)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    MainWindow window(context);
    auto* log = new QWidget;
    window.addMessageLogTab(log);
    auto* whatsapp = new QWidget;
    window.addWhatsAppTab(whatsapp);
    EXPECT_EQ(window.tabs()->indexOf(whatsapp), 3);
    EXPECT_EQ(window.tabs()->indexOf(log), 4);
    window.setWhatsAppState(QStringLiteral("WhatsApp: ready"), true);
    EXPECT_EQ(child<QLabel>(&window, "whatsAppStatus")->text(), QStringLiteral("WhatsApp: ready"));

    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                                  "message_content, status) VALUES ('ENQUIRY_CREATED', '+919876543210', "
                                  "'x', 'FAILED')"),
                   QStringLiteral("insert"))
            .ok());
    window.refreshMessageCounts();
    EXPECT_TRUE(waitUntil([&] {
        return child<QLabel>(&window, "messageCounts")->text().contains(QStringLiteral("failed: 1"));
    })) << child<QLabel>(&window, "messageCounts")->text().toStdString();
}

TEST_P(DeskTabsTest, KeyboardShortcutsSaveAndEveryInputHasAnAccessibleNameOrLabel)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    MainWindow window(context);
    window.show();
    auto* save = child<QAction>(&window, "actionSave");
    ASSERT_TRUE(save);
    EXPECT_EQ(save->shortcut(), QKeySequence(QKeySequence::Save));
    EXPECT_EQ(child<QAction>(&window, "actionNew")->shortcut(), QKeySequence(QKeySequence::New));
    auto* tab = child<EnquiriesTab>(&window, "enquiriesTab");
    type(tab, "enquiryName", QStringLiteral("Gopal"));
    type(tab, "enquiryPhoneEdit", QStringLiteral("98765 44444"));
    type(tab, "enquirySubject", QStringLiteral("Ribbon"));
    save->trigger(); // what Ctrl+S does on the current tab
    auto* status = child<QLabel>(tab, "enquiryStatus");
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("saved")); }))
        << status->text().toStdString();
    type(tab, "enquiryName", QStringLiteral("Half typed"));
    child<QAction>(&window, "actionNew")->trigger();
    EXPECT_TRUE(child<QLineEdit>(tab, "enquiryName")->text().isEmpty());

    // Screen readers: every field says what it is, by an accessible name or a label that points at it.
    QSet<QWidget*> labelled;
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    for (QWidget* w : window.findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                           qobject_cast<QDateEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                           qobject_cast<QTableView*>(w);
        if (!input || qobject_cast<QComboBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // the line edit inside a combo or spin box belongs to it
        EXPECT_TRUE(!w->accessibleName().isEmpty() || labelled.contains(w))
            << w->metaObject()->className() << " " << w->objectName().toStdString();
        EXPECT_FALSE(w->objectName().isEmpty()) << w->metaObject()->className() << " has no objectName";
    }
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DeskTabsTest);

} // namespace
} // namespace fd::test
