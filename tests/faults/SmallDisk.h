#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace fd::test {

// A real, small file system for a test: a tmpfs of `size` mounted on a temporary folder (real ENOSPC), and
// a read-only bind mount of it (real EROFS; as root, file permissions would not stop a write). Needs the
// right to mount; `mount()` says why not when it is missing, and the tests skip.
class SmallDisk
{
public:
    static std::unique_ptr<SmallDisk> mount(const QString& size, QString* whyNot)
    {
        std::unique_ptr<SmallDisk> disk(new SmallDisk);
        if (!disk->m_dir.isValid()) {
            *whyNot = QStringLiteral("no temporary folder");
            return nullptr;
        }
        QDir(disk->m_dir.path()).mkpath(QStringLiteral("rw"));
        QDir(disk->m_dir.path()).mkpath(QStringLiteral("ro"));
        if (!run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=") + size, QStringLiteral("tmpfs"), disk->path()},
                 whyNot))
            return nullptr;
        disk->m_mounted = true;
        return disk;
    }

    ~SmallDisk()
    {
        QString ignored;
        if (m_readOnlyView)
            run({QStringLiteral("-l"), readOnlyPath()}, &ignored, QStringLiteral("umount"));
        if (m_mounted)
            run({QStringLiteral("-l"), path()}, &ignored, QStringLiteral("umount"));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("rw")); }
    QString filePath(const QString& name) const { return path() + QLatin1Char('/') + name; }
    QString readOnlyPath() const { return m_dir.filePath(QStringLiteral("ro")); }

    // The same files, seen through a read-only mount.
    bool addReadOnlyView(QString* whyNot)
    {
        if (!run({QStringLiteral("--bind"), path(), readOnlyPath()}, whyNot))
            return false;
        m_readOnlyView = true;
        return run({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), readOnlyPath()}, whyNot);
    }

    // Writes a filler file until the disk is full; returns the bytes written.
    qint64 fill()
    {
        const QByteArray name = QFile::encodeName(filePath(QStringLiteral("filler")));
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd < 0)
            return -1;
        const QByteArray block(4096, 'x');
        qint64 total = 0;
        for (;;) {
            const ssize_t written = ::write(fd, block.constData(), size_t(block.size()));
            if (written <= 0)
                break;
            total += written;
        }
        ::close(fd);
        return total;
    }

    // Gives `bytes` of the filler back.
    bool release(qint64 bytes)
    {
        QFile filler(filePath(QStringLiteral("filler")));
        return filler.resize(qMax<qint64>(0, filler.size() - bytes));
    }

private:
    SmallDisk() = default;

    static bool run(const QStringList& args, QString* whyNot,
                    const QString& program = QStringLiteral("mount"))
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            *whyNot = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                      QString::fromLocal8Bit(process.readAll()).trimmed() + process.errorString();
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    bool m_readOnlyView = false;
};

} // namespace fd::test
