#include "wiretime.h"

#include <QTest>

using namespace g2p;

class TstWireTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strictDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("iso") << "2024-07-01" << true;
        QTest::newRow("leap day") << "2024-02-29" << true;
        QTest::newRow("not leap") << "2023-02-29" << false;
        QTest::newRow("feb 30") << "2024-02-30" << false;
        QTest::newRow("month 13") << "2024-13-01" << false;
        QTest::newRow("unpadded") << "2024-1-5" << false;
        QTest::newRow("slashes") << "01/02/2024" << false;
        QTest::newRow("date-time") << "2024-07-01T00:00:00" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("trailing space") << "2024-07-01 " << false;
    }
    void strictDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isIsoDate(text), valid);
    }

    // Dates written by hand, as QDate::toString(Qt::ISODate) writes them (its answer for the years
    // ISO dates cannot write is kept).
    void isoDatesWritten_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("plain") << QDate(2024, 7, 1);
        QTest::newRow("leap day") << QDate(2024, 2, 29);
        QTest::newRow("year 1") << QDate(1, 1, 1);
        QTest::newRow("year 999") << QDate(999, 12, 31);
        QTest::newRow("year 9999") << QDate(9999, 12, 31);
        QTest::newRow("year 10000") << QDate(10000, 1, 1);
        QTest::newRow("before year 1") << QDate(-44, 3, 15);
        QTest::newRow("invalid") << QDate();
    }
    void isoDatesWritten()
    {
        QFETCH(QDate, date);
        QCOMPARE(formatIsoDate(date), date.isValid() ? date.toString(Qt::ISODate) : QString());
        if (date.isValid() && date.year() >= 1 && date.year() <= 9999)
            QCOMPARE(QDate::fromString(formatIsoDate(date), Qt::ISODate), date);
    }

    void timestampsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("extension") << "2024-07-01T08:02:11.482913+00:00";
        QTest::newRow("naive upstream") << "2024-06-18T13:54:00.631383";
        QTest::newRow("no seconds") << "2024-06-18T13:54";
        QTest::newRow("space") << "2024-06-18 13:54:00";
        QTest::newRow("zulu") << "2024-06-18T13:54:00Z";
        QTest::newRow("negative offset") << "2024-06-18T23:30:00.5-05:30";
        QTest::newRow("no colon offset") << "2024-06-18T00:10:00+0200";
        QTest::newRow("nanos") << "2024-06-18T00:10:00.123456000+00:00";
        QTest::newRow("milliseconds") << "2024-06-18T00:10:00.070Z";
        QTest::newRow("before 1970") << "1969-12-31T23:59:59.000001+00:00";
        QTest::newRow("year 1") << "0001-01-01T00:00:00";
    }
    void timestampsRoundTrip()
    {
        QFETCH(QString, text);
        const Timestamp t = Timestamp::parse(text);
        QVERIFY(!t.isNull());
        QCOMPARE(t.text(), text);
    }

    void timestampInstants()
    {
        const Timestamp a = Timestamp::parse(u"2024-06-18T23:30:00-05:00");
        const Timestamp b = Timestamp::parse(u"2024-06-19T04:30:00+00:00");
        QVERIFY(a.sameInstant(b));
        QVERIFY(a != b);
        QCOMPARE(a.date(), QDate(2024, 6, 18));
        QCOMPARE(a.utcDate(), QDate(2024, 6, 19));
        const Timestamp naive = Timestamp::parse(u"2024-06-19T04:30:00");
        QVERIFY(naive.sameInstant(b)); // no offset is read as UTC
    }

    void extensionForm()
    {
        QVERIFY(Timestamp::isValid(u"2024-07-01T08:02:11.482913+00:00", Timestamp::Form::Extension));
        QVERIFY(!Timestamp::isValid(u"2024-07-01T08:02:11.48291+00:00", Timestamp::Form::Extension));
        QVERIFY(!Timestamp::isValid(u"2024-07-01T08:02:11.482913", Timestamp::Form::Extension));
        QVERIFY(Timestamp::isValid(u"2024-07-01", Timestamp::Form::DateOrDateTime));
        QVERIFY(!Timestamp::isValid(u"2024-07-01", Timestamp::Form::DateTime));
        QVERIFY(!Timestamp::isValid(u"2024-07-01T25:00:00"));
    }

    void fromMicros()
    {
        const Timestamp t = Timestamp::fromUtcMicros(1719820931482913LL);
        QCOMPARE(t.text(), QStringLiteral("2024-07-01T08:02:11.482913+00:00"));
        QCOMPARE(Timestamp::parse(t.text(), Timestamp::Form::Extension), t);
        QCOMPARE(Timestamp::fromDate(QDate(2024, 7, 1)).text(), QStringLiteral("2024-07-01T00:00:00+00:00"));
    }

    // The Date header (RFC 9110 IMF-fixdate) a change list's next start is taken from.
    void httpDate()
    {
        const Timestamp t = Timestamp::fromHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QVERIFY(!t.isNull());
        QVERIFY(t.sameInstant(Timestamp::parse(u"1994-11-06T08:49:37Z")));
        QCOMPARE(Timestamp::fromHttpDate("Sat, 05 Dec 2026 23:59:59 GMT").utcDate(), QDate(2026, 12, 5));
        // The obsolete forms, other zones, impossible dates and truncated text are refused.
        QVERIFY(Timestamp::fromHttpDate("Sunday, 06-Nov-94 08:49:37 GMT").isNull());
        QVERIFY(Timestamp::fromHttpDate("Sun Nov  6 08:49:37 1994").isNull());
        QVERIFY(Timestamp::fromHttpDate("Sun, 06 Nov 1994 08:49:37 CET").isNull());
        QVERIFY(Timestamp::fromHttpDate("Sun, 31 Nov 1994 08:49:37 GMT").isNull());
        QVERIFY(Timestamp::fromHttpDate("Sun, 06 Nox 1994 08:49:37 GMT").isNull());
        QVERIFY(Timestamp::fromHttpDate("Sun, 06 Nov 1994 24:49:37 GMT").isNull());
        QVERIFY(Timestamp::fromHttpDate("Sun, 06 Nov 1994 08:49:3x GMT").isNull());
        QVERIFY(Timestamp::fromHttpDate("").isNull());
    }
};

QTEST_GUILESS_MAIN(TstWireTime)
#include "tst_wiretime.moc"
