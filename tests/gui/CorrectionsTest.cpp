// Records opened from their lists and corrected (issue 20, point 17): every field is shown (an enquiry's
// notes too), a correction is kept with who, when and what changed, and no message is queued for it. On
// SQLite and on PostgreSQL, signed in as reception (there the desk's own login, through
// frontdesk_correct_record).
#include "GuiFixture.h"
#include "ui/common/RecordDialog.h"
#include "ui/deliveries/DeliveriesTab.h"
#include "ui/enquiries/EnquiriesTab.h"
#include "ui/service/ServiceRequestsTab.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>

namespace fd::test {
namespace {

class CorrectionsTest : public DeskTest
{
protected:
    QString text(QWidget* parent, const char* name) { return child<QLabel>(parent, name)->text(); }

    // The dialog `open` opened over `tab`, once it shows the record.
    RecordDialog* opened(QWidget* tab)
    {
        RecordDialog* dialog = nullptr;
        EXPECT_TRUE(waitUntil([&] {
            dialog = tab->findChild<RecordDialog*>();
            auto* name =
                dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("recordEdit_customer_name")) : nullptr;
            return name && dialog->isVisible() && !name->text().isEmpty();
        }));
        return dialog;
    }

    qint64 insert(const QString& sql, const QVariantList& values)
    {
        auto id = connection->scalar(sql, values, QStringLiteral("insert"));
        EXPECT_TRUE(id.ok()) << id.error().detail.toStdString();
        return id.ok() ? id.value().toLongLong() : 0;
    }

    int messages() { return count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")); }
};

TEST_P(CorrectionsTest, AnEnquirysNotesAreShownAgainAndACorrectedNameIsLoggedWithoutAMessage)
{
    const AppUser reception = addUser(AppUser::Role::Reception);
    DeskContext& context = signedInAs(reception);
    EnquiriesTab tab(context);
    tab.show();
    type(&tab, "enquiryName", QStringLiteral("Asha Vrma"));
    type(&tab, "enquiryPhoneEdit", QStringLiteral("098765 43210"));
    type(&tab, "enquirySubject", QStringLiteral("Laser printer"));
    child<QPlainTextEdit>(&tab, "enquiryNotes")->setPlainText(QStringLiteral("Wants a demo\non Friday"));
    click(&tab, "enquirySave");
    ASSERT_TRUE(waitUntil([&] { return text(&tab, "enquiryStatus").contains(QStringLiteral("queued")); }))
        << text(&tab, "enquiryStatus").toStdString();
    const int queued = messages();
    ASSERT_EQ(queued, 1);

    auto* list = child<QTableView>(&tab, "enquiryList");
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }));
    list->selectRow(0);
    click(&tab, "enquiryOpen");
    RecordDialog* dialog = opened(&tab);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QPlainTextEdit>(dialog, "recordEdit_notes")->toPlainText(),
              QStringLiteral("Wants a demo\non Friday"));
    EXPECT_EQ(child<QLineEdit>(dialog, "recordEdit_subject")->text(), QStringLiteral("Laser printer"));
    // The phone and the status are shown, not editable.
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("recordEdit_customer_phone")), nullptr);
    EXPECT_EQ(child<QLabel>(dialog, "recordField_customer_phone")->text(), QStringLiteral("+919876543210"));
    // Codes in the words of the lists, not as the database keeps them ("NEW", "en").
    EXPECT_EQ(child<QLabel>(dialog, "recordField_status")->text(), QStringLiteral("New"));
    EXPECT_EQ(child<QLabel>(dialog, "recordField_language")->text(), QStringLiteral("English"));

    type(dialog, "recordEdit_customer_name", QStringLiteral("Asha Verma"));
    click(dialog, "recordSave");
    ASSERT_TRUE(waitUntil([&] {
        return text(dialog, "recordStatus").contains(QStringLiteral("no message"));
    })) << text(dialog, "recordStatus").toStdString();
    auto* history = child<QTableWidget>(dialog, "recordHistory");
    ASSERT_TRUE(waitUntil([&] { return history->rowCount() == 1; }));
    EXPECT_EQ(history->item(0, 1)->text(), reception.login);
    EXPECT_EQ(history->item(0, 3)->text(), QStringLiteral("Asha Vrma → Asha Verma"));

    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = ?"),
                    {QStringLiteral("Asha Verma")}),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM record_corrections WHERE reference_type = 'enquiry' "
                                   "AND field = 'customer_name' AND old_value = ? AND new_value = ? "
                                   "AND corrected_by = ?"),
                    {QStringLiteral("Asha Vrma"), QStringLiteral("Asha Verma"), reception.login}),
              1);
    EXPECT_EQ(messages(), queued) << "a correction is never messaged";
    // The list follows the correction.
    EXPECT_TRUE(waitUntil(
        [&] { return list->model()->index(0, 2).data().toString() == QStringLiteral("Asha Verma"); }));

    // Saving again without a change corrects nothing.
    click(dialog, "recordSave");
    EXPECT_TRUE(waitUntil([&] { return text(dialog, "recordStatus").contains(QStringLiteral("Nothing")); }));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM record_corrections")), 1);
}

