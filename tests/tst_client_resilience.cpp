// The client against a misbehaving or limited server: upstream-only registries, dropped
// connections and 503s, slow links, TLS trust, unreachable hosts, expired sessions, bad replies.
#include "apiclient.h"
#include "fakehttpserver.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <limits>

using namespace g2p;
using g2p::test::makeCertificate;
using g2p::test::SandboxProcess;
using g2p::test::TestCertificate;
using g2p::test::wait;

class TstClientResilience : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    ClientConfig configFor(const QUrl &url)
    {
        ClientConfig c;
        c.baseUrl = url;
        c.user = QStringLiteral("demo");
        c.password = QStringLiteral("demo");
        c.timeoutMs = 10000;
        c.retry.baseDelayMs = 20;
        return c;
    }

private Q_SLOTS:
    void initTestCase() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    void upstreamOnlyServerDegradesClearly()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--upstream-only"), QStringLiteral("--seed"), QStringLiteral("30")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, configFor(sandbox.baseUrl()));
        auto probe = wait(client.detectCapabilities());
        QVERIFY2(probe->succeeded(), qPrintable(probe->error().toString()));
        QCOMPARE(probe->result(), ServerCapability::UpstreamOnly);
        QCOMPARE(client.capability(), ServerCapability::UpstreamOnly);

        auto programs = wait(client.listPrograms());
        QCOMPARE(programs->error().kind(), ApiError::Kind::Unsupported);
        QVERIFY(programs->error().message().contains(QStringLiteral("registry data only")));
        QVERIFY(programs->error().message().contains(QStringLiteral("list programs")));
        QCOMPARE(programs->attempts(), 0); // known in advance: nothing was sent

        auto individual = wait(client.getIndividual(2));
        QVERIFY2(individual->succeeded(), qPrintable(individual->error().toString()));

        // A client that has not probed learns it from the 404 itself.
        ApiClient fresh(&m_nam, configFor(sandbox.baseUrl()));
        auto history = wait(fresh.membershipHistory(1));
        QCOMPARE(history->error().kind(), ApiError::Kind::Unsupported);
        QCOMPARE(fresh.capability(), ServerCapability::UpstreamOnly);
    }

    void readsSurviveFaultInjection()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("40"), QStringLiteral("--fail-rate"),
            QStringLiteral("0.3"), QStringLiteral("--fail-seed"), QStringLiteral("7")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ClientConfig cfg = configFor(sandbox.baseUrl());
        cfg.retry.maxAttempts = 8;
        ApiClient client(&m_nam, cfg);
        int retried = 0;
        for (int i = 0; i < 60; ++i) {
            auto job = wait(client.listPrograms());
            QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
            QVERIFY(!job->result().items.isEmpty());
            if (job->attempts() > 1)
                ++retried;
        }
        QVERIFY2(retried > 5, "with a 30% failure rate, some reads must have been retried");
    }

    void writesAreNotRepeatedBlindly()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("40"), QStringLiteral("--fail-rate"),
            QStringLiteral("0.5"), QStringLiteral("--fail-seed"), QStringLiteral("3")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, configFor(sandbox.baseUrl()));
        int failed = 0;
        for (int i = 0; i < 30; ++i) {
            MembershipUpdate u;
            u.note = QStringLiteral("note %1").arg(i);
            auto job = wait(client.updateMembership(1, u));
            QCOMPARE(job->attempts(), 1); // a PATCH whose outcome is unknown is never re-sent here
            if (!job->succeeded()) {
                ++failed;
                QVERIFY(job->error().kind() == ApiError::Kind::Server
                    || job->error().kind() == ApiError::Kind::Network);
            }
        }
        QVERIFY(failed > 0);
    }

    void slowServerTimesOut()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("10"),
            QStringLiteral("--latency-ms"), QStringLiteral("1500")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ClientConfig cfg = configFor(sandbox.baseUrl());
        cfg.timeoutMs = 300;
        cfg.retry.maxAttempts = 2;
        ApiClient client(&m_nam, cfg);
        auto read = wait(client.getIndividual(2));
        QCOMPARE(read->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(read->attempts(), 2);
        BatchEnrollRequest req;
        req.programId = 1;
        BatchEnrollItem item;
        item.registrantId = 2;
        req.items = {item};
        auto write = wait(client.batchEnroll(req));
        QCOMPARE(write->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(write->attempts(), 1);

        ClientConfig patient = configFor(sandbox.baseUrl());
        patient.timeoutMs = 5000;
        ApiClient slowButFine(&m_nam, patient);
        auto ok = wait(slowButFine.getIndividual(2));
        QVERIFY2(ok->succeeded(), qPrintable(ok->error().toString()));
    }

    void cancelStopsARequest()
    {
        SandboxProcess sandbox({QStringLiteral("--latency-ms"), QStringLiteral("2000")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, configFor(sandbox.baseUrl()));
        auto *job = client.getIndividual(1);
        job->setAutoDelete(false);
        QTimer::singleShot(100, job, &ApiJob::abort);
        auto done = wait(job);
        QCOMPARE(done->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(done->elapsedMs() < 1500);
        // The sandbox shrugs off clients that leave before their answer (QHttpServer 6.4 trap).
        for (int i = 0; i < 5; ++i) {
            auto *gone = client.getIndividual(1);
            QTimer::singleShot(20 * i, gone, &ApiJob::abort);
        }
        QTRY_VERIFY_WITH_TIMEOUT(wait(client.listPrograms())->succeeded(), 15000);
    }

    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientConfig cfg = configFor(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/registry").arg(port)));
        cfg.retry.maxAttempts = 3;
        ApiClient client(&m_nam, cfg);
        auto job = wait(client.createIndividual(IndividualInput()));
        QCOMPARE(job->error().kind(), ApiError::Kind::Network);
        QVERIFY(job->error().message().contains(QStringLiteral("Cannot reach")));
        QCOMPARE(job->attempts(), 3); // refused before anything was sent: safe to repeat even a POST
    }

    void wrongPassword()
    {
        SandboxProcess sandbox({QStringLiteral("--user"), QStringLiteral("officer:s3cret")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ClientConfig cfg = configFor(sandbox.baseUrl());
        cfg.user = QStringLiteral("officer");
        cfg.password = QStringLiteral("wrong");
        ApiClient client(&m_nam, cfg);
        auto job = wait(client.getIndividual(1));
        QCOMPARE(job->error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(job->attempts(), 1);
        QVERIFY(job->error().toString().contains(QStringLiteral("Incorrect username or password")));
        QVERIFY(!job->error().toString().contains(QStringLiteral("wrong"))); // the password is never echoed
    }

    void odooSessionAuth()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("10")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        QNetworkAccessManager nam; // its own cookie jar
        nam.setProxy(QNetworkProxy::NoProxy);
        ClientConfig cfg = configFor(sandbox.baseUrl());
        cfg.auth = ClientConfig::Auth::OdooSession;
        ApiClient client(&nam, cfg);
        auto a = wait(client.getIndividual(2));
        QVERIFY2(a->succeeded(), qPrintable(a->error().toString()));
        auto b = wait(client.listPrograms());
        QVERIFY2(b->succeeded(), qPrintable(b->error().toString()));
        // Signing out closes the server's session: the cookie is gone, the next request signs in again.
        const QUrl root = QUrl(sandbox.baseUrl()).resolved(QUrl(QStringLiteral("/")));
        const auto sessionCookie = [&nam, &root] {
            for (const QNetworkCookie &c : nam.cookieJar()->cookiesForUrl(root))
                if (c.name() == "session_id" && !c.value().isEmpty())
                    return true;
            return false;
        };
        QVERIFY(sessionCookie());
        auto out = wait(client.logoutSession());
        QVERIFY2(out->succeeded(), qPrintable(out->error().toString()));
        QVERIFY(!client.hasSession());
        QVERIFY(!sessionCookie());
        QVERIFY(client.logoutSession() == nullptr); // nothing more to close
        auto again = wait(client.getIndividual(2));
        QVERIFY2(again->succeeded(), qPrintable(again->error().toString()));
        QVERIFY(client.hasSession());
        // signOut() ends the client: later requests are refused, nobody signs in again.
        auto end = wait(client.signOut());
        QVERIFY(end->succeeded());
        auto refused = wait(client.getIndividual(2));
        QCOMPARE(refused->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!client.hasSession());

        cfg.password = QStringLiteral("nope");
        QNetworkAccessManager nam2;
        nam2.setProxy(QNetworkProxy::NoProxy);
        ApiClient bad(&nam2, cfg);
        auto c = wait(bad.getIndividual(2));
        QCOMPARE(c->error().kind(), ApiError::Kind::Unauthorized);
    }

    // Odoo sessions expire (a week by default; one second here): the next request is refused with
    // 401, the client signs in again once and the request goes through, under a new session.
    void anExpiredOdooSessionSignsInAgain()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("10"),
            QStringLiteral("--session-lifetime"), QStringLiteral("1")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        ClientConfig cfg = configFor(sandbox.baseUrl());
        cfg.auth = ClientConfig::Auth::OdooSession;
        ApiClient client(&nam, cfg);
        auto first = wait(client.getIndividual(2));
        QVERIFY2(first->succeeded(), qPrintable(first->error().toString()));
        const QUrl root = QUrl(sandbox.baseUrl()).resolved(QUrl(QStringLiteral("/")));
        const auto sid = [&nam, &root] {
            for (const QNetworkCookie &c : nam.cookieJar()->cookiesForUrl(root))
                if (c.name() == "session_id")
                    return c.value();
            return QByteArray();
        };
        const QByteArray before = sid();
        QVERIFY(!before.isEmpty());
        // Ask with the old session until the server says it expired.
        QNetworkAccessManager probeNam;
        probeNam.setProxy(QNetworkProxy::NoProxy);
        const auto statusWith = [&](const QByteArray &session) {
            QNetworkRequest req(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/individual/2")));
            req.setRawHeader("Cookie", "session_id=" + session);
            std::unique_ptr<QNetworkReply> reply(probeNam.get(req));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(10000);
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(statusWith(before), 200);
        QTRY_COMPARE_WITH_TIMEOUT(statusWith(before), 401, 10000);
        auto again = wait(client.getIndividual(2));
        QVERIFY2(again->succeeded(), qPrintable(again->error().toString()));
        QVERIFY(!sid().isEmpty() && sid() != before);
    }

    // The sandbox refuses a request body over its limit with 413 and says the limit; the client
    // reports it as the server's answer, not as a broken connection.
    void oversizedRequestBodiesAre413()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("10"),
            QStringLiteral("--max-body-bytes"), QStringLiteral("4096")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, configFor(sandbox.baseUrl()));
        IndividualInput in;
        in.givenName = QStringLiteral("Long");
        in.name = QStringLiteral("X").repeated(8000);
        auto job = wait(client.createIndividual(in));
        QCOMPARE(job->httpStatus(), 413);
        QVERIFY2(job->error().toString().contains(QStringLiteral("limit is 4096")),
            qPrintable(job->error().toString()));
        in.name = QStringLiteral("SHORT, NAME");
        QVERIFY(wait(client.createIndividual(in))->succeeded());
    }

    void tlsSelfSignedNeedsAPinnedFingerprint()
    {
        QTemporaryDir dir;
        const g2p::test::TestCertificate made = g2p::test::makeCertificate(dir.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        const QString cert = made.cert, key = made.key;
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--tls-cert"),
            cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("https"));

        // Refused by default, with the fingerprint to compare.
        ApiClient strict(&m_nam, configFor(sandbox.baseUrl()));
        QSignalSpy asked(&strict, &ApiClient::untrustedCertificate);
        auto refused = wait(strict.getIndividual(1));
        QCOMPARE(refused->error().kind(), ApiError::Kind::Tls);
        QCOMPARE(asked.size(), 1);
        const QSslCertificate presented = asked.first().first().value<QSslCertificate>();
        const QByteArray fp = certificateSha256(presented);
        QVERIFY(refused->error().message().contains(formatFingerprint(fp)));

        // Accepted once the user has pinned exactly that certificate.
        ClientConfig pinned = configFor(sandbox.baseUrl());
        pinned.trustedCertificateSha256 = {fp};
        ApiClient trusting(&m_nam, pinned);
        auto ok = wait(trusting.listPrograms());
        QVERIFY2(ok->succeeded(), qPrintable(ok->error().toString()));

        // A different pinned certificate: the change is refused loudly.
        // (Its own access manager: a keep-alive connection carries the trust it was opened with, so
        // one QNetworkAccessManager serves one server profile.)
        QNetworkAccessManager otherNam;
        otherNam.setProxy(QNetworkProxy::NoProxy);
        ClientConfig other = configFor(sandbox.baseUrl());
        other.trustedCertificateSha256 = {QByteArray(64, 'a')};
        ApiClient changed(&otherNam, other);
        auto no = wait(changed.getIndividual(1));
        QCOMPARE(no->error().kind(), ApiError::Kind::TlsChanged);
        QVERIFY(no->error().message().contains(formatFingerprint(fp)));
    }

    // A pinned profile accepts only its pinned certificate, also when an authority the system
    // trusts vouches for another one (here: a test CA added to the default configuration).
    void aPinnedProfileRefusesACertificateTheSystemWouldAccept()
    {
        QTemporaryDir dir;
        const TestCertificate t = makeCertificate(dir.path(), true);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--tls-cert"),
            t.cert, QStringLiteral("--tls-key"), t.key});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        QSslConfiguration withCa = before;
        withCa.addCaCertificates(t.ca);
        QSslConfiguration::setDefaultConfiguration(withCa);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(before); });

        QNetworkAccessManager nam1, nam2, nam3;
        for (QNetworkAccessManager *n : {&nam1, &nam2, &nam3})
            n->setProxy(QNetworkProxy::NoProxy);
        ApiClient unpinned(&nam1, configFor(sandbox.baseUrl()));
        auto ok = wait(unpinned.listPrograms());
        QVERIFY2(ok->succeeded(), qPrintable(ok->error().toString())); // the CA vouches for it

        ClientConfig other = configFor(sandbox.baseUrl());
        other.trustedCertificateSha256 = {QByteArray(64, 'b')};
        ApiClient pinnedToAnother(&nam2, other);
        auto refused = wait(pinnedToAnother.listPrograms());
        QCOMPARE(refused->error().kind(), ApiError::Kind::TlsChanged);

        QFile pem(t.cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        ClientConfig same = configFor(sandbox.baseUrl());
        same.trustedCertificateSha256 = {certificateSha256(QSslCertificate(pem.readAll()))};
        ApiClient pinnedToIt(&nam3, same);
        auto accepted = wait(pinnedToIt.listPrograms());
        QVERIFY2(accepted->succeeded(), qPrintable(accepted->error().toString()));
    }

    // A large body is decoded on a pool thread; aborting (and deleting) the job meanwhile must not
    // let that thread write into the deleted job (ASan in scripts/test.sh --sanitize sees it).
    void abortWhileALargeBodyIsDecoded()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("2000")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        ApiClient client(&nam, configFor(sandbox.baseUrl()));
        {
            auto whole = wait(client.searchIndividuals(std::nullopt, QString()));
            QVERIFY2(whole->succeeded(), qPrintable(whole->error().toString()));
            QVERIFY(whole->result().size() > 1000); // well over the off-thread threshold
        }
        for (int round = 0; round < 5; ++round) {
            QPointer<ApiJob> job = client.searchIndividuals(std::nullopt, QString());
            // The reply has arrived and its decoding started when the manager says finished.
            QSignalSpy replies(&nam, &QNetworkAccessManager::finished);
            connect(&nam, &QNetworkAccessManager::finished, job, [job] {
                if (job) {
                    job->abort();
                    delete job.data();
                }
            });
            QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 30000);
            QTRY_VERIFY(job.isNull());
            QThreadPool::globalInstance()->waitForDone(30000);
            QCoreApplication::processEvents();
        }
        auto after = wait(client.listPrograms());
        QVERIFY(after->succeeded());
    }

    // 429 with Retry-After: the client waits as long as the server asks (within its bound), then
    // the same request goes through.
    void rateLimitedRequestsWaitForRetryAfter()
    {
        test::FakeHttpServer fake(200, "[]");
        fake.first(429, R"({"detail": "Too Many Requests"})", "Retry-After: 1\r\n");
        ClientConfig c = configFor(QUrl(fake.baseUrl()));
        c.retry.baseDelayMs = 1;
        ApiClient client(&m_nam, c);
        QElapsedTimer t;
        t.start();
        auto ok = wait(client.searchIndividuals(std::nullopt, QStringLiteral("X")));
        QVERIFY2(ok->succeeded(), qPrintable(ok->error().toString()));
        QCOMPARE(fake.requests, 2);
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));

        test::FakeHttpServer huge(200, "[]");
        huge.first(429, R"({"detail": "Too Many Requests"})", "Retry-After: 99999999\r\n");
        ClientConfig bounded = configFor(QUrl(huge.baseUrl()));
        bounded.retry.maxRetryAfterMs = 200;
        ApiClient patient(&m_nam, bounded);
        auto done = wait(patient.searchIndividuals(std::nullopt, QStringLiteral("X")), 10000);
        QVERIFY2(done->succeeded(), qPrintable(done->error().toString()));
        QCOMPARE(huge.requests, 2);
    }

    // An answer larger than the limit is cut off with a clear error, not read into memory whole.
    void oversizedAnswersAreRefused()
    {
        QByteArray big = "[";
        while (big.size() < 3 * 1024 * 1024)
            big += R"({"id": 1, "name": "PADDING", "is_group": false},)";
        big.chop(1);
        big += "]";
        test::FakeHttpServer fake(200, big);
        ClientConfig c = configFor(QUrl(fake.baseUrl()));
        c.maxResponseBytes = 1024 * 1024;
        ApiClient client(&m_nam, c);
        auto job = wait(client.searchIndividuals(std::nullopt, QStringLiteral("X")));
        QCOMPARE(job->error().kind(), ApiError::Kind::Protocol);
        QVERIFY2(job->error().message().contains(QStringLiteral("larger than the 1 MB")),
            qPrintable(job->error().message()));
        QCOMPARE(fake.requests, 1); // not asked again
    }

    // http:// to a host outside loopback is refused before anything is sent (and reported after
    // the caller has connected to the job).
    void plainHttpToAnotherHostIsRefused()
    {
        ClientConfig c = configFor(QUrl(QStringLiteral("http://192.0.2.10:8069/api/v1/registry")));
        ApiClient client(&m_nam, c);
        auto job = wait(client.listPrograms(), 5000);
        QVERIFY(job->isFinished());
        QCOMPARE(job->error().kind(), ApiError::Kind::Usage);
        QVERIFY2(job->error().message().contains(QStringLiteral("unencrypted")),
            qPrintable(job->error().message()));
    }

    // Retry-After is clamped before it is multiplied: a huge value waits the longest allowed delay,
    // never a negative one (which left a GET that never finished).
    void hugeRetryAfterIsClamped()
    {
        RetryPolicy p;
        for (int seconds : {0, 1, 29, 30, 31, 2147483, 2147484, std::numeric_limits<int>::max()}) {
            const int ms = p.delayMs(1, 0.5, seconds);
            QVERIFY2(ms >= 0 && ms <= p.maxRetryAfterMs, qPrintable(QString::number(seconds)));
        }
        QCOMPARE(p.delayMs(1, 0.5, std::numeric_limits<int>::max()), p.maxRetryAfterMs);
        QCOMPARE(p.delayMs(1, 0.5, 2), 2000);
    }

    void malformedRepliesAreProtocolErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad date")
            << 200 << QByteArray(R"({"id": 1, "name": "X", "is_group": false, "birthdate": "2024-13-01"})")
            << int(ApiError::Kind::Protocol) << QStringLiteral("birthdate: expected YYYY-MM-DD");
        QTest::newRow("not json") << 200 << QByteArray("<html>proxy login</html>")
                                  << int(ApiError::Kind::Protocol) << QStringLiteral("invalid JSON");
        QTest::newRow("empty 200") << 200 << QByteArray() << int(ApiError::Kind::Protocol)
                                   << QStringLiteral("empty reply");
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad Gateway</html>")
                                  << int(ApiError::Kind::Server) << QStringLiteral("Bad Gateway");
        QTest::newRow("teapot") << 418 << QByteArray("{}") << int(ApiError::Kind::Protocol)
                                << QStringLiteral("418");
    }
    void malformedRepliesAreProtocolErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        test::FakeHttpServer fake(status, body);
        ClientConfig cfg = configFor(QUrl(fake.baseUrl()));
        cfg.retry.maxAttempts = 2;
        ApiClient client(&m_nam, cfg);
        auto job = wait(client.getIndividual(1));
        QCOMPARE(int(job->error().kind()), kind);
        QVERIFY2(job->error().toString().contains(expected), qPrintable(job->error().toString()));
    }

    void bigUnpagedSearchDecodesOffThread()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("3000")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, configFor(sandbox.baseUrl()));
        auto job = wait(client.searchIndividuals(std::nullopt, QString()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().size(), 3000);
        QVERIFY(!job->result().first().regIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstClientResilience)
#include "tst_client_resilience.moc"
