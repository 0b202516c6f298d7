#include "tokencache.h"

#include <QTimeZone>

namespace g2p {

QString AccessToken::serialized() const
{
    return QString::number(expiresAt.toMSecsSinceEpoch()) + QLatin1Char(' ') + scope + QLatin1Char('\n')
        + value;
}

AccessToken AccessToken::fromSerialized(const QString &text)
{
    AccessToken t;
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    if (nl < 0)
        return t;
    const QString head = text.left(nl);
    const qsizetype sp = head.indexOf(QLatin1Char(' '));
    bool ok = false;
    const qint64 ms = head.left(sp < 0 ? head.size() : sp).toLongLong(&ok);
    if (!ok)
        return t;
    t.expiresAt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    t.scope = sp < 0 ? QString() : head.mid(sp + 1);
    t.value = text.mid(nl + 1).trimmed();
    return t;
}

} // namespace g2p
