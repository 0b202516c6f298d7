#include "wiretime.h"

#include <QDateTime>
#include <QTimeZone>

namespace g2p {
namespace {

constexpr qint64 kMicrosPerDay = 86400000000LL;

template<class Ch>
bool digits(const Ch *s, qsizetype n, qsizetype from, qsizetype count, int *out)
{
    if (from + count > n)
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const unsigned c = unsigned(s[i]);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + int(c - '0');
    }
    *out = v;
    return true;
}

template<class Ch>
bool parseDatePart(const Ch *s, qsizetype n, QDate *date)
{
    int y, m, d;
    if (n < 10 || !digits(s, n, 0, 4, &y) || unsigned(s[4]) != '-' || !digits(s, n, 5, 2, &m)
        || unsigned(s[7]) != '-' || !digits(s, n, 8, 2, &d))
        return false;
    const QDate parsed(y, m, d);
    if (!parsed.isValid())
        return false;
    *date = parsed;
    return true;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

QDate parseIsoDate(QStringView text)
{
    QDate d;
    if (text.size() != 10 || !parseDatePart(text.utf16(), text.size(), &d))
        return {};
    return d;
}

QDate parseIsoDateUtf8(const char *data, qsizetype size)
{
    QDate d;
    if (size != 10 || !parseDatePart(reinterpret_cast<const unsigned char *>(data), size, &d))
        return {};
    return d;
}

bool isIsoDate(QStringView text)
{
    return parseIsoDate(text).isValid();
}

namespace {
// `width` decimal digits of v (zero-padded) at buf[*n], moving *n past them.
void writeDigits(char *buf, int *n, qint64 v, int width)
{
    for (int i = width - 1; i >= 0; --i, v /= 10)
        buf[*n + i] = char('0' + v % 10);
    *n += width;
}

// YYYY-MM-DD at buf[*n] for a year ISO dates can write (0 to 9999), else false. Written by hand:
// QDate::toString was most of a record's encoding for the local copy, a thousand a page.
bool writeIsoDate(char *buf, int *n, QDate date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return false;
    writeDigits(buf, n, year, 4);
    buf[(*n)++] = '-';
    writeDigits(buf, n, month, 2);
    buf[(*n)++] = '-';
    writeDigits(buf, n, day, 2);
    return true;
}
} // namespace

QString formatIsoDate(QDate date)
{
    char buf[10];
    int n = 0;
    if (writeIsoDate(buf, &n, date))
        return QString::fromLatin1(buf, n);
    return date.isValid() ? date.toString(Qt::ISODate) : QString(); // (what it says of other years)
}

QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

template<class Ch>
Timestamp Timestamp::parseChars(const Ch *s, qsizetype n, Form form)
{
    Timestamp t;
    QDate date;
    if (!parseDatePart(s, n, &date))
        return {};
    qsizetype i = 10;
    int hour = 0, minute = 0, second = 0, offset = 0;
    qint64 frac = 0;
    quint8 flags = Valid;
    if (i == n) {
        if (form != Form::DateOrDateTime)
            return {};
    } else {
        const unsigned sep = unsigned(s[i]);
        if (sep != 'T' && sep != ' ')
            return {};
        if (sep == ' ')
            flags |= SpaceSeparator;
        flags |= HasTime;
        ++i;
        if (!digits(s, n, i, 2, &hour) || i + 2 >= n || unsigned(s[i + 2]) != ':'
            || !digits(s, n, i + 3, 2, &minute) || hour > 23 || minute > 59)
            return {};
        i += 5;
        if (i < n && unsigned(s[i]) == ':') {
            if (!digits(s, n, i + 1, 2, &second) || second > 59)
                return {};
            flags |= HasSeconds;
            i += 3;
            if (i < n && unsigned(s[i]) == '.') {
                ++i;
                const qsizetype start = i;
                int used = 0;
                while (i < n && unsigned(s[i]) >= '0' && unsigned(s[i]) <= '9') {
                    if (used < 6) {
                        frac = frac * 10 + (unsigned(s[i]) - '0');
                        ++used;
                    }
                    ++i;
                }
                if (i == start || i - start > 9)
                    return {};
                t.m_fracDigits = quint8(i - start);
                for (; used < 6; ++used)
                    frac *= 10;
            }
        }
        if (i < n) {
            const unsigned c = unsigned(s[i]);
            if (c == 'Z') {
                if (i + 1 != n)
                    return {};
                flags |= OffsetZ;
            } else if (c == '+' || c == '-') {
                int oh, om;
                if (!digits(s, n, i + 1, 2, &oh))
                    return {};
                qsizetype j = i + 3;
                const bool colon = j < n && unsigned(s[j]) == ':';
                if (colon)
                    ++j;
                if (!digits(s, n, j, 2, &om) || j + 2 != n || oh > 23 || om > 59)
                    return {};
                offset = (c == '-' ? -1 : 1) * (oh * 60 + om);
                flags |= colon ? OffsetColon : OffsetNoColon;
            } else {
                return {};
            }
        }
    }
    if (form == Form::Extension
        && (!(flags & HasSeconds) || t.m_fracDigits != 6 || (flags & OffsetMask) == 0
            || (flags & OffsetMask) == OffsetNoColon || (flags & SpaceSeparator)))
        return {};
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - qint64(offset) * 60;
    t.m_utcMicros = secs * 1000000 + frac;
    t.m_offsetMinutes = qint16(offset);
    t.m_flags = flags;
    return t;
}

Timestamp Timestamp::parse(QStringView text, Form form)
{
    return parseChars(text.utf16(), text.size(), form);
}

Timestamp Timestamp::parseUtf8(const char *data, qsizetype size, Form form)
{
    return parseChars(reinterpret_cast<const unsigned char *>(data), size, form);
}

Timestamp Timestamp::fromUtcMicros(qint64 micros)
{
    Timestamp t;
    t.m_utcMicros = micros;
    t.m_fracDigits = 6;
    t.m_flags = Valid | HasTime | HasSeconds | OffsetColon;
    return t;
}

Timestamp Timestamp::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    Timestamp t = fromUtcMicros(QDate(1970, 1, 1).daysTo(date) * kMicrosPerDay);
    t.m_fracDigits = 0;
    return t;
}

Timestamp Timestamp::fromHttpDate(QByteArrayView text)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": 29 characters, English names, always GMT.
    static constexpr const char *kMonths[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (text.size() != 29 || text.sliced(3, 2) != ", " || text.sliced(25) != " GMT")
        return {};
    const auto number = [&text](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char c = text.at(i);
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    int month = 0;
    for (int m = 0; m < 12; ++m)
        if (text.sliced(8, 3) == QByteArrayView(kMonths[m]))
            month = m + 1;
    if (text.at(7) != ' ' || text.at(11) != ' ' || text.at(16) != ' ' || text.at(19) != ':'
        || text.at(22) != ':')
        return {};
    const QDate day(number(12, 4), month, number(5, 2));
    const int h = number(17, 2), mi = number(20, 2), se = number(23, 2);
    if (!day.isValid() || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60)
        return {};
    Timestamp t = fromUtcMicros(QDate(1970, 1, 1).daysTo(day) * kMicrosPerDay
        + ((h * 60 + mi) * 60 + qMin(se, 59)) * qint64(1000000));
    t.m_fracDigits = 0;
    return t;
}

QString Timestamp::text() const
{
    if (isNull())
        return {};
    const qint64 local = m_utcMicros + qint64(m_offsetMinutes) * 60000000LL;
    const qint64 day = floorDiv(local, kMicrosPerDay);
    const qint64 inDay = local - day * kMicrosPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    // Written into one buffer: a change-list page writes thousands of these (QString arithmetic
    // and QDate::toString were a seventh of a page).
    char buf[40];
    int n = 0;
    if (!writeIsoDate(buf, &n, date))
        return formatIsoDate(date); // (what ISO dates cannot write)
    const auto digits = [&buf, &n](qint64 v, int width) { writeDigits(buf, &n, v, width); };
    if (m_flags & HasTime) {
        const qint64 secs = inDay / 1000000;
        buf[n++] = (m_flags & SpaceSeparator) ? ' ' : 'T';
        digits(secs / 3600, 2);
        buf[n++] = ':';
        digits(secs / 60 % 60, 2);
        if (m_flags & HasSeconds) {
            buf[n++] = ':';
            digits(secs % 60, 2);
            if (m_fracDigits > 0) {
                buf[n++] = '.';
                // Microseconds, cut to fewer digits or followed by zeros (up to 9 digits).
                const int shown = qMin(int(m_fracDigits), 6);
                qint64 frac = inDay % 1000000;
                for (int i = shown; i < 6; ++i)
                    frac /= 10;
                digits(frac, shown);
                for (int i = 6; i < m_fracDigits && n < int(sizeof buf) - 7; ++i)
                    buf[n++] = '0';
            }
        }
        switch (m_flags & OffsetMask) {
        case OffsetZ:
            buf[n++] = 'Z';
            break;
        case OffsetColon:
        case OffsetNoColon: {
            const int abs = m_offsetMinutes < 0 ? -m_offsetMinutes : m_offsetMinutes;
            buf[n++] = m_offsetMinutes < 0 ? '-' : '+';
            digits(abs / 60, 2);
            if ((m_flags & OffsetMask) == OffsetColon)
                buf[n++] = ':';
            digits(abs % 60, 2);
            break;
        }
        default:
            break;
        }
    }
    return QString::fromLatin1(buf, n);
}

QDate Timestamp::date() const
{
    if (isNull())
        return {};
    const qint64 local = m_utcMicros + qint64(m_offsetMinutes) * 60000000LL;
    return QDate(1970, 1, 1).addDays(floorDiv(local, kMicrosPerDay));
}

QDate Timestamp::utcDate() const
{
    if (isNull())
        return {};
    return QDate(1970, 1, 1).addDays(floorDiv(m_utcMicros, kMicrosPerDay));
}

} // namespace g2p
