#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>

// Peak resident memory (VmHWM) of this process and of every process it started (QtWebEngineProcess: zygote,
// renderer, GPU), read from /proc before they exit. Summed per process: shared pages count in each, the
// same way for every program compared.
namespace fd::bench {

inline qint64 hwmKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

inline QList<qint64> descendants(qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const int close = text.lastIndexOf(')'); // the command name may hold spaces
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toLongLong()].append(pid);
    }
    QList<qint64> found;
    QList<qint64> todo{root};
    while (!todo.isEmpty()) {
        for (qint64 child : children.value(todo.takeFirst())) {
            found << child;
            todo << child;
        }
    }
    return found;
}

// "memory self_kb=N children_kb=M children=K" on standard output.
inline void printMemory()
{
    const qint64 self = QCoreApplication::applicationPid();
    qint64 childrenKb = 0;
    const QList<qint64> kids = descendants(self);
    for (qint64 pid : kids)
        childrenKb += hwmKb(pid);
    QTextStream(stdout) << "memory self_kb=" << hwmKb(self) << " children_kb=" << childrenKb
                        << " children=" << kids.size() << Qt::endl;
}

// Prints `line` at once (the bench times its arrival).
inline void announce(const char* line)
{
    QTextStream(stdout) << line << Qt::endl;
}

} // namespace fd::bench
