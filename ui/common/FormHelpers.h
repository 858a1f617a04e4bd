#pragma once

#include "models/core/Result.h"

#include <QDate>
#include <QList>

class QAbstractButton;
class QAbstractItemModel;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QTableView;
class QWidget;

namespace fd {

class PhoneField;
class SaveStatus;

// What the desk's forms and lists share.
namespace form {

// Name and phone are there and the phone can be read; otherwise the status says why and the field has focus.
bool checkCustomer(QLineEdit* name, PhoneField* phone, SaveStatus* status);
// A required text field; otherwise `refusal` is shown and the field has focus.
bool checkRequired(QWidget* field, const QString& text, const QString& refusal, SaveStatus* status);
// A save that failed: refused input is said as such, anything else as "not saved, what you typed is kept".
void showFailure(SaveStatus* status, const Error& error);
void setEnabled(const QList<QWidget*>& widgets, bool enabled);
// A one-line field keeps one line: pasted line breaks (and tabs, other control characters) become spaces as
// they arrive; with `maxLength` > 0 it takes no more characters than its column holds (records/TextFields.h).
void keepOneLine(QLineEdit* edit, int maxLength = 0);
// Columns sized to their contents, but none wider than about 40 characters: one long value does not widen a
// list beyond the window (the full text is in the tooltip).
void limitColumnWidths(QTableView* view);
// Enter (or the keypad's Enter) in any of these one-line fields presses `button` (when it is enabled): line
// edits, combo and spin boxes, dates. A multi-line field keeps Enter for its new lines; an open list or
// calendar takes the key first.
void enterPresses(const QList<QWidget*>& fields, QAbstractButton* button);
// A date field with a calendar: Tab leaves it for the next field (the arrow keys move between day, month and
// year); the day, the month's name and the full year leave no doubt (e.g. "03 Dec 2026").
QDateEdit* dateField(const QDate& date, QWidget* parent);
// Each row's label takes its field as buddy (the field's focus proxy, where it has one, e.g. a phone field's
// line edit): the label's mnemonic moves the cursor there.
void setBuddies(QFormLayout* layout);
// A read-only, row-selecting list of records.
void setUpList(QTableView* view, QAbstractItemModel* model, const QString& objectName,
               const QString& accessibleName);

} // namespace form
} // namespace fd
