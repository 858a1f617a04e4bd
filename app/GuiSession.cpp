#include "GuiSession.h"

#include "db/DatabaseWorker.h"
#include "db/MigrationRunner.h"
#include "main/MainWindow.h"

#include <QMessageBox>

namespace fd {

GuiSession::GuiSession(const DatabaseChoice& choice)
    : m_choice(choice)
    , m_database(std::make_unique<DatabaseWorker>(choice.spec, QStringLiteral("gui")))
    , m_window(std::make_unique<MainWindow>(*m_database))
{
    prepareDatabase();
}

GuiSession::~GuiSession()
{
    m_window.reset(); // the window uses the worker
}

void GuiSession::prepareDatabase()
{
    const bool autoMigrate = m_choice.spec.dialect == Dialect::Sqlite;
    m_database
        ->run([autoMigrate](Connection& connection) -> Result<MigrationReport> {
            MigrationRunner runner(connection);
            if (autoMigrate)
                return runner.migrate();
            // A shared server is upgraded deliberately (`frontdesk migrate`), not by whichever desk starts first.
            auto version = runner.checkCompatible();
            if (!version)
                return version.error();
            MigrationReport report;
            report.fromVersion = report.toVersion = version.value();
            return report;
        })
        .then(m_window.get(), [this](const Result<MigrationReport>& report) {
            const QString name = m_choice.spec.displayName();
            if (!report) {
                m_window->showDatabaseState(QObject::tr("%1 — %2").arg(name, report.error().message), false);
                QMessageBox::critical(m_window.get(), QObject::tr("Database"), report.error().message);
                return;
            }
            const int latest = MigrationRunner::latestVersion(m_choice.spec.dialect);
            if (report->toVersion < latest) {
                m_window->showDatabaseState(
                    QObject::tr("%1 — needs an upgrade to schema %2: ask your administrator to run "
                                "\"frontdesk migrate\"").arg(name).arg(latest),
                    false);
                return;
            }
            m_window->showDatabaseState(QObject::tr("%1 — schema %2").arg(name).arg(report->toVersion), true);
        });
}

} // namespace fd
