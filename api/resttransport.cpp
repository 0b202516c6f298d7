#include "resttransport.h"

#include "codec.h"
#include "records.h"
#include "workpool.h"

#include <QHostAddress>

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

Q_LOGGING_CATEGORY(lcApi, "g2p.api", QtInfoMsg)

namespace g2p {
namespace {
// Bodies above this size are decoded on a worker thread, never on the caller's (GUI) thread.
constexpr qsizetype kDecodeOffThreadBytes = 256 * 1024;

} // namespace

QByteArray certificateSha256(const QSslCertificate &cert)
{
    return cert.digest(QCryptographicHash::Sha256).toHex();
}

QString formatFingerprint(const QByteArray &sha256Hex)
{
    QString out;
    const QByteArray up = sha256Hex.toUpper();
    for (qsizetype i = 0; i < up.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += QString::fromLatin1(up.mid(i, 2));
    }
    return out;
}

RestTransport::RestTransport(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(std::move(config))
{
    qRegisterMetaType<ServerCapability>();
    if (!m_config.baseUrl.path().endsWith(QLatin1Char('/')))
        m_config.baseUrl.setPath(m_config.baseUrl.path());
}

RestTransport::~RestTransport() = default;

void RestTransport::trustCertificate(const QSslCertificate &cert)
{
    const QByteArray fp = certificateSha256(cert);
    if (!m_config.trustedCertificateSha256.contains(fp))
        m_config.trustedCertificateSha256.append(fp);
    if (!m_trusted.contains(cert))
        m_trusted.append(cert);
    m_nam->clearConnectionCache(); // keep-alive connections keep the old trust decision
}

QNetworkRequest RestTransport::buildRequest(const RequestSpec &spec) const
{
    QUrl url = m_config.baseUrl;
    if (spec.atServerRoot)
        url.setPath(spec.path);
    else
        url.setPath(url.path() + spec.path);
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", m_config.userAgent);
    req.setRawHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!spec.body.isEmpty() || spec.verb != "GET")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (m_config.auth == ClientConfig::Auth::Basic && !spec.atServerRoot)
        req.setRawHeader("Authorization",
            "Basic " + QByteArray(m_config.user.toUtf8() + ':' + m_config.password.toUtf8()).toBase64());
    for (const auto &[name, value] : spec.headers)
        req.setRawHeader(name, value);
    // Qt 6.4 stalls small POSTs over HTTP/2 (44 ms delayed-ACK): stay on HTTP/1.1.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_trusted.isEmpty()) {
            QList<QSslCertificate> cas = ssl.caCertificates();
            cas += m_trusted;
            ssl.setCaCertificates(cas);
        }
        req.setSslConfiguration(ssl);
    }
    return req;
}

void RestTransport::start(ApiJob *job)
{
    job->m_elapsed.start();
    if (m_signedOut) {
        const ApiError e(ApiError::Kind::Cancelled, tr("Signed out: nothing more is sent from this window."));
        QTimer::singleShot(0, job, [job, e] { job->finish(e); });
        return;
    }
    if (job->m_spec.extension && m_capability == ServerCapability::UpstreamOnly) {
        ApiError e(ApiError::Kind::Unsupported,
            tr("This server offers registry data only: it lacks the extension endpoints needed to %1.")
                .arg(job->m_spec.what));
        QTimer::singleShot(0, job, [job, e] { job->finish(e); });
        return;
    }
    if (m_config.auth == ClientConfig::Auth::OdooSession && !m_sessionReady && !job->m_spec.atServerRoot) {
        m_waitingForSession.append(job);
        if (!m_loggingIn)
            loginSession();
        return;
    }
    startAttempt(job);
}

void RestTransport::loginSession()
{
    m_loggingIn = true;
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/session/auth/login");
    spec.atServerRoot = true;
    spec.idempotent = false;
    spec.what = tr("sign in");
    SessionLogin login;
    login.login = m_config.user;
    login.password = m_config.password;
    spec.body = toCompactJson(encode(login));
    auto *job = send<bool>(spec, [](const QByteArray &, const auto &, bool &ok) {
        ok = true;
        return DecodeError();
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        m_loggingIn = false;
        ApiError failure = job->error();
        if (!failure.isNull() && (failure.kind() == ApiError::Kind::Forbidden))
            failure = ApiError(ApiError::Kind::Unauthorized, tr("Wrong user name or password."));
        m_sessionReady = failure.isNull();
        const auto waiting = std::exchange(m_waitingForSession, {});
        for (const auto &w : waiting) {
            if (!w)
                continue;
            if (m_sessionReady)
                startAttempt(w);
            else
                w->finish(failure);
        }
    });
}

