// Submitting the grid to a sandbox through the outbox: mixed outcomes (done, conflict, error), and
// a run through dropped connections and 503s where every row is accounted for, nothing is applied
// twice, and rows that waited for the server are sent once it answers.
#include "apiclient.h"
#include "gridsubmission.h"
#include "membershipgridmodel.h"
#include "restcontractbackend.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace g2p;
using g2p::test::SandboxProcess;
using g2p::test::wait;
using G = MembershipGridModel;

class TstGridSubmit : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    ClientConfig config(const QUrl &url)
    {
        ClientConfig c;
        c.baseUrl = url;
        c.user = c.password = QStringLiteral("demo");
        c.retry.baseDelayMs = 20;
        c.retry.maxAttempts = 6;
        c.timeoutMs = 10000;
        return c;
    }

    QList<ProgramMembership> enrolled(ApiClient &client, int count)
    {
        MembershipFilter f;
        f.programId = 1;
        f.state = MembershipState::Enrolled;
        auto job = wait(client.listMemberships(f, count, 0));
        return job->succeeded() ? job->result().items : QList<ProgramMembership>();
    }

    QHash<int, RowOutcome> submit(ApiClient &client, const QList<GridChange> &changes)
    {
        QTemporaryDir dir;
        LocalStore store(QString(), dir.filePath(QStringLiteral("outbox.sqlite")));
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        sync.setRetryDelay(100);
        GridSubmission submission(&sync, changes);
        QSignalSpy done(&submission, &Command::finished);
        submission.start();
        if (done.isEmpty())
            done.wait(120000);
        // Rows that waited for the server (it "failed" for a while) go once it answers again.
        const auto queued = [&submission] {
            for (const RowOutcome &o : submission.outcomes())
                if (o.status == RowOutcome::Status::Queued)
                    return true;
            return false;
        };
        if (!QTest::qWaitFor([&] { return !queued(); }, 120000))
            QTest::qFail("rows still waited for the server after 120 s", __FILE__, __LINE__);
        store.drain();
        return submission.outcomes();
    }

