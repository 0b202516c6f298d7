#include "localedates.h"

#include <QDateEdit>
#include <QLocale>
#include <QRegularExpression>

namespace g2p {

QString screenDateFormat()
{
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    // Day and month with two digits line up in tables and editors.
    f.replace(QRegularExpression(QStringLiteral("(?<!d)d(?!d)")), QStringLiteral("dd"));
    f.replace(QRegularExpression(QStringLiteral("(?<!M)M(?!M)")), QStringLiteral("MM"));
    return f;
}

void useScreenDateFormat(QDateEdit *edit)
{
    edit->setDisplayFormat(screenDateFormat());
}

} // namespace g2p
