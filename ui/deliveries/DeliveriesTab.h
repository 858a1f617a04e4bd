#pragma once

#include "automation/events/DeskActions.h"
#include "models/records/Delivery.h"
#include "ui/common/EntryPage.h"
#include "ui/common/RecordTableModel.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fd {

class MessagePreview;

// Deliveries (table `stock_movements`): item, reference, dates; then DELIVERED, FAILED or REATTEMPT with
// the new date. FAILED and REATTEMPT message the customer; the preview shows what goes.
class DeliveriesTab : public EntryPage
{
    Q_OBJECT
public:
    explicit DeliveriesTab(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void startNew() override;
    void refresh() override;

    void applyStatus();
    void selectDelivery(qint64 id);

signals:
    void deliveryChanged(qint64 id); // for tests

private:
    void updateStatusPreview();
    void showSelected() override;
    void clearFields() override;
    const Delivery* selected() const;
    Delivery::Status chosenStatus() const;

    QLineEdit* m_item = nullptr;
    QSpinBox* m_quantity = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_address = nullptr;
    QDateEdit* m_scheduled = nullptr;

    RecordTableModel<Delivery>* m_model = nullptr;
    QLabel* m_selectedTitle = nullptr;
    QComboBox* m_newStatus = nullptr;
    QDateEdit* m_reattempt = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_apply = nullptr;
    MessagePreview* m_preview = nullptr;
    SaveStatus* m_actionStatus = nullptr;

    qint64 m_selectId = 0;
};

} // namespace fd
