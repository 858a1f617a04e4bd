#pragma once

#include "automation/settings/SharedSettings.h"
#include "models/auth/Authenticator.h"
#include "models/db/DatabaseWorker.h"
#include "models/repositories/UserRepository.h"
#include "ui/common/DeskContext.h"
#include "util/TestCompany.h"
#include "util/TestDatabase.h"
#include "util/WaitUntil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace fd::test {

template<typename W = QWidget> W* child(QObject* parent, const char* name)
{
    W* found = parent->findChild<W*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << "no widget named " << name;
    return found;
}

inline void type(QObject* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    if (!edit)
        return;
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void click(QObject* parent, const char* name)
{
    if (auto* button = child<QAbstractButton>(parent, name))
        QTest::mouseClick(button, Qt::LeftButton);
}

// PostgreSQL roles belong to the whole server: unique names per test, dropped afterwards.
inline QString uniqueLogin(const char* prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// A migrated database with the company's settings, an engineer, a staff user, and a worker for the window.
class DeskTest : public DialectTest
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings of the tests stay out of the user's
        DialectTest::SetUp();
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
        SharedSettings settings = testCompany();
        settings.trackingLinkPattern = QStringLiteral("https://yamini.example.in/track?t={ticket_id}");
        settings.feedbackLinkPattern = QStringLiteral("https://yamini.example.in/feedback/{ticket_id}");
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
        ASSERT_TRUE(connection
                        ->exec(QStringLiteral("INSERT INTO engineers (name, phone, active) VALUES (?, ?, ?)"),
                               {QStringLiteral("Ravi Kumar"), QStringLiteral("+91 90000 11111"), true},
                               QStringLiteral("engineer"))
                        .ok());
    }

    void TearDown() override
    {
        contextHolder.reset();
        worker.reset();
        connection.reset();
        database.reset();
        if (GetParam() == Dialect::Postgres && !createdRoles.isEmpty()) {
            auto admin = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
            if (admin) {
                for (const QString& role : createdRoles)
                    (void)admin.value()->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role),
                                              QStringLiteral("drop role"));
            }
        }
    }

    // A person of `role`. On PostgreSQL a login role the server authenticates.
    AppUser addUser(AppUser::Role role, const QString& password = QStringLiteral("counter-pass-1"),
                    const QString& phone = QString())
    {
        NewUser user;
        user.name =
            role == AppUser::Role::Admin ? QStringLiteral("Admin Anil") : QStringLiteral("Priya Desk");
        user.login = uniqueLogin(role == AppUser::Role::Admin ? "adm" : "rec");
        user.phone = phone;
        user.role = role;
        user.password = password;
        auto created = UserRepository(*connection).create(user);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString()
                                  << created.error().detail.toStdString();
        if (created)
            createdRoles << created->login;
        return created.ok() ? created.value() : AppUser();
    }

    // The worker the window would get after this person signed in (their own role on PostgreSQL).
    DeskContext& signedInAs(const AppUser& user, const QString& password = QStringLiteral("counter-pass-1"))
    {
        ConnectionSpec spec = database->spec();
        if (spec.dialect == Dialect::Postgres) {
            spec.user = user.login;
            spec.password = password;
        }
        worker = std::make_unique<DatabaseWorker>(spec, QStringLiteral("gui-test"));
        auto signedIn = worker->run(
            [user, password](Connection& c) { return Authenticator(c).signIn(user.login, password); });
        EXPECT_TRUE(waitUntil([&] { return signedIn.isFinished(); }));
        Result<SignedInUser> who = signedIn.result();
        EXPECT_TRUE(who.ok()) << who.error().message.toStdString();
        auto previews = worker->run([](Connection& c) { return PreviewTemplates::load(c); });
        EXPECT_TRUE(waitUntil([&] { return previews.isFinished(); }));
        contextHolder.reset(
            new DeskContext{*worker, who.ok() ? who.value() : SignedInUser{user, GetParam()},
                            previews.result().ok() ? previews.result().value() : PreviewTemplates()});
        return *contextHolder;
    }

    int count(const QString& sql, const QVariantList& values = {})
    {
        auto v = connection->scalar(sql, values, QStringLiteral("count"));
        EXPECT_TRUE(v.ok()) << v.error().detail.toStdString();
        return v.ok() ? v.value().toInt() : -1;
    }

    std::unique_ptr<Connection> connection;
    std::unique_ptr<DatabaseWorker> worker;
    std::unique_ptr<DeskContext> contextHolder;
    QStringList createdRoles;
};

} // namespace fd::test
