#pragma once

#include "core/Result.h"

#include <QList>

class QAbstractItemModel;
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
// A read-only, row-selecting list of records.
void setUpList(QTableView* view, QAbstractItemModel* model, const QString& objectName,
               const QString& accessibleName);

} // namespace form
} // namespace fd
