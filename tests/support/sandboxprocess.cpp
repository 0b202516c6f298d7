#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace g2p::test {

void endWithThisProcess(QProcess &child)
{
#ifdef Q_OS_LINUX
    child.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(child)
#endif
}

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
    endWithThisProcess(m_process);
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

TestCertificate makeCertificate(const QString &dir, bool signedByCa)
{
    TestCertificate t;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        t.error = QStringLiteral("openssl is needed to make test certificates (scripts/deps.sh installs it)");
        return t;
    }
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(openssl, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            t.error = QStringLiteral("openssl %1: %2")
                          .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    };
    t.cert = dir + QStringLiteral("/cert.pem");
    t.key = dir + QStringLiteral("/key.pem");
    const QString subject = QStringLiteral("/CN=127.0.0.1");
    const QString san = QStringLiteral("subjectAltName=IP:127.0.0.1");
    if (!signedByCa) {
        run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), t.key,
            QStringLiteral("-out"), t.cert, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), subject, QStringLiteral("-addext"), san});
        return t;
    }
    t.ca = dir + QStringLiteral("/ca.pem");
    const QString caKey = dir + QStringLiteral("/ca-key.pem"), csr = dir + QStringLiteral("/server.csr"),
                  ext = dir + QStringLiteral("/ext.cnf");
    QFile e(ext);
    if (e.open(QIODevice::WriteOnly))
        e.write(san.toUtf8() + "\n");
    e.close();
    if (run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey,
            QStringLiteral("-out"), t.ca, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=G2P Test CA")})
        && run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), t.key, QStringLiteral("-out"), csr,
            QStringLiteral("-subj"), subject}))
        run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
            QStringLiteral("-CA"), t.ca, QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), t.cert, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-extfile"), ext});
    return t;
}

} // namespace g2p::test
