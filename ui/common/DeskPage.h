#pragma once

#include "models/core/Result.h"

#include <QHash>
#include <QWidget>

namespace fd {

struct DeskContext;

// A tab of the window with a form and a list. The window's shortcuts (Ctrl+S, Ctrl+N, Ctrl+F, F5) call
// these on the current tab.
class DeskPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeskPage(DeskContext& context, QWidget* parent = nullptr);

    virtual void save() = 0;
    virtual void startNew() = 0;
    virtual void focusSearch() = 0;
    virtual void refresh() = 0;

    // Whether the new-record form holds typed text that no save has taken yet: the window asks before it
    // closes and loses it.
    bool hasUnsavedInput() const;

protected:
    // The form's text fields whose content would be lost (line edits, text boxes, phone fields). Dates,
    // lists and counters always hold something and are not counted.
    void addUnsavedFields(const QList<QWidget*>& fields) { m_unsavedFields += fields; }

    // A save that failed because the database was gone is tried again when the database is back.
    void retryWhenDatabaseIsBack(const Error& error);
    void cancelRetry() { m_retryPending = false; }
    // The idempotency key of a desk action (DeskActions::newActionKey), named by what it does ("save", or the
    // action with its record and values): the same one until actionDone(), so that a second try after a lost
    // answer, the desk's own or the receptionist's, is given the first result instead of doing it twice.
    QString actionKey(const QString& action);
    void actionDone(const QString& action) { m_actionKeys.remove(action); }

    DeskContext& m_context;

private:
    bool m_retryPending = false;
    QHash<QString, QString> m_actionKeys;
    QList<QWidget*> m_unsavedFields;
};

} // namespace fd
