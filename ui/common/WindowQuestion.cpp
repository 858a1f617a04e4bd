#include "ui/common/WindowQuestion.h"

#include <QPushButton>

namespace fd {

QMessageBox* ask(QWidget* parent, const WindowQuestion& question)
{
    if (parent->findChild<QMessageBox*>(question.objectName))
        return nullptr;
    auto* box =
        new QMessageBox(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    QList<QPushButton*> buttons;
    for (const QuestionAnswer& answer : question.answers) {
        QPushButton* button = box->addButton(answer.text, answer.role);
        button->setObjectName(answer.objectName);
        buttons << button;
    }
    if (!buttons.isEmpty()) {
        box->setDefaultButton(buttons.value(question.defaultAnswer, buttons.first()));
        box->setEscapeButton(buttons.value(question.escapeAnswer, buttons.last()));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QList<QuestionAnswer> answers = question.answers;
    QObject::connect(box, &QMessageBox::finished, parent, [box, buttons, answers] {
        const auto chosen = buttons.indexOf(qobject_cast<QPushButton*>(box->clickedButton()));
        if (chosen >= 0 && answers.at(chosen).chosen)
            answers.at(chosen).chosen();
    });
    box->open();
    return box;
}

} // namespace fd
