#include "automation/secrets/CredentialService.h"

#include "automation/core/Logging.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace fd {
namespace {

const QString kKeysSetting = QStringLiteral("credentials/keys");

Error keychainError(QKeychain::Error code, const QString& detail)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error::make(
            Error::Kind::Unavailable,
            QObject::tr("No keychain is available on this computer (no Secret Service is running), "
                        "so the password is not stored: it will be asked for each time."),
            detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(
            Error::Kind::PermissionDenied,
            QObject::tr("The keychain refused access, so the password is not stored: it will be "
                        "asked for each time."),
            detail);
    default:
        return Error::make(Error::Kind::Internal, QObject::tr("The keychain failed: %1").arg(detail), detail);
    }
}

// Every job the same way: no plaintext fallback, deleted when done.
template<typename Job> Job* makeJob(const QString& key)
{
    auto* job = new Job(CredentialService::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialService::CredentialService(QObject* parent)
    : QObject(parent)
{}

QString CredentialService::serviceName()
{
    return QStringLiteral("FrontDesk");
}

QString CredentialService::qualified(const QString& key) const
{
    return QCoreApplication::applicationName() + QLatin1Char('/') + key;
}

QString CredentialService::databaseKey(const ConnectionSpec& spec, const QString& user)
{
    return QStringLiteral("database/%1@%2:%3/%4").arg(user, spec.host).arg(spec.port).arg(spec.database);
}

QStringList CredentialService::knownKeys() const
{
    return QSettings().value(kKeysSetting).toStringList();
}

void CredentialService::remember(const QString& key, bool present)
{
    QSettings settings;
    QStringList keys = settings.value(kKeysSetting).toStringList();
    keys.removeAll(key);
    if (present)
        keys.append(key);
    settings.setValue(kKeysSetting, keys);
}

void CredentialService::store(const QString& key, const QString& secret, Done done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(qualified(key));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, done = std::move(done)](QKeychain::Job* finished) {
                if (finished->error() != QKeychain::NoError) {
                    qCWarning(lcAutomation) << "keychain write failed for" << key << finished->errorString();
                    done(keychainError(finished->error(), finished->errorString()));
                    return;
                }
                remember(key, true);
                done({});
            });
    job->start();
}

void CredentialService::load(const QString& key, Loaded loaded)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(qualified(key));
    connect(job, &QKeychain::Job::finished, this, [loaded = std::move(loaded)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::EntryNotFound) {
            loaded(std::optional<QString>());
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            loaded(keychainError(finished->error(), finished->errorString()));
            return;
        }
        loaded(std::optional<QString>(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData()));
    });
    job->start();
}

void CredentialService::remove(const QString& key, Done done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(qualified(key));
    connect(
        job, &QKeychain::Job::finished, this, [this, key, done = std::move(done)](QKeychain::Job* finished) {
            if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
                done(keychainError(finished->error(), finished->errorString()));
                return;
            }
            remember(key, false);
            done({});
        });
    job->start();
}

void CredentialService::probe(Done done)
{
    load(QStringLiteral("probe/does-not-exist"), [done = std::move(done)](Result<std::optional<QString>> r) {
        if (!r)
            done(r.error());
        else
            done({});
    });
}

} // namespace fd
