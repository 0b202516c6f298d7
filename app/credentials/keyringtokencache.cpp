#include "keyringtokencache.h"

#include "credentialstore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace g2p {

KeyringTokenCache::KeyringTokenCache(std::function<void(const QString &)> unavailable)
    : m_state(std::make_shared<State>())
{
    m_state->unavailable = std::move(unavailable);
}

void KeyringTokenCache::load(const QString &account, std::function<void(AccessToken)> done)
{
    if (const AccessToken kept = m_state->here.value(account); kept.usable(QDateTime::currentDateTimeUtc())) {
        done(kept);
        return;
    }
    auto *store = new CredentialStore;
    QObject::connect(store, &CredentialStore::readFinished, store,
        [state = m_state, store, done](const QString &, const CredentialStore::Result &r) {
            store->deleteLater();
            if (r.status == CredentialStore::Status::Unavailable && state->unavailable && !state->told) {
                state->told = true;
                state->unavailable(CredentialStore::describe(r));
            }
            done(r.status == CredentialStore::Status::Ok ? AccessToken::fromSerialized(r.password)
                                                         : AccessToken());
        });
    store->read(entryName(account));
}

void KeyringTokenCache::store(const QString &account, const AccessToken &token)
{
    m_state->here.insert(account, token);
    auto *store = new CredentialStore;
    ++m_state->writing;
    QObject::connect(store, &CredentialStore::writeFinished, store,
        [state = m_state, store](const QString &, const CredentialStore::Result &) {
            --state->writing;
            store->deleteLater();
        });
    store->write(entryName(account), token.serialized());
}

void KeyringTokenCache::forget(const QString &account)
{
    m_state->here.remove(account);
    auto *store = new CredentialStore;
    ++m_state->writing;
    QObject::connect(store, &CredentialStore::removeFinished, store,
        [state = m_state, store](const QString &, const CredentialStore::Result &) {
            --state->writing;
            store->deleteLater();
        });
    store->remove(entryName(account));
}

void KeyringTokenCache::waitForWrites(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_state->writing > 0 && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace g2p
