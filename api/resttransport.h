// The transport under the REST client: sign-in (Basic or an Odoo session), the TLS trust and its
// pinning, timeouts, retries of what is safe to retry, size limits, decoding off the caller's thread.
// It sends any RequestSpec; which requests exist is ApiClient's business (the endpoint builders).
// It uses the QNetworkAccessManager it is given (never a global one). Give each server profile its
// own access manager: keep-alive connections carry the TLS trust they were opened with.
#pragma once

#include "apijob.h"
#include "codec.h"
#include "retrypolicy.h"
#include "tokencache.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace g2p {

enum class ServerCapability
{
    UpstreamOnly, // a stock registry: individuals and groups only
    Extension // programs, memberships, history and bulk enrolment too
};

// What a server speaks: found out when connecting (Auto), or forced by the profile / command line.
enum class BackendKind
{
    Auto,
    Rest, // the REST contract (upstream endpoints, with the G2P Desk extension where present)
    Odoo, // Odoo's external API (JSON-RPC): every stock OpenG2P 17 / OpenSPP 17 server
    Spp2 // OpenSPP2's API v2 (/api/v2/spp: OAuth2 client credentials, {system}|{value} identifiers)
};

struct ClientConfig
{
    enum class Auth
    {
        Basic,
        OdooSession,
        None // the backend adds its own header to each request (a bearer token)
    };

    QUrl baseUrl; // e.g. https://registry.example.org/api/v1/registry (Odoo: the server's root)
    BackendKind backend = BackendKind::Rest;
    QString database; // Odoo: the database; empty = the only one the server lists
    QString user;
    QString password; // kept in memory only; never logged (API v2: the client secret)
    // API v2: where access tokens are kept between runs (the keyring, shared by the desktop and the
    // command line); none: within this backend only.
    std::shared_ptr<TokenCache> tokens;
    Auth auth = Auth::Basic;
    int timeoutMs = 30000;
    RetryPolicy retry;
    // SHA-256 fingerprints (hex, no separators) of self-signed certificates the user trusts.
    QList<QByteArray> trustedCertificateSha256;
    QByteArray userAgent = "g2p-desk";
    // http:// to a host outside the loopback range would send the password readable by anyone on
    // the way: refused unless the profile says so explicitly.
    bool allowPlainHttp = false;
    // The largest answer read (an unpaged search of a million registrants is about 700 MB); a
    // larger one is cut off with a clear error instead of filling the memory.
    qint64 maxResponseBytes = qint64(1536) * 1024 * 1024;
};

// 127.0.0.0/8, ::1 or "localhost": traffic that never leaves this machine.
bool isLoopbackHost(const QString &host);
// The password would cross the network unencrypted.
bool sendsCredentialsInClear(const QUrl &url);

// "ab:cd:..." upper-case, as a person compares fingerprints.
QString formatFingerprint(const QByteArray &sha256Hex);
QByteArray certificateSha256(const QSslCertificate &cert);

class RestTransport : public QObject
{
    Q_OBJECT
public:
    RestTransport(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);
    ~RestTransport() override;

    const ClientConfig &config() const { return m_config; }
    void setPassword(const QString &password) { m_config.password = password; }
    void trustCertificate(const QSslCertificate &cert);
    std::optional<ServerCapability> capability() const { return m_capability; }
    // The server's clock at its latest answer (the HTTP Date header, whole seconds); null until an
    // answer carried one.
    Timestamp serverTime() const { return m_serverTime; }

    // Odoo session profiles: closes the server's session (POST /session/auth/logout) so that a
    // cookie left behind cannot be used again. nullptr when there is no session to close; the next
    // request signs in again.
    Job<bool> *logoutSession();
    bool hasSession() const { return m_sessionReady; }
    // The end of this client: logs the session out (when there is one) and refuses every later
    // request ("signed out"), so nothing signs in again behind the officer's back.
    Job<bool> *signOut();

    // Any request of the contract; the decoder reads a successful body into the result.
    template<class T>
    Job<T> *send(RequestSpec spec, typename Job<T>::Decoder decoder)
    {
        auto *job = new Job<T>(std::move(spec), std::move(decoder), this);
        start(job);
        return job;
    }

Q_SIGNALS:
    // The server presented a certificate nobody trusts: the UI may show the fingerprint and ask.
    void untrustedCertificate(const QSslCertificate &certificate, const QString &fingerprint);
    void capabilityKnown(g2p::ServerCapability capability);

protected:
    // The extension probe asks again after "upstream only".
    void forgetCapability() { m_capability.reset(); }

private:
    void start(ApiJob *job);
    void startAttempt(ApiJob *job);
    void onReplyFinished(ApiJob *job, QNetworkReply *reply);
    void retryOrFail(ApiJob *job, const ApiError &error, bool safe, int retryAfterSeconds);
    void completeDecoded(
        ApiJob *job, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);
    QNetworkRequest buildRequest(const RequestSpec &spec) const;
    void loginSession();
    ApiError certificateChanged(ApiJob *job, const QByteArray &presented) const;
    ApiError transportError(ApiJob *job, QNetworkReply *reply) const;

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    QList<QSslCertificate> m_trusted;
    std::optional<ServerCapability> m_capability;
    Timestamp m_serverTime;
    bool m_sessionReady = false;
    bool m_signedOut = false;
    bool m_loggingIn = false;
    QList<QPointer<ApiJob>> m_waitingForSession;
};

} // namespace g2p

Q_DECLARE_METATYPE(g2p::ServerCapability)
