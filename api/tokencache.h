// Where OAuth2 access tokens wait between requests and between runs. OpenSPP2's token endpoint
// allows 5 requests a minute and 50 a day per address, and a token lives 24 hours: a token is
// fetched once and used by every window and every command-line call of the same profile until it
// expires. The desktop and the command line keep it in the system keyring (app/credentials); the
// backend alone keeps it in memory. A token is a secret: never in a file, a setting or a log.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace g2p {

struct AccessToken
{
    QString value;
    QDateTime expiresAt; // UTC
    QString scope; // "individual:read program_membership:create ..." as the server granted it

    // Usable for at least `marginSeconds` more.
    bool usable(const QDateTime &now, int marginSeconds = 120) const
    {
        return !value.isEmpty() && expiresAt.isValid() && now.addSecs(marginSeconds) < expiresAt;
    }
    // The text a cache stores ("expiry-ms scope\nvalue"), and back (an empty token when unreadable).
    QString serialized() const;
    static AccessToken fromSerialized(const QString &text);
};

class TokenCache
{
public:
    virtual ~TokenCache() = default;
    // `done` receives the token kept for `account` (empty when none, or when the store cannot be
    // read); it may run before load() returns.
    virtual void load(const QString &account, std::function<void(AccessToken)> done) = 0;
    virtual void store(const QString &account, const AccessToken &token) = 0;
    virtual void forget(const QString &account) = 0;
};

// Within this process only (tests, and a backend given no cache).
class MemoryTokenCache : public TokenCache
{
public:
    void load(const QString &account, std::function<void(AccessToken)> done) override
    {
        done(m_tokens.value(account));
    }
    void store(const QString &account, const AccessToken &token) override { m_tokens.insert(account, token); }
    void forget(const QString &account) override { m_tokens.remove(account); }

private:
    QHash<QString, AccessToken> m_tokens;
};

} // namespace g2p
