#pragma once

#include "automation/events/DeskActions.h"
#include "automation/templates/EventType.h"
#include "models/db/DatabaseWorker.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DeskPage.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/LanguageBox.h"
#include "ui/common/PhoneField.h"
#include "ui/common/RecordDialog.h"
#include "ui/common/SaveStatus.h"

#include <QHash>
#include <QLineEdit>
#include <functional>

class QAbstractItemModel;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace fd {

class MessagePreview;

// The frame of a tab where a customer's record is entered: on the left a form that starts with the customer's
// name and phone and ends with the message language, a save button and the line that says what the save did,
// optionally with the message that will go below it; on the right the list of records with its search (and a
// status filter), "Open / correct…" and the tab's own panel for the selected record. A tab fills it in from
// its constructor, in this order:
//
//   EntryPage(context, prefix, title)  the form with name and phone
//   addField() …                       the tab's own rows
//   addSaveButton()                    the language, the save button, the status line
//   addPreviewBelowForm()              (optional) the message preview, kept up to date by updatePreview()
//   addList()                          the list's box, its search and table
//   addStatusFilter()                  (optional) a status filter beside the search
//   finishFrame()                      "Open / correct…", the selected-record panel, layout, keys, tab order
//
// The frame's widgets are named after `prefix` for the GUI tests: <prefix>Form, Name, Phone, PhoneEdit,
// Language, Status, Preview, Search, Filter, List and Open.
class EntryPage : public DeskPage
{
    Q_OBJECT
public:
    void focusSearch() override;

protected:
    EntryPage(DeskContext& context, const QString& prefix, const QString& formTitle, QWidget* parent);

    // --- The form ---
    QGroupBox* formBox() const { return m_form; }
    // A row of the tab's own (label with its mnemonic, the field as its buddy), between the phone and the
    // language. It is disabled while a save runs; a one-line field saves on Enter; typed text in a line or
    // text field counts as unsaved input.
    void addField(const QString& label, QWidget* field);
    // Ends the form: the message language, the save button (it calls save()) and the status line under them.
    QPushButton* addSaveButton(const QString& text, const QString& objectName, const QString& toolTip);
    // Another button next to the save button (disabled while a save runs).
    void addFormButton(QPushButton* button);
    // The WhatsApp message that will go, in a box below the form: updatePreview() whenever the name, the
    // phone or the language change (the tab connects its own fields).
    void addPreviewBelowForm();
    virtual void updatePreview() {}
    // The form's preview for `event`, or why no message will go to this phone.
    void showFormPreview(EventType event, const QHash<QString, QString>& values);

    QLineEdit* nameField() const { return m_name; }
    PhoneField* phoneField() const { return m_phone; }
    LanguageBox* languageField() const { return m_language; }
    SaveStatus* saveStatus() const { return m_status; }

    // --- The list ---
    enum class Search {
        Database,  // the search box asks the database again (refresh() a moment after typing stops)
        LoadedList // the search box filters the loaded records
    };
    // The list's box and its table over `model`; `title` also names the list for a screen reader. With
    // Search::Database, `searchHint` and `searchName` say what the search looks in; the loaded list's search
    // says it itself.
    QGroupBox* addList(const QString& title, QAbstractItemModel* model, Search search,
                       const QString& searchHint = {}, const QString& searchName = {});
    // A status filter beside the search, "All" first (the tab adds the statuses, with their names as data):
    // refresh() when another is chosen.
    QComboBox* addStatusFilter(const QString& label, const QString& accessibleName);
    // The status the filter shows (its item's data), empty for all.
    QString filterValue() const;
    QString searchText() const { return m_search->text(); }
    QTableView* list() const { return m_table; }
    // The row of the model of the selected record in a filtered list; -1 when none is selected.
    int selectedRow() const;
    // Selects the first record shown for whose model row `matches` says yes.
    void selectRow(const std::function<bool(int modelRow)>& matches);
    // Called when the selection changes, or the search filters it out (with a selected-record panel).
    virtual void showSelected() {}

