#pragma once

#include "automation/events/DeskActions.h"
#include "models/records/Delivery.h"
#include "ui/common/DeskPage.h"
#include "ui/common/RecordTableModel.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace fd {

class LanguageBox;
class MessagePreview;
class PhoneField;
class SaveStatus;

// Deliveries (table `stock_movements`): item, reference, dates; then DELIVERED, FAILED or REATTEMPT with
// the new date. FAILED and REATTEMPT message the customer; the preview shows what goes.
class DeliveriesTab : public DeskPage
{
    Q_OBJECT
public:
    explicit DeliveriesTab(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void startNew() override;
    void focusSearch() override;
    void refresh() override;

    void applyStatus();
    void selectDelivery(qint64 id);

signals:
    void deliveryChanged(qint64 id); // for tests

private:
    void updateStatusPreview();
    void showSelected();
    const Delivery* selected() const;
    void setFormEnabled(bool enabled);
    Delivery::Status chosenStatus() const;

    QLineEdit* m_name = nullptr;
    PhoneField* m_phone = nullptr;
    QLineEdit* m_item = nullptr;
    QSpinBox* m_quantity = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_address = nullptr;
    QDateEdit* m_scheduled = nullptr;
    LanguageBox* m_language = nullptr;
    QPushButton* m_create = nullptr;
    SaveStatus* m_status = nullptr;

    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr; // the search box filters what is loaded
    RecordTableModel<Delivery>* m_model = nullptr;
    QLabel* m_selectedTitle = nullptr;
    QComboBox* m_newStatus = nullptr;
    QDateEdit* m_reattempt = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_apply = nullptr;
    MessagePreview* m_preview = nullptr;
    SaveStatus* m_actionStatus = nullptr;

    qint64 m_selectId = 0;
    bool m_saving = false;
    int m_listGeneration = 0;
};

} // namespace fd
