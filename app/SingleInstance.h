#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace fd {

// One desk window per user and database: a second launch asks the running one to come to the front and
// exits, so a receptionist who clicks the icon again gets the window she already has.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key: what makes two launches "the same desk" (the database URL); the user is added here.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    enum class Role { Primary, Secondary, Failed };
    // Secondary: another instance was running and was told to come to the front. Primary: this process now
    // listens for later launches. Failed: neither (the reason in errorString()); the desk runs on its own.
    Role claim();
    QString errorString() const { return m_error; }
    QString serverName() const { return m_serverName; }

signals:
    // A later launch asked for this desk: bring its window (or its sign-in dialog) to the front.
    void activationRequested();

private:
    bool tellRunningInstance();
    void acceptConnections();

    QString m_serverName;
    QString m_lockPath;
    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace fd
