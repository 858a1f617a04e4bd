#pragma once

#include "models/logmodel/MessageLogFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace fd {

// Event, status, date range and search of the message log. Typing in the search box settles for a moment
// before the filter changes, so the database is not asked on every key.
class LogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogFilterBar(QWidget* parent = nullptr);

    MessageLogFilter filter() const;
    void clear();
    void focusSearch();

signals:
    void filterChanged(const fd::MessageLogFilter& filter);

private:
    void emitChange();

    QComboBox* m_event = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchSettle;
};

} // namespace fd
