#include "backenddetector.h"

#include "odoobackend.h"
#include "restcontractbackend.h"
#include "spp2backend.h"

namespace g2p {

QUrl restBaseUrl(const QUrl &address)
{
    QUrl u = address;
    if (u.path().isEmpty() || u.path() == QLatin1String("/"))
        u.setPath(QStringLiteral("/api/v1/registry"));
    return u;
}

QUrl serverRoot(const QUrl &address)
{
    QUrl u = address;
    u.setPath(QString());
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

QString backendKindName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Auto:
        return QStringLiteral("auto");
    case BackendKind::Rest:
        return QStringLiteral("rest");
    case BackendKind::Odoo:
        return QStringLiteral("odoo");
    case BackendKind::Spp2:
        return QStringLiteral("spp2");
    }
    return QString();
}

std::optional<BackendKind> backendKindFromName(const QString &name)
{
    for (BackendKind k : {BackendKind::Auto, BackendKind::Rest, BackendKind::Odoo, BackendKind::Spp2})
        if (backendKindName(k) == name.trimmed().toLower())
            return k;
    return std::nullopt;
}

std::unique_ptr<RegistryBackend> createBackend(QNetworkAccessManager *nam, ClientConfig config)
{
    if (config.backend == BackendKind::Odoo) {
        config.baseUrl = serverRoot(config.baseUrl);
        return std::make_unique<OdooBackend>(nam, std::move(config));
    }
    if (config.backend == BackendKind::Spp2) {
        config.baseUrl = serverRoot(config.baseUrl);
        return std::make_unique<Spp2Backend>(nam, std::move(config));
    }
    config.baseUrl = restBaseUrl(config.baseUrl);
    return std::make_unique<RestContractBackend>(nam, std::move(config));
}

BackendDetector::BackendDetector(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(std::move(config))
{
    qRegisterMetaType<DetectedServer>();
}

BackendDetector::~BackendDetector()
{
    abort();
}

void BackendDetector::abort()
{
    if (m_call)
        m_call->abort();
}

void BackendDetector::start()
{
    if (m_config.backend == BackendKind::Odoo)
        tryOdoo();
    else if (m_config.backend == BackendKind::Spp2)
        trySpp2();
    else
        tryRest();
}

void BackendDetector::tryRest()
{
    ClientConfig c = m_config;
    c.backend = BackendKind::Rest;
    m_probe = createBackend(m_nam, c);
    connect(
        m_probe.get(), &RegistryBackend::untrustedCertificate, this, &BackendDetector::untrustedCertificate);
    auto *call = m_probe->signIn();
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        const bool forced = m_config.backend == BackendKind::Rest;
        if (call->succeeded() && (call->result().programs || forced)) {
            DetectedServer s;
            s.kind = BackendKind::Rest;
            s.capabilities = call->result();
            s.description = m_probe->kindName();
            Q_EMIT found(s);
            return;
        }
        const ApiError::Kind k = call->error().kind();
        if (forced || k == ApiError::Kind::Tls || k == ApiError::Kind::TlsChanged
            || k == ApiError::Kind::Network || k == ApiError::Kind::Timeout
            || k == ApiError::Kind::Cancelled) {
            finishWith(call->error()); // unreachable, untrusted or stopped: no other kind will do better
            return;
        }
        m_restUpstreamOnly = call->succeeded();
        m_restCaps = call->result();
        m_restError = call->error();
        m_probe.release()->deleteLater(); // the call finishing now is its child
        trySpp2();
    });
}

// OpenSPP2's API v2 answers GET /api/v2/spp/metadata without credentials: an address that does is
// one (its token endpoint then judges the client id and secret); any other answer moves on to Odoo.
void BackendDetector::trySpp2()
{
    ClientConfig c = m_config;
    c.backend = BackendKind::Spp2;
    m_probe = createBackend(m_nam, c);
    connect(
        m_probe.get(), &RegistryBackend::untrustedCertificate, this, &BackendDetector::untrustedCertificate);
    auto *call = m_probe->signIn();
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        const bool forced = m_config.backend == BackendKind::Spp2;
        if (call->succeeded()) {
            DetectedServer s;
            s.kind = BackendKind::Spp2;
            s.capabilities = call->result();
            s.description = m_probe->kindName();
            Q_EMIT found(s);
            return;
        }
        const ApiError::Kind k = call->error().kind();
        if (forced || k != ApiError::Kind::Unsupported) {
            finishWith(call->error());
            return;
        }
        m_probe.release()->deleteLater();
        tryOdoo();
    });
}

void BackendDetector::tryOdoo()
{
    ClientConfig c = m_config;
    c.backend = BackendKind::Odoo;
    auto backend = createBackend(m_nam, c);
    auto *odoo = static_cast<OdooBackend *>(backend.get());
    m_probe = std::move(backend);
    connect(odoo, &RegistryBackend::untrustedCertificate, this, &BackendDetector::untrustedCertificate);
    auto *call = odoo->signIn();
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call, odoo] {
        if (call->succeeded()) {
            DetectedServer s;
            s.kind = BackendKind::Odoo;
            s.database = odoo->database();
            s.capabilities = call->result();
            s.description = odoo->kindName();
            Q_EMIT found(s);
            return;
        }
        const ApiError &e = call->error();
        const bool forced = m_config.backend == BackendKind::Odoo;
        if (odoo->databaseNeeded()) {
            m_databases = odoo->listedDatabases();
            finishWith(e);
            return;
        }
        // An Odoo server that refused the password is the answer; anything that is not Odoo falls
        // back to what the REST probe found.
        const bool isOdoo = e.kind() == ApiError::Kind::Unauthorized || e.kind() == ApiError::Kind::Forbidden
            || e.kind() == ApiError::Kind::Usage;
        if (forced || isOdoo || e.kind() == ApiError::Kind::Tls || e.kind() == ApiError::Kind::TlsChanged) {
            finishWith(e);
            return;
        }
        if (m_restUpstreamOnly) {
            DetectedServer s;
            s.kind = BackendKind::Rest;
            s.capabilities = m_restCaps;
            s.description = RestContractBackend::tr("REST (registry data only)");
            Q_EMIT found(s);
            return;
        }
        finishWith(m_restError.isNull() ? e : m_restError);
    });
}

void BackendDetector::finishWith(const ApiError &error)
{
    Q_EMIT failed(error);
}

} // namespace g2p
