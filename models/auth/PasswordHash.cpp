#include "models/auth/PasswordHash.h"

#include <QObject>
#include <sodium.h>

namespace fd {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // thread-safe, idempotent
    return ready;
}

} // namespace

Result<QString> PasswordHash::hash(const QString& password)
{
    if (!sodiumReady())
        return Error::make(Error::Kind::Internal, QObject::tr("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::make(Error::Kind::Internal, QObject::tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& storedHash, const QString& password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

Result<void> PasswordHash::checkStrength(const QString& password)
{
    if (password.size() < kMinimumLength)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("The password needs at least %1 characters.").arg(kMinimumLength));
    if (password.trimmed() != password)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("The password must not start or end with a space."));
    return {};
}

} // namespace fd
