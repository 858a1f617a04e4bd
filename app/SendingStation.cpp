#include "app/SendingStation.h"

#include "app/StationName.h"
#include "app/TransportChoice.h"
#include "automation/cloudapi/CloudApiSender.h"
#include "automation/dispatch/Dispatcher.h"
#include "automation/dispatch/MessageQueue.h"
#include "automation/secrets/CredentialService.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "models/db/DatabaseWorker.h"

#include <QDateTime>

namespace fd {

SendingStation::SendingStation(DatabaseWorker& database, whatsapp::WhatsAppWebSender& webSender,
                               CredentialService& credentials, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_webSender(webSender)
    , m_credentials(credentials)
{}

SendingStation::~SendingStation()
{
    m_dispatcher.reset(); // before the senders it uses
}

void SendingStation::start()
{
    m_database.run(
        this,
        [](Connection& c) -> Result<TransportChoice> {
            // A login without the sender role is told so now, not by a refused claim later (0016).
            auto maySend = MessageQueue::loginMaySend(c);
            if (!maySend)
                return maySend.error();
            if (!maySend.value())
                return Error::make(Error::Kind::PermissionDenied,
                                   tr("This login may not send messages: ask IT or an admin to grant it the "
                                      "sender role"));
            return TransportChoice::load(c);
        },
        [this](const Result<TransportChoice>& choice) {
            if (!choice) {
                emit stateChanged(choice.error().kind == Error::Kind::PermissionDenied
                                      ? choice.error().message
                                      : tr("Sending waits: %1").arg(choice.error().message),
                                  false);
                return;
            }
            m_transport = choice->transport;
            if (choice->isCloudApi())
                startCloudApi(choice->cloud);
            else
                startWith(m_webSender);
        });
}

void SendingStation::startCloudApi(const CloudApiSettings& settings)
{
    m_cloudSender = std::make_unique<CloudApiSender>(settings);
    connect(m_cloudSender.get(), &Sender::readyChanged, this, [this](bool ready) {
        emit stateChanged(
            ready ? tr("Sending through the WhatsApp Cloud API") : m_cloudSender->notReadyReason(), ready);
    });
    m_credentials.load(settings.tokenKey(), [this, settings](Result<std::optional<QString>> token) {
        if (!token) {
            emit stateChanged(tr("Cloud API: %1").arg(token.error().message), false);
        } else if (token->has_value()) {
            m_cloudSender->setAccessToken(token->value());
        }
        startWith(*m_cloudSender);
        if (!m_cloudSender->isReady())
            emit stateChanged(m_cloudSender->notReadyReason(), false);
    });
}

bool SendingStation::isBusy() const
{
    return m_dispatcher && m_dispatcher->isRunning() && m_dispatcher->isBusy();
}

void SendingStation::settingsChanged()
{
    if (m_dispatcher)
        m_dispatcher->settingsChanged();
}

void SendingStation::stop(int graceMs, std::function<void()> done)
{
    if (!m_dispatcher || !m_dispatcher->isRunning()) {
        done();
        return;
    }
    connect(m_dispatcher.get(), &Dispatcher::finished, this, [done = std::move(done)] { done(); });
    m_sender->stopSending(graceMs);
    m_dispatcher->stop();
}

void SendingStation::startWith(Sender& sender)
{
    m_sender = &sender;
    Dispatcher::Options options;
    options.station = stationName();
    m_dispatcher = std::make_unique<Dispatcher>(m_database, sender, options);
    connect(m_dispatcher.get(), &Dispatcher::stateChanged, this,
            [this](const QString& text) { emit stateChanged(text, true); });
    connect(m_dispatcher.get(), &Dispatcher::finished, this,
            [this](Dispatcher::Finish how, const QString& message) {
                if (how != Dispatcher::Finish::Done)
                    emit stateChanged(tr("Sending stopped: %1").arg(message), false);
            });
    connect(m_dispatcher.get(), &Dispatcher::paused, this, &SendingStation::paused);
    connect(m_dispatcher.get(), &Dispatcher::resumed, this, &SendingStation::resumed);
    m_dispatcher->start();
}

void SendingStation::resume(const QString& by, bool isAdmin)
{
    const QString station = stationName();
    m_database.run(
        this,
        [station, by, isAdmin](Connection& c) {
            return StationPauses(c).resume(station, by, isAdmin, QDateTime::currentDateTimeUtc());
        },
        [this, station](const Result<int>& resumed) {
            if (!resumed) {
                emit resumeFinished(false, resumed.error().message);
                return;
            }
            if (m_dispatcher)
                m_dispatcher->wake(); // goes on now rather than at its next look
            emit resumeFinished(true, resumed.value() > 0
                                          ? tr("Sending resumed on station %1.").arg(station)
                                          : tr("Station %1 was no longer paused.").arg(station));
        });
}

} // namespace fd
