#pragma once

#include "automation/events/AdminActions.h"
#include "models/logmodel/OptedOutCustomers.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fd {

class DatabaseWorker;

// Customers who asked for no WhatsApp messages: add one, take one off the list (they get messages again),
// or import a CSV of phones. Each change is saved at once.
class OptOutPanel : public QWidget
{
    Q_OBJECT
public:
    OptOutPanel(DatabaseWorker& database, QStringList allowedRegions, QWidget* parent = nullptr);

    void setAllowedRegions(const QStringList& regions) { m_regions = regions; }
    QStringList phones() const; // as listed
    QString statusText() const;

public slots:
    void reload();
    void addTyped(); // from the phone and name boxes
    void removeSelected();
    void importFile(const QString& path);

signals:
    void changed(); // after the list was read again

private:
    void askImport();
    void apply(const QList<OptOutRequest>& requests, const QString& doneText);
    void setStatus(const QString& text, bool problem);

    DatabaseWorker& m_database;
    QStringList m_regions;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fd
