#pragma once

#include <QMainWindow>

class QLabel;

namespace fd {

class DatabaseWorker;

// The desk's window. Tabs for enquiries, service requests, deliveries, WhatsApp and the message log
// arrive with their features; this holds the frame and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DatabaseWorker& database, QWidget* parent = nullptr);

    void showDatabaseState(const QString& text, bool healthy);

private:
    DatabaseWorker& m_database;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace fd
