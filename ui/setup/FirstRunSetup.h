#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/AppUser.h"

namespace fd {

// What the first-run wizard does once everything is entered, in one database job: bring the schema up to
// date, create the first administrator (an argon2id user on SQLite, a login role on PostgreSQL), and save
// the company's name, phone and the service messages' links in the shared settings.
struct FirstRunSetup
{
    NewUser admin;
    QString companyName;
    QString companyPhone;
    QString trackingLink; // patterns with {ticket_id}; empty: not set (service messages then wait)
    QString feedbackLink;

    Result<AppUser> run(Connection& connection) const;
};

} // namespace fd
