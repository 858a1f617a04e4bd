// The credential service against a real Secret Service (gnome-keyring-daemon in a private D-Bus session,
// see CMakeLists.txt), and without one: then it refuses, says why, and writes the secret nowhere.
#include "automation/secrets/CredentialService.h"

#include "GuiFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>

namespace fd::test {
namespace {

template<typename T> struct Answer
{
    bool done = false;
    T value;
};

Result<void> store(CredentialService& service, const QString& key, const QString& secret)
{
    Answer<Result<void>> answer;
    service.store(key, secret, [&](Result<void> r) {
        answer.value = r;
        answer.done = true;
    });
    EXPECT_TRUE(waitUntil([&] { return answer.done; }, 30000));
    return answer.value;
}

Result<std::optional<QString>> load(CredentialService& service, const QString& key)
{
    Answer<Result<std::optional<QString>>> answer;
    service.load(key, [&](Result<std::optional<QString>> r) {
        answer.value = r;
        answer.done = true;
    });
    EXPECT_TRUE(waitUntil([&] { return answer.done; }, 30000));
    return answer.value;
}

// Every file under the test's config folders, searched for the secret.
bool secretWrittenToDisk(const QByteArray& secret)
{
    QSettings().sync();
    for (const QString& root : {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                return true;
        }
    }
    return false;
}

TEST(KeychainTest, StoresReadsAndRemovesADatabasePasswordUnderANamespacedKey)
{
    QStandardPaths::setTestModeEnabled(true);
    CredentialService service;
    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.host = QStringLiteral("db.local");
    spec.database = QStringLiteral("frontdesk");
    const QString key = CredentialService::databaseKey(spec, QStringLiteral("priya"));
    EXPECT_EQ(key, QStringLiteral("database/priya@db.local:5432/frontdesk"));
    const QString secret = QStringLiteral("pg-secret-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

    Answer<Result<void>> probe;
    service.probe([&](Result<void> r) {
        probe.value = r;
        probe.done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return probe.done; }, 30000));
    ASSERT_TRUE(probe.value.ok()) << probe.value.error().message.toStdString() << " "
                                  << probe.value.error().detail.toStdString();

    auto missing = load(service, key);
    ASSERT_TRUE(missing.ok()) << missing.error().detail.toStdString();
    EXPECT_FALSE(missing->has_value());

    auto stored = store(service, key, secret);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString() << " "
                             << stored.error().detail.toStdString();
    auto loaded = load(service, key);
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ(**loaded, secret);
    EXPECT_TRUE(service.knownKeys().contains(key)); // the key's name, for "forget passwords"
    EXPECT_FALSE(secretWrittenToDisk(secret.toUtf8())) << "only the keychain holds the value";

    Answer<Result<void>> removed;
    service.remove(key, [&](Result<void> r) {
        removed.value = r;
        removed.done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return removed.done; }, 30000));
    EXPECT_TRUE(removed.value.ok());
    auto gone = load(service, key);
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone->has_value());
    EXPECT_FALSE(service.knownKeys().contains(key));
}

TEST(NoSecretServiceTest, RefusesToStoreSaysWhyAndWritesNoPlaintext)
{
    QStandardPaths::setTestModeEnabled(true);
    CredentialService service;
    const QString secret = QStringLiteral("plain-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    auto stored = store(service, QStringLiteral("database/anil@127.0.0.1:5432/frontdesk"), secret);
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().kind, Error::Kind::Unavailable) << stored.error().detail.toStdString();
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("No keychain")))
        << stored.error().message.toStdString();
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("asked for each time")));
    EXPECT_FALSE(service.knownKeys().contains(QStringLiteral("database/anil@127.0.0.1:5432/frontdesk")));
    EXPECT_FALSE(secretWrittenToDisk(secret.toUtf8()));
    auto loaded = load(service, QStringLiteral("database/anil@127.0.0.1:5432/frontdesk"));
    EXPECT_FALSE(loaded.ok());
}

} // namespace
} // namespace fd::test
