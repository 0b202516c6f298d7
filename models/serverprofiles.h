// Saved server profiles (name, URL, user, trusted certificate fingerprints) in QSettings.
// Never a password: passwords live in the system keyring only.
#pragma once

#include "profiledata.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace g2p {

struct ServerProfile
{
    QString name;
    QUrl url;
    QString user;
    QStringList trustedFingerprints; // SHA-256, hex without separators
    bool sessionAuth = false; // Odoo 15 base_rest: sign in with /session/auth/login
    bool allowPlainHttp = false; // http:// to another machine, said explicitly by the officer
    // What the server speaks: "auto" (find out when connecting), "rest" or "odoo" — found by the
    // connect dialog, or forced in its Advanced section.
    QString backend = QStringLiteral("auto");
    QString database; // Odoo: the database (empty: the only one the server lists)
};

class ServerProfiles
{
public:
    explicit ServerProfiles(QSettings *settings);
    QList<ServerProfile> load() const;
    void save(const QList<ServerProfile> &profiles);
    void upsert(const ServerProfile &profile);
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
};

// What a profile keeps on this machine (local copy, outbox, set-aside copies), and removing it all.
// Both touch the disk: call them off the GUI thread.
ProfileData localDataOf(const ServerProfile &profile);
bool removeLocalData(const ServerProfile &profile, QString *error);

} // namespace g2p
