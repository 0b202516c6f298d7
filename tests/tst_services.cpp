// The service layer (search, reading, history, outbox queries, creation, the local copy's refresh)
// and the session's capabilities, against the in-process FakeBackend: no server, faults on demand.
#include "cacherefresh.h"
#include "createregistrantcommand.h"
#include "fakebackend.h"
#include "historytimeline.h"
#include "mainwindow.h"
#include "membershipcommands.h"
#include "outboxqueries.h"
#include "registrantpane.h"
#include "registrantreader.h"
#include "registrantsearch.h"
#include "registrantspage.h"
#include "registrysession.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace g2p;
using namespace g2p::test;

class TstServices : public QObject
{
    Q_OBJECT
    FakeRegistry m_data;
    QSettings *m_settings = nullptr;
    std::unique_ptr<FakeSessionFactory> m_factory;
    int m_profile = 0;
    const QString m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // A connected session with a profile (local copy, outbox) of its own, or of profile `profile`.
    std::unique_ptr<RegistrySession> connectedSession(int profile = 0)
    {
        ClientConfig c;
        // A run of its own too: nothing is left from an earlier run's local copy.
        c.baseUrl
            = QUrl(QStringLiteral("fake://registry/%1/%2").arg(m_run).arg(profile ? profile : ++m_profile));
        c.user = QStringLiteral("tester");
        auto session = m_factory->open(c);
        QSignalSpy connected(session.get(), &RegistrySession::connected);
        session->connectToServer();
        if (!connected.wait(5000))
            return nullptr;
        if (!session->localFilesOpen()) {
            QSignalSpy opened(session.get(), &RegistrySession::localFilesOpened);
            opened.wait(5000);
        }
        // The refresh a connection starts: let it end so that it does not race the test.
        QElapsedTimer clock;
        clock.start();
        while ((session->isRefreshing() || !session->refreshedAt().isValid()) && clock.elapsed() < 10000)
            QTest::qWait(10);
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("g2p-desk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_services"));
        m_settings = new QSettings(this);
        m_settings->clear();
        m_factory = std::make_unique<FakeSessionFactory>(&m_data, m_settings);
        m_data.addIndividual(QStringLiteral("AMINA OKAFOR"), 1);
        m_data.addIndividual(QStringLiteral("AMINA BELLO"), 2);
        m_data.addIndividual(QStringLiteral("JOHN DOE"), 3);
        m_data.addGroup(QStringLiteral("OKAFOR HOUSEHOLD"), {1, 3}, 10);
        m_data.addProgram(QStringLiteral("Cash Transfer"), TargetType::Individual, 5);
        m_data.addMembership(1, 5, MembershipState::Enrolled);
    }

    void cleanup() { m_factory->capabilities = fullCapabilities(); }

    void searchMergesTheLocalCopyAndTheServerOnce()
    {
        auto session = connectedSession();
        QVERIFY(session);
        RegistrantSearch search(session.get(), false);
        QSignalSpy found(&search, &RegistrantSearch::found);
        QSignalSpy finished(&search, &RegistrantSearch::searchFinished);
        search.search(QStringLiteral("AMINA"));
        QVERIFY(finished.wait(5000));
        QSet<qint64> shown;
        int updates = 0;
        for (const auto &args : found) {
            for (const Individual &i : args.at(0).value<FoundRegistrants>().individuals) {
                QVERIFY2(!shown.contains(i.id), "a registrant was added twice");
                shown.insert(i.id);
            }
            updates += args.at(1).value<FoundRegistrants>().size();
        }
        QCOMPARE(shown, (QSet<qint64> {1, 2}));
        // The refresh filled the local copy: it answered first, and the server's rows were updates.
        QCOMPARE(updates, 2);
        QVERIFY(search.serverProblem().isEmpty());
        QVERIFY(!search.isBusy());
    }

    void searchSaysWhenTheServerFailsAndKeepsTheLocalAnswer()
    {
        auto session = connectedSession();
        QVERIFY(session);
        m_factory->backend()->failNext(ApiError::Kind::Server, 2);
        RegistrantSearch search(session.get(), false);
        QSignalSpy found(&search, &RegistrantSearch::found);
        QSignalSpy finished(&search, &RegistrantSearch::searchFinished);
        search.search(QStringLiteral("john"));
        QVERIFY(finished.wait(5000));
        int added = 0;
        for (const auto &args : found)
            added += args.at(0).value<FoundRegistrants>().size();
        QCOMPARE(added, 1); // the local copy folds case and accents
        QVERIFY2(search.serverProblem().contains(QStringLiteral("injected fault")),
            qPrintable(search.serverProblem()));
    }

    void searchOfOneLetterAsksNothing()
    {
        auto session = connectedSession();
        QVERIFY(session);
        const int before = m_factory->backend()->calls(QStringLiteral("findIndividuals"));
        RegistrantSearch search(session.get(), false);
        QSignalSpy finished(&search, &RegistrantSearch::searchFinished);
        search.search(QStringLiteral("A"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_factory->backend()->calls(QStringLiteral("findIndividuals")), before);
    }

    void readerFallsBackToTheLocalCopyOnlyWhenTheServerDoesNotAnswer()
    {
        auto session = connectedSession();
        QVERIFY(session);
        RegistrantReader reader(session.get());
        QSignalSpy read(&reader, &RegistrantReader::individualRead);
        QSignalSpy failed(&reader, &RegistrantReader::readFailed);
        reader.read(1, false);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.last().at(1).value<RegistrantReader::Source>(), RegistrantReader::Source::Server);

        m_factory->backend()->setFailure(ApiError::Kind::Network);
        reader.read(1, false);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.last().at(0).value<Individual>().name, QStringLiteral("AMINA OKAFOR"));
        QCOMPARE(read.last().at(1).value<RegistrantReader::Source>(), RegistrantReader::Source::LocalCopy);
        QCOMPARE(read.last().at(2).value<ApiError>().kind(), ApiError::Kind::Network);

        // A refusal is shown as it is, never replaced by an old copy.
        m_factory->backend()->setFailure(ApiError::Kind::Forbidden);
        reader.read(1, false);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(0).value<ApiError>().kind(), ApiError::Kind::Forbidden);
        QCOMPARE(read.size(), 2);
        m_factory->backend()->setFailure(ApiError::Kind::None);
    }

    void readerGivesMembershipsFromTheLocalCopyWhenOffline()
    {
        auto session = connectedSession();
        QVERIFY(session);
        RegistrantReader reader(session.get());
        QSignalSpy read(&reader, &RegistrantReader::individualRead);
        QSignalSpy memberships(&reader, &RegistrantReader::membershipsRead);
        reader.read(1, false);
        QVERIFY(read.wait(5000));
        reader.readMemberships();
        QVERIFY(memberships.wait(5000));
        QCOMPARE(memberships.last().at(0).value<QList<ProgramMembership>>().size(), 1);
        m_factory->backend()->setFailure(ApiError::Kind::Timeout);
        reader.readMemberships();
        QVERIFY(memberships.wait(5000));
        QCOMPARE(
            memberships.last().at(1).value<RegistrantReader::Source>(), RegistrantReader::Source::LocalCopy);
        QCOMPARE(memberships.last().at(0).value<QList<ProgramMembership>>().size(), 1);
        m_factory->backend()->setFailure(ApiError::Kind::None);
    }

    void readerDropsTheAnswerForARegistrantNoLongerAsked()
    {
        auto session = connectedSession();
        QVERIFY(session);
        m_factory->backend()->setDelayMs(50);
        RegistrantReader reader(session.get());
        QSignalSpy read(&reader, &RegistrantReader::individualRead);
        reader.read(1, false);
        reader.read(2, false);
        QVERIFY(read.wait(5000));
        QTest::qWait(100); // an answer for 1 would have come by now
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(0).value<Individual>().id, 2);
        m_factory->backend()->setDelayMs(0);
    }

    void historyMergesTheServersAndThisDesktops()
    {
        auto session = connectedSession();
        QVERIFY(session);
        const ProgramMembership m = m_data.memberships.first();
        MembershipUpdate pause;
        pause.state = MembershipState::Paused;
        pause.writeDate = m.writeDate;
        QVERIFY(wait(session->backend()->changeMembership(m.id, pause))->succeeded());
        HistoryTimeline timeline(session.get());
        QSignalSpy loaded(&timeline, &HistoryTimeline::loaded);
        timeline.load(1, {m_data.memberships.value(m.id)});
        QVERIFY(loaded.wait(5000));
        const Timeline t = loaded.last().at(0).value<Timeline>();
        QCOMPARE(t.coverage, Timeline::Coverage::ServerAndLocal);
        QVERIFY(std::any_of(t.entries.begin(), t.entries.end(), [](const TimelineEntry &e) {
            return e.origin == TimelineEntry::Origin::Server && e.entry.toState == MembershipState::Paused;
        }));
        QVERIFY(t.problem.isEmpty());
        // Put it back for the other tests.
        MembershipUpdate resume;
        resume.state = MembershipState::Enrolled;
        QVERIFY(wait(session->backend()->changeMembership(m.id, resume))->succeeded());
    }

    void historyWithoutServerHistoryIsLocalAndAsksNothing()
    {
        m_factory->capabilities.serverHistory = false;
        auto session = connectedSession();
        QVERIFY(session);
        HistoryTimeline timeline(session.get());
        QSignalSpy loaded(&timeline, &HistoryTimeline::loaded);
        timeline.load(1, m_data.memberships.values());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.last().at(0).value<Timeline>().coverage, Timeline::Coverage::LocalOnly);
        QCOMPARE(m_factory->backend()->calls(QStringLiteral("history")), 0);
        QVERIFY(!session->can(RegistrySession::Action::ServerHistory));
        QVERIFY(
            session->whyNot(RegistrySession::Action::ServerHistory).contains(QStringLiteral("no history")));

        m_factory->capabilities = BackendCapabilities(); // registry data only
        auto plain = connectedSession();
        QVERIFY(plain);
        HistoryTimeline current(plain.get());
        QSignalSpy currentLoaded(&current, &HistoryTimeline::loaded);
        current.load(1, m_data.memberships.values());
        QVERIFY(currentLoaded.wait(5000));
        const Timeline t = currentLoaded.last().at(0).value<Timeline>();
        QCOMPARE(t.coverage, Timeline::Coverage::CurrentOnly);
        QCOMPARE(t.entries.size(), m_data.memberships.size());
    }

    void capabilitiesDecideWhatIsOffered()
    {
        m_factory->capabilities.stateChanges = false;
        auto session = connectedSession();
        QVERIFY(session);
        QVERIFY(session->can(RegistrySession::Action::ReadPrograms));
        QVERIFY(!session->can(RegistrySession::Action::ChangeMemberships));
        QVERIFY(!session->whyNot(RegistrySession::Action::ChangeMemberships).isEmpty());
        m_factory->capabilities = BackendCapabilities();
        auto plain = connectedSession();
        QVERIFY(plain);
        QCOMPARE(plain->whyNot(RegistrySession::Action::ChangeMemberships),
            RegistrySession::upstreamOnlyExplanation());
        // What the server offered is remembered for the next start (offline too).
        QVERIFY(m_settings->allKeys().filter(QStringLiteral("serverCapabilities/")).size() >= 2);
    }

    void paneOffersOnlyWhatTheServerCanDo()
    {
        m_factory->capabilities.stateChanges = false;
        m_factory->capabilities.createRegistrants = false;
        auto session = connectedSession();
        QVERIFY(session);
        RegistrySession *s = session.get();
        MainWindow w(std::move(session));
        w.showPage(MainWindow::Individuals); // as `--section individuals` (the window opens on Start)
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        RegistrantPane *pane = w.individualsPage()->pane();
        pane->showRegistrant(1, false);
        QTRY_COMPARE(pane->memberships()->rowCount(), 1);
        pane->membershipsView()->selectRow(0);
        QVERIFY(!pane->pauseAction()->isEnabled());
        QCOMPARE(pane->pauseAction()->toolTip(), s->whyNot(RegistrySession::Action::ChangeMemberships));
        QVERIFY(!pane->enrollAction()->isEnabled());
        QVERIFY(pane->historyAction()->isEnabled());
        auto *newIndividual = w.findChild<QAction *>(QStringLiteral("newIndividual"));
        QVERIFY(newIndividual);
        QVERIFY(!newIndividual->isEnabled());
        QCOMPARE(newIndividual->toolTip(), s->whyNot(RegistrySession::Action::CreateRegistrants));
        // The server is found to offer more (after an offline start on what it offered before).
        m_factory->backend()->setCapabilities(fullCapabilities());
        QVERIFY(pane->pauseAction()->isEnabled());
        QVERIFY(pane->enrollAction()->isEnabled());
        QVERIFY(newIndividual->isEnabled());
    }

    void creationRunsAsACommandAndReportsItsOutcome()
    {
        auto session = connectedSession();
        QVERIFY(session);
        IndividualInput in;
        in.name = QStringLiteral("NEW PERSON");
        auto *command = new CreateRegistrantCommand(session->backend(), in);
        QSignalSpy finished(command, &Command::finished);
        qint64 created = 0;
        connect(command, &Command::finished, this, [&] { created = command->createdId(); });
        session->runner()->run(command);
        QVERIFY(finished.wait(5000));
        QVERIFY(created > 0);
        QCOMPARE(m_data.individuals.value(created).name, QStringLiteral("NEW PERSON"));
        bool logged = false;
        for (int r = 0; r < session->activity()->rowCount(); ++r)
            logged |= session->activity()->index(r).data().toString().contains(
                QStringLiteral("Create individual NEW PERSON"));
        QVERIFY2(logged, "the creation is in the activity list");

        IndividualInput nameless;
        auto *refused = new CreateRegistrantCommand(session->backend(), nameless);
        QSignalSpy refusedDone(refused, &Command::finished);
        ApiError::Kind kind = ApiError::Kind::None;
        connect(refused, &Command::finished, this, [&] { kind = refused->error().kind(); });
        session->runner()->run(refused);
        QVERIFY(refusedDone.wait(5000));
        QCOMPARE(kind, ApiError::Kind::Validation);
        QCOMPARE(refusedDone.first().at(0).value<ActivityLog::Status>(), ActivityLog::Status::Failed);
        m_data.individuals.remove(created);
    }

    void refreshFollowsTheChangeListPageByPage()
    {
        auto session = connectedSession();
        QVERIFY(session);
        m_factory->backend()->setChangePageSize(2);
        const int before = m_factory->backend()->calls(QStringLiteral("changedIndividuals"));
        QSignalSpy refreshed(session.get(), &RegistrySession::localCopyRefreshed);
        session->refreshLocalCopy();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(refreshed.last().at(0).toBool(), qPrintable(refreshed.last().at(1).toString()));
        QCOMPARE(session->cacheRefresh()->registrantCount(),
            qint64(m_data.individuals.size() + m_data.groups.size()));
        QCOMPARE(m_factory->backend()->calls(QStringLiteral("changedIndividuals")) - before,
            2); // 3 individuals, 2 a page
        QVERIFY(session->refreshedAt().isValid());
    }

    void refreshFailureIsSaidAndKeepsWhatWasStored()
    {
        auto session = connectedSession();
        QVERIFY(session);
        m_factory->backend()->failNext(ApiError::Kind::Server, 1);
        QSignalSpy refreshed(session.get(), &RegistrySession::localCopyRefreshed);
        session->refreshLocalCopy();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!refreshed.last().at(0).toBool());
        QVERIFY(refreshed.last().at(1).toString().contains(QStringLiteral("injected fault")));
    }

    void localIdsOfKeys()
    {
        QCOMPARE(localIdOf(RecordKind::Registrant, u"42"), qint64(42)); // integer backends: the id itself
        const qint64 a = localIdOf(RecordKind::Registrant, u"urn:gov:nid|A-1");
        QVERIFY(a < 0);
        QCOMPARE(localIdOf(RecordKind::Registrant, u"urn:gov:nid|A-1"), a); // stable
        QVERIFY(localIdOf(RecordKind::Program, u"urn:gov:nid|A-1") != a); // per kind
        QVERIFY(localIdOf(RecordKind::Registrant, u"urn:gov:nid|A-2") != a);
        QVERIFY(localIdOf(RecordKind::Registrant, u"-5") < 0); // not a database id
        QCOMPARE(RecordRef(42).wireKey(), QStringLiteral("42"));
        QCOMPARE(RecordRef(a, QStringLiteral("k")).wireKey(), QStringLiteral("k"));
    }

    // A backend whose identifiers are not database integers: every record must be addressed by its
    // key (the fake refuses an id alone), through search, reading, the local copy, the outbox across
    // a restart, enrolment and history.
    void keysTravelWithRecords()
    {
        m_data.ownKeys = true;
        const auto restore = qScopeGuard([this] { m_data.ownKeys = false; });
        const int profile = ++m_profile;
        auto session = connectedSession(profile);
        QVERIFY(session);
        session->sync()->setRetryDelay(20);

        RegistrantSearch search(session.get(), false);
        QSignalSpy found(&search, &RegistrantSearch::found);
        QSignalSpy finished(&search, &RegistrantSearch::searchFinished);
        search.search(QStringLiteral("OKAFOR"));
        QVERIFY(finished.wait(5000));
        Individual amina;
        for (const auto &args : found)
            for (int part : {0, 1})
                for (const Individual &i : args.at(part).value<FoundRegistrants>().individuals) {
                    QVERIFY2(!i.key.isEmpty() && i.id < 0, "every row found carries its key");
                    amina = i;
                }
        QCOMPARE(amina.key, QStringLiteral("registrant:1"));
        QVERIFY(amina.id < 0);
        QCOMPARE(amina.id, localIdOf(RecordKind::Registrant, amina.key));

        // Read by key; an id alone names nothing on such a backend.
        RegistrantReader reader(session.get());
        QSignalSpy read(&reader, &RegistrantReader::individualRead);
        QSignalSpy failed(&reader, &RegistrantReader::readFailed);
        QSignalSpy memberships(&reader, &RegistrantReader::membershipsRead);
        reader.read(RecordRef(amina.id), false);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(0).value<ApiError>().kind(), ApiError::Kind::NotFound);
        reader.read(refOf(amina), false);
        QVERIFY(read.wait(5000));
        reader.readMemberships();
        QVERIFY(memberships.wait(5000));
        const QList<ProgramMembership> held = memberships.last().at(0).value<QList<ProgramMembership>>();
        QCOMPARE(held.size(), 1);
        const ProgramMembership m = held.first();
        QCOMPARE(m.key, QStringLiteral("membership:%1").arg(m_data.memberships.firstKey()));
        QCOMPARE(m.registrantKey, amina.key);

        // A change through the outbox, by key.
        MembershipUpdate pause;
        pause.state = MembershipState::Paused;
        auto *command = new ChangeMembershipsCommand(session->sync(), MembershipAction::Pause, {m}, pause);
        QSignalSpy done(command, &Command::finished);
        session->runner()->run(command);
        QVERIFY(done.wait(5000));
        QCOMPARE(m_data.memberships.first().state, MembershipState::Paused);

        // The server cannot be reached: the resume waits in the outbox...
        m_factory->backend()->setFailure(ApiError::Kind::Network);
        MembershipUpdate resume;
        resume.state = MembershipState::Enrolled;
        ProgramMembership paused = m;
        paused.state = MembershipState::Paused;
        paused.writeDate = m_data.memberships.first().writeDate;
        session->runner()->run(
            new ChangeMembershipsCommand(session->sync(), MembershipAction::Resume, {paused}, resume));
        QTRY_VERIFY_WITH_TIMEOUT(session->sync()->queuedCount() > 0 || !session->sync()->isOnline(), 5000);
        session.reset();
        QCOMPARE(m_data.memberships.first().state, MembershipState::Paused);

        // ... and is sent by its key when G2P Desk starts again (a new backend: the server answers).
        auto again = connectedSession(profile);
        QVERIFY(again);
        again->sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_data.memberships.first().state, MembershipState::Enrolled, 10000);

        // The local copy kept the keys: offline, the record comes back with its key.
        m_factory->backend()->setFailure(ApiError::Kind::Network);
        RegistrantReader offline(again.get());
        QSignalSpy fromCopy(&offline, &RegistrantReader::individualRead);
        offline.read(refOf(amina), false);
        QVERIFY(fromCopy.wait(5000));
        QCOMPARE(
            fromCopy.last().at(1).value<RegistrantReader::Source>(), RegistrantReader::Source::LocalCopy);
        QCOMPARE(fromCopy.last().at(0).value<Individual>().key, amina.key);
        m_factory->backend()->setFailure(ApiError::Kind::None);

        // Enrolment by key, and the history of a membership by key.
        QVERIFY(!again->programs().isEmpty());
        const Program program = again->programs().first();
        QVERIFY(!program.key.isEmpty());
        const qint64 before = m_data.memberships.size();
        auto *enrol = new EnrollCommand(again->sync(), program,
            {RecordRef(localIdOf(RecordKind::Registrant, QStringLiteral("registrant:2")),
                QStringLiteral("registrant:2"))},
            QDate(), QString());
        QSignalSpy enrolled(enrol, &Command::finished);
        again->runner()->run(enrol);
        QVERIFY(enrolled.wait(5000));
        QCOMPARE(m_data.memberships.size(), before + 1);
        QCOMPARE(m_data.memberships.last().registrantId, qint64(2));
        HistoryTimeline timeline(again.get());
        QSignalSpy loaded(&timeline, &HistoryTimeline::loaded);
        timeline.load(amina.id, {m});
        QVERIFY(loaded.wait(5000));
        QVERIFY2(loaded.last().at(0).value<Timeline>().problem.isEmpty(),
            qPrintable(loaded.last().at(0).value<Timeline>().problem));
        QVERIFY(loaded.last().at(0).value<Timeline>().entries.size() >= 2);
        m_data.memberships.remove(m_data.memberships.lastKey());
    }

    void outboxQueriesCountWhatWaits()
    {
        auto session = connectedSession();
        QVERIFY(session);
        OutboxQueries queries(session.get());
        QSignalSpy counted(&queries, &OutboxQueries::counted);
        queries.count();
        QVERIFY(counted.wait(5000));
        QCOMPARE(counted.last().at(0).toInt(), 0);
        QCOMPARE(counted.last().at(1).toInt(), 0);
        QSignalSpy listed(&queries, &OutboxQueries::listed);
        queries.list(OutboxQueries::Show::Everything);
        QVERIFY(listed.wait(5000));
        QVERIFY(listed.last().at(0).value<QList<OutboxItem>>().isEmpty());
    }
};

QTEST_MAIN(TstServices)
#include "tst_services.moc"
