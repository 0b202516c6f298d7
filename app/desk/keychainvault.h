// The connection dialog's password vault on top of the system keyring (QtKeychain).
#pragma once

#include "connectdialog.h"
#include "credentialstore.h"

namespace g2p {

class KeychainVault : public PasswordVault
{
    Q_OBJECT
public:
    explicit KeychainVault(QObject *parent = nullptr);
    void read(const QString &key) override;
    void write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;

private:
    CredentialStore m_store;
};

} // namespace g2p
