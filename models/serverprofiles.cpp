#include "serverprofiles.h"

#include "storepaths.h"

#include <QFileInfo>

namespace g2p {

ServerProfiles::ServerProfiles(QSettings *settings) : m_settings(settings)
{ }

QList<ServerProfile> ServerProfiles::load() const
{
    QList<ServerProfile> out;
    const int n = m_settings->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ServerProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        // A user or password written into the address is never kept (nor read back).
        p.url = QUrl(m_settings->value(QStringLiteral("url")).toString()).adjusted(QUrl::RemoveUserInfo);
        p.user = m_settings->value(QStringLiteral("user")).toString();
        p.trustedFingerprints = m_settings->value(QStringLiteral("trustedFingerprints")).toStringList();
        p.sessionAuth = m_settings->value(QStringLiteral("sessionAuth"), false).toBool();
        p.allowPlainHttp = m_settings->value(QStringLiteral("allowPlainHttp"), false).toBool();
        // Profiles saved before G2P Desk spoke Odoo were REST profiles.
        p.backend = m_settings->value(QStringLiteral("backend"), QStringLiteral("rest")).toString();
        p.database = m_settings->value(QStringLiteral("database")).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    m_settings->endArray();
    return out;
}

void ServerProfiles::save(const QList<ServerProfile> &profiles)
{
    m_settings->beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const ServerProfile &p = profiles[i];
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("url"), p.url.adjusted(QUrl::RemoveUserInfo).toString());
        m_settings->setValue(QStringLiteral("user"), p.user);
        m_settings->setValue(QStringLiteral("trustedFingerprints"), p.trustedFingerprints);
        m_settings->setValue(QStringLiteral("sessionAuth"), p.sessionAuth);
        m_settings->setValue(QStringLiteral("allowPlainHttp"), p.allowPlainHttp);
        m_settings->setValue(QStringLiteral("backend"), p.backend);
        m_settings->setValue(QStringLiteral("database"), p.database);
    }
    m_settings->endArray();
    m_settings->sync();
}

void ServerProfiles::upsert(const ServerProfile &profile)
{
    QList<ServerProfile> all = load();
    bool found = false;
    for (ServerProfile &p : all) {
        if (p.name == profile.name) {
            p = profile;
            found = true;
        }
    }
    if (!found)
        all.append(profile);
    save(all);
}

void ServerProfiles::remove(const QString &name)
{
    QList<ServerProfile> all = load();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ServerProfile &p) { return p.name == name; }),
        all.end());
    save(all);
}

QString ServerProfiles::lastUsed() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ServerProfiles::setLastUsed(const QString &name)
{
    m_settings->setValue(QStringLiteral("lastProfile"), name);
}

ProfileData localDataOf(const ServerProfile &profile)
{
    return inspectProfileData(profileDataDir(profile.url, profile.user));
}

bool removeLocalData(const ServerProfile &profile, QString *error)
{
    const QString dir = profileDataDir(profile.url, profile.user);
    if (localDataOf(profile).files.isEmpty() && !QFileInfo(dir).isDir())
        return true; // nothing was kept
    return removeProfileData(dir, error);
}

} // namespace g2p
