// The item models under QAbstractItemModelTester, and what an officer sees in them.
#include "activitylog.h"
#include "commandrunner.h"
#include "historymodel.h"
#include "membershipcommands.h"
#include "membershiprules.h"
#include "membershiptablemodel.h"
#include "outboxchange.h"
#include "outboxmodel.h"
#include "programlistmodel.h"
#include "registranttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace g2p;

namespace {
// A command the test drives by hand.
class ManualCommand : public Command
{
public:
    explicit ManualCommand(QString title) : m_title(std::move(title)) { }
    QString title() const override { return m_title; }
    void start() override { m_running = true; }
    void cancel() override { ++cancels; }
    void step(int done, int total) { Q_EMIT progress(done, total); }
    void end()
    {
        Q_EMIT finished(ActivityLog::Status::Succeeded, m_title + QStringLiteral(" done"), QString());
    }
    int cancels = 0;

private:
    QString m_title;
};
} // namespace

namespace {

Individual person(qint64 id,
    const QString &name,
    const QString &gender,
    QDate registered,
    QList<QPair<qint64, MembershipState>> memberships = {})
{
    Individual i;
    i.id = id;
    i.name = name;
    i.gender = gender;
    i.registrationDate = registered;
    i.birthdate = QDate(1980, 1, 1).addDays(id);
    RegistrantId rid;
    rid.idType = QStringLiteral("National ID");
    rid.value = QStringLiteral("NID%1").arg(id);
    i.regIds.append(rid);
    for (const auto &[program, state] : memberships) {
        MembershipSummary s;
        s.programId = program;
        s.state = state;
        i.programMemberships.append(s);
    }
    return i;
}

QStringList names(const RegistrantTableModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, RegistrantTableModel::Name).data().toString();
    return out;
}

} // namespace

class TstModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registrantTable()
    {
        RegistrantTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.append(QList<Individual> {person(3, QStringLiteral("SANTOS, INÊS"), QStringLiteral("Female"),
                                        QDate(2024, 3, 1), {{1, MembershipState::Enrolled}}),
            person(1, QStringLiteral("DOE, JOHN"), QStringLiteral("Male"), QDate(2023, 5, 9),
                {{1, MembershipState::Paused}, {4, MembershipState::Enrolled}}),
            person(2, QStringLiteral("محمد الحسن"), QStringLiteral("Male"), QDate(2025, 1, 2))});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.totalRows(), 3);
        m.setProgramNames({{1, QStringLiteral("Cash Transfer")}, {4, QStringLiteral("School Feeding")}});
        QCOMPARE(m.index(1, RegistrantTableModel::Programs).data().toString(),
            QStringLiteral("Cash Transfer (paused), School Feeding (enrolled)"));

        m.sort(RegistrantTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(m),
            (QStringList {
                QStringLiteral("DOE, JOHN"), QStringLiteral("SANTOS, INÊS"), QStringLiteral("محمد الحسن")}));
        m.sort(RegistrantTableModel::Id, Qt::DescendingOrder);
        QCOMPARE(m.registrantId(0), 3);
        m.sort(RegistrantTableModel::Registered, Qt::AscendingOrder);
        QCOMPARE(m.registrantId(0), 1);
        for (int c = 0; c < RegistrantTableModel::ColumnCount; ++c)
            m.sort(c, Qt::DescendingOrder);

        QSignalSpy applied(&m, &RegistrantTableModel::filterApplied);
        RegistrantFilter f;
        f.text = QStringLiteral("ines"); // no accent folding: "INÊS" does not match "ines"
        m.setFilter(f);
        QCOMPARE(m.rowCount(), 0);
        f.text = QStringLiteral("inê");
        m.setFilter(f);
        QCOMPARE(names(m), QStringList {QStringLiteral("SANTOS, INÊS")});
        f.text = QStringLiteral("nid1"); // id numbers match too, case-insensitively
        m.setFilter(f);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.registrantId(0), 1);
        f.text.clear();
        f.programId = 1;
        m.setFilter(f);
        QCOMPARE(m.rowCount(), 2);
        f.state = MembershipState::Paused;
        m.setFilter(f);
        QCOMPARE(m.rowCount(), 1);
        f = RegistrantFilter();
        f.gender = QStringLiteral("Male");
        f.registeredFrom = QDate(2024, 1, 1);
        m.setFilter(f);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.registrantId(0), 2);
        QVERIFY(applied.size() >= 6);
        QCOMPARE(applied.last().at(0).toInt(), 1);

        // Feeding more rows while sorted and filtered keeps both.
        m.setFilter(RegistrantFilter());
        m.sort(RegistrantTableModel::Name, Qt::AscendingOrder);
        m.append(QList<Individual> {
            person(9, QStringLiteral("ABBOTT, ZOË"), QStringLiteral("Female"), QDate(2022, 1, 1))});
        QCOMPARE(m.registrantId(0), 9);
        QCOMPARE(m.rowOf(3), 2);

        Individual changed
            = person(3, QStringLiteral("SANTOS, INÊS MARIA"), QStringLiteral("Female"), QDate(2024, 3, 1));
        m.update(changed);
        QCOMPARE(m.index(m.rowOf(3), RegistrantTableModel::Name).data().toString(),
            QStringLiteral("SANTOS, INÊS MARIA"));
        QVERIFY(m.structuralBytesPerRow() > 0);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    // Households show their head and size, from their members or, for a list read without the
    // members (the local copy), from the summary kept when they were let go; an update without
    // members keeps them. An individual's row shows neither, and no household shows a birth date.
    void householdsShowHeadAndSize()
    {
        const auto member = [](qint64 id, const QString &name, const QString &kind) {
            GroupMember m;
            m.individual.id = id;
            m.individual.name = name;
            if (!kind.isEmpty())
                m.kinds.append(MembershipKind {{}, kind});
            return m;
        };
        Group withMembers;
        withMembers.id = 50;
        withMembers.name = QStringLiteral("Household Achieng");
        withMembers.members = {member(1, QStringLiteral("ACHIENG, OTIENO"), QStringLiteral("Spouse")),
            member(2, QStringLiteral("ACHIENG, MARY"), QStringLiteral("head")),
            member(3, QStringLiteral("ACHIENG, JOY"), QString())};
        Group listed;
        listed.id = 60;
        listed.name = QStringLiteral("Household Santos");
        RegistrantTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.append(
            QList<Group> {withMembers, listed}, {{60, HouseholdSummary {QStringLiteral("SANTOS, ANA"), 4}}});
        using M = RegistrantTableModel;
        QCOMPARE(m.index(0, M::Head).data().toString(), QStringLiteral("ACHIENG, MARY"));
        QCOMPARE(m.index(0, M::Members).data().toInt(), 3);
        QCOMPARE(m.index(1, M::Head).data().toString(), QStringLiteral("SANTOS, ANA"));
        QCOMPARE(m.index(1, M::Members).data().toInt(), 4);
        QVERIFY(!m.index(1, M::BirthDate).data().isValid());
        listed.name = QStringLiteral("Household Santos-Reyes");
        m.update(listed); // read again without members (a search's short form)
        QCOMPARE(m.index(1, M::Name).data().toString(), QStringLiteral("Household Santos-Reyes"));
        QCOMPARE(m.index(1, M::Head).data().toString(), QStringLiteral("SANTOS, ANA"));
        QCOMPARE(m.index(1, M::Members).data().toInt(), 4);
        m.sort(M::Members, Qt::DescendingOrder);
        QCOMPARE(m.registrantId(0), 60);
        m.sort(M::Head, Qt::AscendingOrder);
        QCOMPARE(m.registrantId(0), 50);
        m.append(QList<Individual> {
            person(7, QStringLiteral("DOE, JOHN"), QStringLiteral("Male"), QDate(2023, 5, 9))});
        QCOMPARE(m.index(m.rowOf(7), M::Head).data().toString(), QString());
        QVERIFY(!m.index(m.rowOf(7), M::Members).data().isValid());
    }

    // The text filter finds what the officer types whatever its case, letters beyond the basic
    // plane included: rows are folded one character at a time as QString folds a whole string.
    // Registrants named by identifiers (API v2): the ID column shows the identifier in short, not the
    // local number derived from it, and sorts by it.
    void registrantTableShowsIdentifiers()
    {
        RegistrantTableModel m;
        QList<Individual> people;
        for (const QString &uuid : {QStringLiteral("b0000000-0000-5000-8000-000000000002"),
                 QStringLiteral("a0000000-0000-5000-8000-000000000001")}) {
            const QString key = QStringLiteral("Individual/urn:openspp:vocab:id-type#system_id|") + uuid;
            Individual i = person(0, QStringLiteral("P ") + uuid.left(1), QStringLiteral("Female"), {});
            i.key = key;
            i.id = localIdOf(RecordKind::Registrant, key);
            people << i;
        }
        m.append(people);
        m.sort(RegistrantTableModel::Id, Qt::AscendingOrder);
        QCOMPARE(m.index(0, RegistrantTableModel::Id).data().toString(),
            QStringLiteral("system_id|a0000000-0000-5000-8000-000000000001"));
        QCOMPARE(m.index(1, RegistrantTableModel::Id).data().toString(),
            QStringLiteral("system_id|b0000000-0000-5000-8000-000000000002"));
        QCOMPARE(m.index(0, 0).data(RegistrantTableModel::RegistrantKeyRole).toString(), people[1].key);
    }

    void textFilterFoldsAsQStringDoes()
    {
        RegistrantTableModel m;
        const QString deseret = QString::fromUcs4(U"\U00010400LICE"); // DESERET CAPITAL LETTER LONG I
        m.append(QList<Individual> {person(1, deseret + QStringLiteral(" ÉLODIE ẞTRASSE"),
                                        QStringLiteral("Female"), QDate(2024, 3, 1)),
            person(2, QStringLiteral("DOE, JOHN"), QStringLiteral("Male"), QDate(2023, 5, 9))});
        const QStringList typings {deseret.toLower(), QStringLiteral("élodie"), QStringLiteral("ÉLODIE"),
            QStringLiteral("ßtrasse"), QString(deseret + QStringLiteral(" ÉLODIE")).toCaseFolded()};
        for (const QString &typed : typings) {
            RegistrantFilter f;
            f.text = typed;
            m.setFilter(f);
            QVERIFY2(m.rowCount() == 1 && m.registrantId(0) == 1, qPrintable(typed));
        }
        RegistrantFilter none;
        m.setFilter(none);
        QCOMPARE(m.rowCount(), 2);
    }

    void loadingDefersSortAndFilter()
    {
        RegistrantTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.sort(RegistrantTableModel::Name, Qt::DescendingOrder);
        m.setLoading(true);
        RegistrantFilter f;
        f.text = QStringLiteral("doe");
        m.setFilter(f);
        m.append(QList<Individual> {person(1, QStringLiteral("DOE, ANA"), QString(), QDate())});
        m.append(QList<Individual> {person(2, QStringLiteral("ROE, BEN"), QString(), QDate()),
            person(3, QStringLiteral("DOE, ZED"), QString(), QDate())});
        QCOMPARE(m.rowCount(), 3); // as they came
        m.setLoading(false);
        QCOMPARE(names(m), (QStringList {QStringLiteral("DOE, ZED"), QStringLiteral("DOE, ANA")}));
    }

    // A large list is filtered a slice at a time: the rows shown change when every row has been
    // tested, the newest filter wins, and what changes the list meanwhile is not lost.
    void largeListFilteredInSlices()
    {
        RegistrantTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setFilterSlicing(0, 0); // every filter sliced, a look at the clock every 4,096 rows
        QList<Individual> rows;
        for (int i = 0; i < 20000; ++i)
            rows << person(i + 1,
                QStringLiteral("%1, NAME %2")
                    .arg(i % 10 == 0 ? u"SANTOS" : u"DOE")
                    .arg(i, 5, 10, QChar(u'0')),
                QString(), QDate());
        m.append(rows);
        m.sort(RegistrantTableModel::Name, Qt::DescendingOrder);
        QSignalSpy applied(&m, &RegistrantTableModel::filterApplied);
        RegistrantFilter f;
        f.text = QStringLiteral("san");
        m.setFilter(f);
        QVERIFY(m.isFiltering());
        QCOMPARE(m.rowCount(), 20000); // shown as they were until the whole list is tested
        QTRY_VERIFY(!m.isFiltering());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(m.rowCount(), 2000);
        QCOMPARE(
            m.index(0, RegistrantTableModel::Name).data().toString(), QStringLiteral("SANTOS, NAME 19990"));

        // Typing on: the rows shown are tested again; a newer filter replaces one not yet shown.
        f.text = QStringLiteral("santos, name 1");
        m.setFilter(f);
        f.text = QStringLiteral("santos, name 19");
        m.setFilter(f);
        QTRY_VERIFY(!m.isFiltering());
        QCOMPARE(applied.size(), 2);
        QCOMPARE(m.rowCount(), 100);

        // Sorting while a filter is applied lists its rows in the new order.
        f.text = QStringLiteral("name 0");
        m.setFilter(f);
        QVERIFY(m.isFiltering());
        m.sort(RegistrantTableModel::Name, Qt::AscendingOrder);
        QTRY_VERIFY(!m.isFiltering());
        QCOMPARE(m.rowCount(), 10000);
        QCOMPARE(m.index(0, RegistrantTableModel::Name).data().toString(), QStringLiteral("DOE, NAME 00001"));

        // Loading, or clearing, stops a filter being applied (loading applies it when done).
        f.text = QStringLiteral("santos");
        m.setFilter(f);
        m.setLoading(true);
        QVERIFY(!m.isFiltering());
        m.setLoading(false);
        QTRY_VERIFY(!m.isFiltering());
        QCOMPARE(m.rowCount(), 2000);
        f.text = QStringLiteral("doe");
        m.setFilter(f);
        const qsizetype before = applied.size();
        m.clear();
        QVERIFY(!m.isFiltering());
        QCOMPARE(m.rowCount(), 0);
        QCoreApplication::processEvents(); // a slice would have been due now: nothing is left
        QCOMPARE(applied.size(), before + 1); // the clear's own
    }

    // Many rows changed at once (a server's answer) take their places in one pass.
    void updateManyRows()
    {
        RegistrantTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Individual> rows;
        for (int i = 1; i <= 30; ++i)
            rows << person(i, QStringLiteral("NAME %1").arg(i), QString(), QDate());
        m.append(rows);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QList<Individual> fresh {person(30, QStringLiteral("THIRTY"), QString(), QDate()),
            person(2, QStringLiteral("TWO"), QString(), QDate()),
            person(99, QStringLiteral("NOT LISTED"), QString(), QDate())};
        m.update(fresh);
        QCOMPARE(m.rowCount(), 30);
        QCOMPARE(m.index(1, RegistrantTableModel::Name).data().toString(), QStringLiteral("TWO"));
        QCOMPARE(m.index(29, RegistrantTableModel::Name).data().toString(), QStringLiteral("THIRTY"));
        QCOMPARE(m.rowOf(99), -1);
        QCOMPARE(changed.size(), 1);
    }

    void sortKeepsSelection()
    {
        RegistrantTableModel m;
        QList<Individual> rows;
        for (int i = 0; i < 50; ++i)
            rows << person(
                i + 1, QStringLiteral("NAME %1").arg(50 - i, 2, 10, QLatin1Char('0')), QString(), QDate());
        m.append(rows);
        const QPersistentModelIndex selected = m.index(10, 0); // id 11, "NAME 40"
        m.sort(RegistrantTableModel::Name, Qt::AscendingOrder);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(RegistrantTableModel::RegistrantIdRole).toLongLong(), 11);
        QCOMPARE(selected.row(), 39);
    }

    void otherModels()
    {
        ProgramListModel programs;
        QAbstractItemModelTester t1(&programs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Program p;
        p.id = 3;
        p.name = QStringLiteral("Drought Relief");
        p.state = ProgramState::Ended;
        p.enrolledCount = 0;
        programs.setPrograms({p});
        QCOMPARE(programs.index(0, ProgramListModel::State).data().toString(), QStringLiteral("Ended"));

        MembershipTableModel memberships;
        QAbstractItemModelTester t2(&memberships, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProgramMembership m;
        m.id = 7;
        m.programName = QStringLiteral("Cash Transfer");
        m.state = MembershipState::Paused;
        memberships.setMemberships({m});
        m.state = MembershipState::Enrolled;
        memberships.update(m);
        QCOMPARE(
            memberships.index(0, MembershipTableModel::State).data().toString(), QStringLiteral("Enrolled"));
        memberships.appendMemberships({m});
        QCOMPARE(memberships.rowCount(), 2);

        HistoryModel history;
        QAbstractItemModelTester t3(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TimelineEntry a, b;
        a.programId = 1;
        a.entry.changedAt = Timestamp::parse(u"2024-07-01T08:00:00.000000+00:00");
        a.entry.toState = MembershipState::Enrolled;
        a.entry.fromState = MembershipState::Draft;
        b.programId = 2;
        b.entry.changedAt = Timestamp::parse(u"2024-09-01T08:00:00.000000+00:00");
        b.entry.toState = MembershipState::Draft;
        history.setEntries({a, b});
        QCOMPARE(history.index(0, HistoryModel::Change).data().toString(),
            QStringLiteral("Created as Draft")); // newest first
        history.setProgramFilter(qint64(1));
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(
            history.index(0, HistoryModel::Change).data().toString(), QStringLiteral("Draft → Enrolled"));
        // When: the officer's local time in the list, UTC on hover.
        const QDateTime when = history.index(0, HistoryModel::When).data().toDateTime();
        QCOMPARE(when.timeSpec(), Qt::LocalTime);
        QCOMPARE(when.toUTC(), QDateTime(QDate(2024, 7, 1), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(history.index(0, HistoryModel::When).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2024-07-01 08:00:00 UTC"));

        ActivityLog log;
        QAbstractItemModelTester t4(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int id = log.start(QStringLiteral("Pause"));
        log.progress(id, 1, 2);
        QCOMPARE(log.runningCount(), 1);
        log.finish(id, ActivityLog::Status::PartlyFailed, QStringLiteral("1 changed, 1 failed"),
            QStringLiteral("x"));
        QVERIFY(log.index(0).data().toString().contains(QStringLiteral("1 changed, 1 failed")));
        QCOMPARE(log.runningCount(), 0);
    }

    // The outbox names programs and registrants: from the change itself, else from the session's
    // programs (a change the CLI wrote carries ids only), "program 5" only when nobody knows.
    void outboxNamesWhatChanges()
    {
        OutboxModel outbox;
        QAbstractItemModelTester t(&outbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EnrollChange named;
        named.programId = 1;
        named.programName = QStringLiteral("Cash Transfer");
        named.registrantId = 71;
        named.registrantName = QStringLiteral("AMINA");
        EnrollChange bare;
        bare.programId = 5;
        bare.registrantId = 72;
        QList<OutboxItem> items;
        for (const EnrollChange &c : {named, bare}) {
            const OutboxDraft d = toDraft(c);
            OutboxItem i;
            i.id = items.size() + 1;
            i.kind = d.kind;
            i.payload = d.payload;
            i.registrantId = d.registrantId;
            items << i;
        }
        outbox.setItems(items);
        const auto change
            = [&outbox](int row) { return outbox.index(row, OutboxModel::Change).data().toString(); };
        QCOMPARE(change(0), QStringLiteral("Enroll in Cash Transfer"));
        QCOMPARE(outbox.index(0, OutboxModel::Registrant).data().toString(), QStringLiteral("AMINA (71)"));
        QCOMPARE(change(1), QStringLiteral("Enroll in program 5"));
        QSignalSpy changed(&outbox, &QAbstractItemModel::dataChanged);
        outbox.setProgramNames({{5, QStringLiteral("Food Aid")}, {1, QStringLiteral("Renamed")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(change(1), QStringLiteral("Enroll in Food Aid"));
        QCOMPARE(change(0), QStringLiteral("Enroll in Cash Transfer")); // as it was when queued
    }

    void actionRestrictions()
    {
        using A = MembershipAction;
        using S = MembershipState;
        QVERIFY(actionApplies(A::Pause, S::Enrolled));
        QVERIFY(!actionApplies(A::Pause, S::Paused));
        QVERIFY(actionApplies(A::Resume, S::Paused));
        QVERIFY(actionApplies(A::Exit, S::Paused));
        QVERIFY(!actionApplies(A::Exit, S::Exited));
        QVERIFY(actionApplies(A::Enroll, S::Draft));
        QVERIFY(actionApplies(A::Enroll, S::NotEligible));
        QVERIFY(!actionApplies(A::Enroll, S::Duplicated));
        QVERIFY(actionUnavailableReason(A::Exit, S::Exited).contains(QStringLiteral("final")));
        QVERIFY(actionUnavailableReason(A::Pause, S::Enrolled).isEmpty());
    }

    // Two commands at once: each is tracked; the bar shows the newest, Cancel reaches it, and when
    // it ends the older one is shown again (with its progress) and can still be cancelled.
    void commandRunnerTracksEachCommand()
    {
        ActivityLog log;
        CommandRunner runner(&log);
        QSignalSpy shown(&runner, &CommandRunner::progress);
        auto *pause = new ManualCommand(QStringLiteral("Pause"));
        auto *enrol = new ManualCommand(QStringLiteral("Enrol"));
        runner.run(pause);
        pause->step(1, 4);
        runner.run(enrol);
        QCOMPARE(runner.current(), enrol);
        QCOMPARE(runner.runningCount(), 2);
        pause->step(2, 4); // not the one shown: recorded, not shown
        QCOMPARE(shown.size(), 1);
        enrol->step(1, 10);
        QCOMPARE(shown.last().at(0).value<Command *>(), enrol);
        runner.cancelCurrent();
        QCOMPARE(enrol->cancels, 1);
        QCOMPARE(pause->cancels, 0);
        enrol->end();
        QCOMPARE(runner.current(), pause);
        QCOMPARE(shown.last().at(0).value<Command *>(), pause); // shown again, where it was
        QCOMPARE(shown.last().at(1).toInt(), 2);
        QCOMPARE(shown.last().at(2).toInt(), 4);
        runner.cancelCurrent();
        QCOMPARE(pause->cancels, 1);
        pause->end();
        QCOMPARE(runner.current(), nullptr);
        QCOMPARE(runner.runningCount(), 0);
        QCOMPARE(log.rowCount(), 2);
    }

    // The one place the contract's membership rules live (grid, forms, importer and CLI ask here).
    void membershipRules()
    {
        using R = MembershipRules;
        using S = MembershipState;
        const auto name = [](S s) { return enumToWire(s); };
        // The transition table, every pair.
        const QHash<S, QList<S>> table {{S::Draft, {S::Enrolled, S::NotEligible, S::Duplicated}},
            {S::Enrolled, {S::Paused, S::Exited, S::NotEligible, S::Duplicated}},
            {S::Paused, {S::Enrolled, S::Exited}}, {S::NotEligible, {S::Draft, S::Enrolled}},
            {S::Duplicated, {S::Draft}}, {S::Exited, {}}};
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            for (int t = 0; t <= int(S::Duplicated); ++t) {
                const S to = S(t);
                const bool allowed = to == it.key() || it.value().contains(to);
                QCOMPARE(R::transitionProblem(it.key(), to, name).isEmpty(), allowed);
            }
        QCOMPARE(R::transitionProblem(S::Exited, S::Enrolled, name),
            QStringLiteral("An exited membership is final: it cannot become enrolled."));
        QCOMPARE(R::transitionProblem(S::Paused, S::Draft, name),
            QStringLiteral("A paused membership cannot become draft (it can become: enrolled, exited)."));
        QVERIFY(R::transitionProblem(std::nullopt, S::Draft, name).isEmpty());
        QCOMPARE(R::transitionProblem(std::nullopt, S::Paused, name),
            QStringLiteral("A new membership starts as enrolled or draft."));
        // Programs that take no one.
        Program ended;
        ended.name = QStringLiteral("Drought Relief 2023");
        ended.state = ProgramState::Ended;
        QVERIFY(!R::closedProgramProblem(ended, S::Paused, S::Enrolled).isEmpty());
        QVERIFY(R::closedProgramProblem(ended, S::Enrolled, S::Exited).isEmpty()); // other changes go on
        QVERIFY(R::closedProgramProblem(ended, S::Enrolled, S::Enrolled).isEmpty());
        // Dates and reasons.
        const QDate today(2026, 12, 4);
        QVERIFY(R::futureDateProblem(today, today).isEmpty());
        QCOMPARE(R::futureDateProblem(today.addDays(1), today),
            QStringLiteral("2026-12-05 is in the future (today is 2026-12-04, UTC)."));
        QVERIFY(R::futureDateProblem(QDate(), today).isEmpty());
        QVERIFY(!R::exitReasonProblem(S::Enrolled, S::Exited, QStringLiteral("  ")).isEmpty());
        QVERIFY(R::exitReasonProblem(S::Exited, S::Exited, QString()).isEmpty()); // correcting an exit
        QVERIFY(R::exitReasonProblem(S::Enrolled, S::Paused, QString()).isEmpty());
        QVERIFY(!R::exitBeforeEnrolmentProblem(QDate(2024, 1, 1), QDate(2024, 2, 1)).isEmpty());
        QVERIFY(R::exitBeforeEnrolmentProblem(QDate(2024, 2, 1), QDate(2024, 2, 1)).isEmpty());
        QVERIFY(R::exitBeforeEnrolmentProblem(QDate(2024, 2, 1), QDate()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstModels)
#include "tst_models.moc"
