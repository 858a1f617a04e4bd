#include "main/MainWindow.h"

#include "db/DatabaseWorker.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

namespace fd {

MainWindow::MainWindow(DatabaseWorker& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FrontDesk"));
    resize(1100, 720);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setDocumentMode(true);
    setCentralWidget(tabs);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseLabel->setAccessibleName(tr("Database status"));
    statusBar()->addWidget(m_databaseLabel, 1);
    showDatabaseState(tr("%1 — connecting…").arg(database.spec().displayName()), true);

    connect(&m_database, &DatabaseWorker::availabilityChanged, this,
            [this](bool available, const QString& message) {
                showDatabaseState(available ? m_database.spec().displayName()
                                            : tr("%1 — %2").arg(m_database.spec().displayName(), message),
                                  available);
            });
}

void MainWindow::showDatabaseState(const QString& text, bool healthy)
{
    m_databaseLabel->setText(text);
    m_databaseLabel->setStyleSheet(healthy ? QString() : QStringLiteral("color: palette(highlighted-text); "
                                                                        "background: #b3261e; padding: 0 6px;"));
}

} // namespace fd
