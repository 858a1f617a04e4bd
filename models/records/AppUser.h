#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

// Someone who logs in at a desk. On SQLite the app checks the password (argon2id hash in `users`);
// on PostgreSQL the server does (the login is the person's own database role).
struct AppUser
{
    enum class Role { Admin, Reception };

    qint64 id = 0;
    QString name;
    QString login;
    QString phone; // staff phones are never messaged
    Role role = Role::Reception;
    bool active = true;
    QDateTime lastLoginAt;
    // PostgreSQL: may run a sender station (a member of frontdesk_sender, directly or as an administrator).
    // Always false on SQLite, where the one desk sends.
    bool sends = false;

    static QString roleName(Role role); // "admin", "reception" (the users.role values)
    static bool roleFromName(const QString& name, Role& role);
};

// A new user, with the password that protects the account.
struct NewUser
{
    QString name;
    QString login;
    QString phone;
    AppUser::Role role = AppUser::Role::Reception;
    QString password;
    bool sends = false; // PostgreSQL: also a member of frontdesk_sender (may run a sender station)
};

} // namespace fd
