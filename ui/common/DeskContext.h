#pragma once

#include "models/auth/Authenticator.h"
#include "ui/common/PreviewTemplates.h"

namespace fd {

class DatabaseWorker;

// What every page of the window shares: the worker that does all SQL off the GUI thread, who is signed in,
// and what the message previews need.
struct DeskContext
{
    DatabaseWorker& database;
    SignedInUser signedIn;
    PreviewTemplates previews;

    bool isAdmin() const { return signedIn.user.role == AppUser::Role::Admin; }
    QString userLogin() const { return signedIn.user.login; }
};

} // namespace fd
