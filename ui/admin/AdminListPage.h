#pragma once

#include "models/db/DatabaseWorker.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DeskPage.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/SaveStatus.h"

#include <functional>

class QAbstractItemModel;
class QFormLayout;
class QGroupBox;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace fd {

// The frame of an admin page where staff are added and listed (Users, Engineers): on the left a form with the
// page's rows, an add button, the line that says what the add did and notes; on the right the list with the
// page's actions for the selected row below it. A page fills it in from its constructor, in this order:
//
//   AdminListPage(context, prefix, title)  the form's box
//   addField() / addRow() …                the page's own rows (addMobileField() for the staff phone)
//   addAddButton()                         the add button (it calls save()) and the status line under it
//   addNote()                              (optional) a note at the bottom of the form
//   addList()                              the list's box and its table; the page adds its actions below it
//   finishFrame()                          the layout, Enter adds, the page's focus goes to the first field
//
// The frame's widgets are named after `prefix` for the GUI tests: <prefix>Add, Status and List.
class AdminListPage : public DeskPage
{
    Q_OBJECT
public:
    void startNew() override;
    void focusSearch() override;

protected:
    AdminListPage(DeskContext& context, const QString& prefix, const QString& formTitle, QWidget* parent);

    // --- The form ---
    QGroupBox* formBox() const { return m_form; }
    // A row of the page's own: the label's mnemonic moves the cursor to the field (or its focus proxy), and
    // Enter there adds.
    void addField(const QString& label, QWidget* field);
    // The staff member's mobile, a row like addField()'s.
    void addMobileField(QWidget* field);
    // A row without a label, in the fields' column (a check box, a note about a field).
    void addRow(QWidget* widget);
    QPushButton* addAddButton(const QString& text);
    void addNote(const QString& text);
    SaveStatus* saveStatus() const { return m_status; }

    // --- The list ---
    // The name, the first column of every admin list.
    template<typename Record> static typename RecordTableModel<Record>::Column nameColumn()
    {
        return {tr("Name"), [](const Record& record) { return record.name; }};
    }
    // The list's box and its table over `model` (`accessibleName` names it for a screen reader). The page
    // adds its actions for the selected row below the table, to listLayout().
    QGroupBox* addList(const QString& title, QAbstractItemModel* model, const QString& accessibleName);
    QVBoxLayout* listLayout() const { return m_listLayout; }
    QTableView* list() const { return m_table; }
    // The model's row of the current record, -1 when there is none.
    int currentRow() const;
    // Called when another row becomes current and after every reload.
    virtual void showSelected() {}
    // The list is read again after every change: shows `records`, selects the one `keep` says yes to.
    template<typename Record, typename Keep>
    void showRecords(RecordTableModel<Record>* model, QList<Record> records, Keep keep)
    {
        model->setRecords(std::move(records));
        showList([model, &keep](int row) { return keep(*model->recordAt(row)); });
    }

    // Ends the frame: the form beside the list, Enter in a field adds, the focus in the first field.
    void finishFrame();

    // --- Adding ---
    // Runs the add `job` with the add button disabled and "Saving…" in the status line. A failure is said
    // there (the form keeps what was typed); a success reads the list again and goes to `added`.
    template<typename Added>
    void runAdd(std::function<Result<Added>(Connection&)> job, std::function<void(const Added&)> added)
    {
        setAdding(true);
        m_status->showSaving();
        m_context.database.run(this, std::move(job),
                               [this, added = std::move(added)](const Result<Added>& result) {
                                   setAdding(false);
                                   if (!result) {
                                       m_status->showNotSaved(result.error());
                                       return;
                                   }
                                   refresh();
                                   added(result.value());
                               });
    }
    // Empties the page's own fields (startNew() and after an add).
    virtual void clearFields() = 0;

    bool m_saving = false; // an add or an action on the selected row is under way

private:
    void setAdding(bool adding); // m_saving, and the add button disabled meanwhile
    void showList(const std::function<bool(int row)>& keep);

    QString m_prefix;
    QGroupBox* m_form = nullptr;
    QFormLayout* m_fields = nullptr;
    QWidget* m_first = nullptr;  // the first field: the page's focus
    QList<QWidget*> m_enterAdds; // the fields where Enter adds
    QPushButton* m_add = nullptr;
    SaveStatus* m_status = nullptr;
    QGroupBox* m_listBox = nullptr;
    QTableView* m_table = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
};

} // namespace fd
