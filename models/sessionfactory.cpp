#include "sessionfactory.h"

#include "backenddetector.h"
#include "registrysession.h"

#include <QNetworkProxy>

namespace g2p {

SessionFactory::SessionFactory(QSettings *settings) : m_settings(settings)
{ }

SessionFactory::~SessionFactory() = default;

std::unique_ptr<RegistrySession> SessionFactory::open(ClientConfig config) const
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    // A server on this machine is never reached through a proxy.
    if (isLoopbackHost(config.baseUrl.host()))
        nam->setProxy(QNetworkProxy::NoProxy);
    config.userAgent = "g2p-desk";
    if (!config.tokens)
        config.tokens = m_tokens;
    auto backend = makeBackend(nam.get(), std::move(config));
    return std::make_unique<RegistrySession>(std::move(nam), std::move(backend), m_settings);
}

std::unique_ptr<BackendDetector> SessionFactory::detect(ClientConfig config) const
{
    if (!config.tokens)
        config.tokens = m_tokens;
    auto *nam = new QNetworkAccessManager;
    if (isLoopbackHost(config.baseUrl.host()))
        nam->setProxy(QNetworkProxy::NoProxy);
    auto detector = std::make_unique<BackendDetector>(nam, config);
    nam->setParent(detector.get()); // deleted after the detector's own members
    return detector;
}

std::unique_ptr<RegistryBackend> SessionFactory::makeBackend(
    QNetworkAccessManager *nam, ClientConfig config) const
{
    return createBackend(nam, std::move(config));
}

} // namespace g2p
