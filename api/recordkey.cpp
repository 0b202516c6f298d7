#include "recordkey.h"

#include "spp2records.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace g2p {

qint64 localIdOf(RecordKind kind, QStringView key)
{
    bool numeric = false;
    const qint64 n = key.toLongLong(&numeric);
    if (numeric && n > 0 && key.front().isDigit())
        return n;
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char k = char('0' + int(kind));
    h.addData(QByteArrayView(&k, 1));
    h.addData(key.toUtf8());
    const QByteArray d = h.result();
    const quint64 bits = qFromBigEndian<quint64>(d.constData()) >> 2; // 62 bits
    return -qint64(bits) - 1;
}

QString numericKey(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

QString displayKey(RecordKind kind, qint64 id, const QString &key)
{
    return key.isEmpty() ? QString::number(id) : spp2::compactKey(kind, key);
}

} // namespace g2p
