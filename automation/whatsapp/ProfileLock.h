#pragma once

#include "models/core/Result.h"

#include <QLockFile>
#include <memory>

namespace fd::whatsapp {

// One process per machine drives a WhatsApp profile: two pages on one login fight ("Use here"), and
// Chromium's own profile files are not made for two processes. The lock lives in the profile folder;
// a lock left by a process that died is taken over.
class ProfileLock
{
public:
    explicit ProfileLock(const QString& profileFolder);
    ~ProfileLock();

    // Error (kind Conflict) names the process that holds the profile.
    Result<bool> acquire();
    void release();
    bool isHeld() const;

    QString lockFilePath() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace fd::whatsapp
