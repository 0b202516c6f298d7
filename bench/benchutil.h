// Helpers shared by the benchmarks: JSON result lines and process memory figures (Linux).
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace g2p::bench {

// One result line: {"bench": ..., "impl": ..., "metric": ..., "value": ...}
inline void emit(const char *bench, const QString &impl, const char *metric, double value)
{
    std::printf("{\"bench\": \"%s\", \"impl\": \"%s\", \"metric\": \"%s\", \"value\": %.3f}\n", bench,
        impl.toUtf8().constData(), metric, value);
    std::fflush(stdout);
}

// Lets the event loop run for `ms` (timers, network, queued work go on meanwhile).
inline void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// VmRSS / VmHWM of this process, in bytes.
inline qint64 procStatus(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QByteArray kb = line.mid(int(qstrlen(field))).trimmed().split(' ').first();
            return kb.toLongLong() * 1024;
        }
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so a peak can be measured per phase.
inline void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Starts g2p-sandbox on an ephemeral loopback port with `args` and returns its base URL (invalid
// when it did not start; seeding a large registry may take minutes).
inline QUrl startSandbox(QProcess &server, const QString &path, QStringList args)
{
    args << QStringLiteral("--port") << QStringLiteral("0");
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(path, args);
    server.waitForReadyRead(600000);
    return QUrl(QString::fromUtf8(server.readLine().trimmed()));
}

} // namespace g2p::bench
