// Where a server profile's local files live: one folder per server and user under the XDG data
// folder (~/.local/share/g2p-desk/profiles/<key>/), holding cache.sqlite and outbox.sqlite.
#pragma once

#include <QString>
#include <QUrl>

namespace g2p {

QString profileKey(const QUrl &server, const QString &user); // stable, file-name safe
QString profileDataDir(const QUrl &server, const QString &user);
QString cacheFilePath(const QUrl &server, const QString &user);
QString outboxFilePath(const QUrl &server, const QString &user);

} // namespace g2p