Job<bool> *RestTransport::signOut()
{
    Job<bool> *job = logoutSession();
    m_signedOut = true; // after the logout request has gone: nothing else is sent, nobody signs in again
    return job;
}

Job<bool> *RestTransport::logoutSession()
{
    if (m_config.auth != ClientConfig::Auth::OdooSession || !m_sessionReady)
        return nullptr;
    m_sessionReady = false; // whatever the answer: the next request signs in again (see signOut)
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/session/auth/logout");
    spec.atServerRoot = true;
    spec.idempotent = true; // closing a closed session changes nothing
    spec.body = "{}";
    spec.what = tr("sign out");
    return send<bool>(spec, [](const QByteArray &, const auto &, bool &ok) {
        ok = true;
        return DecodeError();
    });
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

bool sendsCredentialsInClear(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host());
}

void RestTransport::startAttempt(ApiJob *job)
{
    if (job->m_finished)
        return;
    if (sendsCredentialsInClear(m_config.baseUrl) && !m_config.allowPlainHttp) {
        ApiError e(ApiError::Kind::Usage,
            tr("Refusing to send your password unencrypted to %1 (http://). Use the server's https:// "
               "address, or, only if your administrator says this network is private, allow unencrypted "
               "connections for this profile.")
                .arg(m_config.baseUrl.host()));
        e.setOperation(job->m_spec.operation());
        QTimer::singleShot(0, job, [job, e] { job->finish(e); }); // after the caller has connected
        return;
    }
    if (job->m_cancelled) {
        job->finish(ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    ++job->m_attempts;
    job->m_timedOut = false;
    job->m_tlsRetry = false;
    const RequestSpec &spec = job->m_spec;
    const QNetworkRequest req = buildRequest(spec);
    QNetworkReply *reply = nullptr;
    if (spec.verb == "GET")
        reply = m_nam->get(req);
    else
        reply = m_nam->sendCustomRequest(req, spec.verb, spec.body);
    job->m_reply = reply;
    if (!job->m_timer) {
        job->m_timer = new QTimer(job);
        job->m_timer->setSingleShot(true);
        connect(job->m_timer, &QTimer::timeout, job, [job] {
            job->m_timedOut = true;
            if (job->m_reply)
                job->m_reply->abort();
        });
    }
    job->m_timer->start(m_config.timeoutMs);
    connect(reply, &QNetworkReply::sslErrors, job, [this, job, reply](const QList<QSslError> &) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QByteArray fp = certificateSha256(peer);
        if (!peer.isNull() && m_config.trustedCertificateSha256.contains(fp) && !m_trusted.contains(peer)) {
            // The user pinned this certificate: trust it as a CA for this client and try again, so
            // that every other check (host name, validity dates) still applies.
            trustCertificate(peer);
            job->m_tlsRetry = true;
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, job, [this, job, reply](qint64 received, qint64 total) {
        const qint64 seen = std::max(received, total);
        if (seen > m_config.maxResponseBytes && !job->m_tooLarge) {
            job->m_tooLarge = seen;
            reply->abort();
        }
    });
    // A pinned profile accepts its pinned certificate only, also when the system's authorities
    // would vouch for another one (sslErrors() is not emitted then): checked once encrypted.
    connect(reply, &QNetworkReply::encrypted, job, [this, job, reply] {
        if (m_config.trustedCertificateSha256.isEmpty())
            return;
        const QByteArray fp = certificateSha256(reply->sslConfiguration().peerCertificate());
        if (!m_config.trustedCertificateSha256.contains(fp)) {
            job->m_pinRefused = fp;
            reply->abort();
        }
    });
    // The answer is taken as it arrives, a chunk at a time: read whole when it ended, a search's
    // 40 MB were copied (and the pages it took first touched) in one 45 ms stall of the window.
    job->m_body.clear();
    connect(reply, &QIODevice::readyRead, job, [this, job, reply] {
        if (job->m_tooLarge)
            return;
        if (job->m_body.isEmpty()) {
            const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > 0 && announced <= m_config.maxResponseBytes)
                job->m_body.reserve(announced);
        }
        const qint64 n = reply->bytesAvailable();
        if (n <= 0 || job->m_body.size() + n > m_config.maxResponseBytes)
            return; // (downloadProgress ends an answer past the limit)
        const qsizetype at = job->m_body.size();
        job->m_body.resize(at + n);
        const qint64 got = reply->read(job->m_body.data() + at, n);
        job->m_body.resize(at + qMax<qint64>(got, 0));
    });
    connect(reply, &QNetworkReply::finished, job, [this, job, reply] { onReplyFinished(job, reply); });
}

ApiError RestTransport::certificateChanged(ApiJob *job, const QByteArray &presented) const
{
    ApiError e(ApiError::Kind::TlsChanged,
        tr("The server's certificate has changed. Trusted: %1. Presented now: %2. Refusing to connect: "
           "check with your administrator before trusting the new certificate.")
            .arg(formatFingerprint(m_config.trustedCertificateSha256.constFirst()),
                formatFingerprint(presented)));
    e.setOperation(job->m_spec.operation());
    return e;
}

ApiError RestTransport::transportError(ApiJob *job, QNetworkReply *reply) const
{
    const auto err = reply->error();
    if (err == QNetworkReply::SslHandshakeFailedError) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QByteArray fp = certificateSha256(peer);
        QString msg;
        if (peer.isNull())
            msg = tr("Secure connection failed: %1").arg(reply->errorString());
        else if (!m_config.trustedCertificateSha256.isEmpty()
            && !m_config.trustedCertificateSha256.contains(fp))
            return certificateChanged(job, fp);
        else
            msg = tr("The server's certificate is not trusted (%1). SHA-256 fingerprint: %2.")
                      .arg(reply->errorString(), formatFingerprint(fp));
        ApiError e(ApiError::Kind::Tls, msg);
        e.setOperation(job->m_spec.operation());
        return e;
    }
    ApiError e(ApiError::Kind::Network,
        RetryPolicy::neverReachedServer(err)
            ? tr("Cannot reach the server at %1 (%2).").arg(m_config.baseUrl.host(), reply->errorString())
            : tr("The connection to the server failed (%1).").arg(reply->errorString()));
    e.setOperation(job->m_spec.operation());
    return e;
}

void RestTransport::onReplyFinished(ApiJob *job, QNetworkReply *reply)
{
    reply->deleteLater();
    if (job->m_reply == reply)
        job->m_reply = nullptr;
    if (job->m_timer)
        job->m_timer->stop();
    const RequestSpec &spec = job->m_spec;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    job->m_httpStatus = status;
    if (const Timestamp date = Timestamp::fromHttpDate(reply->rawHeader("Date")); !date.isNull())
        m_serverTime = date;
    qCDebug(lcApi) << spec.operation() << "->" << status << reply->error() << "attempt" << job->m_attempts;

    if (job->m_cancelled) {
        job->finish(ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    if (job->m_tooLarge) {
        ApiError e(ApiError::Kind::Protocol,
            tr("The server's answer is larger than the %1 MB this program reads (at least %2 MB). Narrow the "
               "request (a name, a program, a state), or raise the limit for this profile.")
                .arg(m_config.maxResponseBytes / (1024 * 1024))
                .arg((job->m_tooLarge + 1024 * 1024 - 1) / (1024 * 1024)));
        e.setOperation(spec.operation());
        job->finish(e);
        return;
    }
    if (job->m_timedOut) {
        ApiError e(ApiError::Kind::Timeout,
            tr("No answer from the server within %1 s.").arg(m_config.timeoutMs / 1000.0));
        retryOrFail(
            job, e, RetryPolicy::isSafeToRepeat(spec.idempotent, QNetworkReply::TimeoutError, 0, true), -1);
        return;
    }
    if (status == 0) {
        if (!job->m_pinRefused.isEmpty()) {
            job->finish(certificateChanged(job, job->m_pinRefused));
            return;
        }
        if (job->m_tlsRetry) {
            --job->m_attempts;
            startAttempt(job);
            return;
        }
        const ApiError e = transportError(job, reply);
        if (e.kind() == ApiError::Kind::Tls) {
            Q_EMIT untrustedCertificate(reply->sslConfiguration().peerCertificate(),
                formatFingerprint(certificateSha256(reply->sslConfiguration().peerCertificate())));
            job->finish(e);
            return;
        }
        retryOrFail(job, e, RetryPolicy::isSafeToRepeat(spec.idempotent, reply->error(), 0, false), -1);
        return;
    }
    QByteArray body = std::move(job->m_body);
    job->m_body = QByteArray();
    body.append(reply->readAll()); // (what arrived after the last readyRead)
    if (status >= 200 && status < 300) {
        completeDecoded(job, body, reply->rawHeaderPairs());
        return;
    }
    ApiError e = ApiError::fromHttp(status, body, spec.operation());
    if (status == 401 && m_config.auth == ClientConfig::Auth::OdooSession && !job->m_reauthenticated
        && !spec.atServerRoot) {
        // The Odoo session expired: sign in again once, then repeat.
        job->m_reauthenticated = true;
        m_sessionReady = false;
        --job->m_attempts;
        start(job);
        return;
    }
    if (spec.emptySearchIsEmpty && status == 400
        && (e.code() == QLatin1String("G2P-REQ-010") || e.code().isEmpty())) {
        job->setEmptyResult(); // upstream answers "no match" with an error
        job->finish(ApiError());
        return;
    }
    if (e.kind() == ApiError::Kind::Unsupported && spec.extension) {
        m_capability = ServerCapability::UpstreamOnly;
        if (spec.what == QLatin1String("probe")) {
            job->setEmptyResult();
            job->finish(ApiError());
            Q_EMIT capabilityKnown(ServerCapability::UpstreamOnly);
            return;
        }
        ApiError u(ApiError::Kind::Unsupported,
            tr("This server offers registry data only: it lacks the extension endpoints needed to %1.")
                .arg(spec.what));
        u.setOperation(spec.operation());
        u.setHttpStatus(404);
        job->finish(u);
        return;
    }
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    bool okRetry = false;
    const int retryAfterSeconds = retryAfter.trimmed().toInt(&okRetry);
    e.setRetryAfter(okRetry ? retryAfterSeconds : -1);
    retryOrFail(job, e, RetryPolicy::isSafeToRepeat(spec.idempotent, reply->error(), status, false),
        okRetry ? retryAfterSeconds : -1);
}

void RestTransport::retryOrFail(ApiJob *job, const ApiError &error, bool safe, int retryAfterSeconds)
{
    if (!safe || job->m_attempts >= m_config.retry.maxAttempts) {
        job->finish(error);
        return;
    }
    const int delay = m_config.retry.delayMs(
        job->m_attempts, QRandomGenerator::global()->generateDouble(), retryAfterSeconds);
    qCInfo(lcApi) << job->m_spec.operation() << "retry" << job->m_attempts << "in" << delay
                  << "ms:" << ApiError::kindName(error.kind()) << error.httpStatus();
    QTimer::singleShot(delay, job, [this, job] { startAttempt(job); });
}

void RestTransport::completeDecoded(
    ApiJob *job, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const auto done = [this, job](const DecodeError &de) {
        if (!de.isNull()) {
            job->finish(ApiError::protocol(job->m_spec.operation(), de));
            return;
        }
        if (job->m_spec.extension && !m_capability) {
            m_capability = ServerCapability::Extension;
            Q_EMIT capabilityKnown(ServerCapability::Extension);
        }
        job->finish(ApiError());
    };
    if (body.size() < kDecodeOffThreadBytes) {
        done(job->decodeBody(body, headers));
        return;
    }
    // Large bodies (an unpaged upstream search) are decoded off the caller's thread.
    // The pool thread decodes into a value of its own and never touches the job: an abort may
    // delete the job (and this watcher) before it is done; the value is then simply dropped.
    auto *watcher = new QFutureWatcher<ApiJob::Adopt>(job);
    connect(watcher, &QFutureWatcher<ApiJob::Adopt>::finished, job, [watcher, done] {
        const ApiJob::Adopt adopt = watcher->result();
        watcher->deleteLater();
        done(adopt());
    });
    // Below the window's thread: a refresh's pages decoded at its priority kept it waiting for a
    // core (its largest stalls at a million, 56-159 ms; with these and the store's thread at nice
    // 5, 48-54 ms).
    watcher->setFuture(QtConcurrent::run(workPool(), [decode = job->detachedDecode(body, headers)] {
        yieldToTheWindow();
        return decode();
    }));
}

} // namespace g2p