TEST_P(CorrectionsTest, AServiceRequestOpensWithEnterAndItsDescriptionIsCorrected)
{
    const qint64 id =
        insert(QStringLiteral(
                   "INSERT INTO complaints (customer_name, customer_phone, service_type, status, ticket_id, "
                   "description, whatsapp_service_created_sent) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
               {QStringLiteral("Meena"), QStringLiteral("+919876500001"), QStringLiteral("Repair"),
                QStringLiteral("OPEN"), QStringLiteral("SR-000001"), QStringLiteral("Paper jam"), true});
    const int before = messages();
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    ServiceRequestsTab tab(context);
    tab.show();
    auto* list = child<QTableView>(&tab, "serviceList");
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }));
    list->setFocus();
    list->selectRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    RecordDialog* dialog = opened(&tab);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLabel>(dialog, "recordField_ticket_id")->text(), QStringLiteral("SR-000001"));
    EXPECT_EQ(child<QLabel>(dialog, "recordField_status")->text(), QStringLiteral("Open"));
    child<QPlainTextEdit>(dialog, "recordEdit_description")
        ->setPlainText(QStringLiteral("Paper jam, tray 2"));
    type(dialog, "recordEdit_service_type", QStringLiteral("Repair (on site)"));
    click(dialog, "recordSave");
    ASSERT_TRUE(waitUntil([&] {
        return text(dialog, "recordStatus").contains(QStringLiteral("no message"));
    })) << text(dialog, "recordStatus").toStdString();
    EXPECT_TRUE(waitUntil([&] { return child<QTableWidget>(dialog, "recordHistory")->rowCount() == 2; }));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE id = ? AND description = ? AND "
                                   "service_type = ? AND status = 'OPEN'"),
                    {id, QStringLiteral("Paper jam, tray 2"), QStringLiteral("Repair (on site)")}),
              1);
    EXPECT_EQ(messages(), before);
}

TEST_P(CorrectionsTest, ADeliverysItemAndAddressAreCorrectedAndALineBreakStaysOut)
{
    const qint64 id =
        insert(QStringLiteral(
                   "INSERT INTO stock_movements (item_name, customer_name, customer_phone, delivery_status, "
                   "reference, address) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
               {QStringLiteral("Inkjet printr"), QStringLiteral("Kumar"), QStringLiteral("+919876500002"),
                QStringLiteral("PENDING"), QStringLiteral("INV-77"), QStringLiteral("12 Anna Salai")});
    const int before = messages();
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    DeliveriesTab tab(context);
    tab.show();
    auto* list = child<QTableView>(&tab, "deliveryList");
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }));
    list->selectRow(0);
    click(&tab, "deliveryOpen");
    RecordDialog* dialog = opened(&tab);
    ASSERT_NE(dialog, nullptr);
    type(dialog, "recordEdit_item_name", QStringLiteral("Inkjet printer"));
    auto* address = child<QLineEdit>(dialog, "recordEdit_address");
    address->clear();
    address->insert(QStringLiteral("12 Anna Salai,\nChennai"));
    click(dialog, "recordSave");
    ASSERT_TRUE(waitUntil([&] {
        return text(dialog, "recordStatus").contains(QStringLiteral("no message"));
    })) << text(dialog, "recordStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE id = ? AND item_name = ? AND "
                                   "address = ? AND delivery_status = 'PENDING'"),
                    {id, QStringLiteral("Inkjet printer"), QStringLiteral("12 Anna Salai, Chennai")}),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM record_corrections WHERE reference_type = "
                                   "'stock_movement' AND reference_id = ?"),
                    {id}),
              2);
    EXPECT_EQ(messages(), before);
}

TEST_P(CorrectionsTest, OnlyTheListedFieldsCanBeCorrectedAndAnEmptyNameIsRefused)
{
    const qint64 id = insert(QStringLiteral("INSERT INTO enquiries (customer_name, customer_phone, subject, "
                                            "status) VALUES (?, ?, ?, ?) RETURNING id"),
                             {QStringLiteral("Asha"), QStringLiteral("+919876543210"),
                              QStringLiteral("Printer"), QStringLiteral("NEW")});
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    for (const auto& [field, value] :
         {qMakePair(QStringLiteral("status"), QStringLiteral("CLOSED")),
          qMakePair(QStringLiteral("whatsapp_enquiry_sent"), QStringLiteral("0")),
          qMakePair(QStringLiteral("customer_phone"), QStringLiteral("+919876500009")),
          qMakePair(QStringLiteral("customer_name"), QStringLiteral("  "))}) {
        const QString f = field;
        const QString v = value;
        auto corrected = context.database.run([id, f, v](Connection& c) {
            return CorrectionRepository(c).correct(QStringLiteral("enquiry"), id, {qMakePair(f, v)},
                                                   QStringLiteral("someone"));
        });
        ASSERT_TRUE(waitUntil([&] { return corrected.isFinished(); }));
        EXPECT_FALSE(corrected.result().ok()) << f.toStdString();
        EXPECT_EQ(corrected.result().error().kind, Error::Kind::InvalidInput) << f.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Asha' AND "
                                   "status = 'NEW' AND customer_phone = '+919876543210'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM record_corrections")), 0);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(CorrectionsTest);

} // namespace
} // namespace fd::test
