#pragma once

#include "models/auth/Authenticator.h"
#include "models/db/ConnectionSpec.h"

#include <QObject>
#include <functional>
#include <memory>

namespace fd {

class DatabaseWorker;

// Signs a person in without blocking the window. SQLite: the desk's worker checks the argon2id hash.
// PostgreSQL: a new worker connects with the person's own role and password (the server authenticates
// them), and that worker, already theirs, becomes the session's. `done` runs on `context`'s thread.
using SignInDone = std::function<void(std::shared_ptr<DatabaseWorker> worker, Result<SignedInUser> user)>;

void signIn(const ConnectionSpec& server, std::shared_ptr<DatabaseWorker> sqliteWorker, const QString& login,
            const QString& password, QObject* context, SignInDone done);

// The server's spec with the person's credentials in it (PostgreSQL), or the spec unchanged (SQLite).
ConnectionSpec specFor(const ConnectionSpec& server, const QString& login, const QString& password);

} // namespace fd
