// API v2 access tokens in the system keyring, beside the profile's secret (one entry a profile:
// "token:{client}@{server}"), so that the desktop and every g2p-desk-cli call share one token for its
// 24 hours. The process keeps its own copy too, so its backends (detection, windows) share one token
// even without a keyring; without a usable keyring each run asks the server again, and `unavailable`
// says so once (the server allows 50 tokens a day per address).
#pragma once

#include "tokencache.h"

#include <QHash>

#include <functional>
#include <memory>

namespace g2p {

class KeyringTokenCache : public TokenCache
{
public:
    explicit KeyringTokenCache(std::function<void(const QString &)> unavailable = {});
    void load(const QString &account, std::function<void(AccessToken)> done) override;
    void store(const QString &account, const AccessToken &token) override;
    void forget(const QString &account) override;
    // A short-lived program (the command line) waits for what it wrote before it exits.
    void waitForWrites(int timeoutMs);
    static QString entryName(const QString &account) { return QStringLiteral("token:") + account; }

private:
    struct State
    {
        std::function<void(const QString &)> unavailable;
        bool told = false;
        int writing = 0;
        QHash<QString, AccessToken> here; // this process's copy, by account
    };
    std::shared_ptr<State> m_state;
};

} // namespace g2p
