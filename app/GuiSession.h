#pragma once

#include "DatabaseChoice.h"

#include <memory>

namespace fd {

class DatabaseWorker;
class MainWindow;

// Wires the desk's window to its database worker and prepares the schema without blocking the window.
class GuiSession
{
public:
    explicit GuiSession(const DatabaseChoice& choice);
    ~GuiSession();

    MainWindow& window() { return *m_window; }

private:
    void prepareDatabase();

    DatabaseChoice m_choice;
    std::unique_ptr<DatabaseWorker> m_database;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace fd
