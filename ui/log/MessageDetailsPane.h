#pragma once

#include "models/logmodel/MessageLogQueries.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace fd {

// Everything about one message: the full text, error, transport, station, every attempt, and the failure
// screenshot when this desk can reach the file.
class MessageDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit MessageDetailsPane(QWidget* parent = nullptr);

    void showDetails(const MessageDetails& details);
    void showNothing(const QString& why);

    QString plainText() const; // for tests and copy

private:
    QTextBrowser* m_text = nullptr;
    QLabel* m_screenshot = nullptr;
};

} // namespace fd
