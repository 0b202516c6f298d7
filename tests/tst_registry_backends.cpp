// The officer's scenarios through the registry interface, on every backend the sandbox offers
// (parametrised, not copied): the REST contract with its extension, Odoo's external API of a
// stock OpenG2P 17 server (the sandbox started --upstream-only, found by auto-detection), and
// OpenSPP2's API v2 (--api-v2; records named by identifiers, not numbers). Then what only the Odoo
// backend has to survive: its quirks, API keys, databases and error names.
#include "backenddetector.h"
#include "cachemapping.h"
#include "cacherefresh.h"
#include "localstore.h"
#include "membershipimport.h"
#include "odoobackend.h"
#include "odoojsonrpc.h"
#include "sandboxprocess.h"
#include "spp2backend.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace g2p;
using namespace g2p::test;

class TestRegistryBackends : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_rest, m_odoo, m_spp2;
    QNetworkAccessManager m_nam;

    QUrl rootOf(const SandboxProcess &s) const { return serverRoot(s.baseUrl()); }

    ClientConfig config(const QString &kind,
        const QString &user = QStringLiteral("demo"),
        const QString &password = QStringLiteral("demo")) const
    {
        ClientConfig c;
        c.baseUrl = rootOf(kind == QLatin1String("odoo") ? *m_odoo
                : kind == QLatin1String("spp2")          ? *m_spp2
                                                         : *m_rest);
        c.user = user;
        c.password = password;
        c.backend = BackendKind::Auto;
        c.timeoutMs = 20000;
        return c;
    }

    // The backend auto-detection picks for this sandbox, signed in.
    std::unique_ptr<RegistryBackend> connect(const QString &kind,
        const QString &user = QStringLiteral("demo"),
        const QString &password = QStringLiteral("demo"))
    {
        ClientConfig c = config(kind, user, password);
        BackendDetector d(&m_nam, c);
        std::optional<DetectedServer> found;
        QObject::connect(&d, &BackendDetector::found, [&](const DetectedServer &s) { found = s; });
        QSignalSpy failed(&d, &BackendDetector::failed);
        d.start();
        if (!QTest::qWaitFor([&] { return found || failed.count() > 0; }, 30000) || !found)
            return {};
        c.backend = found->kind;
        c.database = found->database;
        auto b = createBackend(&m_nam, c);
        auto in = wait(b->signIn());
        if (!in->succeeded())
            return {};
        return b;
    }

    static void addBackends()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("rest") << QStringLiteral("rest");
        QTest::newRow("odoo") << QStringLiteral("odoo");
        QTest::newRow("spp2") << QStringLiteral("spp2");
    }

    // A program of the demo data by its number there: the number itself where the backend names
    // programs by database id, found by name where it names them by identifier (API v2).
    static RecordRef demoProgram(RegistryBackend *b, qint64 demoId)
    {
        static const QStringList names {QStringLiteral("Cash Transfer Program"),
            QStringLiteral("Household Support Program"), QStringLiteral("Drought Relief 2023"),
            QStringLiteral("School Feeding"), QStringLiteral("Elderly Pension")};
        ProgramFilter f;
        f.name = names.value(int(demoId) - 1);
        auto page = wait(b->programs(f, 100, 0));
        for (const Program &p : page->result().items)
            if (p.name == f.name)
                return p.key.isEmpty() ? RecordRef(demoId) : refOf(p);
        return RecordRef(demoId);
    }

    static std::optional<ProgramMembership> firstIn(RegistryBackend *b, qint64 program, MembershipState state)
    {
        MembershipFilter f;
        f.programId = demoProgram(b, program);
        f.state = state;
        auto page = wait(b->memberships(f, 5, 0));
        if (!page->succeeded() || page->result().items.isEmpty())
            return std::nullopt;
        return page->result().items.first();
    }

    // One call to a sandbox's Odoo face (the Odoo sandbox's unless `on` says another: every sandbox
    // has one, over its own database).
    QJsonValue rawOdoo(const QString &service,
        const QString &method,
        const QJsonArray &args,
        ApiError *error = nullptr,
        const SandboxProcess *on = nullptr)
    {
        QNetworkRequest req(QUrl(rootOf(on ? *on : *m_odoo).toString() + QStringLiteral("/jsonrpc")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.post(req, odoo::callEnvelope(1, service, method, args)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(20000);
        const odoo::Reply r = odoo::readReply(reply->readAll(), 1, method);
        if (error)
            *error = r.error;
        return r.result;
    }

    struct Raw
    {
        int status = 0;
        QJsonValue body;
        QByteArray etag, retryAfter, wwwAuthenticate, apiVersion;
    };
    // One request to a sandbox's API v2, as any HTTP client sends it (`pathAndQuery` encoded).
    Raw rawV2(const SandboxProcess &s,
        const QByteArray &verb,
        const QString &pathAndQuery,
        const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {},
        const QByteArray &contentType = "application/json")
    {
        QNetworkRequest req(QUrl::fromEncoded(
            (rootOf(s).toString() + QStringLiteral("/api/v2/spp") + pathAndQuery).toUtf8()));
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, verb, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(20000);
        Raw r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        r.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        r.etag = reply->rawHeader("ETag");
        r.retryAfter = reply->rawHeader("Retry-After");
        r.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        r.apiVersion = reply->rawHeader("X-API-Version");
        return r;
    }
    QByteArray bearer(const SandboxProcess &s, const QString &client = QStringLiteral("demo"))
    {
        const Raw t = rawV2(s, "POST", QStringLiteral("/oauth/token"),
            QJsonDocument(
                QJsonObject {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("client_id"), client}, {QStringLiteral("client_secret"), client}})
                .toJson());
        return "Bearer " + t.body.toObject().value(QLatin1String("access_token")).toString().toLatin1();
    }
    static QString detailOf(const Raw &r)
    {
        return r.body.toObject().value(QLatin1String("detail")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_rest
            = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"), QStringLiteral("300")});
        m_odoo = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"),
            QStringLiteral("300"), QStringLiteral("--upstream-only"), QStringLiteral("--api-key"),
            QStringLiteral("demo:0123456789abcdef"), QStringLiteral("--odoo-admin"), QStringLiteral("boss"),
            QStringLiteral("--user"), QStringLiteral("demo:demo"), QStringLiteral("--user"),
            QStringLiteral("viewer:viewer:ro"), QStringLiteral("--user"), QStringLiteral("boss:boss")});
        QVERIFY2(m_rest->start(), qPrintable(m_rest->errorText()));
        QVERIFY2(m_odoo->start(), qPrintable(m_odoo->errorText()));
        // Many sign-ins from this one address in a few seconds: the token limit is raised here (the
        // limit itself is tested in tst_conformance).
        m_spp2 = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"),
            QStringLiteral("300"), QStringLiteral("--upstream-only"), QStringLiteral("--api-v2"),
            QStringLiteral("--token-rate"), QStringLiteral("1000:100000"), QStringLiteral("--user"),
            QStringLiteral("demo:demo"), QStringLiteral("--user"), QStringLiteral("viewer:viewer:ro")});
        QVERIFY2(m_spp2->start(), qPrintable(m_spp2->errorText()));
    }

    void detectsWhatTheServerSpeaks_data() { addBackends(); }
    void detectsWhatTheServerSpeaks()
    {
        QFETCH(QString, kind);
        BackendDetector d(&m_nam, config(kind));
        QSignalSpy found(&d, &BackendDetector::found);
        d.start();
        QVERIFY(found.wait(30000));
        const auto s = found.first().first().value<DetectedServer>();
        if (kind == QLatin1String("rest")) {
            QCOMPARE(s.kind, BackendKind::Rest);
            QVERIFY(s.capabilities.programs);
        } else if (kind == QLatin1String("odoo")) {
            QCOMPARE(s.kind, BackendKind::Odoo);
            QCOMPARE(s.database, QStringLiteral("openg2p"));
            QVERIFY(s.description.contains(QStringLiteral("17.0")));
        } else {
            QCOMPARE(s.kind, BackendKind::Spp2);
            QVERIFY2(s.description.contains(QStringLiteral("2.0.0")), qPrintable(s.description));
            QVERIFY(!s.capabilities.serverHistory);
            QVERIFY(!s.capabilities.exitReasonsKept);
        }
    }

    void wrongPasswordIsUnauthorized_data() { addBackends(); }
    void wrongPasswordIsUnauthorized()
    {
        QFETCH(QString, kind);
        ClientConfig c = config(kind, QStringLiteral("demo"), QStringLiteral("not-it"));
        c.backend = backendKindFromName(kind).value_or(BackendKind::Rest);
        auto b = createBackend(&m_nam, c);
        auto in = wait(b->signIn());
        QCOMPARE(in->error().kind(), ApiError::Kind::Unauthorized);
    }

    void programsWithCounts_data() { addBackends(); }
    void programsWithCounts()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        auto page = wait(b->programs({}, 100, 0));
        QVERIFY2(page->succeeded(), qPrintable(page->error().toString()));
        // API v2 lists archived programs too and cannot tell them (its `active` is the state).
        const int expected = kind == QLatin1String("spp2") ? 6 : 5;
        QCOMPARE(page->result().items.size(), expected);
        QCOMPARE(page->result().total, expected);
        const Program p = page->result().items.first();
        auto counts = wait(b->membershipCounts(refOf(p)));
        QVERIFY(counts->succeeded());
        qint64 sum = 0;
        for (qint64 n : counts->result())
            sum += n;
        if (!p.beneficiariesCount) { // no counts in the program: the per-state totals add up to the list
            MembershipFilter f;
            f.programId = refOf(p);
            auto all = wait(b->memberships(f, 1, 0));
            QVERIFY(all->succeeded());
            QCOMPARE(sum, all->result().total);
            QVERIFY(counts->result().at(int(MembershipState::Enrolled)) > 0);
            return;
        }
        QCOMPARE(sum, p.beneficiariesCount.value_or(-1));
        QCOMPARE(counts->result().at(int(MembershipState::Enrolled)), p.enrolledCount.value_or(-1));
    }

    void findRegistrants_data() { addBackends(); }
    void findRegistrants()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        RegistrantQuery q;
        q.name = b->capabilities().caseInsensitiveNames ? QStringLiteral("ana") : QStringLiteral("ANA");
        auto found = wait(b->findIndividuals(q));
        QVERIFY2(found->succeeded(), qPrintable(found->error().toString()));
        QVERIFY(!found->result().isEmpty());
        for (const Individual &i : found->result())
            QVERIFY2(i.name.contains(QStringLiteral("ANA"), Qt::CaseInsensitive), qPrintable(i.name));
        const Individual first = found->result().first();
        QVERIFY(!first.regIds.isEmpty());
        auto again = wait(b->individual(refOf(first)));
        QVERIFY(again->succeeded());
        QCOMPARE(again->result().name, first.name);
        QCOMPARE(again->result().regIds.size(), first.regIds.size());

        auto groups = wait(b->findGroups(RegistrantQuery {}));
        QVERIFY(groups->succeeded());
        QVERIFY(!groups->result().isEmpty());
        auto household = wait(b->group(refOf(groups->result().first())));
        QVERIFY(household->succeeded());
        QVERIFY(!household->result().members.isEmpty());
        QVERIFY(!household->result().members.first().individual.name.isEmpty());
    }

    void findByIdNumber_data() { addBackends(); }
    void findByIdNumber()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        if (!b->capabilities().searchByIdNumber)
            QSKIP("this backend has no search by ID number (the REST contract searches by id and name)");
        RegistrantQuery q;
        q.name = QStringLiteral("ana");
        auto some = wait(b->findIndividuals(q));
        QVERIFY(some->succeeded());
        std::optional<Individual> one;
        for (const Individual &i : some->result())
            if (!one && !i.regIds.isEmpty())
                one = i;
        QVERIFY(one);
        RegistrantQuery byNumber;
        byNumber.idNumber = one->regIds.first().value;
        auto found = wait(b->findIndividuals(byNumber));
        QVERIFY2(found->succeeded(), qPrintable(found->error().toString()));
        QCOMPARE(found->result().size(), 1);
        QCOMPARE(found->result().first().id, one->id);
        QCOMPARE(found->result().first().key, one->key);
    }

    // A sheet naming registrants by ID type and number imports where the local copy does not know
    // them: the registry is asked, a number under another ID type is not taken, an unknown number
    // is reported on its line.
    void importByIdNumberAsksTheRegistry_data() { addBackends(); }
    void importByIdNumberAsksTheRegistry()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        if (!b->capabilities().searchByIdNumber)
            QSKIP(
                "this backend cannot search by ID number: imports by number resolve through the local copy");
        RegistrantQuery q;
        q.name = QStringLiteral("ana");
        auto some = wait(b->findIndividuals(q));
        QVERIFY(some->succeeded());
        std::optional<Individual> one;
        for (const Individual &i : some->result())
            if (!one && !i.regIds.isEmpty())
                one = i;
        QVERIFY(one);
        const RegistrantId id = one->regIds.first();
        auto programs = wait(b->programs({}, 100, 0));
        QVERIFY(programs->succeeded());
        const QString program = programs->result().items.first().name;
        TableText t;
        t.rows = {{QStringLiteral("ID type"), QStringLiteral("ID number"), QStringLiteral("Program"),
                      QStringLiteral("State")},
            {id.idType.toUpper(), id.value, program, QStringLiteral("enrolled")},
            {QStringLiteral("Passport"), id.value, program, QStringLiteral("enrolled")},
            {id.idType, QStringLiteral("NO-SUCH-NUMBER-1"), program, QStringLiteral("enrolled")}};
        t.lines = {1, 2, 3, 4};
        QList<ImportProblem> problems;
        const auto lines
            = MembershipImport::readLines(t, ImportMapping::guess(t.rows.first()), {}, &problems);
        QCOMPARE(lines.size(), 3);
        MembershipGridModel grid;
        grid.setPrograms(programs->result().items);
        MembershipImport import(b.get(), &grid);
        QSignalSpy done(&import, &MembershipImport::finished);
        import.start(lines);
        QVERIFY(done.count() > 0 || done.wait(30000));
        QCOMPARE(grid.rowCount(), 1);
        QCOMPARE(import.lineOfRow(0), 2);
        QCOMPARE(
            grid.data(grid.index(0, MembershipGridModel::RegistrantId), Qt::EditRole).toLongLong(), one->id);
        QCOMPARE(import.linesNotImported().size(), 2);
        for (const ImportProblem &p : import.linesNotImported()) {
            QVERIFY(p.line == 3 || p.line == 4);
            QVERIFY2(p.message.contains(QLatin1String("registry has no registrant")), qPrintable(p.message));
        }
    }

    void changesKeepTheirVersionAndHistory_data() { addBackends(); }
    void changesKeepTheirVersionAndHistory()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        const auto m = firstIn(b.get(), 4, MembershipState::Enrolled);
        QVERIFY(m);
        // A version older than the server's is refused, nothing written.
        MembershipUpdate stale;
        stale.state = MembershipState::Paused;
        stale.writeDate = Timestamp::fromUtcMicros(m->writeDate.toUtcMicros() - 3600 * qint64(1000000));
        auto refused = wait(b->changeMembership(refOf(*m), stale));
        QCOMPARE(refused->error().kind(), ApiError::Kind::Conflict);
        QCOMPARE(refused->error().code(), QStringLiteral("G2P-REQ-021"));

        MembershipUpdate pause;
        pause.state = MembershipState::Paused;
        pause.writeDate = m->writeDate;
        auto paused = wait(b->changeMembership(refOf(*m), pause));
        QVERIFY2(paused->succeeded(), qPrintable(paused->error().toString()));
        QCOMPARE(paused->result().state, MembershipState::Paused);

        // A resume given the first enrolment date keeps it (on Odoo: two writes, as the server
        // stamps "now" on the first).
        MembershipUpdate resume;
        resume.state = MembershipState::Enrolled;
        resume.enrollmentDate
            = QDateTime::fromMSecsSinceEpoch(m->enrollmentDate.toUtcMicros() / 1000, QTimeZone::utc()).date();
        auto resumed = wait(b->changeMembership(refOf(*m), resume));
        QVERIFY2(resumed->succeeded(), qPrintable(resumed->error().toString()));
        QCOMPARE(resumed->result().enrollmentDate.toUtcMicros() / 1000000,
            m->enrollmentDate.toUtcMicros() / 1000000);

        // The transition table holds on every backend, whatever the server enforces.
        MembershipUpdate toDraft;
        toDraft.state = MembershipState::Draft;
        auto wrong = wait(b->changeMembership(refOf(*m), toDraft));
        QCOMPARE(wrong->error().kind(), ApiError::Kind::Conflict);

        MembershipUpdate exit;
        exit.state = MembershipState::Exited;
        exit.exitReason = QStringLiteral("Moved to another district");
        auto exited = wait(b->changeMembership(refOf(*m), exit));
        QVERIFY2(exited->succeeded(), qPrintable(exited->error().toString()));
        QCOMPARE(exited->result().exitDate, utcToday());

        if (!b->capabilities().serverHistory) {
            // API v2: the reason is dropped and no history is kept; the desktop keeps both
            // (tst_services: the local timeline). The server's copy must not claim a reason.
            QVERIFY(exited->result().exitReason.isEmpty());
            auto h = wait(b->history(refOf(*m)));
            QCOMPARE(h->error().kind(), ApiError::Kind::Unsupported);
            return;
        }
        auto h = wait(b->history(refOf(*m)));
        QVERIFY(h->succeeded());
        QVERIFY(h->result().size() >= 3);
        const HistoryEntry last = h->result().last();
        QCOMPARE(last.toState, MembershipState::Exited);
        QCOMPARE(last.fromState, std::optional<MembershipState>(MembershipState::Enrolled));
        QCOMPARE(last.exitReason, QStringLiteral("Moved to another district"));
        QCOMPARE(last.changedBy, QStringLiteral("demo"));
    }

    void bulkEnrolmentRowByRow_data() { addBackends(); }
    void bulkEnrolmentRowByRow()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        // Program 5 (Elderly Pension) targets individuals; find two individuals outside it, one
        // inside it, and a household.
        MembershipFilter f;
        f.programId = demoProgram(b.get(), 5);
        auto in = wait(b->memberships(f, 1000, 0));
        QVERIFY(in->succeeded());
        QSet<qint64> members;
        for (const ProgramMembership &m : in->result().items)
            members.insert(m.registrantId);
        auto people = wait(b->findIndividuals(RegistrantQuery {}));
        QVERIFY(people->succeeded());
        QList<RecordRef> outside;
        for (const Individual &i : people->result())
            if (!members.contains(i.id) && outside.size() < 2)
                outside << refOf(i);
        auto groups = wait(b->findGroups(RegistrantQuery {}));
        QVERIFY(groups->succeeded() && !groups->result().isEmpty());
        const RecordRef already = registrantRefOf(in->result().items.first());
        const MembershipState alreadyState = in->result().items.first().state;
        BatchEnrollRequest r;
        r.programId = f.programId->id;
        r.programKey = f.programId->key;
        for (const RecordRef &who :
            {outside.at(0), outside.at(1), refOf(groups->result().first()), already, outside.at(0)}) {
            BatchEnrollItem item;
            item.registrantId = who.id;
            item.registrantKey = who.key;
            r.items << item;
        }
        r.items.removeLast(); // (a duplicate row is the caller's business)
        auto done = wait(b->enrol(r));
        QVERIFY2(done->succeeded(), qPrintable(done->error().toString()));
        const BatchEnrollResponse resp = done->result();
        QCOMPARE(resp.items.size(), 4);
        QCOMPARE(resp.items[0].status, BatchItemStatus::Created);
        QCOMPARE(resp.items[0].membership.state, MembershipState::Enrolled);
        QCOMPARE(resp.items[1].status, BatchItemStatus::Created);
        QCOMPARE(resp.items[2].status, BatchItemStatus::Error);
        QCOMPARE(resp.items[2].error.errorCode, QStringLiteral("G2P-REQ-017"));
        if (alreadyState == MembershipState::Enrolled)
            QCOMPARE(resp.items[3].status, BatchItemStatus::Unchanged);
        // Sending the same request again changes nothing (a resend after a lost answer).
        auto again = wait(b->enrol(r));
        QVERIFY(again->succeeded());
        QCOMPARE(again->result().items[0].status, BatchItemStatus::Unchanged);
        QCOMPARE(again->result().items[1].status, BatchItemStatus::Unchanged);
    }

    void readOnlyAccountIsTold_data() { addBackends(); }
    void readOnlyAccountIsTold()
    {
        QFETCH(QString, kind);
        auto b = connect(kind, QStringLiteral("viewer"), QStringLiteral("viewer"));
        QVERIFY(b);
        const auto m = firstIn(b.get(), 1, MembershipState::Enrolled);
        QVERIFY(m);
        MembershipUpdate pause;
        pause.state = MembershipState::Paused;
        auto refused = wait(b->changeMembership(refOf(*m), pause));
        QCOMPARE(refused->error().kind(), ApiError::Kind::Forbidden);
        if (kind == QLatin1String("spp2")) // the scope the API client lacks, by name
            QVERIFY2(refused->error().message().contains(QStringLiteral("program_membership:update")),
                qPrintable(refused->error().message()));
        if (kind == QLatin1String("odoo"))
            QVERIFY2(refused->error().message().startsWith(
                         QStringLiteral("Your account may not change program memberships on this server")),
                qPrintable(refused->error().message()));
    }

    void changePagesCoverTheRegistry_data() { addBackends(); }
    void changePagesCoverTheRegistry()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        auto all = wait(b->findIndividuals(RegistrantQuery {}));
        QVERIFY(all->succeeded());
        QSet<qint64> seen;
        ChangesQuery q;
        q.limit = 70;
        for (int pages = 0; pages < 100; ++pages) {
            auto page = wait(b->changedIndividuals(q));
            QVERIFY2(page->succeeded(), qPrintable(page->error().toString()));
            for (const Individual &i : page->result().items)
                seen.insert(i.id);
            q.cursor = page->result().cursor;
            if (page->result().complete)
                break;
        }
        QCOMPARE(seen.size(), all->result().size());
    }

    void createRegistrants_data() { addBackends(); }
    void createRegistrants()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        if (!b->capabilities().createRegistrants)
            QSKIP(
                "G2P Desk does not create registrants through this backend (API v2: registered in OpenSPP)");
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
        IndividualInput in;
        in.name = QStringLiteral("TESTER, ODILE");
        in.givenName = QStringLiteral("Odile");
        in.familyName = QStringLiteral("Tester");
        in.gender = QStringLiteral("Female");
        in.birthdate = QDate(1990, 1, 2);
        in.registrationDate = QDate(2024, 1, 1);
        RegistrantIdInput id;
        id.idType = QStringLiteral("National ID");
        id.value = QStringLiteral("NID-") + tag + kind;
        in.ids << id;
        PhoneInput phone;
        phone.phoneNo = QStringLiteral("+254700000001");
        in.phones << phone;
        ProgramMembershipInput school;
        school.name = QStringLiteral("School Feeding");
        school.enrollmentDate = QDate(2025, 1, 5);
        in.programMemberships << school;
        auto made = wait(b->createIndividual(in));
        QVERIFY2(made->succeeded(), qPrintable(made->error().toString()));
        const Individual person = made->result();
        QCOMPARE(person.name, in.name);
        QCOMPARE(person.birthdate, in.birthdate);
        QCOMPARE(person.regIds.size(), 1);
        QCOMPARE(person.regIds.first().value, id.value);
        QCOMPARE(person.phones.size(), 1);
        MembershipFilter f;
        f.registrantId = refOf(person);
        auto ms = wait(b->memberships(f, 10, 0));
        QVERIFY(ms->succeeded());
        QCOMPARE(ms->result().items.size(), 1);
        QCOMPARE(ms->result().items.first().programName, QStringLiteral("School Feeding"));
        QCOMPARE(ms->result().items.first().enrollmentDate.utcDate(), QDate(2025, 1, 5));

        // Something the server does not know is refused before anything is created.
        IndividualInput wrong = in;
        wrong.ids.first().idType = QStringLiteral("Library card");
        auto refused = wait(b->createIndividual(wrong));
        QVERIFY(!refused->succeeded());

        GroupInput household;
        household.name = QStringLiteral("TESTER HOUSEHOLD ") + tag;
        GroupMemberInput head;
        head.name = QStringLiteral("TESTER, HEAD");
        head.givenName = QStringLiteral("Head");
        head.familyName = QStringLiteral("Tester");
        head.kinds << MembershipKind {{}, QStringLiteral("Head")};
        GroupMemberInput child;
        child.name = QStringLiteral("TESTER, CHILD");
        child.givenName = QStringLiteral("Child");
        child.familyName = QStringLiteral("Tester");
        child.kinds << MembershipKind {{}, QStringLiteral("Child")};
        household.members << head << child;
        auto group = wait(b->createGroup(household));
        QVERIFY2(group->succeeded(), qPrintable(group->error().toString()));
        QCOMPARE(group->result().members.size(), 2);
        QStringList roles;
        for (const GroupMember &m : group->result().members)
            for (const MembershipKind &k : m.kinds)
                roles << m.individual.name + QLatin1Char('=') + k.name;
        roles.sort();
        QCOMPARE(roles,
            (QStringList {QStringLiteral("TESTER, CHILD=Child"), QStringLiteral("TESTER, HEAD=Head")}));
    }

    void localCopyFollowsChanges_data() { addBackends(); }
    void localCopyFollowsChanges()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")), QString());
        QSignalSpy opened(&store, &LocalStore::opened);
        QVERIFY(opened.wait(10000));
        const auto refresh = [&] {
            CacheRefresh r(b.get(), &store);
            QSignalSpy finished(&r, &CacheRefresh::finished);
            r.start();
            if (!finished.wait(60000) || !finished.first().first().toBool())
                return std::pair<qint64, qint64> {-1, -1};
            return std::pair {r.registrantCount(), r.membershipCount()};
        };
        const auto cached = [&](auto work) {
            using R = std::invoke_result_t<decltype(work), StoreHandles &>;
            std::optional<R> out;
            store.run(&store, work, [&](R v) { out = v; });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
                QTest::qFail("the local store did not answer", __FILE__, __LINE__);
            return out.value_or(R {});
        };
        const auto full = refresh();
        QVERIFY(full.first > 0);
        QVERIFY(full.second > 0);

        // A household read back from the copy lists its members as the server does (id, name,
        // role), without their whole records: those are cached as individuals.
        const auto cachedGroup = cached([](StoreHandles &h) {
            const QList<CachedRegistrant> rows = h.cache.page(true, RegistrantCache::kBeforeFirst, 50);
            for (const CachedRegistrant &row : rows)
                if (auto g = groupFrom(row); g && !g->members.isEmpty())
                    return g;
            return std::optional<Group>();
        });
        QVERIFY(cachedGroup);
        auto live = wait(b->group(refOf(*cachedGroup)));
        QVERIFY(live->succeeded());
        QCOMPARE(cachedGroup->members.size(), live->result().members.size());
        for (int i = 0; i < cachedGroup->members.size(); ++i) {
            const GroupMember &kept = cachedGroup->members.at(i);
            const GroupMember &sent = live->result().members.at(i);
            QCOMPARE(kept.individual.id, sent.individual.id);
            QCOMPARE(kept.individual.key, sent.individual.key);
            QCOMPARE(kept.individual.name, sent.individual.name);
            QCOMPARE(kept.kinds.size(), sent.kinds.size());
            QVERIFY(kept.individual.regIds.isEmpty());
            QVERIFY(!kept.individual.birthdate.isValid());
        }

        // Another officer pauses a membership; the next refresh shows it.
        const auto m = firstIn(b.get(), 4, MembershipState::Enrolled);
        QVERIFY(m);
        MembershipUpdate pause;
        pause.state = MembershipState::Paused;
        QVERIFY(wait(b->changeMembership(refOf(*m), pause))->succeeded());
        const auto again = refresh();
        QVERIFY(again.first >= 0);
        const qint64 registrant = m->registrantId;
        const QString state = cached([registrant, id = m->id](StoreHandles &h) {
            for (const CachedMembership &c : h.memberships->ofRegistrant(registrant))
                if (c.id == id)
                    return c.state;
            return QString();
        });
        QCOMPARE(state, QStringLiteral("paused"));
        if (!b->capabilities().changedSince) {
            QCOMPARE(again.first, full.first); // read again whole: no change list on this server
            return;
        }
        // Only what changed was read (the five-minute overlap may bring a few back; API v2 compares
        // whole days, and has no date filter on memberships: they are all read again).
        if (kind == QLatin1String("spp2"))
            QCOMPARE(again.second, full.second);
        else
            QVERIFY2(again.second < full.second / 10, qPrintable(QString::number(again.second)));
        // (API v2 has no date filter on groups either: they are read again whole.)
        QVERIFY2(again.first < full.first / (kind == QLatin1String("spp2") ? 3 : 10),
            qPrintable(QString::number(again.first)));
        if (kind == QLatin1String("spp2"))
            QSKIP("API v2 lists no archived registrants: one that leaves stays in the local copy until it is "
                  "rebuilt (said in the README)");

        // A registrant archived on the server (through its Odoo face) leaves the local copy.
        const SandboxProcess *server = kind == QLatin1String("rest") ? m_rest.get() : m_odoo.get();
        const QJsonValue uid = rawOdoo(QStringLiteral("common"), QStringLiteral("login"),
            {QStringLiteral("openg2p"), QStringLiteral("demo"), QStringLiteral("demo")}, nullptr, server);
        ApiError e;
        rawOdoo(QStringLiteral("object"), QStringLiteral("execute_kw"),
            {QStringLiteral("openg2p"), uid, QStringLiteral("demo"), QStringLiteral("res.partner"),
                QStringLiteral("write"),
                QJsonArray {QJsonArray {registrant}, QJsonObject {{QStringLiteral("active"), false}}}},
            &e, server);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));
        QVERIFY(refresh().first >= 0);
        QVERIFY(!cached([registrant](StoreHandles &h) { return h.cache.get(registrant).has_value(); }));
    }

    // A refresh stopped in the middle (a dropped connection, a crash, the officer's Cancel) keeps
    // every page it stored with the cursor after it: the next one reads the rest, not all again.
    void localCopyResumesWhereItStopped_data() { addBackends(); }
    void localCopyResumesWhereItStopped()
    {
        QFETCH(QString, kind);
        auto b = connect(kind);
        QVERIFY(b);
        if (!b->capabilities().changedSince)
            QSKIP("this server lists no changes: every refresh reads the whole registry");
        static constexpr int page = 10; // (a write holds ten pages: the registry needs several writes)
        const auto fill = [&](LocalStore &store, bool stopEarly) {
            CacheRefresh r(b.get(), &store);
            r.setPageSize(page);
            QSignalSpy finished(&r, &CacheRefresh::finished);
            // Stopped as soon as three pages of individuals are stored (pages are stored a few at
            // a time; what was read and not yet stored is read again).
            if (stopEarly)
                QObject::connect(
                    &r, &CacheRefresh::progress, &r, [&r](const QString &stage, qint64 done, qint64) {
                        if (stage == QLatin1String("Storing individuals") && done >= 3 * page)
                            r.cancel();
                    });
            r.start();
            if (!finished.wait(60000))
                return std::pair<bool, qint64> {false, -1};
            return std::pair {finished.first().first().toBool(), r.registrantCount()};
        };
        const auto count = [](LocalStore &store) {
            std::optional<qint64> n;
            store.run(
                &store, [](StoreHandles &h) { return h.cache.count(); }, [&](qint64 v) { n = v; });
            return QTest::qWaitFor([&] { return n.has_value(); }, 10000) ? *n : -1;
        };
        QTemporaryDir dir;
        LocalStore whole(dir.filePath(QStringLiteral("whole.sqlite")), QString());
        LocalStore resumed(dir.filePath(QStringLiteral("resumed.sqlite")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(whole.isOpen() && resumed.isOpen(), 10000);
        const auto all = fill(whole, false);
        QVERIFY(all.first);
        QVERIFY2(all.second > 6 * page, "the sandbox should hold several pages of registrants");

        const auto stopped = fill(resumed, true);
        QVERIFY(!stopped.first);
        const qint64 kept = count(resumed);
        // (API v2 pages overlap by a few rows: three pages hold fewer distinct registrants.)
        QVERIFY2(kept >= 2 * page && kept < all.second, qPrintable(QString::number(kept)));
        const auto rest = fill(resumed, false);
        QVERIFY(rest.first);
        QCOMPARE(count(resumed), count(whole));
        // The rest, not all again (API v2 starts a few rows back, and reads groups whole).
        QVERIFY2(rest.second <= all.second - 3 * page + (kind == QLatin1String("spp2") ? 3 * page / 5 : 0),
            qPrintable(QStringLiteral("%1 of %2").arg(rest.second).arg(all.second)));
    }

    // A REST server with the extension but without the change lists (an older one: here GET
    // /registrant answers 503): the backend says it cannot list changes and the local copy is filled
    // from the upstream search, as before the contract had them.
    void restWithoutChangeListsReadsWhole()
    {
        SandboxProcess older({QStringLiteral("--seed"), QStringLiteral("40"), QStringLiteral("--fail-path"),
            QStringLiteral("/registrant")});
        QVERIFY2(older.start(), qPrintable(older.errorText()));
        ClientConfig c;
        c.baseUrl = older.baseUrl();
        c.backend = BackendKind::Rest;
        c.user = c.password = QStringLiteral("demo");
        c.timeoutMs = 20000;
        auto b = createBackend(&m_nam, c);
        auto in = wait(b->signIn());
        QVERIFY2(in->succeeded(), qPrintable(in->error().toString()));
        QVERIFY(in->result().programs);
        QVERIFY(!in->result().changedSince);
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")), QString());
        QSignalSpy opened(&store, &LocalStore::opened);
        QVERIFY(opened.wait(10000));
        CacheRefresh r(b.get(), &store);
        QSignalSpy finished(&r, &CacheRefresh::finished);
        r.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(r.registrantCount() >= 40);
    }

    // ------------------------------------------------------------ API v2 only

    // One token a profile for its life, whatever the number of backends (windows, CLI calls) that
    // share the cache; the token endpoint's limit answered plainly.
    void spp2TokenIsSharedAndTheLimitSaid()
    {
        SandboxProcess limited({QStringLiteral("--seed"), QStringLiteral("50"), QStringLiteral("--api-v2"),
            QStringLiteral("--token-rate"), QStringLiteral("100:3")});
        QVERIFY2(limited.start(), qPrintable(limited.errorText()));
        auto cache = std::make_shared<MemoryTokenCache>();
        ClientConfig c;
        c.baseUrl = rootOf(limited);
        c.backend = BackendKind::Spp2;
        c.user = c.password = QStringLiteral("demo");
        c.tokens = cache;
        auto first = createBackend(&m_nam, c);
        QVERIFY(wait(first->signIn())->succeeded());
        QCOMPARE(static_cast<Spp2Backend *>(first.get())->tokenRequests(), 1);
        QVERIFY(static_cast<Spp2Backend *>(first.get())
                    ->hasScope(QStringLiteral("program_membership"), QStringLiteral("update")));
        auto second = createBackend(&m_nam, c);
        QVERIFY(wait(second->signIn())->succeeded());
        QVERIFY(wait(second->programs({}, 10, 0))->succeeded());
        QCOMPARE(static_cast<Spp2Backend *>(second.get())->tokenRequests(), 0);

        // The endpoint's three forms; a wrong secret is 401 (and counts against the limit).
        Raw r = rawV2(limited, "POST", QStringLiteral("/oauth/token"),
            "grant_type=client_credentials&client_id=demo&client_secret=wrong", {},
            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 401);
        QCOMPARE(detailOf(r), QStringLiteral("Invalid client credentials"));
        r = rawV2(limited, "POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
            {{"Authorization", "Basic " + QByteArray("demo:demo").toBase64()}},
            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.toObject().value(QLatin1String("expires_in")).toInt(), 86400);
        QCOMPARE(r.body.toObject().value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(r.apiVersion, QByteArray("2.0.0"));
        // Three a day here: the fourth waits most of a day.
        r = rawV2(limited, "POST", QStringLiteral("/oauth/token"), "{}");
        QCOMPARE(r.status, 429);
        QCOMPARE(detailOf(r), QStringLiteral("Too many authentication attempts. Please try again later."));
        QVERIFY(r.retryAfter.toInt() > 3600);
        ClientConfig uncached = c;
        uncached.tokens.reset();
        auto third = createBackend(&m_nam, uncached);
        auto refused = wait(third->signIn());
        QCOMPARE(refused->error().kind(), ApiError::Kind::RateLimited);
        QVERIFY(refused->error().retryAfterSeconds() > 3600);
        QVERIFY2(refused->error().message().contains(QStringLiteral("hour")),
            qPrintable(refused->error().message()));
        // ... while the profile's kept token still works.
        QVERIFY(wait(second->programs({}, 10, 0))->succeeded());
    }

    // A kept token the server refuses (expired, revoked, another secret) is replaced once.
    void spp2RefusedTokenIsReplacedOnce()
    {
        auto cache = std::make_shared<MemoryTokenCache>();
        ClientConfig c = config(QStringLiteral("spp2"));
        c.backend = BackendKind::Spp2;
        c.tokens = cache;
        AccessToken stale;
        stale.value = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.not-signed-here");
        stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QString account = QStringLiteral("demo@") + rootOf(*m_spp2).toString();
        cache->store(account, stale);
        auto b = createBackend(&m_nam, c);
        QVERIFY(wait(b->signIn())->succeeded());
        QCOMPARE(static_cast<Spp2Backend *>(b.get())->tokenRequests(), 1);
        AccessToken now;
        cache->load(account, [&now](AccessToken t) { now = t; });
        QVERIFY(!now.value.isEmpty());
        QVERIFY(now.value != stale.value);
        // A wrong secret is refused plainly, once (no loop of token requests).
        ClientConfig wrong = c;
        wrong.password = QStringLiteral("not-it");
        wrong.tokens = std::make_shared<MemoryTokenCache>();
        auto w = createBackend(&m_nam, wrong);
        auto refused = wait(w->signIn());
        QCOMPARE(refused->error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(static_cast<Spp2Backend *>(w.get())->tokenRequests(), 1);
    }

    // The sandbox's face as the spec reads the server's code (section 9's checklist).
    void spp2ShapesAsTheServer()
    {
        const SandboxProcess &s = *m_spp2;
        Raw r = rawV2(s, "GET", QStringLiteral("/Program"));
        QCOMPARE(r.status, 401);
        QCOMPARE(detailOf(r), QStringLiteral("Missing Authorization header"));
        QCOMPARE(r.wwwAuthenticate, QByteArray("Bearer"));
        r = rawV2(s, "GET", QStringLiteral("/Program"), {}, {{"Authorization", "Bearer x.y.z"}});
        QCOMPARE(detailOf(r), QStringLiteral("Invalid token"));
        QVERIFY(r.wwwAuthenticate.isEmpty());
        QCOMPARE(rawV2(s, "GET", QStringLiteral("/metadata")).status, 200); // public
        const QByteArray auth = bearer(s);
        r = rawV2(s, "GET", QStringLiteral("/ProgramMembership?_count=101"), {}, {{"Authorization", auth}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.toObject().value(QLatin1String("detail")).isArray());
        r = rawV2(s, "GET", QStringLiteral("/Individual/no-bar"), {}, {{"Authorization", auth}});
        QCOMPARE(r.status, 400);
        QCOMPARE(detailOf(r), QStringLiteral("Invalid identifier format. Expected: {system}|{value}"));
        // A registrant with two memberships: the program must be named.
        r = rawV2(s, "GET", QStringLiteral("/ProgramMembership?_count=100"), {}, {{"Authorization", auth}});
        QHash<QString, int> perBeneficiary;
        QHash<QString, QJsonObject> one;
        for (const QJsonValue &v : r.body.toObject().value(QLatin1String("data")).toArray()) {
            const QString ref = v.toObject()
                                    .value(QLatin1String("beneficiary"))
                                    .toObject()
                                    .value(QLatin1String("reference"))
                                    .toString();
            ++perBeneficiary[ref];
            one.insert(ref, v.toObject());
        }
        QString twice;
        for (auto it = perBeneficiary.cbegin(); it != perBeneficiary.cend(); ++it)
            if (it.value() > 1 && it.key().startsWith(QLatin1String("Individual/")))
                twice = it.key();
        QVERIFY(!twice.isEmpty());
        const QString path = QStringLiteral("/ProgramMembership/")
            + QString::fromLatin1(QUrl::toPercentEncoding(twice.mid(11), ":|"));
        r = rawV2(s, "GET", path, {}, {{"Authorization", auth}});
        QCOMPARE(r.status, 409);
        QVERIFY(detailOf(r).contains(QStringLiteral("program")));
        const QString program = one.value(twice)
                                    .value(QLatin1String("program"))
                                    .toObject()
                                    .value(QLatin1String("reference"))
                                    .toString();
        const QString withProgram = path + QStringLiteral("?program=")
            + QString::fromLatin1(QUrl::toPercentEncoding(program, ":/|"));
        r = rawV2(s, "GET", withProgram, {}, {{"Authorization", auth}});
        QCOMPARE(r.status, 200);
        const QJsonObject m = r.body.toObject();
        QCOMPARE(r.etag,
            '"'
                + m.value(QLatin1String("meta"))
                      .toObject()
                      .value(QLatin1String("versionId"))
                      .toString()
                      .toLatin1()
                + '"');
        QVERIFY(m.contains(QLatin1String("exitReason"))); // single bodies carry null keys
        // If-Match on another version: 409; moving the membership: 422.
        QJsonObject body {{QStringLiteral("type"), QStringLiteral("ProgramMembership")},
            {QStringLiteral("program"), m.value(QLatin1String("program"))},
            {QStringLiteral("beneficiary"), m.value(QLatin1String("beneficiary"))},
            {QStringLiteral("status"), m.value(QLatin1String("status"))}};
        r = rawV2(s, "PUT", withProgram, QJsonDocument(body).toJson(),
            {{"Authorization", auth}, {"If-Match", "\"1\""}});
        QCOMPARE(r.status, 409);
        QCOMPARE(detailOf(r), QStringLiteral("Version conflict. Resource was modified by another request."));
        // Another program than the membership's own (which one the demo data gives it varies).
        const QString elsewhere = program.endsWith(QLatin1String("|elderly-pension"))
            ? QStringLiteral("Program/urn:openspp:program|cash-transfer-program")
            : QStringLiteral("Program/urn:openspp:program|elderly-pension");
        QJsonObject moved = body;
        moved.insert(QStringLiteral("program"), QJsonObject {{QStringLiteral("reference"), elsewhere}});
        r = rawV2(s, "PUT", withProgram, QJsonDocument(moved).toJson(), {{"Authorization", auth}});
        QCOMPARE(r.status, 422);
        QVERIFY(detailOf(r).contains(QStringLiteral("cannot be moved")));
        // Creating it again: 422 (the unique constraint).
        r = rawV2(s, "POST", QStringLiteral("/ProgramMembership"), QJsonDocument(body).toJson(),
            {{"Authorization", auth}});
        QCOMPARE(r.status, 422);
        QVERIFY(detailOf(r).startsWith(QStringLiteral("Failed to create program membership: ")));
        // A read-only client lacks the write scopes: named.
        r = rawV2(s, "POST", QStringLiteral("/ProgramMembership"), QJsonDocument(body).toJson(),
            {{"Authorization", bearer(s, QStringLiteral("viewer"))}});
        QCOMPARE(r.status, 403);
        QCOMPARE(detailOf(r),
            QStringLiteral("Missing required scope 'program_membership:create'. Request access from your "
                           "administrator."));
    }

    // An older server (If-Match always refused, ?program= ignored): a registrant's only membership
    // is still changed; one of several is refused plainly, nothing written.
    // Enrolment is one POST a membership: however many enrol() calls run at once (the outbox sends
    // several batches together), at most kEnrolWindow POSTs are on the wire; a call deleted while
    // its POSTs are out gives their places back.
    void spp2EnrolmentWindowIsSharedByEveryCall()
    {
        SandboxProcess slow({QStringLiteral("--seed"), QStringLiteral("300"), QStringLiteral("--api-v2"),
            QStringLiteral("--latency-ms"), QStringLiteral("30")});
        QVERIFY2(slow.start(), qPrintable(slow.errorText()));
        ClientConfig c;
        c.baseUrl = rootOf(slow);
        c.backend = BackendKind::Spp2;
        c.user = c.password = QStringLiteral("demo");
        c.timeoutMs = 20000;
        auto b = createBackend(&m_nam, c);
        auto *v2 = static_cast<Spp2Backend *>(b.get());
        QVERIFY(wait(b->signIn())->succeeded());
        const RecordRef program = demoProgram(b.get(), 5);
        MembershipFilter f;
        f.programId = program;
        QSet<qint64> members;
        for (int offset = 0;; offset += 100) {
            auto page = wait(b->memberships(f, 100, offset));
            QVERIFY(page->succeeded());
            for (const ProgramMembership &m : page->result().items)
                members.insert(m.registrantId);
            if (!page->result().hasMore())
                break;
        }
        QList<RecordRef> outside;
        auto people = wait(b->findIndividuals(RegistrantQuery {}));
        QVERIFY(people->succeeded());
        for (const Individual &i : people->result())
            if (!members.contains(i.id) && outside.size() < 75)
                outside << refOf(i);
        QVERIFY2(outside.size() == 75, qPrintable(QString::number(outside.size())));
        const auto request = [&](int from, int count) {
            BatchEnrollRequest r;
            r.programId = program.id;
            r.programKey = program.key;
            for (int i = from; i < from + count; ++i) {
                BatchEnrollItem item;
                item.registrantId = outside[i].id;
                item.registrantKey = outside[i].key;
                r.items << item;
            }
            return r;
        };
        // One short call and three long ones: once the short one is done, its places go to the others.
        const QList<QPair<int, int>> parts {{0, 5}, {5, 20}, {25, 20}, {45, 20}};
        int most = 0, mostAfterShort = 0;
        QList<Call<BatchEnrollResponse> *> calls;
        QTimer probe;
        QObject::connect(&probe, &QTimer::timeout, [&] {
            most = qMax(most, v2->enrolmentsOnTheWire());
            if (calls.first()->isFinished() && !calls.last()->isFinished())
                mostAfterShort = qMax(mostAfterShort, v2->enrolmentsOnTheWire());
        });
        for (const auto &[from, count] : parts) {
            calls << b->enrol(request(from, count));
            calls.last()->setAutoDelete(false);
        }
        probe.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(calls.begin(), calls.end(), [](auto *call) { return call->isFinished(); }), 30000);
        for (int k = 0; k < calls.size(); ++k) {
            QVERIFY2(calls[k]->succeeded(), qPrintable(calls[k]->error().toString()));
            QCOMPARE(calls[k]->result().succeeded, parts[k].second);
            delete calls[k];
        }
        calls.clear();
        probe.stop();
        QVERIFY2(most <= Spp2Backend::kEnrolWindow, qPrintable(QString::number(most)));
        QVERIFY2(mostAfterShort > 3, qPrintable(QString::number(mostAfterShort)));
        QCOMPARE(v2->enrolmentsOnTheWire(), 0);

        // Deleted with its POSTs out: their places come back, and the next call runs.
        auto *dropped = b->enrol(request(65, 5));
        dropped->setAutoDelete(false);
        QTRY_VERIFY(v2->enrolmentsOnTheWire() > 0);
        delete dropped;
        QTRY_COMPARE(v2->enrolmentsOnTheWire(), 0);
        auto after = wait(b->enrol(request(70, 5)));
        QVERIFY2(after->succeeded(), qPrintable(after->error().toString()));
        QCOMPARE(after->result().succeeded, 5);
    }

    void spp2OlderServerIsSurvived()
    {
        SandboxProcess older({QStringLiteral("--seed"), QStringLiteral("300"), QStringLiteral("--api-v2"),
            QStringLiteral("--api-v2-older"), QStringLiteral("--token-rate"), QStringLiteral("100:1000")});
        QVERIFY2(older.start(), qPrintable(older.errorText()));
        ClientConfig c;
        c.baseUrl = rootOf(older);
        c.backend = BackendKind::Spp2;
        c.user = c.password = QStringLiteral("demo");
        auto b = createBackend(&m_nam, c);
        QVERIFY(wait(b->signIn())->succeeded());
        MembershipFilter f;
        f.state = MembershipState::Enrolled;
        auto page = wait(b->memberships(f, 100, 0));
        QVERIFY(page->succeeded());
        std::optional<ProgramMembership> single, several;
        for (const ProgramMembership &m : page->result().items) {
            MembershipFilter mine;
            mine.registrantId = registrantRefOf(m);
            auto theirs = wait(b->memberships(mine, 100, 0));
            const qsizetype n = theirs->result().items.size();
            if (n == 1 && !single)
                single = m;
            if (n > 1 && !several && theirs->result().items.last().programKey != m.programKey)
                several = m;
        }
        QVERIFY(single);
        MembershipUpdate pause;
        pause.state = MembershipState::Paused;
        pause.writeDate = single->writeDate;
        auto paused = wait(b->changeMembership(refOf(*single), pause));
        QVERIFY2(paused->succeeded(), qPrintable(paused->error().toString()));
        QCOMPARE(paused->result().state, MembershipState::Paused);
        if (!several)
            QSKIP("the demo data gave no registrant enrolled beside an older membership");
        auto refused = wait(b->changeMembership(refOf(*several), pause));
        QCOMPARE(refused->error().kind(), ApiError::Kind::Unsupported);
    }

    // ------------------------------------------------------------ Odoo only

    void odooApiKeyWorksWherePasswordDoes()
    {
        auto b = connect(QStringLiteral("odoo"), QStringLiteral("demo"), QStringLiteral("0123456789abcdef"));
        QVERIFY(b);
        auto page = wait(b->programs({}, 10, 0));
        QVERIFY(page->succeeded());
        // ... never for a web session (interactive sign-in).
        ApiError e;
        rawOdoo(QStringLiteral("common"), QStringLiteral("login"),
            {QStringLiteral("openg2p"), QStringLiteral("demo"), QStringLiteral("0123456789abcdef")}, &e);
        QVERIFY(e.isNull());
    }

    void odooDatabaseMustExist()
    {
        ClientConfig c = config(QStringLiteral("odoo"));
        c.backend = BackendKind::Odoo;
        c.database = QStringLiteral("nope");
        auto b = createBackend(&m_nam, c);
        auto in = wait(b->signIn());
        QCOMPARE(in->error().kind(), ApiError::Kind::Usage);
        QVERIFY(in->error().message().contains(QStringLiteral("nope")));
    }

    void odooQuirksAreFaithful()
    {
        // Writing state=enrolled stamps enrollment_date = now, whatever the same write says.
        const QJsonValue uid = rawOdoo(QStringLiteral("common"), QStringLiteral("login"),
            {QStringLiteral("openg2p"), QStringLiteral("demo"), QStringLiteral("demo")});
        QVERIFY(uid.isDouble());
        const auto kw = [&](const QString &model, const QString &method, const QJsonArray &args,
                            ApiError *e = nullptr, const QJsonObject &kwargs = {}) {
            return rawOdoo(QStringLiteral("object"), QStringLiteral("execute_kw"),
                {QStringLiteral("openg2p"), uid, QStringLiteral("demo"), model, method, args, kwargs}, e);
        };
        const QJsonArray paused = kw(QStringLiteral("g2p.program_membership"), QStringLiteral("search_read"),
            QJsonArray {QJsonArray {
                QJsonArray {QStringLiteral("state"), QStringLiteral("="), QStringLiteral("paused")}}},
            nullptr,
            {{QStringLiteral("fields"),
                 QJsonArray {QStringLiteral("enrollment_date"), QStringLiteral("partner_id"),
                     QStringLiteral("program_id")}},
                {QStringLiteral("limit"),
                    1}}).toArray();
        QVERIFY(!paused.isEmpty());
        const qint64 id = paused.first().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(kw(QStringLiteral("g2p.program_membership"), QStringLiteral("write"),
            {QJsonArray {id},
                QJsonObject {{QStringLiteral("state"), QStringLiteral("enrolled")},
                    {QStringLiteral("enrollment_date"), QStringLiteral("2020-01-01 00:00:00")}}})
                    .toBool());
        const QJsonObject after = kw(QStringLiteral("g2p.program_membership"), QStringLiteral("read"),
            {QJsonArray {id}, QJsonArray {QStringLiteral("enrollment_date")}})
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY(after.value(QStringLiteral("enrollment_date")).toString() > QStringLiteral("2026"));
        // The unique (registrant, program) constraint is a ValidationError; a list create is all or nothing.
        const QJsonObject row = paused.first().toObject();
        ApiError e;
        kw(QStringLiteral("g2p.program_membership"), QStringLiteral("create"),
            {QJsonArray {QJsonObject {
                {QStringLiteral("partner_id"), row.value(QStringLiteral("partner_id")).toArray().first()},
                {QStringLiteral("program_id"), row.value(QStringLiteral("program_id")).toArray().first()}}}},
            &e);
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.code(), QStringLiteral("odoo.exceptions.ValidationError"));
        // Only administrators may delete a membership.
        kw(QStringLiteral("g2p.program_membership"), QStringLiteral("unlink"), {QJsonArray {id}}, &e);
        QCOMPARE(e.kind(), ApiError::Kind::Forbidden);
        // An unknown model is a UserError, a private method an AccessError.
        kw(QStringLiteral("g2p.nothing"), QStringLiteral("search"), {QJsonArray {}}, &e);
        QCOMPARE(e.code(), QStringLiteral("odoo.exceptions.UserError"));
        kw(QStringLiteral("res.partner"), QStringLiteral("_private"), {QJsonArray {}}, &e);
        QCOMPARE(e.kind(), ApiError::Kind::Forbidden);
        // Back_to_draft returns None: a reply with neither result nor error.
        kw(QStringLiteral("g2p.program_membership"), QStringLiteral("Back_to_draft"), {QJsonArray {id}}, &e);
        QVERIFY(e.isNull());
        // A disabled registrant is still read (with the date), its memberships are hidden.
        const qint64 partner = row.value(QStringLiteral("partner_id")).toArray().first().toInteger();
        kw(QStringLiteral("res.partner"), QStringLiteral("write"),
            {QJsonArray {partner},
                QJsonObject {{QStringLiteral("disabled"), QStringLiteral("2026-01-01 00:00:00")}}},
            &e);
        QVERIFY(e.isNull());
        auto b = connect(QStringLiteral("odoo"));
        QVERIFY(b);
        auto person = wait(b->individual(RecordRef(partner)));
        QVERIFY2(person->succeeded(), qPrintable(person->error().toString()));
        QVERIFY(!person->result().disabled.isNull());
        auto hidden = wait(b->membership(RecordRef(id)));
        QCOMPARE(hidden->error().kind(), ApiError::Kind::Forbidden);
    }
};

QTEST_MAIN(TestRegistryBackends)
#include "tst_registry_backends.moc"
