#pragma once

#include "models/db/ConnectionSpec.h"
#include "models/db/MigrationRunner.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace fd {

class DatabaseWorker;

// Shown to an administrator who signed in on a shared (PostgreSQL) database whose schema is older than this
// FrontDesk: what the upgrade does, and "Upgrade now" or "Not now". Not now closes FrontDesk, since this
// version's screens need the newer schema; desks with the older FrontDesk keep working meanwhile. The
// upgrade runs on the admin's own worker (their role; the server decides whether they may), off the GUI
// thread; accepted once the schema is current.
class SchemaUpgradeDialog : public QDialog
{
    Q_OBJECT
public:
    SchemaUpgradeDialog(DatabaseWorker& worker, const ConnectionSpec& server, const SchemaStatus& status,
                        QWidget* parent = nullptr);

private:
    void upgrade();
    void showStatus(const QString& text, bool bad);

    DatabaseWorker& m_worker;
    SchemaStatus m_status;
    QLabel* m_state = nullptr;
    QPushButton* m_upgrade = nullptr;
    QPushButton* m_notNow = nullptr;
};

} // namespace fd
