#include "automation/cloudapi/CloudApiSender.h"

#include "automation/cloudapi/CloudApiRequest.h"
#include "automation/cloudapi/CloudApiResponse.h"
#include "automation/core/Logging.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cstring>
#include <memory>

namespace fd {
namespace {

constexpr int kFirstThrottleMs = 5000;
constexpr int kMaxThrottleMs = 5 * 60 * 1000;

// A request body that can be read once. When a connection closes under a request that was sent, Qt's HTTP
// layer sends the request again by itself (it did here: the Graph-like test server got the message twice); a
// message must not go twice because its answer was lost. A body that cannot be rewound makes that second
// send fail (QNetworkReply::ContentReSendError) instead, and the answer counts as lost.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_read);
        if (n <= 0)
            return -1; // the end: nothing more will come
        memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

CloudApiSender::CloudApiSender(CloudApiSettings settings, QObject* parent)
    : Sender(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcAutomation) << "cloud api: rate-limit pause over";
        emit readyChanged(isReady());
    });
}

CloudApiSender::~CloudApiSender()
{
    if (m_inFlight)
        m_inFlight->abort();
}

void CloudApiSender::setSettings(CloudApiSettings settings)
{
    const bool wasReady = isReady();
    m_settings = std::move(settings);
    setReadyState(wasReady);
}

void CloudApiSender::setAccessToken(const QString& token)
{
    const bool wasReady = isReady();
    m_token = token.trimmed();
    m_tokenRejected = false;
    m_tokenProblem.clear();
    setReadyState(wasReady);
}

void CloudApiSender::setReadyState(bool wasReady)
{
    if (isReady() != wasReady)
        emit readyChanged(isReady());
}

bool CloudApiSender::isReady() const
{
    return !m_token.isEmpty() && !m_settings.phoneNumberId.isEmpty() && m_settings.baseUrl.isValid() &&
           !m_tokenRejected && !m_throttleTimer.isActive();
}

QString CloudApiSender::notReadyReason() const
{
    if (m_settings.phoneNumberId.isEmpty())
        return tr("The WhatsApp Cloud API has no phone number id: an administrator sets it in the settings.");
    if (!m_settings.baseUrl.isValid())
        return tr("The WhatsApp Cloud API address in the settings is not a valid URL.");
    if (m_token.isEmpty())
        return tr(
            "The WhatsApp Cloud API access token is not in the keychain: an administrator enters it in the "
            "settings.");
    if (m_tokenRejected)
        return m_tokenProblem;
    if (m_throttleTimer.isActive())
        return tr("WhatsApp's sending rate limit was reached: sending resumes in %1 s.")
            .arg((m_throttleTimer.remainingTime() + 999) / 1000);
    return {};
}

void CloudApiSender::send(const OutgoingMessage& message, std::function<void(SendResult)> done)
{
    if (!isReady()) {
        done(SendResult::notReady(notReadyReason()));
        return;
    }
    auto body = CloudApiRequest::build(message, m_settings);
    if (!body) {
        done(SendResult::permanent(body.error().message));
        return;
    }
    QNetworkRequest request(m_settings.messagesUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // A POST is never repeated: not by Qt's HTTP/1.1 layer (the body is read once and not buffered), and not
    // over HTTP/2, whose layer has resend rules of its own; one message at a time needs no multiplexing.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const QByteArray json = QJsonDocument(body.value()).toJson(QJsonDocument::Compact);
    request.setHeader(QNetworkRequest::ContentLengthHeader, json.size());

    auto* upload = new OneShotBody(json, nullptr);
    QNetworkReply* reply = m_network->post(request, upload);
    upload->setParent(reply);
    m_inFlight = reply;
    // Whether any of the body went out: after that, a lost answer may hide a message WhatsApp took.
    auto left = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::uploadProgress, this, [left](qint64 sent, qint64) {
        if (sent > 0)
            *left = true;
    });
    const qint64 id = message.id;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, id, left, done = std::move(done)] { finished(reply, id, *left, done); });
}

void CloudApiSender::finished(QNetworkReply* reply, qint64 messageId, bool requestLeft,
                              const std::function<void(SendResult)>& done)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    QString networkError;
    if (status == 0) {
        networkError = reply->error() == QNetworkReply::OperationCanceledError
                           ? tr("no answer within %1 s").arg(m_settings.timeoutMs / 1000.0)
                           : reply->errorString();
        // Qt wanted to send it again: it had gone out once.
        if (reply->error() == QNetworkReply::ContentReSendError)
            requestLeft = true;
    }
    const CloudApiOutcome outcome = CloudApiOutcome::classify(status, body, networkError, requestLeft);
    qCInfo(lcAutomation) << "cloud api: message" << messageId << "HTTP" << status << "code" << outcome.code
                         << outcome.reason;

    switch (outcome.kind) {
    case CloudApiOutcome::Kind::Accepted:
        m_throttleMs = 0;
        done(SendResult::sent(outcome.messageId));
        return;
    case CloudApiOutcome::Kind::RetryLater:
        done(SendResult::transient(outcome.reason));
        return;
    case CloudApiOutcome::Kind::MaybeSent:
        done(SendResult::unconfirmed(outcome.reason));
        return;
    case CloudApiOutcome::Kind::Permanent:
        done(SendResult::permanent(outcome.reason));
        return;
    case CloudApiOutcome::Kind::Throttled:
        throttle();
        done(SendResult::notReady(outcome.reason));
        return;
    case CloudApiOutcome::Kind::TokenRejected: {
        const bool wasReady = isReady();
        m_tokenRejected = true;
        m_tokenProblem = outcome.reason;
        setReadyState(wasReady);
        done(SendResult::notReady(outcome.reason));
        return;
    }
    }
}

void CloudApiSender::throttle()
{
    const bool wasReady = isReady();
    m_throttleMs = m_throttleMs == 0 ? kFirstThrottleMs : qMin(m_throttleMs * 2, kMaxThrottleMs);
    m_throttleTimer.start(m_throttleMs);
    setReadyState(wasReady);
}

void CloudApiSender::checkAlreadySent(const OutgoingMessage&, const QDateTime&,
                                      std::function<void(std::optional<bool>)> done)
{
    done(std::nullopt);
}

} // namespace fd
