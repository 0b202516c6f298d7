// Connect to a registry: saved profiles, the password from the system keyring, TLS trust by
// fingerprint, and errors shown next to the field they concern.
#pragma once

#include "registrysession.h"
#include "serverprofiles.h"
#include "sessionfactory.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace g2p {

// The keyring as the dialog needs it; app/ provides the QtKeychain implementation.
class PasswordVault : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &password) = 0;
    virtual void remove(const QString &key) = 0; // nothing comes back: a missing entry is fine
Q_SIGNALS:
    // ok=false with `problem` set when no keyring is usable; ok=true with an empty password when
    // nothing is stored.
    void readDone(const QString &key, bool ok, const QString &password, const QString &problem);
    void writeDone(const QString &key, bool ok, const QString &problem);
};

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // Sessions are made by `factory` (the real backend, or a test's).
    ConnectDialog(ServerProfiles *profiles,
        PasswordVault *vault,
        const SessionFactory *factory,
        QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Prefills and, when a password is given, connects at once (command line, demo).
    void preset(const QUrl &url, const QString &user, const QString &password);
    // The connected session, once accepted. The caller owns it.
    std::unique_ptr<RegistrySession> takeSession();

    static QString keyFor(const QString &user, const QUrl &url);
    // What the officer typed, as a URL: HTTPS unless a scheme is written out.
    static QUrl serverUrl(const QString &typed);

    // The profile as the dialog would save it (never a password, not even one typed in the address).
    ServerProfile currentProfile() const;
    QPushButton *removeProfileButton() const { return m_removeProfile; }

private:
    void openSession(ClientConfig config);
    void loadProfiles(const QString &select);
    void profileChosen(int index);
    void startConnect();
    void workOffline();
    ClientConfig currentConfig() const;
    void onConnected();
    void onFailed(const ApiError &error);
    void setBusy(bool busy);
    void askToTrust(const QSslCertificate &certificate, const QString &fingerprint);
    void removeProfile(); // asks, then removes the saved profile, its password and its local data

    ServerProfiles *m_profiles;
    const SessionFactory *m_factory;
    PasswordVault *m_vault;
    QComboBox *m_profile;
    QLineEdit *m_url, *m_user, *m_password;
    QCheckBox *m_remember, *m_sessionAuth;
    QCheckBox *m_allowHttp = nullptr;
    QComboBox *m_backend; // Advanced: find out / REST contract / Odoo external API
    QLineEdit *m_database; // Advanced: the Odoo database
    QWidget *m_advanced;
    std::unique_ptr<BackendDetector> m_detector;
    std::optional<DetectedServer> m_found; // what the server turned out to speak
    QLabel *m_urlError, *m_passwordError, *m_status;
    QPushButton *m_connect;
    QPushButton *m_removeProfile;
    QPushButton *m_offline; // shown when the server cannot be reached
    std::unique_ptr<RegistrySession> m_session;
    QStringList m_trusted;
    QString m_pendingTrust;
    bool m_passwordFromKeyring = false;
};

} // namespace g2p
