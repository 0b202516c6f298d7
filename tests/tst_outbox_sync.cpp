// The outbox against a real sandbox: changes made while the server is down wait and are sent when
// it is back; an item whose answer was lost is checked before anything is sent again; a conflict
// keeps both versions; and the crash test — a child sending enrolments and exits through the
// outbox, killed with SIGKILL at three random moments against a server failing one request in
// ten — ends with exactly the intended server state, nothing doubled, and an empty outbox.
// G2P_CRASH_N sets the crash test's registrant count (default 100; scripts/crashtest.sh: 10,000).
#include "apiclient.h"
#include "backenddetector.h"
#include "localstore.h"
#include "outboxmodel.h"
#include "outboxsync.h"
#include "restcontractbackend.h"
#include "sandboxprocess.h"

#include <QNetworkProxy>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace g2p;
using g2p::test::SandboxProcess;
using g2p::test::wait;

class TstOutboxSync : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

    ClientConfig config(const QUrl &url)
    {
        ClientConfig c;
        c.baseUrl = url;
        c.user = c.password = QStringLiteral("demo");
        c.retry.baseDelayMs = 20;
        c.retry.maxAttempts = 3;
        c.timeoutMs = 10000;
        return c;
    }

    static QList<qint64> createIndividuals(ApiClient &client, int count, const QString &tag)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            IndividualInput in;
            in.name = QStringLiteral("OUTBOX %1, PERSON %2").arg(tag).arg(i);
            in.givenName = QStringLiteral("Person");
            auto job = wait(client.createIndividual(in));
            if (!job->succeeded())
                return ids;
            ids << job->result().id;
        }
        return ids;
    }

    static qint64 individualProgram(ApiClient &client)
    {
        auto job = wait(client.listPrograms({}, 100, 0));
        if (job->succeeded())
            for (const Program &p : job->result().items)
                if (p.targetType == TargetType::Individual && p.acceptsEnrollment())
                    return p.id;
        return 0;
    }

    static std::optional<ProgramMembership> membershipOf(ApiClient &client, qint64 registrant, qint64 program)
    {
        MembershipFilter f;
        f.registrantId = registrant;
        f.programId = program;
        auto job = wait(client.listMemberships(f, 10, 0));
        if (!job->succeeded() || job->result().items.size() != 1)
            return std::nullopt;
        return job->result().items.first();
    }

    static int port(const QUrl &url) { return url.port(); }

    // One enrolment in `program` for each of `people`, as outbox drafts.
    static QList<OutboxDraft> enrolments(qint64 program, const QList<qint64> &people)
    {
        QList<OutboxDraft> drafts;
        for (qint64 who : people) {
            EnrollChange e;
            e.programId = program;
            e.registrantId = who;
            drafts << toDraft(e);
        }
        return drafts;
    }

    // How the crash test's registrant k starts.
    enum class Start
    {
        None,
        Paused,
        NotEligible,
        Exited
    };
    static Start startOf(int k) { return Start(k % 4); }

