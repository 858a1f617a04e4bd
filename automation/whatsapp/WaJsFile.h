#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QWebEnginePage;

namespace fd::whatsapp {

// A WA-JS file an administrator dropped in: a newer release than the built-in one, for the weeks when
// WhatsApp changed faster than FrontDesk was updated (like a selector pack). Checked before a desk uses it
// (WaJsFileCheck); the built-in file stays the fallback.
struct WaJsSource
{
    QByteArray code; // empty: the built-in file
    QString origin;  // "built-in" or the file's path
};

// The file's contents when it can be what a WA-JS release is (readable, not empty, a sane size, text that
// mentions WPP); the reason otherwise.
Result<QByteArray> readWaJsFile(const QString& path);

// The desk's WA-JS: the file at `path` when set and readable, else the built-in one, with `warning` (when
// given) saying why a set file was not used.
WaJsSource chooseWaJs(const QString& path, QString* warning = nullptr);

// The check before an administrator's file is used: it is loaded, with FrontDesk's configuration, into a
// blank page of its own (off the record, nothing to talk to) and must define WPP and report a version
// within kTimeoutMs. Asynchronous: finished() once, then the check may be deleted.
class WaJsFileCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 20000;

    explicit WaJsFileCheck(QString path, QObject* parent = nullptr);
    ~WaJsFileCheck() override;

    void start();

signals:
    // `ok`: the version it reports in `text`; otherwise why the file cannot be used.
    void finished(bool ok, const QString& text);

private:
    void finish(bool ok, const QString& text);
    void evaluate();

    QString m_path;
    QByteArray m_code;
    QWebEnginePage* m_page = nullptr;
    QString m_firstError; // the first script error the page reported
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace fd::whatsapp
