#pragma once

#include "models/core/Result.h"

#include <QPlainTextEdit>

namespace fd {

// The WhatsApp message that will go, updated as the form is filled in. Read-only, reachable by keyboard.
class MessagePreview : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MessagePreview(QWidget* parent = nullptr);
    void showMessage(const QString& text);
    void showNoMessage(const QString& why);
    // The message, or why none can go.
    void showPreview(const Result<QString>& preview);
};

} // namespace fd
