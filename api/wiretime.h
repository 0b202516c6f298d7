// Dates and timestamps exactly as the registry contract puts them on the wire.
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace g2p {

// Strict `YYYY-MM-DD`: zero-padded, a real calendar day. Anything else is rejected.
QDate parseIsoDate(QStringView text);
QDate parseIsoDateUtf8(const char *data, qsizetype size);
bool isIsoDate(QStringView text);
QString formatIsoDate(QDate date);

// Today's date in UTC: the contract derives "today" and "future" from UTC.
QDate utcToday();

// An ISO-8601 date-time as servers send it (`UpstreamTimestamp` / `DateOrTimestamp` in openapi.yaml).
// Stored compactly (16 bytes) but regenerates the text it was parsed from, so a value read from the
// server goes back exactly as it came (the `write_date` lock compares to the microsecond, which
// QDateTime cannot hold).
class Timestamp
{
public:
    enum class Form
    {
        DateTime, // UpstreamTimestamp: date and time, offset optional
        DateOrDateTime, // DateOrTimestamp: a bare date is accepted too
        Extension // extension write_date: seconds, exactly 6 fraction digits and an offset
    };

    Timestamp() = default;
    // Returns a null Timestamp when `text` does not match the form.
    static Timestamp parse(QStringView text, Form form = Form::DateTime);
    static Timestamp parseUtf8(const char *data, qsizetype size, Form form = Form::DateTime);
    static bool isValid(QStringView text, Form form = Form::DateTime) { return !parse(text, form).isNull(); }
    // `YYYY-MM-DDTHH:MM:SS.ffffff+00:00`, the form extension servers send.
    static Timestamp fromUtcMicros(qint64 microsSinceEpoch);
    // 00:00 UTC of that day, in the extension form.
    static Timestamp fromDate(QDate date);
    // An HTTP Date header in its only current form, IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT",
    // RFC 9110 5.6.7); null for anything else (the obsolete forms included).
    static Timestamp fromHttpDate(QByteArrayView text);

    bool isNull() const { return !(m_flags & Valid); }
    bool hasTime() const { return m_flags & HasTime; }
    bool hasOffset() const { return (m_flags & OffsetMask) != 0; }
    QString text() const;

    // Calendar date as written (in the timestamp's own offset).
    QDate date() const;
    // Instant in microseconds since the epoch; a value without an offset is read as UTC.
    qint64 toUtcMicros() const { return m_utcMicros; }
    QDate utcDate() const;

    // Same text (not merely the same instant).
    bool operator==(const Timestamp &o) const
    {
        return m_utcMicros == o.m_utcMicros && m_offsetMinutes == o.m_offsetMinutes
            && m_fracDigits == o.m_fracDigits && m_flags == o.m_flags;
    }
    bool operator!=(const Timestamp &o) const { return !(*this == o); }
    bool sameInstant(const Timestamp &o) const { return m_utcMicros == o.m_utcMicros; }

private:
    enum Flag : quint8
    {
        Valid = 1,
        HasTime = 2,
        HasSeconds = 4,
        SpaceSeparator = 8,
        OffsetZ = 16,
        OffsetColon = 32,
        OffsetNoColon = 48,
        OffsetMask = 48,
    };
    template<class Ch>
    static Timestamp parseChars(const Ch *s, qsizetype n, Form form);

    qint64 m_utcMicros = 0;
    qint16 m_offsetMinutes = 0;
    quint8 m_fracDigits = 0;
    quint8 m_flags = 0;
};

} // namespace g2p
