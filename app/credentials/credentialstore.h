// Passwords in the system keyring (QtKeychain), never anywhere else.
//
// On Linux every backend failure arrives as QKeychain::OtherError (no D-Bus, no Secret Service
// provider, a locked keyring): all of them mean "no keyring usable" and the caller asks for the
// password each session instead.
#pragma once

#include <QObject>
#include <QString>

namespace g2p {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        TimedOut
    };
    struct Result
    {
        Status status = Status::Unavailable;
        QString password; // only with Ok on read
        QString detail; // the backend's words when Unavailable
    };

    explicit CredentialStore(QString service = QStringLiteral("g2p-desk"), QObject *parent = nullptr);

    // The keyring entry of one account on one server.
    static QString accountKey(const QString &user, const QString &serverUrl);

    void read(const QString &key);
    void write(const QString &key, const QString &password);
    void remove(const QString &key);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Blocking helpers for command-line use (they run a local event loop with the timeout).
    Result readBlocking(const QString &key);
    Result writeBlocking(const QString &key, const QString &password);
    Result removeBlocking(const QString &key);

    static QString describe(const Result &r);

Q_SIGNALS:
    void readFinished(const QString &key, const g2p::CredentialStore::Result &result);
    void writeFinished(const QString &key, const g2p::CredentialStore::Result &result);
    void removeFinished(const QString &key, const g2p::CredentialStore::Result &result);

private:
    QString m_service;
    int m_timeoutMs = 8000;
};

} // namespace g2p

Q_DECLARE_METATYPE(g2p::CredentialStore::Result)
