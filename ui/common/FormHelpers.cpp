#include "common/FormHelpers.h"

#include "common/PhoneField.h"
#include "common/SaveStatus.h"
#include "records/TextFields.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QValidator>

namespace fd::form {
namespace {

class OneLineValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override
    {
        const QString line = singleLine(input);
        if (line != input) {
            pos = int(singleLine(input.left(pos)).size());
            input = line;
        }
        return Acceptable;
    }
};

} // namespace

void keepOneLine(QLineEdit* edit, int maxLength)
{
    edit->setValidator(new OneLineValidator(edit));
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
}

void limitColumnWidths(QTableView* view)
{
    view->horizontalHeader()->setMaximumSectionSize(view->fontMetrics().averageCharWidth() * 40);
}

bool checkRequired(QWidget* field, const QString& text, const QString& refusal, SaveStatus* status)
{
    if (!text.trimmed().isEmpty())
        return true;
    status->showRefused(refusal);
    field->setFocus();
    return false;
}

bool checkCustomer(QLineEdit* name, PhoneField* phone, SaveStatus* status)
{
    if (!checkRequired(name, name->text(),
                       QCoreApplication::translate("fd::form", "enter the customer's name."), status))
        return false;
    if (phone->isAcceptable())
        return true;
    status->showRefused(phone->check().reason);
    phone->lineEdit()->setFocus();
    return false;
}

void showFailure(SaveStatus* status, const Error& error)
{
    if (error.kind == Error::Kind::InvalidInput)
        status->showRefused(error.message);
    else
        status->showNotSaved(error);
}

void setEnabled(const QList<QWidget*>& widgets, bool enabled)
{
    for (QWidget* widget : widgets)
        widget->setEnabled(enabled);
}

void setUpList(QTableView* view, QAbstractItemModel* model, const QString& objectName,
               const QString& accessibleName)
{
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    limitColumnWidths(view);
}

} // namespace fd::form