private Q_SLOTS:
    void initTestCase()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_dir.isValid());
    }

    // Server down: the change waits in the outbox (said so); server back: it is sent by itself.
    void waitsWhileDownAndSendsWhenBack()
    {
        const QString db = m_dir.filePath(QStringLiteral("down.db"));
        auto sandbox = std::make_unique<SandboxProcess>(
            QStringList {QStringLiteral("--db"), db, QStringLiteral("--seed"), QStringLiteral("50")});
        QVERIFY2(sandbox->start(), qPrintable(sandbox->errorText()));
        const QUrl url = sandbox->baseUrl();
        ApiClient client(&m_nam, config(url));
        const qint64 program = individualProgram(client);
        QVERIFY(program);
        const QList<qint64> people = createIndividuals(client, 2, QStringLiteral("DOWN"));
        QCOMPARE(people.size(), 2);
        sandbox->stop();

        LocalStore store(QString(), m_dir.filePath(QStringLiteral("down-outbox.sqlite")));
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        sync.setRetryDelay(200);
        QSignalSpy waiting(&sync, &OutboxSync::itemWaiting);
        QSignalSpy online(&sync, &OutboxSync::onlineChanged);
        QSignalSpy finished(&sync, &OutboxSync::itemFinished);
        const QList<OutboxDraft> drafts = enrolments(program, people);
        sync.submit(drafts, this, [](const QList<qint64> &) {});
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 2, 30000);
        QVERIFY(!sync.isOnline());
        QCOMPARE(online.first().at(0).toBool(), false);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(sync.queuedCount(), 2);

        // Back, on the same address and database.
        sandbox = std::make_unique<SandboxProcess>(
            QStringList {QStringLiteral("--db"), db, QStringLiteral("--port"), QString::number(port(url))});
        QVERIFY2(sandbox->start(), qPrintable(sandbox->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        for (const auto &args : finished)
            QCOMPARE(args.at(0).value<OutboxOutcome>().state, OutboxItem::State::Confirmed);
        QVERIFY(sync.isOnline());
        for (qint64 id : people)
            QCOMPARE(membershipOf(client, id, program)->state, MembershipState::Enrolled);
        store.drain();
    }

    // Items left "sending" by a crash: one the server applied (confirmed, not sent again), one it
    // never received (sent now); and a stale change (someone else changed it): a conflict with theirs.
    void lostAnswersAreCheckedAndConflictsKeepTheirs()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("50")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        const qint64 program = individualProgram(client);
        const QList<qint64> people = createIndividuals(client, 3, QStringLiteral("LOST"));
        QCOMPARE(people.size(), 3);
        QList<ProgramMembership> read;
        for (qint64 id : people) {
            BatchEnrollRequest r;
            r.programId = program;
            BatchEnrollItem i;
            i.registrantId = id;
            r.items << i;
            QVERIFY(wait(client.batchEnroll(r))->succeeded());
            read << *membershipOf(client, id, program);
        }
        const auto exitOf = [&](int k) {
            MembershipChange c;
            c.membershipId = read[k].id;
            c.registrantId = read[k].registrantId;
            c.programId = program;
            c.update.state = MembershipState::Exited;
            c.update.exitDate = QDateTime::currentDateTimeUtc().date();
            c.update.exitReason = QStringLiteral("Moved");
            c.update.writeDate = read[k].writeDate;
            c.original = read[k];
            return toDraft(c);
        };
        const QString path = m_dir.filePath(QStringLiteral("lost-outbox.sqlite"));
        {
            Outbox o;
            QVERIFY(o.open(path));
            const QList<qint64> ids = o.enqueueMany({exitOf(0), exitOf(1), exitOf(2)});
            QCOMPARE(ids.size(), 3);
            QVERIFY(o.markSending(ids[0]));
            QVERIFY(o.markSending(ids[1]));
        }
        // 0: the server applied it before the crash (its answer was lost).
        MembershipUpdate applied;
        applied.state = MembershipState::Exited;
        applied.exitDate = QDateTime::currentDateTimeUtc().date();
        applied.exitReason = QStringLiteral("Moved");
        applied.writeDate = read[0].writeDate;
        QVERIFY(wait(client.updateMembership(read[0].id, applied))->succeeded());
        // 2: someone else paused it meanwhile.
        MembershipUpdate other;
        other.state = MembershipState::Paused;
        QVERIFY(wait(client.updateMembership(read[2].id, other))->succeeded());

        LocalStore store(QString(), path);
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        QSignalSpy finished(&sync, &OutboxSync::itemFinished);
        connect(&store, &LocalStore::opened, &sync, &OutboxSync::resume);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QHash<qint64, OutboxOutcome> byMembership;
        for (const auto &args : finished) {
            const OutboxOutcome o = args.at(0).value<OutboxOutcome>();
            byMembership.insert(o.membership.id, o);
        }
        QCOMPARE(byMembership[read[0].id].state, OutboxItem::State::Confirmed);
        QVERIFY(byMembership[read[0].id].message.contains(QStringLiteral("lost answer")));
        QCOMPARE(byMembership[read[1].id].state, OutboxItem::State::Confirmed);
        QCOMPARE(byMembership[read[2].id].state, OutboxItem::State::Conflict);
        QCOMPARE(byMembership[read[2].id].membership.state, MembershipState::Paused); // theirs
        // The applied exit is in the history once.
        auto history = wait(client.membershipHistory(read[0].id));
        int exits = 0;
        for (const HistoryEntry &e : history->result())
            exits += e.toState == MembershipState::Exited;
        QCOMPARE(exits, 1);
        store.drain();
    }

    // Enrolments whose answer was lost, for registrants who were paused, not eligible or exited
    // before: the membership's state alone is no evidence that this change was applied, so each is
    // sent again (batch_enroll is idempotent) and the server's answer settles it. One that the
    // server did apply (target state written after it was queued) is confirmed, not sent again.
    void lostEnrolmentsNeedEvidenceOfThisChange()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("30")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        const qint64 program = individualProgram(client);
        const QList<qint64> people = createIndividuals(client, 4, QStringLiteral("EVIDENCE"));
        QCOMPARE(people.size(), 4);
        const auto batch = [&](qint64 who, MembershipState target) {
            BatchEnrollRequest r;
            r.programId = program;
            r.state = target;
            BatchEnrollItem i;
            i.registrantId = who;
            r.items << i;
            return wait(client.batchEnroll(r))->succeeded();
        };
        const auto patchTo = [&](qint64 who, MembershipState state) {
            MembershipUpdate u;
            u.state = state;
            if (state == MembershipState::Exited)
                u.exitReason = QStringLiteral("Moved away");
            return wait(client.updateMembership(membershipOf(client, who, program)->id, u))->succeeded();
        };
        QVERIFY(batch(people[0], MembershipState::Enrolled) && patchTo(people[0], MembershipState::Paused));
        QVERIFY(batch(people[1], MembershipState::Draft) && patchTo(people[1], MembershipState::NotEligible));
        QVERIFY(batch(people[2], MembershipState::Enrolled) && patchTo(people[2], MembershipState::Exited));

        const QString path = m_dir.filePath(QStringLiteral("evidence-outbox.sqlite"));
        QList<qint64> items;
        {
            Outbox o;
            QVERIFY(o.open(path));
            items = o.enqueueMany(enrolments(program, people));
            QCOMPARE(items.size(), 4);
            for (qint64 id : items)
                QVERIFY(o.markSending(id)); // sent, then the program died: outcome unknown
        }
        QVERIFY(batch(people[3], MembershipState::Enrolled)); // this one reached the server

        LocalStore store(QString(), path);
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        QSignalSpy finished(&sync, &OutboxSync::itemFinished);
        connect(&store, &LocalStore::opened, &sync, &OutboxSync::resume);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QHash<qint64, OutboxOutcome> byItem;
        for (const auto &args : finished) {
            const OutboxOutcome o = args.at(0).value<OutboxOutcome>();
            byItem.insert(o.id, o);
        }
        // Paused and not eligible: sent again, and now enrolled as the officer asked.
        QCOMPARE(byItem[items[0]].state, OutboxItem::State::Confirmed);
        QCOMPARE(membershipOf(client, people[0], program)->state, MembershipState::Enrolled);
        QCOMPARE(byItem[items[1]].state, OutboxItem::State::Confirmed);
        QCOMPARE(membershipOf(client, people[1], program)->state, MembershipState::Enrolled);
        // Exited is final: the server refuses, and the officer is told (not "applied").
        QCOMPARE(byItem[items[2]].state, OutboxItem::State::Failed);
        QVERIFY2(byItem[items[2]].message.contains(QStringLiteral("G2P-REQ-016")),
            qPrintable(byItem[items[2]].message));
        QCOMPARE(membershipOf(client, people[2], program)->state, MembershipState::Exited);
        // Applied before the crash: confirmed from the evidence, enrolled once.
        QCOMPARE(byItem[items[3]].state, OutboxItem::State::Confirmed);
        QVERIFY(byItem[items[3]].message.contains(QStringLiteral("lost answer")));
        auto history = wait(client.membershipHistory(membershipOf(client, people[3], program)->id));
        int enrolments = 0;
        for (const HistoryEntry &e : history->result())
            enrolments += e.toState == MembershipState::Enrolled;
        QCOMPARE(enrolments, 1);
        store.drain();
    }

    // "Check now" on items of unknown outcome: the server is asked and nothing is sent. The one
    // that reached the server is confirmed; the one that did not becomes failed ("checked"), so the
    // officer can discard it, and no membership was created for it. The outbox view calls both
    // "unknown outcome" until then.
    void checkNowSettlesWithoutSending()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("31")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        const qint64 program = individualProgram(client);
        const QList<qint64> people = createIndividuals(client, 2, QStringLiteral("CHECK"));
        QCOMPARE(people.size(), 2);
        const QString path = m_dir.filePath(QStringLiteral("check-outbox.sqlite"));
        QList<qint64> items;
        {
            Outbox o;
            QVERIFY(o.open(path));
            items = o.enqueueMany(enrolments(program, people));
            QCOMPARE(items.size(), 2);
            for (qint64 id : items)
                QVERIFY(o.markSending(id));
            OutboxModel view;
            view.setItems(o.items(OutboxItem::State::Sending));
            QCOMPARE(
                view.data(view.index(0, OutboxModel::State)).toString(), QStringLiteral("unknown outcome"));
            QVERIFY(view.data(view.index(1, 0), OutboxModel::OutcomeUnknownRole).toBool());
            view.setItems(o.items(OutboxItem::State::Sending), {items[1]}); // on its way in this program
            QVERIFY(!view.data(view.index(1, 0), OutboxModel::OutcomeUnknownRole).toBool());
        }
        BatchEnrollRequest reached;
        reached.programId = program;
        BatchEnrollItem second;
        second.registrantId = people[1];
        reached.items << second;
        QVERIFY(wait(client.batchEnroll(reached))->succeeded()); // the second reached the server

        LocalStore store(QString(), path);
        QTRY_VERIFY(store.isOpen());
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        QSignalSpy finished(&sync, &OutboxSync::itemFinished);
        sync.check(items[0]);
        sync.check(items[1]);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QHash<qint64, OutboxOutcome> byItem;
        for (const auto &args : finished) {
            const OutboxOutcome o = args.at(0).value<OutboxOutcome>();
            byItem.insert(o.id, o);
        }
        QCOMPARE(byItem[items[0]].state, OutboxItem::State::Failed);
        QVERIFY2(byItem[items[0]].message.contains(QStringLiteral("Checked")),
            qPrintable(byItem[items[0]].message));
        QVERIFY(!membershipOf(client, people[0], program)); // nothing was sent for it
        QCOMPARE(byItem[items[1]].state, OutboxItem::State::Confirmed);
        QCOMPARE(sync.queuedCount(), 0);
        // Failed now: the officer may discard it.
        bool discarded = false;
        store.run(
            &sync, [id = items[0]](StoreHandles &h) { return h.outbox.discard(id); },
            [&](bool ok) { discarded = ok; });
        QTRY_VERIFY(discarded);
        store.drain();
    }

    // A 401 stops sending at once and asks for a sign-in once: no retry loop that could lock the
    // account. Sending resumes only when the officer has signed in again.
    void refusedSignInStopsSendingAndAsksOnce()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("10")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient good(&m_nam, config(sandbox.baseUrl()));
        const qint64 program = individualProgram(good);
        const QList<qint64> people = createIndividuals(good, 2, QStringLiteral("SIGNIN"));
        QCOMPARE(people.size(), 2);
        QNetworkAccessManager counted;
        counted.setProxy(QNetworkProxy::NoProxy);
        int requests = 0;
        connect(&counted, &QNetworkAccessManager::finished, this, [&requests] { ++requests; });
        ClientConfig wrong = config(sandbox.baseUrl());
        wrong.password = QStringLiteral("not the password");
        ApiClient client(&counted, wrong);
        LocalStore store(QString(), m_dir.filePath(QStringLiteral("signin-outbox.sqlite")));
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        sync.setRetryDelay(20); // a retry loop would show within a few of these
        QSignalSpy asked(&sync, &OutboxSync::signInNeeded);
        QSignalSpy finished(&sync, &OutboxSync::itemFinished);
        const QList<OutboxDraft> drafts = enrolments(program, people);
        sync.submit(drafts, this, [](const QList<qint64> &) {});
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY(sync.needsSignIn());
        const int afterRefusal = requests;
        // An observation window of 25 retry delays: nothing more goes to the server.
        QTest::qWait(500);
        QCOMPARE(requests, afterRefusal);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(sync.queuedCount(), 2);
        store.drain();
        {
            Outbox o;
            QVERIFY(o.open(store.outboxPath()));
            QCOMPARE(o.count(OutboxItem::State::Pending), 2); // refused: the server did nothing
        }
    }

    // An item whose payload cannot be read (cut short, or a kind from a newer version) fails with
    // a plain word; it neither crashes start-up nor stops the others.
    void unreadableItemsFailWithoutStoppingTheOthers()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("10")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        const qint64 program = individualProgram(client);
        const QList<qint64> people = createIndividuals(client, 1, QStringLiteral("UNREADABLE"));
        const QString path = m_dir.filePath(QStringLiteral("unreadable-outbox.sqlite"));
        {
            Outbox o;
            QVERIFY(o.open(path));
            const qint64 a = o.enqueue(outboxkind::enroll, {{QStringLiteral("garbage"), true}}, 5);
            QVERIFY(o.markSending(a)); // unknown outcome and unreadable: the old crash
            QVERIFY(o.enqueue(outboxkind::membership, {}, 6));
            QVERIFY(o.enqueue(QStringLiteral("from_a_newer_version"), {}, 7));
            EnrollChange e;
            e.programId = program;
            e.registrantId = people.value(0);
            const OutboxDraft d = toDraft(e);
            QVERIFY(o.enqueue(d.kind, d.payload, d.registrantId));
        }
        LocalStore store(QString(), path);
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        QSignalSpy finished(&sync, &OutboxSync::itemFinished);
        connect(&store, &LocalStore::opened, &sync, &OutboxSync::resume);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        int failed = 0, confirmed = 0;
        for (const auto &args : finished) {
            const OutboxOutcome o = args.at(0).value<OutboxOutcome>();
            failed += o.state == OutboxItem::State::Failed
                && o.message.contains(QStringLiteral("cannot be read"));
            confirmed += o.state == OutboxItem::State::Confirmed;
        }
        QCOMPARE(failed, 3);
        QCOMPARE(confirmed, 1);
        store.drain();
        QCOMPARE(finished.size(), 4); // each settled once
    }

    // Two programs on one profile (G2P Desk open, g2p-desk-cli run beside it): only the holder of
    // the send lock sends; the other's change waits, said so, and the holder sends it.
    void oneSenderPerOutbox()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("30")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        const qint64 program = individualProgram(client);
        const QList<qint64> people = createIndividuals(client, 2, QStringLiteral("LOCK"));
        QCOMPARE(people.size(), 2);
        const auto enrol = [program](qint64 id) {
            EnrollChange e;
            e.programId = program;
            e.registrantId = id;
            return toDraft(e);
        };
        const QString path = m_dir.filePath(QStringLiteral("shared-outbox.sqlite"));
        LocalStore desktopStore(QString(), path), cliStore(QString(), path);
        RestContractBackend backend(&client);
        OutboxSync desktop(&backend, &desktopStore), cli(&backend, &cliStore);
        desktop.setPollInterval(200);
        QSignalSpy desktopDone(&desktop, &OutboxSync::itemFinished);
        QSignalSpy cliWaiting(&cli, &OutboxSync::itemWaiting);
        QSignalSpy cliDone(&cli, &OutboxSync::itemFinished);
        desktop.submit({enrol(people[0])}, this, [](const QList<qint64> &) {});
        QTRY_COMPARE_WITH_TIMEOUT(desktopDone.size(), 1, 20000); // the desktop holds the lock now
        cli.submit({enrol(people[1])}, this, [](const QList<qint64> &) {});
        QTRY_COMPARE_WITH_TIMEOUT(cliWaiting.size(), 1, 20000);
        QVERIFY(cliWaiting.first().at(1).toString().contains(QStringLiteral("Another G2P Desk")));
        // The desktop reads the outbox again and sends the other program's change.
        QTRY_COMPARE_WITH_TIMEOUT(desktopDone.size(), 2, 20000);
        QCOMPARE(desktopDone.last().at(0).value<OutboxOutcome>().state, OutboxItem::State::Confirmed);
        QCOMPARE(cliDone.size(), 0);
        QCOMPARE(membershipOf(client, people[1], program)->state, MembershipState::Enrolled);
        desktopStore.drain();
        cliStore.drain();
    }

    // The same on every backend the sandbox offers: the REST contract, Odoo's external API of a
    // stock server (--upstream-only), and OpenSPP2's API v2 (records by identifier, one POST a
    // membership), where the checks before writing are G2P Desk's own.
    void killedSenderLosesNothingAndDoublesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("rest") << QStringLiteral("rest");
        QTest::newRow("odoo") << QStringLiteral("odoo");
        QTest::newRow("spp2") << QStringLiteral("spp2");
    }
    void killedSenderLosesNothingAndDoublesNothing()
    {
        QFETCH(QString, kind);
        const bool odoo = kind == QLatin1String("odoo");
        const bool spp2 = kind == QLatin1String("spp2");
        const int n
            = qEnvironmentVariableIsSet("G2P_CRASH_N") ? qEnvironmentVariableIntValue("G2P_CRASH_N") : 100;
        const QString db = m_dir.filePath(QStringLiteral("crash-%1.db").arg(kind));
        int serverPort = 0;
        QList<qint64> people;
        qint64 program = 0;
        QString programName;
        {
            SandboxProcess setup(
                {QStringLiteral("--db"), db, QStringLiteral("--seed"), QStringLiteral("20")});
            QVERIFY2(setup.start(), qPrintable(setup.errorText()));
            ApiClient client(&m_nam, config(setup.baseUrl()));
            program = individualProgram(client);
            auto listed = wait(client.listPrograms({}, 100, 0));
            for (const Program &p : listed->result().items)
                if (p.id == program)
                    programName = p.name;
            people = createIndividuals(client, n, QStringLiteral("CRASH"));
            QCOMPARE(people.size(), n);
            serverPort = port(setup.baseUrl());
            // A quarter starts with no membership, a quarter paused, a quarter not eligible and a
            // quarter exited: a lost enrolment must never be taken as applied because the
            // membership is "not draft".
            for (int k = 0; k < n; ++k) {
                const Start start = startOf(k);
                if (start == Start::None)
                    continue;
                BatchEnrollRequest r;
                r.programId = program;
                r.state = start == Start::NotEligible ? MembershipState::Draft : MembershipState::Enrolled;
                r.enrollmentDate = QDate(2026, 11, 1);
                BatchEnrollItem i;
                i.registrantId = people[k];
                r.items << i;
                QVERIFY(wait(client.batchEnroll(r))->succeeded());
                MembershipUpdate u;
                u.state = start == Start::Paused  ? MembershipState::Paused
                    : start == Start::NotEligible ? MembershipState::NotEligible
                                                  : MembershipState::Exited;
                if (start == Start::Exited) {
                    u.exitDate = QDate(2026, 11, 5);
                    u.exitReason = QStringLiteral("Left before");
                }
                QVERIFY(wait(client.updateMembership(membershipOf(client, people[k], program)->id, u))
                            ->succeeded());
            }
        }
        const quint32 seed = qEnvironmentVariableIsSet("G2P_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("G2P_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("crash test: %d registrants, kill seed %u (set G2P_CRASH_SEED to repeat)", n, seed);
        QRandomGenerator random(seed);
        SandboxProcess faulty(
            QStringList {QStringLiteral("--db"), db, QStringLiteral("--port"), QString::number(serverPort),
                QStringLiteral("--fail-rate"), QStringLiteral("0.1"), QStringLiteral("--fail-seed"),
                QString::number(seed % 1000)}
            + (odoo ? QStringList {QStringLiteral("--upstream-only")} : QStringList {})
            + (spp2 ? QStringList {QStringLiteral("--upstream-only"), QStringLiteral("--api-v2"),
                   QStringLiteral("--token-rate"), QStringLiteral("1000:100000")}
                    : QStringList {}));
        QVERIFY2(faulty.start(), qPrintable(faulty.errorText()));
        ClientConfig steady = config(faulty.baseUrl());
        steady.retry.maxAttempts = 12; // the server fails one request in ten
        // API v2 names records by identifier: the program's and each registrant's, found by name.
        std::unique_ptr<RegistryBackend> v2;
        QString programArg = QString::number(program);
        QHash<qint64, RecordRef> refOfPerson;
        if (spp2) {
            ClientConfig c = steady;
            c.baseUrl = serverRoot(faulty.baseUrl());
            c.backend = BackendKind::Spp2;
            v2 = createBackend(&m_nam, c);
            auto programs = wait(v2->programs({}, 100, 0));
            QVERIFY2(programs->succeeded(), qPrintable(programs->error().toString()));
            for (const Program &p : programs->result().items)
                if (p.name == programName)
                    programArg = p.key;
            QVERIFY(programArg.contains(QLatin1Char('|')));
            // Everyone (a name search stops at 1,000 matches; scripts/crashtest.sh runs 10,000).
            auto found = wait(v2->findIndividuals(RegistrantQuery {}), 300000);
            QVERIFY2(found->succeeded(), qPrintable(found->error().toString()));
            QHash<QString, RecordRef> byName;
            for (const Individual &i : found->result())
                byName.insert(i.name, refOf(i));
            for (int k = 0; k < people.size(); ++k)
                refOfPerson.insert(people[k], byName.value(QStringLiteral("OUTBOX CRASH, PERSON %1").arg(k)));
            QCOMPARE(refOfPerson.size(), people.size());
        }
        QFile idsFile(m_dir.filePath(QStringLiteral("crash-ids-%1.txt").arg(kind)));
        QVERIFY(idsFile.open(QIODevice::WriteOnly));
        for (qint64 id : std::as_const(people))
            idsFile.write((spp2 ? refOfPerson.value(id).key.toUtf8() : QByteArray::number(id)) + '\n');
        idsFile.close();
        const QString outbox = m_dir.filePath(QStringLiteral("crash-outbox-%1.sqlite").arg(kind));
        const QStringList args {faulty.baseUrl().toString(), outbox, programArg, idsFile.fileName(),
            QStringLiteral("2026-11-20"), kind};
        // Three runs killed at random moments (after a random number of settled changes, or
        // before the first), then one run to the end.
        int kills = 0, settled = 0;
        for (int round = 0; round < 4; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            const int remaining = qMax(0, 2 * n - settled);
            const int target = round < 3 ? int(random.bounded(remaining / 3 + 1)) : -1;
            int seen = 0;
            connect(&child, &QProcess::readyReadStandardOutput, &child, [&] {
                while (child.canReadLine()) {
                    if (child.readLine().startsWith("finished"))
                        ++seen;
                    if (target > 0 && seen >= target && child.state() == QProcess::Running) {
                        child.kill();
                        return;
                    }
                }
            });
            child.start(QStringLiteral(G2P_OUTBOX_DRIVER), args);
            QVERIFY(child.waitForStarted());
            if (target == 0) {
                QTest::qWait(int(random.bounded(100)));
                child.kill();
            }
            QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 600000);
            settled += seen;
            if (child.exitStatus() == QProcess::CrashExit) {
                ++kills;
                qInfo("round %d: killed after %d settled changes", round + 1, seen);
                continue;
            }
            QCOMPARE(child.exitCode(), 0);
            break;
        }
        QCOMPARE(kills, 3);

        // Exactly the intended state: each registrant exited on the day asked, one membership; an
        // enrolment from paused or not eligible applied once; from exited refused (exited is final)
        // and said so, its exit date corrected.
        ApiClient reader(&m_nam, steady);
        if (spp2) {
            // API v2 keeps no history: one membership each, in the state and on the day asked.
            for (qint64 id : std::as_const(people)) {
                MembershipFilter f;
                f.registrantId = refOfPerson.value(id);
                f.programId = RecordRef(localIdOf(RecordKind::Program, programArg), programArg);
                auto list = wait(v2->memberships(f, 10, 0));
                QVERIFY2(list->succeeded(), qPrintable(list->error().toString()));
                QCOMPARE(list->result().items.size(), 1);
                const ProgramMembership m = list->result().items.first();
                QVERIFY2(m.state == MembershipState::Exited,
                    qPrintable(QStringLiteral("registrant %1 is %2").arg(id).arg(enumToWire(m.state))));
                QCOMPARE(m.exitDate, QDate(2026, 11, 20));
            }
        }
        if (odoo) {
            // Odoo keeps no history: the changes' notes in the chatter are what it has. A note may be
            // missing (its post's answer lost: never posted twice), never doubled.
            steady.backend = BackendKind::Odoo;
            steady.database = QStringLiteral("openg2p");
            const auto backend = createBackend(&m_nam, steady);
            for (qint64 id : std::as_const(people)) {
                MembershipFilter f;
                f.registrantId = RecordRef(id);
                f.programId = RecordRef(program);
                auto list = wait(backend->memberships(f, 10, 0));
                QVERIFY2(list->succeeded(), qPrintable(list->error().toString()));
                QCOMPARE(list->result().items.size(), 1);
                const ProgramMembership m = list->result().items.first();
                QVERIFY2(m.state == MembershipState::Exited,
                    qPrintable(QStringLiteral("registrant %1 is %2").arg(id).arg(enumToWire(m.state))));
                QCOMPARE(m.exitDate, QDate(2026, 11, 20));
                auto notes = wait(backend->history(refOf(m)));
                QVERIFY2(notes->succeeded(), qPrintable(notes->error().toString()));
                int enrolments = 0, exits = 0;
                QStringList seen;
                for (const HistoryEntry &e : notes->result()) {
                    enrolments
                        += e.toState == MembershipState::Enrolled && e.fromState != MembershipState::Enrolled;
                    exits += e.toState == MembershipState::Exited && e.fromState != MembershipState::Exited;
                    seen << QStringLiteral("%1->%2 %3")
                                .arg(e.fromState ? enumToWire(*e.fromState) : QStringLiteral("-"),
                                    enumToWire(e.toState), e.changedAt.text());
                }
                const QString said
                    = QStringLiteral("membership %1: ").arg(m.id) + seen.join(QStringLiteral("; "));
                QVERIFY2(enrolments <= 1, qPrintable(said));
                QVERIFY2(exits <= 1, qPrintable(said));
            }
        }
        for (qint64 id : odoo || spp2 ? QList<qint64> {} : people) {
            MembershipFilter f;
            f.registrantId = id;
            f.programId = program;
            auto list = wait(reader.listMemberships(f, 10, 0));
            QVERIFY2(list->succeeded(), qPrintable(list->error().toString()));
            QCOMPARE(list->result().items.size(), 1);
            const ProgramMembership m = list->result().items.first();
            QCOMPARE(m.state, MembershipState::Exited);
            QCOMPARE(m.exitDate, QDate(2026, 11, 20));
            auto history = wait(reader.membershipHistory(m.id));
            QVERIFY2(history->succeeded(), qPrintable(history->error().toString()));
            int enrolments = 0, exits = 0;
            for (const HistoryEntry &e : history->result()) {
                enrolments
                    += e.toState == MembershipState::Enrolled && e.fromState != MembershipState::Enrolled;
                exits += e.toState == MembershipState::Exited && e.fromState != MembershipState::Exited;
            }
            const Start start = startOf(int(people.indexOf(id)));
            QCOMPARE(enrolments, start == Start::Paused ? 2 : 1); // set up, then resumed by us
            QCOMPARE(exits, 1);
        }
        const int refused = int(std::count_if(people.cbegin(), people.cend(),
            [&](qint64 id) { return startOf(int(people.indexOf(id))) == Start::Exited; }));
        Outbox o;
        QVERIFY(o.open(outbox));
        QVERIFY2(o.setAsidePath().isEmpty(), "the outbox file must survive the kills intact");
        QCOMPARE(o.count(OutboxItem::State::Pending), 0);
        QCOMPARE(o.count(OutboxItem::State::Sending), 0);
        QCOMPARE(o.count(OutboxItem::State::Failed), refused);
        for (const OutboxItem &i : o.items(OutboxItem::State::Failed))
            QVERIFY2(i.message.contains(QStringLiteral("G2P-REQ-016")), qPrintable(i.message));
        QCOMPARE(o.count(OutboxItem::State::Conflict), 0);
        QCOMPARE(o.count(OutboxItem::State::Confirmed), 2 * n - refused);
    }
};

QTEST_GUILESS_MAIN(TstOutboxSync)
#include "tst_outbox_sync.moc"
