// What a server speaks, found from what an officer knows (an address, a user, a password, API key or
// API client secret), in this order: the REST contract with G2P Desk's extension → OpenSPP2's API v2
// (/api/v2/spp/metadata, then the client's token) → Odoo's external API (common.version, the
// database given or the only one listed, login) → the upstream REST API only (read-only). The
// profile remembers the answer; `createBackend` makes the backend for a kind.
#pragma once

#include "registrybackend.h"
#include "resttransport.h"

#include <QStringList>

#include <memory>

namespace g2p {

// https://registry.example.org → https://registry.example.org/api/v1/registry (an address with a
// path is kept as it is).
QUrl restBaseUrl(const QUrl &address);
// The server's root (scheme, host and port): where /jsonrpc lives.
QUrl serverRoot(const QUrl &address);
QString backendKindName(BackendKind kind); // "auto", "rest", "odoo", "spp2"
std::optional<BackendKind> backendKindFromName(const QString &name);

// The backend of `config.backend` (Rest or Odoo; Auto is Rest), at the address that kind uses.
std::unique_ptr<RegistryBackend> createBackend(QNetworkAccessManager *nam, ClientConfig config);

struct DetectedServer
{
    BackendKind kind = BackendKind::Rest;
    QString database; // Odoo
    QString description; // "REST contract", "Odoo 17.0 external API", ...
    BackendCapabilities capabilities;
};

class BackendDetector : public QObject
{
    Q_OBJECT
public:
    // `config.backend` Auto tries each kind; Rest or Odoo checks only that one.
    BackendDetector(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);
    ~BackendDetector() override;
    void start();
    void abort();
    // The databases the server listed when it has several (failed() then has a Usage error).
    QStringList databases() const { return m_databases; }

Q_SIGNALS:
    void found(const g2p::DetectedServer &server);
    void failed(const g2p::ApiError &error);
    void untrustedCertificate(const QSslCertificate &certificate, const QString &fingerprint);

private:
    void tryRest();
    void trySpp2();
    void tryOdoo();
    void finishWith(const ApiError &error);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    std::unique_ptr<RegistryBackend> m_probe;
    QPointer<PendingCall> m_call;
    ApiError m_restError;
    bool m_restUpstreamOnly = false;
    BackendCapabilities m_restCaps;
    QStringList m_databases;
};

} // namespace g2p

Q_DECLARE_METATYPE(g2p::DetectedServer)
