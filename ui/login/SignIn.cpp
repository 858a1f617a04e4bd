#include "ui/login/SignIn.h"

#include "models/db/DatabaseWorker.h"

namespace fd {

ConnectionSpec specFor(const ConnectionSpec& server, const QString& login, const QString& password)
{
    ConnectionSpec spec = server;
    if (spec.dialect == Dialect::Postgres) {
        spec.user = login.trimmed();
        spec.password = password;
    }
    return spec;
}

void signIn(const ConnectionSpec& server, std::shared_ptr<DatabaseWorker> sqliteWorker, const QString& login,
            const QString& password, QObject* context, SignInDone done)
{
    std::shared_ptr<DatabaseWorker> worker = sqliteWorker;
    if (server.dialect == Dialect::Postgres || !worker)
        worker = std::make_shared<DatabaseWorker>(specFor(server, login, password), QStringLiteral("gui"));
    worker->run(
        context, [login, password](Connection& c) { return Authenticator(c).signIn(login, password); },
        [worker, done = std::move(done)](const Result<SignedInUser>& user) { done(worker, user); });
}

} // namespace fd
