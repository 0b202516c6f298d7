// Starts g2p-sandbox as a child process on an ephemeral loopback port, for integration tests.
#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <memory>

namespace g2p::test {

// The child ends when this process does, even when it crashes (Linux: PR_SET_PDEATHSIG): a test
// that fails hard leaves no sandbox or desktop running. Call before start().
void endWithThisProcess(QProcess &child);

class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList args = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Waits for the base URL line. Returns false (with errorText()) if the server did not start.
    bool start(int timeoutMs = 60000);
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorText() const { return m_error; }

private:
    QStringList m_args;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};

// A certificate for 127.0.0.1 and its key, made with openssl in `dir`: self-signed, or signed by a
// CA made there too (`caPath` gets the CA's certificate). False with `error` when openssl failed.
struct TestCertificate
{
    QString cert, key, ca;
    QString error;
};
TestCertificate makeCertificate(const QString &dir, bool signedByCa = false);

// Waits for an API job and keeps it alive for inspection (jobs delete themselves otherwise). A job
// that does not finish in time fails the running test.
template<class J>
std::unique_ptr<J> wait(J *job, int timeoutMs = 30000)
{
    job->setAutoDelete(false);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &J::finished);
        if (!spy.wait(timeoutMs) && !job->isFinished())
            QTest::qFail(qPrintable(QStringLiteral("the request did not finish within %1 ms").arg(timeoutMs)),
                __FILE__, __LINE__); // recorded as this test's failure; the caller's checks go on
    }
    return std::unique_ptr<J>(job);
}

QString exampleFile(const QString &name);
QByteArray readFile(const QString &path);

} // namespace g2p::test
