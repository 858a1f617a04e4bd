#include "ui/common/FormHelpers.h"

#include "models/records/TextFields.h"
#include "ui/common/PhoneField.h"
#include "ui/common/SaveStatus.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
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

// Enter in a one-line field presses the form's button.
class EnterPresses : public QObject
{
public:
    explicit EnterPresses(QAbstractButton* button)
        : QObject(button)
        , m_button(button)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || mods != Qt::NoModifier)
            return QObject::eventFilter(watched, event);
        if (m_button->isEnabled() && m_button->isVisible())
            m_button->click();
        return true;
    }

private:
    QAbstractButton* m_button;
};

// Tab goes to the next field instead of the next part of the date.
class DateField : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

void enterPresses(const QList<QWidget*>& fields, QAbstractButton* button)
{
    auto* filter = new EnterPresses(button);
    for (QWidget* field : fields)
        field->installEventFilter(filter);
}

QDateEdit* dateField(const QDate& date, QWidget* parent)
{
    auto* edit = new DateField(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    return edit;
}

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

void setBuddies(QFormLayout* layout)
{
    for (int row = 0; row < layout->rowCount(); ++row) {
        QLayoutItem* labelItem = layout->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem* fieldItem = layout->itemAt(row, QFormLayout::FieldRole);
        auto* label = qobject_cast<QLabel*>(labelItem ? labelItem->widget() : nullptr);
        QWidget* field = fieldItem ? fieldItem->widget() : nullptr;
        if (label && field)
            label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    }
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
