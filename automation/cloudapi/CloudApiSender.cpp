#include "cloudapi/CloudApiSender.h"

#include "cloudapi/CloudApiRequest.h"
#include "cloudapi/CloudApiResponse.h"
#include "core/Logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fd {
namespace {

constexpr int kFirstThrottleMs = 5000;
constexpr int kMaxThrottleMs = 5 * 60 * 1000;

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
    return !m_token.isEmpty() && !m_settings.phoneNumberId.isEmpty() && m_settings.baseUrl.isValid()
        && !m_tokenRejected && !m_throttleTimer.isActive();
}

QString CloudApiSender::notReadyReason() const
{
    if (m_settings.phoneNumberId.isEmpty())
        return tr("The WhatsApp Cloud API has no phone number id: an administrator sets it in the settings.");
    if (!m_settings.baseUrl.isValid())
        return tr("The WhatsApp Cloud API address in the settings is not a valid URL.");
    if (m_token.isEmpty())
        return tr("The WhatsApp Cloud API access token is not in the keychain: an administrator enters it in the "
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
    // A POST that got no answer is not repeated by Qt on its own: we decide (RETRYING with backoff).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    QNetworkReply* reply = m_network->post(request, QJsonDocument(body.value()).toJson(QJsonDocument::Compact));
    m_inFlight = reply;
    const qint64 id = message.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, done = std::move(done)] {
        finished(reply, id, done);
    });
}

void CloudApiSender::finished(QNetworkReply* reply, qint64 messageId, const std::function<void(SendResult)>& done)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QString networkError;
    if (status == 0) {
        networkError = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 s").arg(m_settings.timeoutMs / 1000.0)
            : reply->errorString();
    }
    const CloudApiOutcome outcome = CloudApiOutcome::classify(status, body, networkError);
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
