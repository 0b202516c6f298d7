// The codec against every contract example (decode, re-encode, compare) and a catalogue of bad
// payloads that must each give a clear error with its JSON path, on both JSON engines.
#include "apierror.h"
#include "codec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace g2p;

Q_DECLARE_METATYPE(g2p::JsonEngine)

namespace {

QByteArray readExample(const QString &name)
{
    QFile f(QStringLiteral(G2P_CONTRACT_EXAMPLES) + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read example %s", qPrintable(name));
    return f.readAll();
}

QJsonValue parsed(const QByteArray &json)
{
    const QJsonDocument d = QJsonDocument::fromJson(json);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

// encodeText() writes what encode() builds: the same keys and values, as JSON that parses.
template<class T>
QString textMatches(const T &rec)
{
    const QByteArray text = encodeText(rec);
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || d.object() != encode(rec))
        return QStringLiteral("encodeText differs from encode: ") + QString::fromUtf8(text);
    return QString();
}

template<class T>
QString roundTripOne(const QByteArray &json, JsonEngine engine, QJsonValue *out)
{
    T rec;
    const DecodeError e = decode(json, rec, engine);
    if (!e.isNull())
        return e.toString();
    *out = encode(rec);
    return textMatches(rec);
}

template<class T>
QString roundTripList(const QByteArray &json, JsonEngine engine, QJsonValue *out)
{
    QList<T> recs;
    const DecodeError e = decodeList(json, recs, engine);
    if (!e.isNull())
        return e.toString();
    *out = encodeList(recs);
    for (const T &r : std::as_const(recs))
        if (const QString differs = textMatches(r); !differs.isEmpty())
            return differs;
    return QString();
}

QString roundTripError(const QByteArray &json, JsonEngine, QJsonValue *out)
{
    ServerErrorBody b;
    const DecodeError e = ServerErrorBody::parse(json, b);
    if (!e.isNull())
        return e.toString();
    *out = b.toJson();
    return QString();
}

QString roundTripStrings(const QByteArray &json, JsonEngine, QJsonValue *out)
{
    QStringList list;
    const DecodeError e = decodeStringList(json, list);
    if (!e.isNull())
        return e.toString();
    *out = QJsonArray::fromStringList(list);
    return QString();
}

using RoundTrip = QString (*)(const QByteArray &, JsonEngine, QJsonValue *);

const QList<QPair<QString, RoundTrip>> &exampleCodecs()
{
    static const QList<QPair<QString, RoundTrip>> table = {
        {QStringLiteral("batch-enroll-request.json"), &roundTripOne<BatchEnrollRequest>},
        {QStringLiteral("batch-enroll-response.json"), &roundTripOne<BatchEnrollResponse>},
        {QStringLiteral("error-response-conflict.json"), &roundTripOne<ErrorBody>},
        {QStringLiteral("error-response-extension.json"), &roundTripOne<ErrorBody>},
        {QStringLiteral("error-response-fastapi.json"), &roundTripError},
        {QStringLiteral("error-response-forbidden.json"), &roundTripOne<ErrorBody>},
        {QStringLiteral("error-response-not-found.json"), &roundTripOne<ErrorBody>},
        {QStringLiteral("error-response-unauthorized.json"), &roundTripError},
        {QStringLiteral("error-response-validation-422.json"), &roundTripError},
        {QStringLiteral("error-response.json"), &roundTripError},
        {QStringLiteral("get-individual-ids-response.json"), &roundTripStrings},
        {QStringLiteral("group-create-request.json"), &roundTripOne<GroupInput>},
        {QStringLiteral("group-response.json"), &roundTripOne<Group>},
        {QStringLiteral("group-search-response.json"), &roundTripList<Group>},
        {QStringLiteral("individual-create-request.json"), &roundTripOne<IndividualInput>},
        {QStringLiteral("individual-response-base-rest.json"), &roundTripOne<Individual>},
        {QStringLiteral("individual-response.json"), &roundTripOne<Individual>},
        {QStringLiteral("individual-search-response.json"), &roundTripList<Individual>},
        {QStringLiteral("individual-update-request.json"), &roundTripList<IndividualUpdateInput>},
        {QStringLiteral("individual-update-response.json"), &roundTripList<Individual>},
        {QStringLiteral("program-list-response.json"), &roundTripList<Program>},
        {QStringLiteral("program-membership-exit-request.json"), &roundTripOne<MembershipUpdate>},
        {QStringLiteral("program-membership-history-response.json"), &roundTripList<HistoryEntry>},
        {QStringLiteral("program-membership-list-response.json"), &roundTripList<ProgramMembership>},
        {QStringLiteral("program-membership-response.json"), &roundTripOne<ProgramMembership>},
        {QStringLiteral("program-membership-update-request.json"), &roundTripOne<MembershipUpdate>},
        {QStringLiteral("program-response.json"), &roundTripOne<Program>},
        {QStringLiteral("registrant-changes-response.json"), &roundTripList<RegistrantChange>},
        {QStringLiteral("session-login-request.json"), &roundTripOne<SessionLogin>},
        {QStringLiteral("update-identification-request.json"), &roundTripOne<UpdateIdentification>},
    };
    return table;
}

QByteArray individualJson(const QByteArray &overrides = QByteArray())
{
    QByteArray base = R"({"id": 71, "name": "DOE, JOHN", "is_group": false, "given_name": "John")";
    if (!overrides.isEmpty())
        base += ", " + overrides;
    return base + "}";
}

const QByteArray kMembership = R"({"id": 412, "registrant_id": 71, "program_id": 3, "state": "enrolled",
  "write_date": "2024-07-01T08:02:11.482913+00:00")";

} // namespace

class TstCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyExampleIsCovered()
    {
        const QStringList files = QDir(QStringLiteral(G2P_CONTRACT_EXAMPLES))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 29);
        QStringList known;
        for (const auto &p : exampleCodecs())
            known << p.first;
        for (const QString &f : files)
            QVERIFY2(known.contains(f), qPrintable(QStringLiteral("no codec mapped for example ") + f));
    }

    void examplesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<JsonEngine>("engine");
        for (int i = 0; i < exampleCodecs().size(); ++i) {
            const QString f = exampleCodecs()[i].first;
            QTest::newRow(qPrintable(f + QStringLiteral(" simdjson"))) << f << JsonEngine::Simdjson;
            QTest::newRow(qPrintable(f + QStringLiteral(" qt"))) << f << JsonEngine::QtJson;
        }
    }
    void examplesRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(JsonEngine, engine);
        RoundTrip fn = nullptr;
        for (const auto &p : exampleCodecs())
            if (p.first == file)
                fn = p.second;
        QVERIFY(fn);
        const QByteArray json = readExample(file);
        QJsonValue encoded;
        const QString err = fn(json, engine, &encoded);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QJsonValue expected = parsed(json);
        if (encoded != expected) {
            const QByteArray got = encoded.isArray() ? QJsonDocument(encoded.toArray()).toJson()
                                                     : QJsonDocument(encoded.toObject()).toJson();
            QFAIL(qPrintable(QStringLiteral("re-encoded JSON differs:\n") + QString::fromUtf8(got)));
        }
    }

    // Strings that need escaping, and every kind of field left empty, written as text.
    void textEncodingEscapes()
    {
        Individual i;
        i.id = 7;
        i.name = QStringLiteral("O\"BRIEN, \\ Ana\t\n\x01 Müller إبراهيم 😀");
        i.givenName = QString(); // absent
        i.regIds.append(RegistrantId {{}, 1, QStringLiteral("National ID"), QStringLiteral("\x1f"), {}});
        i.birthdate = QDate(1990, 2, 3);
        i.writeDate = Timestamp::fromUtcMicros(1719820931482913LL);
        QVERIFY2(textMatches(i).isEmpty(), qPrintable(textMatches(i)));
        Individual decoded;
        QVERIFY(decode(encodeText(i), decoded).isNull());
        QCOMPARE(decoded.name, i.name);
        QCOMPARE(decoded.regIds.value(0).value, QStringLiteral("\x1f"));
        ProgramMembership m;
        m.id = 3;
        m.state = MembershipState::Paused;
        QVERIFY2(textMatches(m).isEmpty(), qPrintable(textMatches(m)));
    }

    void baseRestNamesAreKept()
    {
        Individual ind;
        QVERIFY(decode(readExample(QStringLiteral("individual-response-base-rest.json")), ind).isNull());
        QVERIFY(ind.wire.baseRest);
        QCOMPARE(ind.regIds.size(), 1);
        QCOMPARE(ind.regIds[0].idType, QStringLiteral("National ID"));
        QCOMPARE(ind.phones.size(), 1);
        QCOMPARE(ind.programMemberships[0].enrollmentDate.date(), QDate(2023, 7, 1));
    }

    void typedValues()
    {
        BatchEnrollResponse r;
        QVERIFY(decode(readExample(QStringLiteral("batch-enroll-response.json")), r).isNull());
        QCOMPARE(r.items.size(), 4);
        QCOMPARE(r.items[2].status, BatchItemStatus::Error);
        QCOMPARE(r.items[2].error.errorCode, QStringLiteral("G2P-REQ-016"));
        QCOMPARE(r.items[1].membership.enrollmentDate.date(), QDate(2024, 6, 15));
        QCOMPARE(r.items[0].membership.writeDate.text(), QStringLiteral("2024-07-01T08:02:11.482913+00:00"));

        Group g;
        QVERIFY(decode(readExample(QStringLiteral("group-response.json")), g).isNull());
        QCOMPARE(g.members.size(), 2);
        QCOMPARE(g.members[0].kinds[0].name, QStringLiteral("Head"));
        QCOMPARE(g.members[0].individual.birthdate, QDate(1985, 3, 15));
        QList<Group> shortForm;
        QVERIFY(decodeList(readExample(QStringLiteral("group-search-response.json")), shortForm).isNull());
        QVERIFY(shortForm[0].isShortForm());
    }

    void requestEncodingKeepsRequiredNulls()
    {
        IndividualInput in;
        in.name = QStringLiteral("DOE, JANE");
        in.givenName = QStringLiteral("Jane");
        const QJsonObject o = encode(in);
        // Odoo 17.0-develop insists on these keys even when null.
        QVERIFY(o.contains(QStringLiteral("ids")));
        QCOMPARE(o.value(QStringLiteral("ids")), QJsonValue(QJsonArray()));
        QVERIFY(o.value(QStringLiteral("gender")).isNull());
        QVERIFY(o.contains(QStringLiteral("gender")));
        QVERIFY(o.contains(QStringLiteral("birth_place")));
        QVERIFY(!o.contains(QStringLiteral("email")));

        MembershipUpdate u;
        u.state = MembershipState::Paused;
        const QJsonObject p = encode(u);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<JsonEngine>("engine");

        struct Case
        {
            const char *name;
            const char *type;
            QByteArray json;
            const char *expected;
        };
        const QByteArray summaryList = R"("program_membership_ids": [{"program_id": 1}, {"program_id": 2},
            {"program_id": 3}, {"program_id": 4, "enrollment_date": "2024-13-01"}])";
        QByteArray deep(5000, '[');
        const QList<Case> cases = {
            {"id as string", "individual", individualJson().replace("71", "\"71\""),
                "id: expected an integer, got \"71\""},
            {"id fraction", "individual", individualJson().replace("71", "1.5"),
                "id: expected an integer, got 1.5"},
            {"id huge", "individual", individualJson().replace("71", "123456789012345678901234567890"),
                "id: expected an integer"},
            {"id 1e400", "individual", individualJson().replace("71", "1e400"), "id"},
            {"name null", "individual", individualJson().replace("\"DOE, JOHN\"", "null"),
                "name: expected a string, got null"},
            {"name missing", "individual", R"({"id": 71, "is_group": false})",
                "name: required key is missing"},
            {"is_group string", "individual", individualJson().replace("false", "\"false\""),
                "is_group: expected true or false, got \"false\""},
            {"month 13", "individual", individualJson(R"("registration_date": "2024-13-01")"),
                "registration_date: expected YYYY-MM-DD, got \"2024-13-01\""},
            {"feb 30", "individual", individualJson(R"("birthdate": "2024-02-30")"),
                "birthdate: expected YYYY-MM-DD, got \"2024-02-30\""},
            {"slashed date", "individual", individualJson(R"("birthdate": "01/01/1990")"),
                "birthdate: expected YYYY-MM-DD, got \"01/01/1990\""},
            {"numeric date", "individual", individualJson(R"("birthdate": 19900101)"),
                "birthdate: expected YYYY-MM-DD, got 19900101"},
            {"nested list date", "individual", individualJson(summaryList),
                "program_membership_ids[3].enrollment_date: expected a date or ISO-8601 date-time, got "
                "\"2024-13-01\""},
            {"bad timestamp", "individual", individualJson(R"("create_date": "yesterday")"),
                "create_date: expected an ISO-8601 date-time, got \"yesterday\""},
            {"reg_ids object", "individual", individualJson(R"("reg_ids": {})"),
                "reg_ids: expected an array, got an object"},
            {"reg id missing type", "individual", individualJson(R"("reg_ids": [{"id": 1}])"),
                "reg_ids[0].id_type_as_str: required key is missing"},
            {"phone number type", "individual",
                individualJson(R"("phone_number_ids": [{"id": 1, "phone_no": 5, "phone_sanitized": "+1"}])"),
                "phone_number_ids[0].phone_no: expected a string, got 5"},
            {"truncated", "individual", R"({"id": 71, "name": "x")", "invalid JSON"},
            {"invalid utf8", "individual",
                QByteArray("{\"id\": 71, \"name\": \"\xff\xfe\", \"is_group\": false}"), "invalid JSON"},
            {"empty body", "individual", QByteArray(), "empty reply"},
            {"whitespace body", "individual", QByteArray("  \n "), "empty reply"},
            {"array for object", "individual", QByteArray("[1, 2]"), "expected an object, got an array"},
            {"bare scalar", "individual", QByteArray("42"), "expected an object|invalid JSON"},
            {"deep nesting", "individual", QByteArray("{\"bank_ids\": ") + deep, "invalid JSON"},
            {"trailing garbage", "individual", individualJson() + " xyz", "invalid JSON"},
            {"unknown state", "membership", kMembership + R"(, "state": "active"})",
                "state: expected one of draft, enrolled, paused, exited, not_eligible, duplicated, got "
                "\"active\""},
            {"write_date without micros", "membership", QByteArray(kMembership).replace(".482913", "") + "}",
                "write_date: expected a date-time with microseconds and offset"},
            {"target type", "program",
                R"({"id": 3, "name": "P", "target_type": "household", "state": "active", "active": true})",
                "target_type: expected one of individual, group, got \"household\""},
            {"batch item status", "batch",
                R"({"program_id": 3, "total": 1, "succeeded": 1, "failed": 0, "items": [{"index": 0, "registrant_id": 1, "status": "ok"}]})",
                "items[0].status: expected one of created, updated, unchanged, error, got \"ok\""},
            {"batch items missing", "batch", R"({"program_id": 3, "total": 0, "succeeded": 0, "failed": 0})",
                "items: required key is missing"},
            {"closed object", "update", R"({"state": "paused", "foo": 1})", "foo: unexpected key"},
            {"history from_state", "history",
                R"({"id": 1, "membership_id": 2, "changed_at": "2024-07-01T00:00:00+00:00", "from_state": "gone", "to_state": "draft", "source": "api"})",
                "from_state: expected one of"},
            {"list element scalar", "individuals",
                "[" + individualJson() + ", " + individualJson() + ", \"x\"]",
                "[2]: expected an object, got \"x\""},
            {"NaN literal", "individual", individualJson().replace("71", "NaN"), "id"},
            {"bad literal in known field", "individual", individualJson(R"("gender": tru)"),
                "gender|invalid JSON"},
            {"empty state string", "membership", kMembership + R"(, "state": ""})", "state: expected one of"},
            {"negative page of ids", "individuals", QByteArray("{\"detail\": \"x\"}"),
                "expected an array, got an object"},
        };
        for (const Case &c : cases) {
            QTest::newRow(qPrintable(QString::fromLatin1(c.name) + QStringLiteral(" simdjson")))
                << QString::fromLatin1(c.type) << c.json << QString::fromUtf8(c.expected)
                << JsonEngine::Simdjson;
            QTest::newRow(qPrintable(QString::fromLatin1(c.name) + QStringLiteral(" qt")))
                << QString::fromLatin1(c.type) << c.json << QString::fromUtf8(c.expected)
                << JsonEngine::QtJson;
        }
    }
    void badInput()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(JsonEngine, engine);
        DecodeError e;
        if (type == QLatin1String("individual")) {
            Individual r;
            e = decode(json, r, engine);
        } else if (type == QLatin1String("individuals")) {
            QList<Individual> r;
            e = decodeList(json, r, engine);
        } else if (type == QLatin1String("membership")) {
            ProgramMembership r;
            e = decode(json, r, engine);
        } else if (type == QLatin1String("program")) {
            Program r;
            e = decode(json, r, engine);
        } else if (type == QLatin1String("batch")) {
            BatchEnrollResponse r;
            e = decode(json, r, engine);
        } else if (type == QLatin1String("update")) {
            MembershipUpdate r;
            e = decode(json, r, engine);
        } else if (type == QLatin1String("history")) {
            HistoryEntry r;
            e = decode(json, r, engine);
        }
        QVERIFY2(!e.isNull(), "bad input was accepted");
        bool matched = false;
        for (const QString &alt : expected.split(QLatin1Char('|')))
            matched = matched || e.toString().contains(alt);
        QVERIFY2(matched,
            qPrintable(QStringLiteral("got: ") + e.toString() + QStringLiteral("\nwanted: ") + expected));
    }

    // A 50 MB array whose last record is broken: the error names the record, nothing crashes.
    void hugeArrayWithOneBadRecord_data()
    {
        QTest::addColumn<JsonEngine>("engine");
        QTest::newRow("simdjson") << JsonEngine::Simdjson;
        QTest::newRow("qt") << JsonEngine::QtJson;
    }
    void hugeArrayWithOneBadRecord()
    {
        QFETCH(JsonEngine, engine);
        const QByteArray one
            = individualJson(R"("birthdate": "1990-01-01", "address": "Village 12, Plot 4")");
        QByteArray json = "[";
        int n = 0;
        while (json.size() < 50 * 1024 * 1024) {
            json += one;
            json += ',';
            ++n;
        }
        json += individualJson(R"("birthdate": "1990-02-31")") + "]";
        QList<Individual> out;
        const DecodeError e = decodeList(json, out, engine);
        QCOMPARE(
            e.toString(), QStringLiteral("[%1].birthdate: expected YYYY-MM-DD, got \"1990-02-31\"").arg(n));
    }

    // Large lists are decoded in chunks: the records and the error paths must be the same.
    void chunkedDecodingMatchesWholeDocument()
    {
        QByteArray json = "[";
        for (int i = 0; i < 200; ++i) {
            if (i)
                json += ",\n ";
            json += individualJson(
                QStringLiteral("\"birthdate\": \"1990-01-%1\", \"address\": \"a, \\\"quoted\\\" ]} value\"")
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .toUtf8());
        }
        json += "]";
        QList<Individual> whole, chunked;
        QVERIFY(decodeList(json, whole, JsonEngine::QtJson).isNull());
        detail::setChunkedDecoding(64, 300);
        const DecodeError e = decodeList(json, chunked, JsonEngine::Simdjson);
        QByteArray broken = json;
        broken.replace("1990-01-17", "1990-01-32");
        QList<Individual> none;
        const DecodeError bad = decodeList(broken, none, JsonEngine::Simdjson);
        QList<Individual> none2;
        const DecodeError truncated = decodeList(json.left(json.size() - 40), none2, JsonEngine::Simdjson);
        detail::setChunkedDecoding(4 << 20, 1 << 20);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));
        QCOMPARE(encodeList(chunked), encodeList(whole));
        QCOMPARE(bad.toString(), QStringLiteral("[16].birthdate: expected YYYY-MM-DD, got \"1990-01-32\""));
        QVERIFY(truncated.toString().contains(QStringLiteral("invalid JSON")));
    }

    void errorBodies()
    {
        const ApiError fastapi = ApiError::fromHttp(400,
            readExample(QStringLiteral("error-response-fastapi.json")), QStringLiteral("GET /individual/9"));
        QCOMPARE(fastapi.kind(), ApiError::Kind::BadRequest);
        QCOMPARE(fastapi.message(), QStringLiteral("Record is not present in the database."));
        QVERIFY(fastapi.code().isEmpty());

        const ApiError v
            = ApiError::fromHttp(422, readExample(QStringLiteral("error-response-validation-422.json")),
                QStringLiteral("POST /individual"));
        QCOMPARE(v.kind(), ApiError::Kind::Validation);
        QCOMPARE(v.fieldPath(), QStringLiteral("body.given_name"));
        QCOMPARE(v.issues().size(), 2);
        QVERIFY(v.toString().contains(QStringLiteral("body.given_name: Field required")));

        const ApiError c
            = ApiError::fromHttp(409, readExample(QStringLiteral("error-response-conflict.json")),
                QStringLiteral("PATCH /program_membership/412"));
        QCOMPARE(c.kind(), ApiError::Kind::Conflict);
        QCOMPARE(c.code(), QStringLiteral("G2P-REQ-016"));
        QVERIFY(c.description().contains(QStringLiteral("exited")));

        const ApiError missing
            = ApiError::fromHttp(404, R"({"detail": "Not Found"})", QStringLiteral("GET /program"));
        QCOMPARE(missing.kind(), ApiError::Kind::Unsupported);
        const ApiError notFound
            = ApiError::fromHttp(404, readExample(QStringLiteral("error-response-not-found.json")),
                QStringLiteral("GET /program_membership/9999"));
        QCOMPARE(notFound.kind(), ApiError::Kind::NotFound);

        const ApiError html = ApiError::fromHttp(502, "<html><body>Bad gateway</body></html>", QString());
        QCOMPARE(html.kind(), ApiError::Kind::Server);
        QVERIFY(html.message().contains(QStringLiteral("Bad gateway")));
    }
};

QTEST_GUILESS_MAIN(TstCodec)
#include "tst_codec.moc"
