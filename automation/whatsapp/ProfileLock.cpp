#include "automation/whatsapp/ProfileLock.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace fd::whatsapp {

ProfileLock::ProfileLock(const QString& profileFolder)
    : m_path(QDir(profileFolder).filePath(QStringLiteral("frontdesk.lock")))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // Only a dead holder makes the lock stale: a live sender may run for months.
    m_lock->setStaleLockTime(0);
}

ProfileLock::~ProfileLock() = default;

Result<bool> ProfileLock::acquire()
{
    if (m_lock->isLocked())
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error::make(Error::Kind::Unavailable,
                           QObject::tr("Cannot create the WhatsApp profile folder %1.")
                               .arg(QFileInfo(m_path).absolutePath()));
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock->getLockInfo(&pid, &host, &application))
            return Error::make(
                Error::Kind::Conflict,
                QObject::tr("The WhatsApp profile is in use by another FrontDesk (process %1 on %2); "
                            "only one program per computer may send through it. Close that one first.")
                    .arg(pid)
                    .arg(host),
                m_path);
        return Error::make(
            Error::Kind::Conflict,
            QObject::tr("The WhatsApp profile is in use by another FrontDesk; only one program per "
                        "computer may send through it."),
            m_path);
    }
    return Error::make(Error::Kind::Unavailable,
                       QObject::tr("Cannot lock the WhatsApp profile: %1 is not writable.").arg(m_path));
}

void ProfileLock::release()
{
    m_lock->unlock();
}

bool ProfileLock::isHeld() const
{
    return m_lock->isLocked();
}

} // namespace fd::whatsapp
