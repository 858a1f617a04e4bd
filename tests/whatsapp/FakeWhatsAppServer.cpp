#include "whatsapp/FakeWhatsAppServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <algorithm>
#include <memory>
#include <utility>

namespace fd::test {
namespace {

// A page that stopped polling this long ago has gone: another browser may take WhatsApp without a fight.
constexpr qint64 kActivePageMs = 1500;

QString pageFolder()
{
    return QStringLiteral(FRONTDESK_TEST_SOURCE_DIR "/whatsapp/page/");
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 400:
        return "Bad Request";
    default:
        return "Error";
    }
}

QString cookieValue(const QByteArray& header, const QByteArray& name)
{
    for (const QByteArray& part : header.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(name + '='))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

// The page speaks Hindi when the browser asks for it first, as WhatsApp does.
QString pageLanguage(const QByteArray& acceptLanguage)
{
    const QByteArray first = acceptLanguage.split(',').value(0).split(';').value(0).trimmed().toLower();
    return first == "hi" || first.startsWith("hi-") ? QStringLiteral("hi") : QStringLiteral("en");
}

} // namespace

QString pageVersionName(PageVersion version)
{
    return version == PageVersion::Today ? QStringLiteral("today") : QStringLiteral("yesterday");
}

FakeWhatsAppServer::FakeWhatsAppServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeWhatsAppServer::onConnection);
}

FakeWhatsAppServer::~FakeWhatsAppServer()
{
    m_server.close();
}

bool FakeWhatsAppServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeWhatsAppServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

QList<FakeWhatsAppServer::Sent> FakeWhatsAppServer::sentTo(const QString& digits) const
{
    QList<Sent> result;
    for (const Sent& s : m_sent)
        if (s.phone == digits)
            result << s;
    return result;
}

void FakeWhatsAppServer::addHistory(const QString& digits, const QString& text, const QDateTime& at)
{
    m_sent << Sent{QStringLiteral("true_%1@c.us_HIST%2").arg(digits).arg(m_sent.size()), digits, text,
                   QStringLiteral("msg-dblcheck"), at};
}

int FakeWhatsAppServer::unreadFromCustomer(const QString& digits) const
{
    int unread = 0;
    for (const Sent& s : m_incoming)
        unread += s.phone == digits && s.status != QLatin1String("read") ? 1 : 0;
    return unread;
}

void FakeWhatsAppServer::addCustomerMessage(const QString& digits, const QString& text, const QDateTime& at)
{
    m_incoming << Sent{QStringLiteral("false_%1@c.us_IN%2").arg(digits).arg(m_incoming.size()), digits, text,
                       QString(), at};
}

bool FakeWhatsAppServer::broken() const
{
    return m_config.breakAfterSends >= 0 && m_sends >= m_config.breakAfterSends;
}

QString FakeWhatsAppServer::accountNoticeNow() const
{
    const int after = m_config.accountNoticeAfterSends;
    return after >= 0 && m_sends >= after ? m_config.accountNotice : QString();
}

QString FakeWhatsAppServer::brokenName() const
{
    if (!broken())
        return {};
    return m_config.breaks == PageBreak::Ticks ? QStringLiteral("ticks") : QStringLiteral("ownRowIds");
}

void FakeWhatsAppServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.url = QUrl(QString::fromLatin1(first.value(1)));
            request.path = request.url.path();
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const int length = request.headers.value("content-length", "0").toInt();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            const Response response = handle(request);
            QByteArray out =
                "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
            out += "Content-Type: " + response.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            out += "Cache-Control: no-store\r\nConnection: close\r\n";
            for (const QByteArray& header : response.extraHeaders)
                out += header + "\r\n";
            out += "\r\n" + response.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }
}

FakeWhatsAppServer::Response FakeWhatsAppServer::file(const QString& name, const QByteArray& type)
{
    QFile f(pageFolder() + name);
    if (!f.open(QIODevice::ReadOnly))
        return Response{404, "text/plain", "missing " + name.toUtf8(), {}};
    return Response{200, type, f.readAll(), {}};
}

