// The officer's scenarios through the registry interface, on every backend the sandbox offers
// (parametrised, not copied): the REST contract with its extension, and Odoo's external API of a
// stock OpenG2P 17 server (the sandbox started --upstream-only, found by auto-detection). Then
// what only the Odoo backend has to survive: its quirks, API keys, databases and error names.
#include "backenddetector.h"
#include "cacherefresh.h"
#include "localstore.h"
#include "odoobackend.h"
#include "odoojsonrpc.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace g2p;
using namespace g2p::test;

class TestRegistryBackends : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_rest, m_odoo;
    QNetworkAccessManager m_nam;

    QUrl rootOf(const SandboxProcess &s) const { return serverRoot(s.baseUrl()); }

    ClientConfig config(const QString &kind,
        const QString &user = QStringLiteral("demo"),
        const QString &password = QStringLiteral("demo")) const
    {
        ClientConfig c;
        c.baseUrl = rootOf(kind == QLatin1String("odoo") ? *m_odoo : *m_rest);
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
    }

    static std::optional<ProgramMembership> firstIn(RegistryBackend *b, qint64 program, MembershipState state)
    {
        MembershipFilter f;
        f.programId = RecordRef(program);
        f.state = state;
        auto page = wait(b->memberships(f, 5, 0));
        if (!page->succeeded() || page->result().items.isEmpty())
            return std::nullopt;
        return page->result().items.first();
    }

    QJsonValue rawOdoo(
        const QString &service, const QString &method, const QJsonArray &args, ApiError *error = nullptr)
    {
        QNetworkRequest req(QUrl(rootOf(*m_odoo).toString() + QStringLiteral("/jsonrpc")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.post(req, odoo::callEnvelope(1, service, method, args)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(20000);
        const odoo::Reply r = odoo::readReply(reply->readAll(), 1, method);
        if (error)
            *error = r.error;
        return r.result;
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
        } else {
            QCOMPARE(s.kind, BackendKind::Odoo);
            QCOMPARE(s.database, QStringLiteral("openg2p"));
            QVERIFY(s.description.contains(QStringLiteral("17.0")));
        }
    }

    void wrongPasswordIsUnauthorized_data() { addBackends(); }
    void wrongPasswordIsUnauthorized()
    {
        QFETCH(QString, kind);
        ClientConfig c = config(kind, QStringLiteral("demo"), QStringLiteral("not-it"));
        c.backend = kind == QLatin1String("odoo") ? BackendKind::Odoo : BackendKind::Rest;
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
        QCOMPARE(page->result().items.size(), 5);
        QCOMPARE(page->result().total, 5);
        const Program p = page->result().items.first();
        auto counts = wait(b->membershipCounts(refOf(p)));
        QVERIFY(counts->succeeded());
        qint64 sum = 0;
        for (qint64 n : counts->result())
            sum += n;
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
        q.id = 2;
        auto one = wait(b->findIndividuals(q));
        QVERIFY(one->succeeded() && !one->result().isEmpty() && !one->result().first().regIds.isEmpty());
        RegistrantQuery byNumber;
        byNumber.idNumber = one->result().first().regIds.first().value;
        auto found = wait(b->findIndividuals(byNumber));
        QVERIFY2(found->succeeded(), qPrintable(found->error().toString()));
        QCOMPARE(found->result().size(), 1);
        QCOMPARE(found->result().first().id, qint64(2));
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
        f.programId = RecordRef(5);
        auto in = wait(b->memberships(f, 1000, 0));
        QVERIFY(in->succeeded());
        QSet<qint64> members;
        for (const ProgramMembership &m : in->result().items)
            members.insert(m.registrantId);
        auto people = wait(b->findIndividuals(RegistrantQuery {}));
        QVERIFY(people->succeeded());
        QList<qint64> outside;
        for (const Individual &i : people->result())
            if (!members.contains(i.id) && outside.size() < 2)
                outside << i.id;
        auto groups = wait(b->findGroups(RegistrantQuery {}));
        QVERIFY(groups->succeeded() && !groups->result().isEmpty());
        const qint64 already = in->result().items.first().registrantId;
        const MembershipState alreadyState = in->result().items.first().state;
        BatchEnrollRequest r;
        r.programId = 5;
        for (qint64 id :
            {outside.at(0), outside.at(1), groups->result().first().id, already, outside.at(0)}) {
            BatchEnrollItem item;
            item.registrantId = id;
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
        QVERIFY(b->capabilities().createRegistrants);
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
        // Only what changed was read (the five-minute overlap may bring a few back).
        QVERIFY2(again.second < full.second / 10, qPrintable(QString::number(again.second)));
        QVERIFY2(again.first < full.first / 10, qPrintable(QString::number(again.first)));

        // A registrant archived on the server leaves the local copy.
        const QJsonValue uid = rawOdoo(QStringLiteral("common"), QStringLiteral("login"),
            {QStringLiteral("openg2p"), QStringLiteral("demo"), QStringLiteral("demo")});
        ApiError e;
        rawOdoo(QStringLiteral("object"), QStringLiteral("execute_kw"),
            {QStringLiteral("openg2p"), uid, QStringLiteral("demo"), QStringLiteral("res.partner"),
                QStringLiteral("write"),
                QJsonArray {QJsonArray {registrant}, QJsonObject {{QStringLiteral("active"), false}}}},
            &e);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));
        QVERIFY(refresh().first >= 0);
        QVERIFY(!cached([registrant](StoreHandles &h) { return h.cache.get(registrant).has_value(); }));
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
