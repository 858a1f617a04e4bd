#pragma once

#include "models/db/ConnectionSpec.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <memory>

namespace fd::test {

// A PostgreSQL server of this test's own (tests/util/pg-test-server.sh), which the test may stop and start
// again as an administrator would (its data kept, the same port). Removed when the object goes away.
class PrivateServer
{
public:
    static std::unique_ptr<PrivateServer> start(QString* whyNot)
    {
        std::unique_ptr<PrivateServer> server(new PrivateServer);
        if (!server->m_state.isValid() || !server->script(QStringLiteral("start"), whyNot))
            return nullptr;
        QFile url(server->m_state.filePath(QStringLiteral("url")));
        if (!url.open(QIODevice::ReadOnly)) {
            *whyNot = QStringLiteral("the server wrote no URL");
            return nullptr;
        }
        auto spec = ConnectionSpec::parse(QString::fromUtf8(url.readAll()).trimmed());
        if (!spec) {
            *whyNot = spec.error().message;
            return nullptr;
        }
        server->m_admin = spec.value();
        server->m_admin.connectTimeoutSeconds = 3;
        server->m_started = true;
        return server;
    }

    ~PrivateServer()
    {
        QString ignored;
        if (m_started)
            script(QStringLiteral("stop"), &ignored);
    }

    const ConnectionSpec& admin() const { return m_admin; }
    // A fresh database on it, for the admin user.
    ConnectionSpec createDatabase(QString* whyNot) const
    {
        ConnectionSpec spec = m_admin;
        spec.database = QStringLiteral("ft_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_admin.password);
        psql.setProcessEnvironment(env);
        psql.setProcessChannelMode(QProcess::MergedChannels);
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-h"), m_admin.host, QStringLiteral("-p"), QString::number(m_admin.port),
                    QStringLiteral("-U"), m_admin.user, QStringLiteral("-d"), QStringLiteral("postgres"),
                    QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(spec.database)});
        if (!psql.waitForFinished(60000) || psql.exitCode() != 0)
            *whyNot = QString::fromLocal8Bit(psql.readAll());
        return spec;
    }

    bool halt(QString* whyNot) { return script(QStringLiteral("halt"), whyNot); }
    bool resume(QString* whyNot) { return script(QStringLiteral("resume"), whyNot); }

private:
    PrivateServer() = default;

    bool script(const QString& command, QString* whyNot) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FRONTDESK_TEST_PG_URL")); // a server of its own, even when CI has one
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            QStringLiteral("bash"),
            {QStringLiteral(FRONTDESK_TEST_SOURCE_DIR "/util/pg-test-server.sh"), command, m_state.path()});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            *whyNot = command + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll());
            return false;
        }
        return true;
    }

    QTemporaryDir m_state;
    ConnectionSpec m_admin;
    bool m_started = false;
};

} // namespace fd::test