FakeWhatsAppServer::Response FakeWhatsAppServer::json(const QJsonDocument& doc, int status)
{
    return Response{status, "application/json", doc.toJson(QJsonDocument::Compact), {}};
}

FakeWhatsAppServer::Response FakeWhatsAppServer::handle(const Request& request)
{
    m_paths << request.url.toString();
    const QString path = request.path;
    const QUrlQuery query(request.url);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();

    if (path == QLatin1String("/") || path == QLatin1String("/send")) {
        ++m_pageLoads;
        m_pageLanguages << QString::fromLatin1(request.headers.value("accept-language"));
        m_pageCacheControls << QString::fromLatin1(request.headers.value("cache-control"));
        m_pageBrands << QString::fromLatin1(request.headers.value("sec-ch-ua"));
        return file(QStringLiteral("index.html"), "text/html; charset=utf-8");
    }
    if (path == QLatin1String("/sw.js")) {
        ++m_serviceWorkerFetches;
        return file(QStringLiteral("sw.js"), "text/javascript; charset=utf-8");
    }
    if (path == QLatin1String("/app.js"))
        return file(QStringLiteral("app.js"), "text/javascript; charset=utf-8");
    if (path == QLatin1String("/app.css"))
        return file(QStringLiteral("app.css"), "text/css; charset=utf-8");
    if (path == QLatin1String("/api/config")) {
        const bool unsupported = m_config.unsupportedLoads > 0;
        if (unsupported)
            --m_config.unsupportedLoads;
        const QString hangOn = std::exchange(m_config.hangOn, QString()); // one page load hangs
        const bool serviceWorker = m_config.unsupportedServiceWorker;
        m_config.unsupportedServiceWorker = false;
        return json(QJsonDocument(
            QJsonObject{{QStringLiteral("page"), pageVersionName(m_config.page)},
                        {QStringLiteral("lang"), pageLanguage(request.headers.value("accept-language"))},
                        {QStringLiteral("unsupportedServiceWorker"), serviceWorker},
                        {QStringLiteral("loadMs"), m_config.loadMs},
                        {QStringLiteral("syncMs"), m_config.syncMs},
                        {QStringLiteral("chatOpenMs"), m_config.chatOpenMs},
                        {QStringLiteral("ackMs"), m_config.ackMs},
                        {QStringLiteral("deliveredMs"), m_config.deliveredMs},
                        {QStringLiteral("readMs"), m_config.readMs},
                        {QStringLiteral("dropSend"), m_config.dropSend},
                        {QStringLiteral("noInterception"), m_config.noInterception},
                        {QStringLiteral("reuseMain"), m_config.reuseMain},
                        {QStringLiteral("hangOn"), hangOn},
                        {QStringLiteral("standInWpp"), m_config.standInWpp},
                        {QStringLiteral("wppThrowOnSend"), m_config.wppThrowOnSend},
                        {QStringLiteral("wppBlockAfterSends"), m_config.wppBlockAfterSends},
                        {QStringLiteral("unsupported"), unsupported}}));
    }
    if (path == QLatin1String("/api/hello")) {
        // One browser (cookie) may reload freely; a second browser meets "open in another window".
        QString browser = cookieValue(request.headers.value("cookie"), "wab");
        QList<QByteArray> headers;
        if (browser.isEmpty()) {
            browser = QStringLiteral("b%1").arg(++m_nextBrowser);
            headers << "Set-Cookie: wab=" + browser.toLatin1() + "; Path=/; Max-Age=31536000";
        }
        const int token = ++m_nextToken;
        m_tokenBrowser.insert(token, browser);
        const bool otherAlive = m_activeToken != 0 && m_tokenBrowser.value(m_activeToken) != browser &&
                                m_activeSeen.msecsTo(QDateTime::currentDateTimeUtc()) < kActivePageMs;
        if (!otherAlive) {
            m_activeToken = token;
            m_activeSeen = QDateTime::currentDateTimeUtc();
        }
        Response r = json(QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                                    {QStringLiteral("active"), !otherAlive},
                                                    {QStringLiteral("loggedIn"), m_config.loggedIn}}));
        r.extraHeaders = headers;
        return r;
    }
    if (path == QLatin1String("/api/state")) {
        const int token = query.queryItemValue(QStringLiteral("token")).toInt();
        const bool active = token == m_activeToken;
        if (active)
            m_activeSeen = QDateTime::currentDateTimeUtc();
        return json(QJsonDocument(QJsonObject{{QStringLiteral("active"), active},
                                              {QStringLiteral("loggedIn"), m_config.loggedIn},
                                              {QStringLiteral("offline"), m_offline},
                                              {QStringLiteral("notice"), accountNoticeNow()}}));
    }
    if (path == QLatin1String("/api/takeover")) {
        m_activeToken = body.value(QStringLiteral("token")).toInt();
        m_activeSeen = QDateTime::currentDateTimeUtc();
        return json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
    }
    if (path == QLatin1String("/api/scan")) { // a test hook, like the phone scanning the code
        scan();
        return json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
    }
    if (path == QLatin1String("/api/chats")) { // the chat list: each chat and its unread customer messages
        QStringList phones;
        for (const Sent& s : m_sent + m_incoming)
            if (!phones.contains(s.phone))
                phones << s.phone;
        QJsonArray chats;
        for (const QString& phone : phones)
            chats.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("+") + phone},
                                     {QStringLiteral("unread"), unreadFromCustomer(phone)}});
        return json(QJsonDocument(chats));
    }
    if (path == QLatin1String("/api/read")) { // a chat was opened: its customer messages are read
        const QString digits = body.value(QStringLiteral("phone")).toString();
        for (Sent& s : m_incoming)
            if (s.phone == digits)
                s.status = QStringLiteral("read");
        return json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
    }
    if (path == QLatin1String("/api/chat")) {
        const QString digits = query.queryItemValue(QStringLiteral("phone"));
        if (digits.isEmpty() || m_config.invalidNumbers.contains(digits))
            return json(QJsonDocument(QJsonObject{{QStringLiteral("invalid"), true}}), 404);
        QList<Sent> chat;
        for (const Sent& s : m_sent + m_incoming)
            if (s.phone == digits)
                chat << s;
        std::stable_sort(chat.begin(), chat.end(), [](const Sent& a, const Sent& b) { return a.at < b.at; });
        QJsonArray messages;
        for (const Sent& s : chat)
            messages.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("text"), s.text},
                                        {QStringLiteral("status"), s.status},
                                        {QStringLiteral("at"), s.at.toMSecsSinceEpoch()}});
        return json(QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages},
                                              {QStringLiteral("broken"), brokenName()},
                                              {QStringLiteral("fail"), m_config.failStep.value(digits)}}));
    }
    if (path == QLatin1String("/api/send")) {
        const QString digits = body.value(QStringLiteral("phone")).toString();
        const bool held = m_config.noTickNumbers.contains(digits) ||
                          m_config.failStep.value(digits) == QLatin1String("tick");
        const bool failed = m_config.failedNumbers.contains(digits);
        const QString brokenNow = brokenName(); // after N sends: this is send N + 1
        m_sent << Sent{body.value(QStringLiteral("id")).toString(), digits,
                       body.value(QStringLiteral("text")).toString(),
                       failed ? QStringLiteral("msg-failed") : QStringLiteral("msg-time"),
                       QDateTime::currentDateTime()};
        ++m_sends;
        return json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), !held && !failed},
                                              {QStringLiteral("failed"), failed},
                                              {QStringLiteral("broken"), brokenNow},
                                              {QStringLiteral("notice"), accountNoticeNow()}}));
    }
    if (path == QLatin1String("/api/ack")) {
        const QString id = body.value(QStringLiteral("id")).toString();
        for (Sent& s : m_sent)
            if (s.id == id)
                s.status = body.value(QStringLiteral("status")).toString();
        return json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
    }
    if (path == QLatin1String("/sent.json")) {
        QJsonArray all;
        for (const Sent& s : m_sent)
            all.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("phone"), s.phone},
                                   {QStringLiteral("text"), s.text},
                                   {QStringLiteral("status"), s.status}});
        return json(QJsonDocument(all));
    }
    return Response{404, "text/plain", "not found", {}};
}

} // namespace fd::test
