#pragma once

#include "models/core/Result.h"
#include "models/db/ConnectionSpec.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace fd {

// Secrets (database passwords, later the Cloud API token) live only in the OS keychain, through QtKeychain.
// Keys are namespaced per application ("<app>/database/ravi@db.local:5432/frontdesk"); QSettings keeps only
// the key names, never a value. Without a Secret Service every call fails with a plain message and nothing
// is written anywhere else: the desk then asks for the password each time.
// Asynchronous: the callbacks run on this object's thread once the keychain answers.
class CredentialService : public QObject
{
    Q_OBJECT
public:
    explicit CredentialService(QObject* parent = nullptr);

    using Done = std::function<void(Result<void>)>;
    using Loaded = std::function<void(Result<std::optional<QString>>)>; // nullopt: no entry for the key

    void store(const QString& key, const QString& secret, Done done);
    void load(const QString& key, Loaded loaded);
    void remove(const QString& key, Done done);
    // Whether a keychain answers at all (reads a key that does not exist).
    void probe(Done done);

    // Key names this desk stored (from QSettings): what "forget passwords" would clear.
    QStringList knownKeys() const;

    static QString databaseKey(const ConnectionSpec& spec, const QString& user);
    // The service name the entries are filed under in the keychain.
    static QString serviceName();

private:
    QString qualified(const QString& key) const;
    void remember(const QString& key, bool present);
};

} // namespace fd
