#pragma once

#include "models/repositories/EngineerRepository.h"
#include "ui/common/DeskPage.h"
#include "ui/common/RecordTableModel.h"

class QLineEdit;
class QPushButton;
class QTableView;

namespace fd {

class SaveStatus;

// Admins only: the field engineers service requests are assigned to. Their phones are staff phones, so
// they are never messaged.
class EngineersPage : public DeskPage
{
    Q_OBJECT
public:
    explicit EngineersPage(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void startNew() override;
    void focusSearch() override;
    void refresh() override;

signals:
    void engineerAdded(const QString& name);

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QPushButton* m_add = nullptr;
    SaveStatus* m_status = nullptr;
    QTableView* m_table = nullptr;
    RecordTableModel<Engineer>* m_model = nullptr;
    bool m_saving = false;
};

} // namespace fd
