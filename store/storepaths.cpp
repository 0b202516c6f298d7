#include "storepaths.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace g2p {

QString profileKey(const QUrl &server, const QString &user)
{
    const QByteArray id = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                              .toString(QUrl::FullyEncoded)
                              .toUtf8()
        + '\n' + user.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(20));
}

QString profileDataDir(const QUrl &server, const QString &user)
{
    // Shared by g2p-desk and g2p-desk-cli (not per application name): one outbox per profile.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/g2p-desk/profiles/") + profileKey(server, user);
}

QString cacheFilePath(const QUrl &server, const QString &user)
{
    return profileDataDir(server, user) + QStringLiteral("/cache.sqlite");
}

QString outboxFilePath(const QUrl &server, const QString &user)
{
    return profileDataDir(server, user) + QStringLiteral("/outbox.sqlite");
}

} // namespace g2p