    // Ends the frame: "Open / correct…" (`openToolTip`, it opens what `opened` says is selected), the tab's
    // panel for the selected record below the list, the layout, and the keyboard: Enter in the form saves,
    // the tab order runs through the form and on to the list, the tab's focus goes to the name.
    void finishFrame(const QString& openToolTip, std::function<OpenedRecord()> opened,
                     QWidget* selectedPanel = nullptr);

    // --- Saving ---
    // A save may start: none is under way and the customer's name and phone are acceptable (otherwise the
    // status line says why).
    bool startSave();
    // The form's customer, language, who saves it and the idempotency key of this form fill.
    template<typename Input> void fillCustomer(Input& input)
    {
        input.customerName = m_name->text();
        input.customerPhone = m_phone->text();
        input.language = m_language->language();
        input.createdBy = m_context.userLogin();
        input.actionKey = actionKey(QStringLiteral("save"));
    }
    // Runs the desk action `job` with the form disabled and "Saving…" in the status line. A failure is said
    // there (the form keeps what was typed; the save is tried again when the database is back); a success
    // gives the next save a new key and goes to `saved`.
    template<typename Record>
    void runSave(std::function<Result<Saved<Record>>(Connection&)> job,
                 std::function<void(const Saved<Record>&)> saved)
    {
        m_saving = true;
        setFormEnabled(false);
        m_status->showSaving();
        m_context.database.run(this, std::move(job),
                               [this, saved = std::move(saved)](const Result<Saved<Record>>& result) {
                                   m_saving = false;
                                   setFormEnabled(true);
                                   if (!result) {
                                       form::showFailure(m_status, result.error());
                                       retryWhenDatabaseIsBack(result.error());
                                       return;
                                   }
                                   actionDone(QStringLiteral("save"));
                                   saved(result.value());
                               });
    }
    // Runs the desk action `job` on the selected record, named `keyName` for its idempotency key: no save or
    // other action starts meanwhile, and `status` says "Saving…". A failure is said there and showSelected()
    // enables the panel again; a success gives the next action a new key and goes to `done`.
    template<typename Record>
    void runSelectedAction(const QString& keyName, SaveStatus* status,
                           std::function<Result<Saved<Record>>(Connection&)> job,
                           std::function<void(const Saved<Record>&)> done)
    {
        m_saving = true;
        status->showSaving();
        m_context.database.run(
            this, std::move(job),
            [this, keyName, status, done = std::move(done)](const Result<Saved<Record>>& result) {
                m_saving = false;
                if (!result) {
                    form::showFailure(status, result.error());
                    showSelected();
                    return;
                }
                actionDone(keyName);
                done(result.value());
            });
    }
    // Empties the form for the next customer (the tab's own fields in clearFields()), the language back to
    // the desk's default, a new key for the next save, the cursor in the name.
    void clearForm();
    virtual void clearFields() = 0;

    bool m_saving = false;    // a save or an action on the selected record is under way
    int m_listGeneration = 0; // drops the answer of an older refresh

private:
    void setFormEnabled(bool enabled);

    QString m_prefix;
    QGroupBox* m_form = nullptr;
    QFormLayout* m_fields = nullptr;
    QVBoxLayout* m_formLayout = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QLineEdit* m_name = nullptr;
    PhoneField* m_phone = nullptr;
    LanguageBox* m_language = nullptr;
    QPushButton* m_save = nullptr;
    SaveStatus* m_status = nullptr;
    QList<QWidget*> m_formWidgets; // disabled while a save runs, in the form's order
    QList<QWidget*> m_ownFields;
    QList<QPushButton*> m_formButtons;
    QWidget* m_left = nullptr; // the form, with the preview below it if there is one
    MessagePreview* m_preview = nullptr;

    QGroupBox* m_listBox = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr; // with Search::LoadedList
    QComboBox* m_filter = nullptr;
    QHBoxLayout* m_searchRow = nullptr;
};

} // namespace fd
