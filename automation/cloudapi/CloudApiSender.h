#pragma once

#include "automation/cloudapi/CloudApiSettings.h"
#include "automation/dispatch/Sender.h"
#include "models/core/Clock.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace fd {

// The WhatsApp Business Cloud API as a Sender: one HTTPS request per message, templates filled from the
// values the message was rendered from. The access token comes from the keychain (setAccessToken); a
// rejected token or WhatsApp's rate limit makes the sender "not ready", so messages wait instead of failing.
class CloudApiSender final : public Sender
{
    Q_OBJECT
public:
    explicit CloudApiSender(CloudApiSettings settings, QObject* parent = nullptr);
    ~CloudApiSender() override;

    void setSettings(CloudApiSettings settings);
    void setAccessToken(const QString& token);

    QString transport() const override { return QStringLiteral("cloud-api"); }
    bool isReady() const override;
    QString notReadyReason() const override;

    void send(const OutgoingMessage& message, std::function<void(SendResult)> done) override;
    // The Cloud API cannot be asked what was sent: a message interrupted mid-request cannot be verified.
    void checkAlreadySent(const OutgoingMessage& message, const QDateTime& since,
                          std::function<void(std::optional<bool>)> done) override;

    // The pause after a rate-limit answer: 5 s, doubling up to 5 minutes, reset by a successful send.
    int throttlePauseMs() const { return m_throttleMs; }

private:
    void finished(QNetworkReply* reply, qint64 messageId, bool requestLeft,
                  const std::function<void(SendResult)>& done);
    void throttle();
    void setReadyState(bool wasReady);

    CloudApiSettings m_settings;
    QString m_token;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_inFlight;
    bool m_tokenRejected = false;
    QString m_tokenProblem;
    int m_throttleMs = 0;
    QTimer m_throttleTimer;
};

} // namespace fd
