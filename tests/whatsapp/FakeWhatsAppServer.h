#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

namespace fd::test {

// Which WhatsApp Web the test page plays (see page/app.js): today's (since June 2026: rows known by their
// data-id only, ticks by their labels, hashed class names) or the one before it.
enum class PageVersion { Today, Yesterday };
QString pageVersionName(PageVersion version); // "today", "yesterday"

// What the page no longer shows once config.breakAfterSends messages went out.
enum class PageBreak {
    OwnRowIds, // message rows lose data-id, data-testid and message-in/out: nobody can tell whose they are
    Ticks,     // tick icons lose their data-icon
};

// What the test page's "WhatsApp" does: delays (kept short in tests) and scripted failures.
struct FakeWhatsAppConfig
{
    PageVersion page = PageVersion::Today;
    int loadMs = 30;      // startup splash
    int syncMs = 30;      // "Loading your chats" after login
    int chatOpenMs = 20;  // "Starting chat" before a chat opens
    int ackMs = 20;       // clock -> sent tick
    int deliveredMs = 60; // sent -> delivered
    int readMs = 120;     // delivered -> read
    bool loggedIn = false;
    QSet<QString> invalidNumbers; // digits that are not on WhatsApp
    QSet<QString> noTickNumbers;  // digits whose messages stay at the clock
    QSet<QString> failedNumbers;  // digits whose messages WhatsApp marks msg-failed (could not send it)
    bool dropSend = false;        // the send button and Enter do nothing: typed but not sent
    bool noInterception = false;  // api.whatsapp.com links are not intercepted: only /send works
    bool reuseMain = false;       // a chat opens inside the same #main element (only its content changes)
    int unsupportedLoads = 0;     // the next N page loads show the unsupported-browser page
    QString hangOn; // the next page load hangs for good (a busy loop in its main world): "open" when a chat
                    // starts opening, "send" once a sent message reached the server
    // The next page load registers a service worker that answers every later load with the
    // unsupported-browser page (until it is unregistered).
    bool unsupportedServiceWorker = false;
    // Digits -> the step of the path that fails in that chat: "open" (the chat never opens), "type" (its
    // compose box rejects every text), "send" (the send control does nothing), "recognise" (our rows there
    // carry no id: nobody can tell whose they are), "tick" (our messages stay at the clock).
    QHash<QString, QString> failStep;
    int breakAfterSends = -1; // from then on the page no longer shows `breaks` (-1: never)
    PageBreak breaks = PageBreak::OwnRowIds;
    // The page defines a stand-in for WA-JS's WPP object (page/app.js), answered by this server.
    bool standInWpp = false;
    QString wppThrowOnSend;      // its sendTextMessage throws this (after FrontDesk called it)
    int wppBlockAfterSends = -1; // it reports the account blocked (TOS_BLOCK) after this many sends
    // After this many sends the page shows WhatsApp's own warning about the account (-1: never): today's
    // page as a banner above the chat list, yesterday's as a popup.
    int accountNoticeAfterSends = -1;
    QString accountNotice = QStringLiteral("Your account is restricted right now. You can't message new "
                                           "people for 24 hours.");
};

// The WhatsApp-like test page (tests/whatsapp/page) and its server side, on 127.0.0.1 and a free port:
// login by a simulated scan, the record of what was sent (also as GET /sent.json), chat history that
// survives a reload, "open in another window" between browsers. Lives in the test process and stops with
// the object; it never talks to anything but 127.0.0.1.
class FakeWhatsAppServer : public QObject
{
    Q_OBJECT
public:
    struct Sent
    {
        QString id;
        QString phone; // digits
        QString text;
        QString status; // msg-time, msg-check, msg-dblcheck, msg-dblcheck-ack
        QDateTime at;
    };

    explicit FakeWhatsAppServer(QObject* parent = nullptr);
    ~FakeWhatsAppServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path = QStringLiteral("/")) const;

    FakeWhatsAppConfig& config() { return m_config; }
    void scan() { m_config.loggedIn = true; } // the phone scanned the QR code
    void logout() { m_config.loggedIn = false; }
    void setOffline(bool offline) { m_offline = offline; }

    QList<Sent> sent() const { return m_sent; }
    QList<Sent> sentTo(const QString& digits) const;
    // A message already in the chat (sent by an earlier station).
    void addHistory(const QString& digits, const QString& text,
                    const QDateTime& at = QDateTime::currentDateTime());
    // A message the customer wrote (a "false_" row; never part of sent()).
    void addCustomerMessage(const QString& digits, const QString& text,
                            const QDateTime& at = QDateTime::currentDateTime());
    // The customer's messages in that chat that the business has not read (opening the chat reads them, as on
    // WhatsApp).
    int unreadFromCustomer(const QString& digits) const;
    int pageLoads() const { return m_pageLoads; }
    QStringList requestedPaths() const { return m_paths; }
    // The Accept-Language header of each page load (/ and /send), in order.
    QStringList pageAcceptLanguages() const { return m_pageLanguages; }
    // The Cache-Control header of each page load ("no-cache" for a reload that bypasses the cache).
    QStringList pageCacheControls() const { return m_pageCacheControls; }
    int serviceWorkerFetches() const { return m_serviceWorkerFetches; }
    // The Sec-CH-UA header (the browser's brands and major versions) of each page load.
    QStringList pageBrands() const { return m_pageBrands; }

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        QUrl url;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QByteArray> extraHeaders;
    };

    void onConnection();
    Response handle(const Request& request);
    Response file(const QString& name, const QByteArray& type);
    Response json(const QJsonDocument& doc, int status = 200);

    QTcpServer m_server;
    FakeWhatsAppConfig m_config;
    bool m_offline = false;
    bool broken() const;
    QString brokenName() const;
    QString accountNoticeNow() const; // the warning the page shows now, empty when none

    QList<Sent> m_sent;
    QList<Sent> m_incoming;
    int m_sends = 0;
    int m_pageLoads = 0;
    QStringList m_pageLanguages;
    QStringList m_pageCacheControls;
    QStringList m_pageBrands;
    int m_serviceWorkerFetches = 0;
    int m_nextToken = 0;
    int m_nextBrowser = 0;
    QHash<int, QString> m_tokenBrowser; // page token -> browser (cookie)
    int m_activeToken = 0;
    QDateTime m_activeSeen;
    QStringList m_paths;
};

} // namespace fd::test
