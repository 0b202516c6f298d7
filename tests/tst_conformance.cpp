// Contract conformance through the client: every endpoint and documented error code.
//
// Runs against G2P_SERVER_URL with G2P_USER / G2P_PASSWORD when set (optionally G2P_RO_USER /
// G2P_RO_PASSWORD for the 403 checks and G2P_ID_TYPE, default "National ID"); otherwise it starts
// a sandbox. It relies only on what the contract guarantees: it creates its own registrants and
// finds programs through GET /program, so another implementation of the contract can be checked.
#include "apiclient.h"
#include "sandboxprocess.h"
#include "wiretime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTest>

using namespace g2p;
using g2p::test::wait;

class TstConformance : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    ClientConfig m_config;
    QString m_roUser, m_roPassword;
    QString m_idType = QStringLiteral("National ID");
    QString m_tag; // unique per run, so repeated runs on a live server do not collide
    bool m_extension = false;
    qint64 m_individual = 0;
    QString m_individualIdValue;
    qint64 m_group = 0;
    std::optional<Program> m_individualProgram, m_groupProgram, m_endedProgram;

    struct Raw
    {
        int status = 0;
        QByteArray body;
        ApiError error;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[k, v] : headers)
                if (k.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            return QByteArray();
        }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    };
    struct BodyAndHeaders
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    Raw raw(const QByteArray &verb,
        const QString &path,
        const QByteArray &body = QByteArray(),
        const QString &query = QString(),
        bool extension = false)
    {
        RequestSpec spec;
        spec.verb = verb;
        spec.path = path;
        spec.query = QUrlQuery(query);
        spec.body = body;
        spec.idempotent = verb == "GET";
        spec.extension = extension;
        spec.what = QStringLiteral("raw");
        auto job = wait(m_client->send<BodyAndHeaders>(spec,
            [](const QByteArray &b, const QList<QPair<QByteArray, QByteArray>> &h, BodyAndHeaders &out) {
                out.body = b;
                out.headers = h;
                return DecodeError();
            }));
        Raw r;
        r.status = job->httpStatus();
        r.body = job->result().body;
        r.headers = job->result().headers;
        r.error = job->error();
        return r;
    }

    IndividualInput newIndividual(const QString &given)
    {
        IndividualInput in;
        in.givenName = given;
        in.familyName = QStringLiteral("Conformance");
        in.name = QStringLiteral("CONFORMANCE %1, %2").arg(m_tag, given.toUpper());
        RegistrantIdInput id;
        id.idType = m_idType;
        id.value = QStringLiteral("CF%1%2").arg(m_tag).arg(QRandomGenerator::global()->bounded(1000000));
        in.ids.append(id);
        PhoneInput phone;
        phone.phoneNo = QStringLiteral("+254712345678");
        in.phones.append(phone);
        in.birthdate = QDate(1990, 5, 17);
        in.registrationDate = utcToday();
        return in;
    }

    static void expectError(
        const ApiError &e, ApiError::Kind kind, int status, const QString &code = QString())
    {
        QVERIFY2(!e.isNull(), "expected an error, got success");
        QVERIFY2(e.kind() == kind,
            qPrintable(QStringLiteral("kind %1, wanted %2: %3")
                           .arg(ApiError::kindName(e.kind()), ApiError::kindName(kind), e.toString())));
        QCOMPARE(e.httpStatus(), status);
        if (!code.isEmpty())
            QCOMPARE(e.code(), code);
    }

    std::unique_ptr<Job<ProgramMembership>> patch(qint64 id, const QJsonObject &body)
    {
        RequestSpec spec;
        spec.verb = "PATCH";
        spec.path = QStringLiteral("/program_membership/%1").arg(id);
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        spec.idempotent = false;
        spec.extension = true;
        spec.what = QStringLiteral("patch");
        return wait(m_client->send<ProgramMembership>(
            spec, [](const QByteArray &b, const auto &, ProgramMembership &m) { return decode(b, m); }));
    }

    // What several tests need, made on first use, so that every test can run alone and in any
    // order: one individual ("Amina"), one household, the programs to enrol in.
    void needIndividual()
    {
        if (m_individual)
            return;
        IndividualInput in = newIndividual(QStringLiteral("Amina"));
        auto created = wait(m_client->createIndividual(in));
        QVERIFY2(created->succeeded(), qPrintable(created->error().toString()));
        m_individual = created->result().id;
        m_individualIdValue = in.ids[0].value;
    }
    // A household of two (a head and a child), its names marked with this run's tag and `label`.
    GroupInput household(const QString &label) const
    {
        GroupInput g;
        g.name = QStringLiteral("CONFORMANCE %1 %2HOUSEHOLD").arg(m_tag, label);
        g.kind = QStringLiteral("Household");
        g.isPartialGroup = false;
        GroupMemberInput head;
        head.name = QStringLiteral("CONFORMANCE %1, %2HEAD").arg(m_tag, label);
        head.givenName = QStringLiteral("Head");
        MembershipKind k;
        k.name = QStringLiteral("Head");
        head.kinds.append(k);
        GroupMemberInput child;
        child.name = QStringLiteral("CONFORMANCE %1, %2CHILD").arg(m_tag, label);
        child.givenName = QStringLiteral("Child");
        g.members = {head, child};
        return g;
    }
    void needGroup()
    {
        if (m_group)
            return;
        const GroupInput g = household(QStringLiteral("OTHER "));
        auto created = wait(m_client->createGroup(g));
        QVERIFY2(created->succeeded(), qPrintable(created->error().toString()));
        m_group = created->result().id;
    }
    void needPrograms()
    {
        if (m_individualProgram)
            return;
        auto all = wait(m_client->listPrograms({}, 1000, 0));
        QVERIFY2(all->succeeded(), qPrintable(all->error().toString()));
        rememberPrograms(all->result().items);
        QVERIFY2(m_individualProgram, "the server needs an active program for individuals");
    }
    // The first program of each kind the tests enrol in, and an ended one.
    void rememberPrograms(const QList<Program> &programs)
    {
        for (const Program &p : programs) {
            if (p.acceptsEnrollment() && p.targetType == TargetType::Individual && !m_individualProgram)
                m_individualProgram = p;
            if (p.acceptsEnrollment() && p.targetType == TargetType::Group && !m_groupProgram)
                m_groupProgram = p;
            if (p.state == ProgramState::Ended && !m_endedProgram)
                m_endedProgram = p;
        }
    }
    // A fresh individual enrolled in the individuals' program (batch_enroll).
    qint64 enrolledIndividual(const QString &given)
    {
        auto created = wait(m_client->createIndividual(newIndividual(given)));
        if (!created->succeeded())
            return 0;
        BatchEnrollRequest req;
        req.programId = m_individualProgram->id;
        BatchEnrollItem it;
        it.registrantId = created->result().id;
        req.items = {it};
        auto job = wait(m_client->batchEnroll(req));
        return job->succeeded() && job->result().succeeded == 1 ? created->result().id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray url = qgetenv("G2P_SERVER_URL");
        if (!url.isEmpty()) {
            m_config.baseUrl = QUrl(QString::fromUtf8(url));
            m_config.user = QString::fromUtf8(qgetenv("G2P_USER"));
            m_config.password = QString::fromUtf8(qgetenv("G2P_PASSWORD"));
            m_roUser = QString::fromUtf8(qgetenv("G2P_RO_USER"));
            m_roPassword = QString::fromUtf8(qgetenv("G2P_RO_PASSWORD"));
            if (!qEnvironmentVariableIsEmpty("G2P_ID_TYPE"))
                m_idType = QString::fromUtf8(qgetenv("G2P_ID_TYPE"));
        } else {
            m_sandbox = std::make_unique<test::SandboxProcess>(
                QStringList {QStringLiteral("--seed"), QStringLiteral("200")});
            QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
            m_config.baseUrl = m_sandbox->baseUrl();
            m_config.user = QStringLiteral("demo");
            m_config.password = QStringLiteral("demo");
            m_roUser = m_roPassword = QStringLiteral("viewer");
        }
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_config.timeoutMs = 20000;
        m_client = std::make_unique<ApiClient>(&m_nam, m_config);
        m_tag = QString::number(QDateTime::currentSecsSinceEpoch() % 100000000);
        auto probe = wait(m_client->detectCapabilities());
        QVERIFY2(probe->succeeded(), qPrintable(probe->error().toString()));
        m_extension = probe->result() == ServerCapability::Extension;
    }

    void capabilities()
    {
        auto job = wait(m_client->detectCapabilities());
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        m_extension = job->result() == ServerCapability::Extension;
        qInfo("server capability: %s", m_extension ? "extension" : "upstream only");
    }

    void wrongPasswordIs401()
    {
        ClientConfig bad = m_config;
        bad.password = QStringLiteral("definitely-wrong");
        ApiClient client(&m_nam, bad);
        auto job = wait(client.getIndividual(1));
        expectError(job->error(), ApiError::Kind::Unauthorized, 401);
    }

    void createAndReadIndividual()
    {
        IndividualInput in = newIndividual(QStringLiteral("Bashir"));
        auto created = wait(m_client->createIndividual(in));
        QVERIFY2(created->succeeded(), qPrintable(created->error().toString()));
        const Individual &ind = created->result();
        QVERIFY(ind.id > 0);
        QCOMPARE(ind.name, in.name);
        QVERIFY(!ind.isGroup);

        auto got = wait(m_client->getIndividual(ind.id));
        QVERIFY2(got->succeeded(), qPrintable(got->error().toString()));
        QCOMPARE(got->result().id, ind.id);
        QCOMPARE(got->result().name, in.name);
    }

    void searchIndividuals()
    {
        needIndividual();
        if (QTest::currentTestFailed())
            return;
        auto byName = wait(
            m_client->searchIndividuals(std::nullopt, QStringLiteral("CONFORMANCE %1, AMINA").arg(m_tag)));
        QVERIFY2(byName->succeeded(), qPrintable(byName->error().toString()));
        QCOMPARE(byName->result().size(), 1);
        auto byId = wait(m_client->searchIndividuals(m_individual, QString()));
        QVERIFY(byId->succeeded());
        QCOMPARE(byId->result().size(), 1);
        QCOMPARE(byId->result()[0].id, m_individual);
        // Upstream answers "no match" with 400 G2P-REQ-010; the client turns it into [].
        auto none = wait(
            m_client->searchIndividuals(std::nullopt, QStringLiteral("no-such-name-%1-zz").arg(m_tag)));
        QVERIFY2(none->succeeded(), qPrintable(none->error().toString()));
        QVERIFY(none->result().isEmpty());
        const Raw r = raw(
            "GET", QStringLiteral("/individual"), {}, QStringLiteral("name=no-such-name-%1-zz").arg(m_tag));
        QCOMPARE(r.status, 400);
    }

    // Query values are form-decoded as Odoo/werkzeug and Starlette decode them: "+" is a space,
    // "%2B" a plus sign. The client sends a space as %20 and "+" as %2B. Names with spaces, "+",
    // "%", "_" and Arabic script are found through the client and through raw queries.
    void queryValuesAreFormDecoded()
    {
        const QStringList names {QStringLiteral("CONFORMANCE %1 PLUS+ONE").arg(m_tag),
            QStringLiteral("CONFORMANCE %1 100% SURE").arg(m_tag),
            QStringLiteral("CONFORMANCE %1 UNDER_SCORE").arg(m_tag),
            QStringLiteral("CONFORMANCE %1 محمد علي").arg(m_tag)};
        QList<qint64> ids;
        for (const QString &name : names) {
            IndividualInput in = newIndividual(QStringLiteral("Query"));
            in.name = name;
            auto created = wait(m_client->createIndividual(in));
            QVERIFY2(created->succeeded(), qPrintable(created->error().toString()));
            ids << created->result().id;
        }
        for (int i = 0; i < names.size(); ++i) {
            auto found = wait(m_client->searchIndividuals(std::nullopt, names[i]));
            QVERIFY2(
                found->succeeded(), qPrintable(names[i] + QStringLiteral(": ") + found->error().toString()));
            bool there = false;
            for (const Individual &ind : found->result())
                there |= ind.id == ids[i];
            QVERIFY2(there, qPrintable(names[i]));
        }
        const auto rawFinds = [&](const QString &query, qint64 id) {
            const Raw r = raw("GET", QStringLiteral("/individual"), {}, query);
            if (r.status != 200)
                return false;
            for (const QJsonValue v : QJsonDocument::fromJson(r.body).array())
                if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                    return true;
            return false;
        };
        QVERIFY(rawFinds(QStringLiteral("name=CONFORMANCE+%1+UNDER_SCORE").arg(m_tag), ids[2]));
        QVERIFY(rawFinds(QStringLiteral("name=CONFORMANCE%20%1%20PLUS%2BONE").arg(m_tag), ids[0]));
        QVERIFY(rawFinds(QStringLiteral("name=CONFORMANCE+%1+PLUS%2BONE").arg(m_tag), ids[0]));
        QVERIFY(rawFinds(QStringLiteral("name=CONFORMANCE+%1+100%25+SURE").arg(m_tag), ids[1]));
        QVERIFY(rawFinds(
            QStringLiteral("name=") + QString::fromLatin1(QUrl::toPercentEncoding(names[3])), ids[3]));
        // "PLUS+ONE" sent raw means "PLUS ONE": it does not find the name with a plus sign.
        QVERIFY(!rawFinds(QStringLiteral("name=CONFORMANCE+%1+PLUS+ONE").arg(m_tag), ids[0]));
        if (m_extension) {
            // A program name filter with spaces.
            needPrograms();
            const QString programName = m_individualProgram->name;
            ProgramFilter f;
            f.name = programName;
            auto byName = wait(m_client->listPrograms(f));
            QVERIFY(byName->succeeded());
            QVERIFY2(!byName->result().items.isEmpty(), qPrintable(programName));
            const Raw plus = raw("GET", QStringLiteral("/program"), {},
                QStringLiteral("name=") + QString(programName).replace(QLatin1Char(' '), QLatin1Char('+')),
                true);
            QCOMPARE(plus.status, 200);
            QVERIFY2(!QJsonDocument::fromJson(plus.body).array().isEmpty(), plus.body.constData());
        }
    }

    void individualErrors()
    {
        auto missing = wait(m_client->getIndividual(987654321012));
        expectError(missing->error(), ApiError::Kind::BadRequest, 400);
        const Raw notInt = raw("GET", QStringLiteral("/individual/abc"));
        expectError(notInt.error, ApiError::Kind::Validation, 422);
        QCOMPARE(notInt.error.fieldPath(), QStringLiteral("path._id"));
        QCOMPARE(notInt.error.issues().first().type, QStringLiteral("int_parsing"));
        const Raw badQuery = raw("GET", QStringLiteral("/individual"), {}, QStringLiteral("_id=x"));
        expectError(badQuery.error, ApiError::Kind::Validation, 422);
        QCOMPARE(badQuery.error.fieldPath(), QStringLiteral("query._id"));

        const Raw noGiven = raw("POST", QStringLiteral("/individual"),
            R"({"name": "X", "ids": [], "gender": null, "birth_place": null})");
        expectError(noGiven.error, ApiError::Kind::Validation, 422);
        QCOMPARE(noGiven.error.fieldPath(), QStringLiteral("body.given_name"));
        QCOMPARE(noGiven.error.issues().first().type, QStringLiteral("missing"));
        const Raw noGender = raw("POST", QStringLiteral("/individual"),
            R"({"name": "X", "ids": [], "given_name": "X", "birth_place": null})");
        expectError(noGender.error, ApiError::Kind::Validation, 422);
        QCOMPARE(noGender.error.fieldPath(), QStringLiteral("body.gender"));
        const Raw badDate = raw("POST", QStringLiteral("/individual"),
            R"({"name": "X", "ids": [], "given_name": "X", "gender": null, "birth_place": null,
                                    "birthdate": "01/01/1990"})");
        expectError(badDate.error, ApiError::Kind::Validation, 422);
        QCOMPARE(badDate.error.fieldPath(), QStringLiteral("body.birthdate"));
        const Raw notJson = raw("POST", QStringLiteral("/individual"), "{not json");
        expectError(notJson.error, ApiError::Kind::Validation, 422);
        QCOMPARE(notJson.error.issues().first().type, QStringLiteral("json_invalid"));
        const Raw empty = raw("POST", QStringLiteral("/individual"), "");
        expectError(empty.error, ApiError::Kind::Validation, 422);
        QCOMPARE(empty.error.issues().first().type, QStringLiteral("missing"));

        IndividualInput in = newIndividual(QStringLiteral("Bad"));
        in.ids[0].idType = QStringLiteral("No Such Id Type %1").arg(m_tag);
        auto unknownType = wait(m_client->createIndividual(in));
        expectError(unknownType->error(), ApiError::Kind::BadRequest, 400);
    }

    void updateIndividuals()
    {
        needIndividual();
        if (QTest::currentTestFailed())
            return;
        IndividualUpdateInput u;
        u.updateId = m_individualIdValue;
        u.email = QStringLiteral("amina.%1@example.org").arg(m_tag);
        auto job = wait(m_client->updateIndividuals(m_idType, {u}));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().size(), 1);
        QCOMPARE(job->result()[0].id, m_individual);
        auto unknownType
            = wait(m_client->updateIndividuals(QStringLiteral("No Such Type %1").arg(m_tag), {u}));
        expectError(unknownType->error(), ApiError::Kind::BadRequest, 400);
        const Raw noType = raw("PUT", QStringLiteral("/update_individual"), "[]");
        expectError(noType.error, ApiError::Kind::Validation, 422);
        QCOMPARE(noType.error.fieldPath(), QStringLiteral("query.id_type"));
        IndividualUpdateInput ghost;
        ghost.updateId = QStringLiteral("no-such-value-%1").arg(m_tag);
        auto missing = wait(m_client->updateIndividuals(m_idType, {ghost}));
        expectError(missing->error(), ApiError::Kind::BadRequest, 400);
    }

    void individualIds()
    {
        needIndividual();
        if (QTest::currentTestFailed())
            return;
        auto job = wait(m_client->getIndividualIds(m_idType));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QVERIFY(job->result().contains(m_individualIdValue));
        auto none = wait(m_client->getIndividualIds(QStringLiteral("No Such Type %1").arg(m_tag)));
        QVERIFY(none->succeeded());
        QVERIFY(none->result().isEmpty());
        const Raw missing = raw("GET", QStringLiteral("/get_individual_ids"));
        QCOMPARE(missing.status, 400);
    }

    void groups()
    {
        needIndividual();
        if (QTest::currentTestFailed())
            return;
        const GroupInput g = household(QString());
        auto created = wait(m_client->createGroup(g));
        QVERIFY2(created->succeeded(), qPrintable(created->error().toString()));
        m_group = created->result().id;
        QVERIFY(created->result().isGroup);

        auto full = wait(m_client->getGroup(m_group));
        QVERIFY2(full->succeeded(), qPrintable(full->error().toString()));
        QVERIFY(!full->result().isShortForm());
        QCOMPARE(full->result().members.size(), 2);

        auto shortForm = wait(m_client->searchGroups(m_group, QString(), false));
        QVERIFY(shortForm->succeeded());
        QCOMPARE(shortForm->result().size(), 1);
        QVERIFY(shortForm->result()[0].isShortForm());
        const Raw rawShort = raw("GET", QStringLiteral("/group"), {}, QStringLiteral("_id=%1").arg(m_group));
        const QJsonObject first = QJsonDocument::fromJson(rawShort.body).array().first().toObject();
        QVERIFY(!first.contains(QStringLiteral("group_membership_ids")));
        QVERIFY(!first.contains(QStringLiteral("is_partial_group")));
        auto withMembers = wait(m_client->searchGroups(m_group, QString(), true));
        QVERIFY(withMembers->succeeded());
        QCOMPARE(withMembers->result()[0].members.size(), 2);

        auto notGroup = wait(m_client->getGroup(m_individual));
        expectError(notGroup->error(), ApiError::Kind::BadRequest, 400);
        GroupInput badKind = g;
        badKind.kind = QStringLiteral("No Such Kind %1").arg(m_tag);
        badKind.members.clear();
        auto bk = wait(m_client->createGroup(badKind));
        expectError(bk->error(), ApiError::Kind::BadRequest, 400);
        GroupInput badMemberKind = g;
        badMemberKind.members[0].kinds[0].name = QStringLiteral("No Such Member Kind %1").arg(m_tag);
        auto bmk = wait(m_client->createGroup(badMemberKind));
        expectError(bmk->error(), ApiError::Kind::BadRequest, 400);
    }

    void programs()
    {
        if (!m_extension) {
            auto job = wait(m_client->listPrograms());
            expectError(job->error(), ApiError::Kind::Unsupported, 0);
            return;
        }
        auto all = wait(m_client->listPrograms({}, 1000, 0));
        QVERIFY2(all->succeeded(), qPrintable(all->error().toString()));
        const Page<Program> &page = all->result();
        QVERIFY(page.total >= page.items.size());
        for (const Program &p : page.items)
            QVERIFY(p.active); // archived programs are listed only on request
        rememberPrograms(page.items);
        QVERIFY2(m_individualProgram, "the server needs an active program for individuals");
        auto one = wait(m_client->listPrograms({}, 1, 0));
        QVERIFY(one->succeeded());
        QCOMPARE(one->result().items.size(), std::min<qsizetype>(1, page.items.size()));
        QCOMPARE(one->result().total, page.total);
        ProgramFilter f;
        f.targetType = TargetType::Group;
        auto groupsOnly = wait(m_client->listPrograms(f));
        QVERIFY(groupsOnly->succeeded());
        for (const Program &p : groupsOnly->result().items)
            QCOMPARE(p.targetType, TargetType::Group);
        auto get = wait(m_client->getProgram(m_individualProgram->id));
        QVERIFY(get->succeeded());
        QCOMPARE(get->result().name, m_individualProgram->name);
        auto missing = wait(m_client->getProgram(987654321));
        expectError(missing->error(), ApiError::Kind::NotFound, 404, QStringLiteral("G2P-REQ-014"));
        const Raw badLimit = raw("GET", QStringLiteral("/program"), {}, QStringLiteral("limit=0"), true);
        expectError(badLimit.error, ApiError::Kind::Validation, 422);
        QCOMPARE(badLimit.error.fieldPath(), QStringLiteral("query.limit"));
        const Raw bigLimit = raw("GET", QStringLiteral("/program"), {}, QStringLiteral("limit=1001"), true);
        expectError(bigLimit.error, ApiError::Kind::Validation, 422);
        const Raw badEnum
            = raw("GET", QStringLiteral("/program"), {}, QStringLiteral("target_type=household"), true);
        expectError(badEnum.error, ApiError::Kind::Validation, 422);
        const Raw badBool
            = raw("GET", QStringLiteral("/program"), {}, QStringLiteral("include_archived=maybe"), true);
        expectError(badBool.error, ApiError::Kind::Validation, 422);
        QCOMPARE(badBool.error.issues().first().type, QStringLiteral("bool_parsing"));
    }

    void batchEnrollOutcomes()
    {
        if (!m_extension)
            QSKIP("this server offers registry data only (no G2P extension): nothing to check here");
        needPrograms();
        if (QTest::currentTestFailed())
            return;
        needGroup();
        if (QTest::currentTestFailed())
            return;
        BatchEnrollRequest req;
        req.programId = m_individualProgram->id;
        req.note = QStringLiteral("conformance %1").arg(m_tag);
        BatchEnrollItem mine;
        auto fresh = wait(m_client->createIndividual(newIndividual(QStringLiteral("Batch"))));
        QVERIFY2(fresh->succeeded(), qPrintable(fresh->error().toString()));
        mine.registrantId = fresh->result().id;
        BatchEnrollItem group;
        group.registrantId = m_group;
        BatchEnrollItem ghost;
        ghost.registrantId = 987654321012;
        BatchEnrollItem future;
        auto extra = wait(m_client->createIndividual(newIndividual(QStringLiteral("Future"))));
        QVERIFY(extra->succeeded());
        future.registrantId = extra->result().id;
        future.enrollmentDate = utcToday().addDays(3);
        req.items = {mine, group, ghost, future};
        auto job = wait(m_client->batchEnroll(req));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        const BatchEnrollResponse &r = job->result();
        QCOMPARE(r.total, 4);
        QCOMPARE(r.succeeded, 1);
        QCOMPARE(r.failed, 3);
        QCOMPARE(r.items[0].status, BatchItemStatus::Created);
        QCOMPARE(r.items[0].membership.state, MembershipState::Enrolled);
        QCOMPARE(r.items[1].error.errorCode, QStringLiteral("G2P-REQ-017"));
        QCOMPARE(r.items[2].error.errorCode, QStringLiteral("G2P-REQ-013"));
        QCOMPARE(r.items[3].error.errorCode, QStringLiteral("G2P-REQ-011"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(r.items[i].index, i);

        // The same request again: the existing membership is unchanged.
        BatchEnrollRequest again;
        again.programId = m_individualProgram->id;
        again.items = {mine};
        auto second = wait(m_client->batchEnroll(again));
        QVERIFY(second->succeeded());
        QCOMPARE(second->result().items[0].status, BatchItemStatus::Unchanged);
        QCOMPARE(second->result().items[0].membership.writeDate, r.items[0].membership.writeDate);
    }

    void batchEnrollRequestErrors()
    {
        if (!m_extension)
            QSKIP("this server offers registry data only (no G2P extension): nothing to check here");
        needIndividual();
        needPrograms();
        if (QTest::currentTestFailed())
            return;
        const QString program = QString::number(m_individualProgram->id);
        const Raw empty = raw("POST", QStringLiteral("/program_membership/batch_enroll"),
            QStringLiteral(R"({"program_id": %1, "items": []})").arg(program).toUtf8(), {}, true);
        expectError(empty.error, ApiError::Kind::Validation, 422);
        const Raw extra = raw("POST", QStringLiteral("/program_membership/batch_enroll"),
            QStringLiteral(R"({"program_id": %1, "items": [{"registrant_id": 1, "x": 1}]})")
                .arg(program)
                .toUtf8(),
            {}, true);
        expectError(extra.error, ApiError::Kind::Validation, 422);
        QCOMPARE(extra.error.issues().first().type, QStringLiteral("extra_forbidden"));

        BatchEnrollRequest many;
        many.programId = m_individualProgram->id;
        for (int i = 0; i < 1001; ++i) {
            BatchEnrollItem it;
            it.registrantId = 1000000000 + i;
            many.items.append(it);
        }
        auto tooMany = wait(m_client->batchEnroll(many));
        expectError(tooMany->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-020"));

        BatchEnrollRequest dup;
        dup.programId = m_individualProgram->id;
        BatchEnrollItem a;
        a.registrantId = m_individual;
        dup.items = {a, a};
        auto duplicate = wait(m_client->batchEnroll(dup));
        expectError(duplicate->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-012"));

        BatchEnrollRequest unknown;
        unknown.programId = 987654321;
        unknown.items = {a};
        auto noProgram = wait(m_client->batchEnroll(unknown));
        expectError(noProgram->error(), ApiError::Kind::NotFound, 404, QStringLiteral("G2P-REQ-014"));

        if (m_endedProgram) {
            BatchEnrollRequest ended;
            ended.programId = m_endedProgram->id;
            ended.items = {a};
            auto e = wait(m_client->batchEnroll(ended));
            expectError(e->error(), ApiError::Kind::Conflict, 409, QStringLiteral("G2P-REQ-019"));
        }

        BatchEnrollRequest future;
        future.programId = m_individualProgram->id;
        future.enrollmentDate = utcToday().addDays(1);
        future.items = {a};
        auto f = wait(m_client->batchEnroll(future));
        expectError(f->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-011"));
    }

    void membershipLifecycle()
    {
        if (!m_extension)
            QSKIP("this server offers registry data only (no G2P extension): nothing to check here");
        needPrograms();
        if (QTest::currentTestFailed())
            return;
        const qint64 person = enrolledIndividual(QStringLiteral("Lifecycle"));
        QVERIFY2(person, "could not create and enrol an individual for the lifecycle");
        MembershipFilter filter;
        filter.registrantId = person;
        auto list = wait(m_client->listMemberships(filter));
        QVERIFY2(list->succeeded(), qPrintable(list->error().toString()));
        QCOMPARE(list->result().total, 1);
        const ProgramMembership start = list->result().items[0];
        QCOMPARE(start.registrantId, person);
        QCOMPARE(start.state, MembershipState::Enrolled);

        auto got = wait(m_client->getMembership(start.id));
        QVERIFY(got->succeeded());
        QCOMPARE(got->result().writeDate, start.writeDate);

        // Pause, with the optimistic lock.
        MembershipUpdate pause;
        pause.state = MembershipState::Paused;
        pause.note = QStringLiteral("temporarily away");
        pause.writeDate = start.writeDate;
        auto paused = wait(m_client->updateMembership(start.id, pause));
        QVERIFY2(paused->succeeded(), qPrintable(paused->error().toString()));
        QCOMPARE(paused->result().state, MembershipState::Paused);
        QVERIFY(paused->result().writeDate.toUtcMicros() > start.writeDate.toUtcMicros());

        // The same lock again is stale now.
        auto stale = wait(m_client->updateMembership(start.id, pause));
        expectError(stale->error(), ApiError::Kind::Conflict, 409, QStringLiteral("G2P-REQ-021"));

        MembershipUpdate toDraft;
        toDraft.state = MembershipState::Draft;
        auto notAllowed = wait(m_client->updateMembership(start.id, toDraft));
        expectError(notAllowed->error(), ApiError::Kind::Conflict, 409, QStringLiteral("G2P-REQ-016"));

        MembershipUpdate exitNoReason;
        exitNoReason.state = MembershipState::Exited;
        auto noReason = wait(m_client->updateMembership(start.id, exitNoReason));
        expectError(noReason->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-018"));
        exitNoReason.exitReason = QStringLiteral("   ");
        auto blankReason = wait(m_client->updateMembership(start.id, exitNoReason));
        expectError(blankReason->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-018"));

        MembershipUpdate exitFieldOnPaused;
        exitFieldOnPaused.exitDate = utcToday();
        auto wrongField = wait(m_client->updateMembership(start.id, exitFieldOnPaused));
        expectError(wrongField->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-022"));

        MembershipUpdate future;
        future.enrollmentDate = utcToday().addDays(2);
        auto futureDate = wait(m_client->updateMembership(start.id, future));
        expectError(futureDate->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-011"));

        // Resume with a back-dated enrollment date (re-stamps it).
        MembershipUpdate resume;
        resume.state = MembershipState::Enrolled;
        resume.enrollmentDate = utcToday().addDays(-10);
        auto resumed = wait(m_client->updateMembership(start.id, resume));
        QVERIFY2(resumed->succeeded(), qPrintable(resumed->error().toString()));
        QCOMPARE(resumed->result().enrollmentDate.utcDate(), utcToday().addDays(-10));

        // No-op: the stored values again change nothing.
        MembershipUpdate same;
        same.state = MembershipState::Enrolled;
        auto noop = wait(m_client->updateMembership(start.id, same));
        QVERIFY(noop->succeeded());
        QCOMPARE(noop->result().writeDate, resumed->result().writeDate);

        MembershipUpdate exitTooEarly;
        exitTooEarly.state = MembershipState::Exited;
        exitTooEarly.exitReason = QStringLiteral("Graduated");
        exitTooEarly.exitDate = utcToday().addDays(-20);
        auto early = wait(m_client->updateMembership(start.id, exitTooEarly));
        expectError(early->error(), ApiError::Kind::BadRequest, 400, QStringLiteral("G2P-REQ-022"));

        MembershipUpdate exit;
        exit.state = MembershipState::Exited;
        exit.exitReason = QStringLiteral("Graduated");
        exit.writeDate = resumed->result().writeDate;
        auto exited = wait(m_client->updateMembership(start.id, exit));
        QVERIFY2(exited->succeeded(), qPrintable(exited->error().toString()));
        QCOMPARE(exited->result().state, MembershipState::Exited);
        QCOMPARE(exited->result().exitDate, utcToday()); // defaults to today (UTC)
        QCOMPARE(exited->result().exitReason, QStringLiteral("Graduated"));

        MembershipUpdate reenrol;
        reenrol.state = MembershipState::Enrolled;
        auto final = wait(m_client->updateMembership(start.id, reenrol));
        expectError(final->error(), ApiError::Kind::Conflict, 409, QStringLiteral("G2P-REQ-016"));

        auto history = wait(m_client->membershipHistory(start.id));
        QVERIFY2(history->succeeded(), qPrintable(history->error().toString()));
        const QList<HistoryEntry> &h = history->result();
        QCOMPARE(h.size(), 4); // created (enrolled), paused, resumed, exited
        QVERIFY(!h[0].fromState.has_value());
        QCOMPARE(h[0].toState, MembershipState::Enrolled);
        QCOMPARE(h[0].source, HistorySource::BatchEnroll);
        QCOMPARE(h[1].toState, MembershipState::Paused);
        QCOMPARE(h[1].note, QStringLiteral("temporarily away"));
        QCOMPARE(h[3].toState, MembershipState::Exited);
        QCOMPARE(h[3].exitReason, QStringLiteral("Graduated"));
        QCOMPARE(h[3].changedAt, exited->result().writeDate);
        for (int i = 1; i < h.size(); ++i)
            QVERIFY(h[i].changedAt.toUtcMicros() >= h[i - 1].changedAt.toUtcMicros());
    }

    void membershipErrors()
    {
        if (!m_extension)
            QSKIP("this server offers registry data only (no G2P extension): nothing to check here");
        needPrograms();
        if (QTest::currentTestFailed())
            return;
        auto missing = wait(m_client->getMembership(987654321));
        expectError(missing->error(), ApiError::Kind::NotFound, 404, QStringLiteral("G2P-REQ-015"));
        auto noHistory = wait(m_client->membershipHistory(987654321));
        expectError(noHistory->error(), ApiError::Kind::NotFound, 404, QStringLiteral("G2P-REQ-015"));
        MembershipUpdate u;
        u.state = MembershipState::Paused;
        auto patchMissing = wait(m_client->updateMembership(987654321, u));
        expectError(patchMissing->error(), ApiError::Kind::NotFound, 404, QStringLiteral("G2P-REQ-015"));
        auto extraKey = patch(987654321,
            QJsonObject {{QStringLiteral("state"), QStringLiteral("paused")},
                {QStringLiteral("colour"), QStringLiteral("red")}});
        expectError(extraKey->error(), ApiError::Kind::Validation, 422);
        auto badState = patch(987654321, QJsonObject {{QStringLiteral("state"), QStringLiteral("active")}});
        expectError(badState->error(), ApiError::Kind::Validation, 422);
        QCOMPARE(badState->error().fieldPath(), QStringLiteral("body.state"));
        const Raw notInt = raw("GET", QStringLiteral("/program_membership/x"), {}, {}, true);
        expectError(notInt.error, ApiError::Kind::Validation, 422);

        MembershipFilter empty;
        empty.registrantId = 987654321012;
        auto none = wait(m_client->listMemberships(empty));
        QVERIFY(none->succeeded());
        QVERIFY(none->result().items.isEmpty());
        QCOMPARE(none->result().total, 0);
    }

    // Pages of a change list from `after` until the pass is complete (X-Total-Count at most the
    // limit): every item in strictly increasing (write_date, id), each page's X-Next-After built from
    // its last item. Returns the items and sets `cursor` to where the next pass starts.
    // An empty `cursor` starts before every record.
    QJsonArray changePass(const QString &path, QString *cursor, const QString &filters = QString())
    {
        QJsonArray all;
        QString last;
        if (cursor->isEmpty()) // before every record (GET /program_membership lists changes only with it)
            *cursor = QStringLiteral("1970-01-01T00:00:00.000000+00:00,0");
        for (int guard = 0; guard < 10000; ++guard) {
            QString query
                = QStringLiteral("limit=500&after=") + QString::fromLatin1(QUrl::toPercentEncoding(*cursor));
            if (!filters.isEmpty())
                query += QLatin1Char('&') + filters;
            const Raw r = raw("GET", path, {}, query, true);
            if (r.status != 200) {
                QTest::qFail(
                    qPrintable(QStringLiteral("%1: HTTP %2").arg(path).arg(r.status)), __FILE__, __LINE__);
                return all;
            }
            const QJsonArray page = r.array();
            const qint64 remaining = r.header("X-Total-Count").toLongLong();
            if (page.size() > remaining)
                QTest::qFail("X-Total-Count counts fewer than the page holds", __FILE__, __LINE__);
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                const QString key = o.value(QLatin1String("write_date")).toString() + QLatin1Char(',')
                    + QString::number(o.value(QLatin1String("id")).toInteger());
                const qint64 at
                    = Timestamp::parse(o.value(QLatin1String("write_date")).toString()).toUtcMicros();
                if (!last.isEmpty()) {
                    const qint64 before
                        = Timestamp::parse(last.section(QLatin1Char(','), 0, 0)).toUtcMicros();
                    const qint64 beforeId = last.section(QLatin1Char(','), 1).toLongLong();
                    if (at < before || (at == before && o.value(QLatin1String("id")).toInteger() <= beforeId))
                        QTest::qFail(
                            qPrintable(
                                QStringLiteral("out of (write_date, id) order: %1 after %2").arg(key, last)),
                            __FILE__, __LINE__);
                }
                last = key;
                all.append(o);
            }
            if (!page.isEmpty()) {
                if (QString::fromUtf8(r.header("X-Next-After")) != last)
                    QTest::qFail(qPrintable(QStringLiteral("X-Next-After %1, last item %2")
                                                .arg(QString::fromUtf8(r.header("X-Next-After")), last)),
                        __FILE__, __LINE__);
                *cursor = last;
            } else if (!r.header("X-Next-After").isEmpty()) {
                QTest::qFail("an empty page sent X-Next-After", __FILE__, __LINE__);
            }
            if (remaining <= 500)
                return all;
        }
        return all;
    }

    // GET /registrant: a whole pass, then only what changed after its cursor — a registrant created
    // and then updated is listed again with its newer write_date; `is_group` and `changed_since`
    // filter; bad parameters are 422.
    void registrantChangeList()
    {
        if (!m_extension)
            QSKIP("the server has no extension endpoints (GET /registrant is one)");
        QString cursor;
        const QJsonArray first = changePass(QStringLiteral("/registrant"), &cursor);
        QVERIFY(!first.isEmpty());
        for (const QJsonValue &v : first) {
            QVERIFY(v.toObject().value(QLatin1String("active")).isBool());
            QVERIFY(v.toObject().value(QLatin1String("is_group")).isBool());
        }
        const Raw nothing = raw("GET", QStringLiteral("/registrant"), {},
            QStringLiteral("after=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)), true);
        QCOMPARE(nothing.status, 200);
        QCOMPARE(nothing.array().size(), 0);
        QCOMPARE(nothing.header("X-Total-Count"), QByteArray("0"));
        QVERIFY(nothing.header("X-Next-After").isEmpty());

        IndividualInput in = newIndividual(QStringLiteral("Changed"));
        auto created = wait(m_client->createIndividual(in));
        QVERIFY2(created->succeeded(), qPrintable(created->error().toString()));
        const qint64 id = created->result().id;
        QString after = cursor;
        QJsonArray since = changePass(QStringLiteral("/registrant"), &after);
        QCOMPARE(since.size(), 1);
        QCOMPARE(since[0].toObject().value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(since[0].toObject().value(QLatin1String("active")).toBool(), true);
        QCOMPARE(since[0].toObject().value(QLatin1String("is_group")).toBool(), false);
        const QString createdAt = since[0].toObject().value(QLatin1String("write_date")).toString();
        QString groupsOnly = cursor;
        QCOMPARE(
            changePass(QStringLiteral("/registrant"), &groupsOnly, QStringLiteral("is_group=true")).size(),
            0);

        IndividualUpdateInput u;
        u.updateId = in.ids[0].value;
        u.email = QStringLiteral("changed.%1@example.org").arg(m_tag);
        QVERIFY(wait(m_client->updateIndividuals(m_idType, {u}))->succeeded());
        since = changePass(QStringLiteral("/registrant"), &after);
        QCOMPARE(since.size(), 1);
        QCOMPARE(since[0].toObject().value(QLatin1String("id")).toInteger(), id);
        QVERIFY(
            Timestamp::parse(since[0].toObject().value(QLatin1String("write_date")).toString()).toUtcMicros()
            > Timestamp::parse(createdAt).toUtcMicros());
        const Raw changedSince = raw("GET", QStringLiteral("/registrant"), {},
            QStringLiteral("changed_since=") + QString::fromLatin1(QUrl::toPercentEncoding(createdAt)), true);
        QCOMPARE(changedSince.array().size(), 1);

        for (const QString &bad :
            {QStringLiteral("limit=0"), QStringLiteral("limit=1001"), QStringLiteral("after=yesterday,1"),
                QStringLiteral("after="), QStringLiteral("changed_since="),
                QStringLiteral("changed_since=soon"), QStringLiteral("is_group=maybe")}) {
            const Raw r = raw("GET", QStringLiteral("/registrant"), {}, bad, true);
            QVERIFY2(r.status == 422, qPrintable(bad));
        }
    }

    // GET /program_membership with `after`: a change after the cursor is listed, in order; offset
    // cannot be combined with a change list.
    void membershipChangeList()
    {
        if (!m_extension)
            QSKIP("the server has no extension endpoints");
        needIndividual();
        needPrograms();
        if (QTest::currentTestFailed() || !m_individualProgram)
            QSKIP("no active program for individuals");
        QString cursor;
        changePass(QStringLiteral("/program_membership"), &cursor);
        if (QTest::currentTestFailed())
            return;
        IndividualInput in = newIndividual(QStringLiteral("Member"));
        auto created = wait(m_client->createIndividual(in));
        QVERIFY(created->succeeded());
        BatchEnrollRequest req;
        req.programId = m_individualProgram->id;
        BatchEnrollItem item;
        item.registrantId = created->result().id;
        req.items << item;
        QVERIFY(wait(m_client->batchEnroll(req))->succeeded());
        QString after = cursor;
        const QJsonArray since = changePass(QStringLiteral("/program_membership"), &after);
        QCOMPARE(since.size(), 1);
        QCOMPARE(since[0].toObject().value(QLatin1String("registrant_id")).toInteger(), created->result().id);
        const Raw withOffset = raw("GET", QStringLiteral("/program_membership"), {},
            QStringLiteral("offset=5&after=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)), true);
        QCOMPARE(withOffset.status, 422);
        const Raw offsetZero = raw("GET", QStringLiteral("/program_membership"), {},
            QStringLiteral("offset=0&after=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)), true);
        QCOMPARE(offsetZero.status, 200);
    }

    void readOnlyUserIsForbiddenToWrite()
    {
        if (m_roUser.isEmpty())
            QSKIP("no read-only account given (set G2P_RO_USER and G2P_RO_PASSWORD)");
        ClientConfig ro = m_config;
        ro.user = m_roUser;
        ro.password = m_roPassword;
        ApiClient client(&m_nam, ro);
        // Upstream writes too: a read-only account creates no registrant.
        IndividualInput in = newIndividual(QStringLiteral("Readonly"));
        auto created = wait(client.createIndividual(in));
        expectError(created->error(), ApiError::Kind::Forbidden, 403);
        GroupInput household;
        household.name = QStringLiteral("CONFORMANCE %1 READONLY HOUSEHOLD").arg(m_tag);
        auto group = wait(client.createGroup(household));
        expectError(group->error(), ApiError::Kind::Forbidden, 403);
        if (!m_extension)
            QSKIP("this server offers registry data only (no G2P extension writes to refuse)");
        needPrograms();
        needIndividual();
        if (QTest::currentTestFailed())
            return;
        auto read = wait(client.listPrograms());
        QVERIFY2(read->succeeded(), qPrintable(read->error().toString()));
        BatchEnrollRequest req;
        req.programId = m_individualProgram->id;
        BatchEnrollItem it;
        it.registrantId = m_individual;
        req.items = {it};
        auto write = wait(client.batchEnroll(req));
        expectError(write->error(), ApiError::Kind::Forbidden, 403, QStringLiteral("403"));
        MembershipUpdate u;
        u.note = QStringLiteral("x");
        auto patchJob = wait(client.updateMembership(987654321, u));
        expectError(patchJob->error(), ApiError::Kind::Forbidden, 403); // 403 comes before 404
    }
};

QTEST_GUILESS_MAIN(TstConformance)
#include "tst_conformance.moc"
