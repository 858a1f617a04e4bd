#pragma once

#include "automation/outbox/QueueResult.h"
#include "models/core/Result.h"

#include <QLabel>

class QTimer;
#include <optional>

namespace fd {

// The line under a form that says what the last save did: saved and queued; saved but not sent and why;
// staff number; already sent; or not saved (what you typed is kept).
class SaveStatus : public QLabel
{
    Q_OBJECT
public:
    explicit SaveStatus(QWidget* parent = nullptr);

    void showSaving();
    void showSaved(const QString& what, const std::optional<QueueResult>& message);
    void showRefused(const QString& reason);
    void showNotSaved(const Error& error); // the database refused or is gone; the form keeps its content
    void showInfo(const QString& text);

    static QString describe(const std::optional<QueueResult>& message);

    static constexpr int kSlowMs = 3000; // after this long "Saving…" says the database is slow

private:
    void setLine(const QString& text);

    QTimer* m_slow = nullptr;
};

} // namespace fd
