#include "accessibletext.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace g2p {

QVariant accessibleText(const QVariant &display)
{
    const QLocale locale;
    switch (display.typeId()) {
    case QMetaType::QDate:
        return locale.toString(display.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(display.toDateTime(), QLocale::ShortFormat);
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(display.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return locale.toString(display.toULongLong());
    case QMetaType::Double:
        return locale.toString(display.toDouble());
    default:
        return QVariant();
    }
}

} // namespace g2p
