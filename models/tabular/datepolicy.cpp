#include "datepolicy.h"

#include "wiretime.h"

#include <QObject>
#include <QRegularExpression>

namespace g2p {

QString datePolicyName(DatePolicy policy)
{
    switch (policy) {
    case DatePolicy::Automatic:
        return QObject::tr("automatic (ISO; others only when unambiguous)");
    case DatePolicy::Iso:
        return QObject::tr("YYYY-MM-DD");
    case DatePolicy::DayFirst:
        return QObject::tr("DD/MM/YYYY");
    case DatePolicy::MonthFirst:
        return QObject::tr("MM/DD/YYYY");
    }
    return QString();
}

ParsedDate parseSpreadsheetDate(const QString &raw, DatePolicy policy)
{
    ParsedDate out;
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return out;
    const QDate iso = parseIsoDate(text);
    if (iso.isValid()) { // YYYY-MM-DD is unambiguous under every policy
        out.date = iso;
        return out;
    }
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    const QRegularExpressionMatch m = slashed.match(text);
    if (!m.hasMatch() || policy == DatePolicy::Iso) {
        out.problem = policy == DatePolicy::Iso
            ? QObject::tr("expected YYYY-MM-DD, got “%1”").arg(text)
            : QObject::tr("not a date: “%1” (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)").arg(text);
        return out;
    }
    const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
    const QDate dayFirst(y, b, a), monthFirst(y, a, b);
    switch (policy) {
    case DatePolicy::DayFirst:
        out.date = dayFirst;
        break;
    case DatePolicy::MonthFirst:
        out.date = monthFirst;
        break;
    default:
        if (dayFirst.isValid() && monthFirst.isValid() && a != b) {
            out.ambiguous = true;
            out.date = dayFirst;
            out.problem = QObject::tr("“%1” could be %2 or %3: choose the date format of this file")
                              .arg(text, dayFirst.toString(Qt::ISODate), monthFirst.toString(Qt::ISODate));
            return out;
        }
        out.date = dayFirst.isValid() ? dayFirst : monthFirst;
        break;
    }
    if (!out.date.isValid())
        out.problem = QObject::tr("not a calendar day: “%1” read as %2").arg(text, datePolicyName(policy));
    return out;
}

} // namespace g2p
