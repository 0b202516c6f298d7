#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QFile>

namespace g2p::test {

SandboxProcess::SandboxProcess(QStringList args) : m_args(std::move(args))
{ }

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(int timeoutMs)
{
    QStringList args = m_args;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(G2P_SANDBOX_EXE), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2")
                      .arg(QStringLiteral(G2P_SANDBOX_EXE), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 500))));
        out += m_process.readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (line.isEmpty()) {
        m_error = QStringLiteral("sandbox printed no URL: %1")
                      .arg(QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line));
    return m_baseUrl.isValid();
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QString exampleFile(const QString &name)
{
    return QStringLiteral(G2P_CONTRACT_EXAMPLES) + QLatin1Char('/') + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace g2p::test
