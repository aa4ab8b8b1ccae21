#pragma once

// The benchmarks' memory figures, from Linux's /proc.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Guichet::Bench {

//! Peak resident memory (VmHWM) of @p pid, or of this process when 0; in KiB, -1 if unknown.
inline qint64 peakRssKiB(qint64 pid = 0)
{
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid)
                     : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

//! Start counting this process's peak resident memory afresh.
inline void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace Guichet::Bench
