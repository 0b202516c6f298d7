// What a RegistrySession is made of: its own network access (keep-alive connections carry the TLS
// trust they were opened with), the backend that speaks to its server, and the settings it reads and
// writes. The connect dialog is given one; tests give one that makes an in-process backend.
#pragma once

#include "backenddetector.h"
#include "registrybackend.h"
#include "resttransport.h"

#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

namespace g2p {

class RegistrySession;

class SessionFactory
{
public:
    // `settings` outlives every session made here.
    explicit SessionFactory(QSettings *settings);
    virtual ~SessionFactory();

    std::unique_ptr<RegistrySession> open(ClientConfig config) const;
    // Finds out what the server at config.baseUrl speaks (config.backend Auto), over a network
    // access of its own; start() it and wait for found() or failed().
    std::unique_ptr<BackendDetector> detect(ClientConfig config) const;
    QSettings *settings() const { return m_settings; }
    // Where API v2 access tokens are kept between runs (the keyring in the desktop); given to every
    // backend made here.
    void setTokenCache(std::shared_ptr<TokenCache> tokens) { m_tokens = std::move(tokens); }

protected:
    // The REST contract's backend by default.
    virtual std::unique_ptr<RegistryBackend> makeBackend(
        QNetworkAccessManager *nam, ClientConfig config) const;

private:
    QSettings *m_settings;
    std::shared_ptr<TokenCache> m_tokens;
};

} // namespace g2p
