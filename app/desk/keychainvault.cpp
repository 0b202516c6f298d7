#include "keychainvault.h"

namespace g2p {

KeychainVault::KeychainVault(QObject *parent) : PasswordVault(parent)
{
    connect(&m_store, &CredentialStore::readFinished, this,
        [this](const QString &key, const CredentialStore::Result &r) {
            switch (r.status) {
            case CredentialStore::Status::Ok:
                Q_EMIT readDone(key, true, r.password, QString());
                break;
            case CredentialStore::Status::NotFound:
                Q_EMIT readDone(key, true, QString(), QString());
                break;
            default:
                Q_EMIT readDone(key, false, QString(), CredentialStore::describe(r));
                break;
            }
        });
    connect(&m_store, &CredentialStore::writeFinished, this,
        [this](const QString &key, const CredentialStore::Result &r) {
            Q_EMIT writeDone(key, r.status == CredentialStore::Status::Ok, CredentialStore::describe(r));
        });
}

void KeychainVault::read(const QString &key)
{
    m_store.read(key);
}

void KeychainVault::write(const QString &key, const QString &password)
{
    m_store.write(key, password);
}

void KeychainVault::remove(const QString &key)
{
    m_store.remove(key);
}

} // namespace g2p
