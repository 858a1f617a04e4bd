#pragma once

#include "automation/cloudapi/CloudApiSettings.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/settings/SharedSettings.h"

#include <QObject>
#include <functional>
#include <memory>

namespace fd {

class CloudApiSender;
class CredentialService;
class DatabaseWorker;
class Dispatcher;
class Sender;

namespace whatsapp {
class WhatsAppWebSender;
}

// The desk's own sender station ("this desk sends"): a dispatcher over the transport the admin chose —
// WhatsApp Web in this window, or the Cloud API with its token from the keychain. It reads the choice
// from the shared settings, so nothing here waits on the database.
class SendingStation : public QObject
{
    Q_OBJECT
public:
    SendingStation(DatabaseWorker& database, whatsapp::WhatsAppWebSender& webSender,
                   CredentialService& credentials, QObject* parent = nullptr);
    ~SendingStation() override;

    void start();
    QString transport() const { return m_transport; }
    // Lifts this station's pause (administrators; on PostgreSQL the server checks) and sends again.
    void resume(const QString& by, bool isAdmin);

    // A message is being claimed, sent or recorded: closing now should let it finish.
    bool isBusy() const;
    // The shared settings changed (quiet hours, cap, pace): the dispatcher reads them again at once.
    void settingsChanged();
    // Sends nothing new; `done` runs once the message in flight is recorded (within about `graceMs`: then
    // it is recorded "may have been sent" if send was pressed, released untouched if not), at once when
    // nothing is in flight.
    void stop(int graceMs, std::function<void()> done);

signals:
    // One line for the status bar: "Sending through WhatsApp Web", "Cloud API: no access token ...".
    void stateChanged(const QString& text, bool healthy);
    // This station stopped sending until an admin resumes it (also when it started paused), and went on.
    void paused(const fd::StationPause& pause);
    void resumed();
    void resumeFinished(bool ok, const QString& message);

private:
    void startWith(Sender& sender);
    void startCloudApi(const CloudApiSettings& settings);

    DatabaseWorker& m_database;
    Sender* m_sender = nullptr; // the one the dispatcher uses
    whatsapp::WhatsAppWebSender& m_webSender;
    CredentialService& m_credentials;
    QString m_transport;
    std::unique_ptr<CloudApiSender> m_cloudSender;
    std::unique_ptr<Dispatcher> m_dispatcher;
};

} // namespace fd
