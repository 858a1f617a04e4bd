#pragma once

#include "models/repositories/EngineerRepository.h"
#include "ui/admin/AdminListPage.h"

#include <functional>

class QLineEdit;
class QPushButton;

namespace fd {

// Admins only: the field engineers service requests are assigned to. Their phones are staff phones, so
// they are never messaged. An engineer can be renamed, retired (no longer offered for assignments; their
// requests keep their name) and brought back.
class EngineersPage : public AdminListPage
{
    Q_OBJECT
public:
    explicit EngineersPage(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void refresh() override;

signals:
    void engineerAdded(const QString& name);

protected:
    void showSelected() override;
    void clearFields() override;

private:
    const Engineer* selected() const;
    void reload(qint64 keepSelected);
    void rename();
    void toggleRetired();
    // Runs a change of the selected engineer on the worker; `done` says what happened.
    void change(std::function<Result<void>(Connection&)> job, const QString& done);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_newName = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_retire = nullptr;
    SaveStatus* m_changeStatus = nullptr;
    RecordTableModel<Engineer>* m_model = nullptr;
};

} // namespace fd
