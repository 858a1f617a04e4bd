#pragma once

#include "models/core/Result.h"

#include <QString>

namespace fd {

// Argon2id password hashes (libsodium's crypto_pwhash_str): the salt and cost are part of the stored string,
// so raising the cost later still verifies old hashes. Slow on purpose: call off the GUI thread.
class PasswordHash
{
public:
    static Result<QString> hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // Checks a new password before it is hashed; the message says what is wrong.
    static Result<void> checkStrength(const QString& password);

    static constexpr int kMinimumLength = 8;
};

} // namespace fd