private Q_SLOTS:
    void initTestCase() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    void mixedOutcomes()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("300")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        auto programs = wait(client.listPrograms({}, 100, 0));
        QVERIFY(programs->succeeded());
        const QList<ProgramMembership> rows = enrolled(client, 3);
        QCOMPARE(rows.size(), 3);

        G grid;
        grid.setPrograms(programs->result().items);
        grid.addMemberships(rows);
        grid.addNewEnrolment(987654321, QStringLiteral("NOBODY"), false, 1); // unknown to the registry
        QVERIFY(grid.setData(grid.index(0, G::State), QStringLiteral("Paused")));
        QVERIFY(grid.setData(grid.index(1, G::State), QStringLiteral("Exited")));
        QVERIFY(grid.setData(grid.index(1, G::ExitReason), QStringLiteral("Graduated")));
        QVERIFY(grid.setData(grid.index(2, G::State), QStringLiteral("Paused")));
        // Someone else changes row 2 meanwhile, differently.
        MembershipUpdate other;
        other.state = MembershipState::Exited;
        other.exitReason = QStringLiteral("Moved out of the area");
        QVERIFY(wait(client.updateMembership(rows[2].id, other))->succeeded());

        const QList<GridChange> changes = grid.changes();
        QCOMPARE(changes.size(), 4);
        const auto outcomes = submit(client, changes);
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes[0].status, RowOutcome::Status::Done);
        QCOMPARE(outcomes[0].membership.state, MembershipState::Paused);
        QCOMPARE(outcomes[1].status, RowOutcome::Status::Done);
        QCOMPARE(outcomes[2].status, RowOutcome::Status::Conflict);
        QCOMPARE(outcomes[2].membership.state, MembershipState::Exited); // theirs, to compare
        QCOMPARE(outcomes[3].status, RowOutcome::Status::Error);
        QVERIFY(outcomes[3].message.contains(QStringLiteral("G2P-REQ-013")));

        for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
            grid.applyOutcome(it.key(), GridSubmission::statusText(it->status), it->message, &it->membership,
                it->status == RowOutcome::Status::Done);
        grid.finishSubmission();
        QVERIFY(!grid.isChanged(0)); // took the server's version
        QCOMPARE(grid.data(grid.index(0, G::State)).toString(), QStringLiteral("Paused"));
        QVERIFY(grid.data(grid.index(0, G::Result)).toString().startsWith(QStringLiteral("done")));
        QVERIFY(grid.hasConflict(2));
        QVERIFY(grid.isChanged(3)); // kept, with the server's words
        QVERIFY(grid.data(grid.index(3, G::Result)).toString().contains(QStringLiteral("G2P-REQ-013")));
        grid.takeTheirs(2);
        QVERIFY(!grid.isChanged(2));
        QVERIFY(grid.changes().size() <= 1);
    }

    // Keep mine after a conflict: the change goes again over their version (with its write_date)
    // and wins; take theirs was checked above.
    void keepMineSendsAgainOverTheirVersion()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("301")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        auto programs = wait(client.listPrograms({}, 100, 0));
        QVERIFY(programs->succeeded());
        const QList<ProgramMembership> rows = enrolled(client, 1);
        QCOMPARE(rows.size(), 1);
        G grid;
        grid.setPrograms(programs->result().items);
        grid.addMemberships(rows);
        QVERIFY(grid.setData(grid.index(0, G::State), QStringLiteral("Paused")));
        MembershipUpdate other; // someone corrects the enrolment date meanwhile
        other.enrollmentDate = QDate(2024, 1, 2);
        QVERIFY(wait(client.updateMembership(rows[0].id, other))->succeeded());
        auto first = submit(client, grid.changes());
        QCOMPARE(first.value(0).status, RowOutcome::Status::Conflict);
        grid.applyOutcome(
            0, GridSubmission::statusText(first[0].status), first[0].message, &first[0].membership, false);
        grid.finishSubmission();
        QVERIFY(grid.hasConflict(0));
        grid.keepMine(0);
        QVERIFY(!grid.hasConflict(0));
        const QList<GridChange> again = grid.changes();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].update.writeDate.toUtcMicros(), first[0].membership.writeDate.toUtcMicros());
        auto second = submit(client, again);
        QCOMPARE(second.value(0).status, RowOutcome::Status::Done);
        auto now = wait(client.getMembership(rows[0].id));
        QCOMPARE(now->result().state, MembershipState::Paused);
        QCOMPARE(
            now->result().enrollmentDate.utcDate(), QDate(2024, 1, 2)); // theirs kept where mine said nothing
    }

    // Cancel during a submission over a slow link: what was not on the wire is never sent (the
    // server still has it as it was, the outbox has it discarded); what was sent finishes.
    void cancellingASubmissionSendsNothingMore()
    {
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("302"),
            QStringLiteral("--latency-ms"), QStringLiteral("150")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        const QList<ProgramMembership> rows = enrolled(client, 40);
        QCOMPARE(rows.size(), 40);
        G grid;
        grid.addMemberships(rows);
        for (int r = 0; r < rows.size(); ++r)
            QVERIFY(grid.setData(grid.index(r, G::State), QStringLiteral("Paused")));
        QTemporaryDir dir;
        LocalStore store(QString(), dir.filePath(QStringLiteral("outbox.sqlite")));
        RestContractBackend backend(&client);
        OutboxSync sync(&backend, &store);
        GridSubmission submission(&sync, grid.changes());
        QSignalSpy done(&submission, &Command::finished);
        connect(
            &submission, &GridSubmission::rowFinished, &submission, [&submission] { submission.cancel(); },
            Qt::SingleShotConnection);
        submission.start();
        QVERIFY(done.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(sync.queuedCount() == 0, 30000);
        int sent = 0, notSent = 0;
        for (auto it = submission.outcomes().cbegin(); it != submission.outcomes().cend(); ++it) {
            auto m = wait(client.getMembership(rows[it.key()].id));
            if (it->status == RowOutcome::Status::Done) {
                ++sent;
                QCOMPARE(m->result().state, MembershipState::Paused);
            } else {
                QCOMPARE(it->status, RowOutcome::Status::NotSent);
                ++notSent;
                QCOMPARE(m->result().state, MembershipState::Enrolled); // never reached the server
            }
        }
        QCOMPARE(sent + notSent, 40);
        QVERIFY2(
            notSent > 0 && sent > 0, qPrintable(QStringLiteral("%1 sent, %2 not").arg(sent).arg(notSent)));
        bool checked = false;
        store.run(
            &sync,
            [](StoreHandles &h) {
                return h.outbox.count(OutboxItem::State::Pending)
                    + h.outbox.count(OutboxItem::State::Sending);
            },
            [&](int open) {
                QCOMPARE(open, 0);
                checked = true;
            });
        QTRY_VERIFY(checked);
        store.drain();
    }

    // Eight fault seeds (G2P_FAIL_SEED runs one chosen seed instead).
    void faultyNetworkLosesNothingAndDoublesNothing_data()
    {
        QTest::addColumn<QString>("seed");
        if (qEnvironmentVariableIsSet("G2P_FAIL_SEED")) {
            QTest::newRow("chosen") << qEnvironmentVariable("G2P_FAIL_SEED");
            return;
        }
        for (int seed = 11; seed <= 18; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << QString::number(seed);
    }
    void faultyNetworkLosesNothingAndDoublesNothing()
    {
        QFETCH(QString, seed);
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("400"),
            QStringLiteral("--fail-rate"), QStringLiteral("0.1"), QStringLiteral("--fail-seed"), seed});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client(&m_nam, config(sandbox.baseUrl()));
        auto programs = wait(client.listPrograms({}, 100, 0));
        QVERIFY(programs->succeeded());
        const QList<ProgramMembership> rows = enrolled(client, 80);
        QVERIFY(rows.size() >= 40);
        G grid;
        grid.setPrograms(programs->result().items);
        grid.addMemberships(rows);
        QModelIndexList states;
        for (int r = 0; r < grid.rowCount(); ++r)
            states << grid.index(r, G::State);
        grid.setCells(states, QStringLiteral("Paused"), QStringLiteral("Set"));
        const QList<GridChange> changes = grid.changes();
        QCOMPARE(changes.size(), rows.size());
        const auto outcomes = submit(client, changes);
        QCOMPARE(outcomes.size(), rows.size()); // every row accounted for

        // Check against the server through a client that does not see the faults' effects twice.
        int done = 0;
        for (int r = 0; r < rows.size(); ++r) {
            auto history = wait(client.membershipHistory(rows[r].id));
            QVERIFY2(history->succeeded(), qPrintable(history->error().toString()));
            int pauses = 0;
            for (const HistoryEntry &e : history->result())
                pauses += e.toState == MembershipState::Paused && e.fromState == MembershipState::Enrolled
                    && e.changedBy == QLatin1String("demo"); // this run's, not the demo data's history
            QVERIFY2(pauses <= 1, "a pause was applied twice");
            const RowOutcome &o = outcomes[r];
            if (o.status == RowOutcome::Status::Done) {
                QCOMPARE(pauses, 1);
                ++done;
            } else {
                // Reported not done: the server must agree, or the report says it could not check.
                QVERIFY2(pauses == 0 || o.message.contains(QStringLiteral("could not be checked")),
                    qPrintable(
                        QStringLiteral("row %1 reported %2 but the server paused it").arg(r).arg(o.message)));
            }
        }
        QVERIFY(done >= rows.size() * 3 / 4);
    }
};

QTEST_GUILESS_MAIN(TstGridSubmit)
#include "tst_grid_submit.moc"
