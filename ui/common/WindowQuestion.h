#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <functional>

class QWidget;

namespace fd {

// One answer of a WindowQuestion: its text, role, stable objectName and what it does when chosen.
struct QuestionAnswer
{
    QString text;
    QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    QString objectName;
    std::function<void()> chosen; // may be empty: the answer only closes the question
};

// A question that does not stop the desk: window-modal over `parent`, answered through the answers'
// callbacks (never a nested event loop), and asked once at a time (a second ask while one of the same
// objectName is open does nothing).
struct WindowQuestion
{
    QString objectName;
    QString title;
    QString text;
    QList<QuestionAnswer> answers;
    int defaultAnswer = 0;
    int escapeAnswer = -1; // Esc and the title bar's close: this answer (the last one when -1)
};

// Opens `question` and returns its box (deleted when answered), or nullptr when it is open already.
QMessageBox* ask(QWidget* parent, const WindowQuestion& question);

} // namespace fd
