// The sandbox's JSON writer (sandbox/jsontext.h): what it writes is JSON that reads back as given.
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using g2p::sandbox::JsonText;

class TstJsonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsBackAsWritten()
    {
        const QString awkward = QStringLiteral("quote \" backslash \\ tab \t newline \n bell \a nul-free "
                                               "Müller إبراهيم 😀 \x1f end");
        JsonText t;
        t.beginObject()
            .field("id", qint64(-9007199254740991LL))
            .field("name", awkward)
            .field("none", QString())
            .field("empty", QStringLiteral(""))
            .field("yes", true)
            .key("items")
            .beginArray();
        for (int i = 0; i < 3; ++i)
            t.beginObject().field("n", i).key("inner").beginArray().endArray().endObject();
        t.endArray().key("after").beginObject().endObject().endObject();
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(t.bytes(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(QString::fromUtf8(t.bytes())));
        const QJsonObject o = d.object();
        QCOMPARE(o.value(QLatin1String("id")).toInteger(), -9007199254740991LL);
        QCOMPARE(o.value(QLatin1String("name")).toString(), awkward);
        QVERIFY(o.value(QLatin1String("none")).isNull());
        QCOMPARE(o.value(QLatin1String("empty")).toString(), QStringLiteral(""));
        QCOMPARE(o.value(QLatin1String("yes")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("items")).toArray().size(), 3);
        QCOMPARE(
            o.value(QLatin1String("items")).toArray().at(2).toObject().value(QLatin1String("n")).toInt(), 2);
        QVERIFY(o.value(QLatin1String("after")).isObject());
        QVERIFY(!t.bytes().contains('\n')); // control characters are escaped, never written raw
    }

    // Text that is UTF-8 already (a column as SQLite hands it over) is written as the same string
    // from a QString: the same bytes, escapes included; a null view is null, an empty one "".
    void utf8TextIsWrittenAsTheSameString()
    {
        const QString awkward = QStringLiteral("quote \" backslash \\ tab \t newline \n bell \a "
                                               "Müller إبراهيم 😀 \x1f \x7f end");
        const QByteArray utf8 = awkward.toUtf8();
        JsonText fromString, fromUtf8;
        fromString.beginArray().value(awkward).null().value(QStringLiteral("")).endArray();
        fromUtf8.beginArray().utf8(utf8).utf8(QByteArrayView()).utf8(QByteArrayView("", 0)).endArray();
        QCOMPARE(fromUtf8.bytes(), fromString.bytes());
        const QJsonArray back = QJsonDocument::fromJson(fromUtf8.bytes()).array();
        QCOMPARE(back.at(0).toString(), awkward);
        QVERIFY(back.at(1).isNull());
        QCOMPARE(back.at(2).toString(), QStringLiteral(""));
        JsonText field;
        field.beginObject().utf8Field("name", utf8).endObject();
        QCOMPARE(
            QJsonDocument::fromJson(field.bytes()).object().value(QLatin1String("name")).toString(), awkward);
    }

    // take() hands the text over and starts a new top-level value: items written one after another
    // and joined by the caller have no stray separators.
    void takeStartsAfresh()
    {
        JsonText t;
        t.beginObject().field("a", 1).endObject();
        const QByteArray first = t.take();
        t.beginObject().field("b", 2).endObject();
        const QByteArray second = t.take();
        QCOMPARE(first, QByteArray(R"({"a":1})"));
        QCOMPARE(second, QByteArray(R"({"b":2})"));
        t.beginArray().raw(first).raw(second).null().endArray();
        QCOMPARE(t.take(), QByteArray(R"([{"a":1},{"b":2},null])"));
    }
};

QTEST_GUILESS_MAIN(TstJsonText)
#include "tst_jsontext.moc"
