// The bulk-edit grid's model: edits as typed, the contract's rules, undo, fill down, paste, and
// what submitting would send.
#include "membershipgridmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace g2p;
using G = MembershipGridModel;

namespace {

ProgramMembership membership(qint64 id,
    qint64 registrant,
    qint64 program,
    const QString &programName,
    MembershipState s,
    QDate enrolled = QDate(2024, 3, 1))
{
    ProgramMembership m;
    m.id = id;
    m.registrantId = registrant;
    m.registrantName = QStringLiteral("PERSON %1").arg(registrant);
    m.registrantIsGroup = false;
    m.programId = program;
    m.programName = programName;
    m.state = s;
    if (s != MembershipState::Draft)
        m.enrollmentDate = Timestamp::fromDate(enrolled);
    if (s == MembershipState::Exited) {
        m.exitDate = QDate(2024, 9, 30);
        m.exitReason = QStringLiteral("Graduated");
    }
    m.writeDate = Timestamp::fromUtcMicros(1700000000000000LL + id);
    return m;
}

QList<Program> programs()
{
    Program cash;
    cash.id = 1;
    cash.name = QStringLiteral("Cash Transfer Program");
    cash.targetType = TargetType::Individual;
    Program drought;
    drought.id = 3;
    drought.name = QStringLiteral("Drought Relief 2023");
    drought.targetType = TargetType::Group;
    drought.state = ProgramState::Ended;
    Program school;
    school.id = 4;
    school.name = QStringLiteral("School Feeding");
    school.targetType = TargetType::Individual;
    return {cash, drought, school};
}

QStringList issuesAt(const G &m, int row, int column)
{
    QStringList out;
    for (const GridIssue &i : m.issues())
        if (i.row == row && i.column == column)
            out << i.message;
    return out;
}

} // namespace

class TstGrid : public QObject
{
    Q_OBJECT

    std::unique_ptr<G> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<G>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setToday(QDate(2024, 10, 15));
        m_model->setPrograms(programs());
        m_model->addMemberships(
            {membership(10, 71, 1, QStringLiteral("Cash Transfer Program"), MembershipState::Enrolled),
                membership(11, 72, 1, QStringLiteral("Cash Transfer Program"), MembershipState::Paused),
                membership(12, 73, 1, QStringLiteral("Cash Transfer Program"), MembershipState::Exited),
                membership(13, 74, 4, QStringLiteral("School Feeding"), MembershipState::Draft)});
        m_model->addNewEnrolment(99, QStringLiteral("NEW, PERSON"), false, 4);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void readOnlyWhereTheContractSays()
    {
        G &m = *m_model;
        QVERIFY(!(m.flags(m.index(0, G::Registrant)) & Qt::ItemIsEditable));
        QVERIFY(!(m.flags(m.index(0, G::ProgramName))
            & Qt::ItemIsEditable)); // an existing membership keeps its program
        QVERIFY(m.flags(m.index(4, G::ProgramName)) & Qt::ItemIsEditable); // a new row chooses one
        QVERIFY(m.flags(m.index(0, G::State)) & Qt::ItemIsEditable);
        QVERIFY(!m.setData(m.index(0, G::Registrant), QStringLiteral("x")));
        QCOMPARE(G::editableStates(MembershipState::Paused),
            (QStringList {QStringLiteral("Paused"), QStringLiteral("Enrolled"), QStringLiteral("Exited")}));
        QCOMPARE(G::editableStates(MembershipState::Exited), QStringList {QStringLiteral("Exited")});
    }

    void rulesOfTheStateMachine()
    {
        G &m = *m_model;
        QVERIFY(m.issues().isEmpty());
        QVERIFY(m.setData(m.index(0, G::State), QStringLiteral("Paused")));
        QVERIFY(m.setData(m.index(2, G::State), QStringLiteral("Enrolled")));
        QVERIFY(issuesAt(m, 2, G::State).first().contains(QStringLiteral("final")));
        QVERIFY(m.setData(m.index(3, G::State), QStringLiteral("enrolled"))); // wire names are understood too
        QVERIFY(m.setData(m.index(1, G::State), QStringLiteral("Exited")));
        QVERIFY(issuesAt(m, 1, G::ExitReason).first().contains(QStringLiteral("needs a reason")));
        QVERIFY(m.setData(m.index(1, G::ExitReason), QStringLiteral("Moved out of the area")));
        QVERIFY(issuesAt(m, 1, G::ExitReason).isEmpty());
        QVERIFY(m.setData(m.index(1, G::ExitDate), QStringLiteral("2024-02-01")));
        QVERIFY(issuesAt(m, 1, G::ExitDate).first().contains(QStringLiteral("before the enrollment date")));
        QVERIFY(m.setData(m.index(1, G::ExitDate), QStringLiteral("30/09/2024")));
        QVERIFY(issuesAt(m, 1, G::ExitDate).isEmpty()); // unambiguous day-first date
        QVERIFY(m.setData(m.index(0, G::ExitReason), QStringLiteral("too early")));
        QVERIFY(issuesAt(m, 0, G::ExitReason).first().contains(QStringLiteral("Only an exited membership")));

        const GridSummary s = m.summary();
        QCOMPARE(s.pauses, 0); // row 0 is invalid now (exit reason on a pause)
        QCOMPARE(s.exits, 1);
        QCOMPARE(s.enrollments, 2); // the draft, and the new row
        QCOMPARE(s.invalidRows, 2);
        QVERIFY(m.data(m.index(2, G::State), Qt::BackgroundRole).isValid());
        QVERIFY(m.data(m.index(2, G::State), Qt::ToolTipRole).toString().contains(QStringLiteral("final")));
        QCOMPARE(m.data(m.index(1, G::State), Qt::ToolTipRole).toString(), QStringLiteral("Was: Paused"));
    }

    void datesFormulasAndPrograms()
    {
        G &m = *m_model;
        QVERIFY(m.setData(m.index(0, G::EnrollmentDate), QStringLiteral("31/02/2024")));
        QCOMPARE(
            m.data(m.index(0, G::EnrollmentDate)).toString(), QStringLiteral("31/02/2024")); // kept as typed
        QVERIFY(!issuesAt(m, 0, G::EnrollmentDate).isEmpty());
        QVERIFY(m.setData(m.index(0, G::EnrollmentDate), QStringLiteral("03/04/2024")));
        QVERIFY(issuesAt(m, 0, G::EnrollmentDate).first().contains(QStringLiteral("could be")));
        m.setDatePolicy(DatePolicy::DayFirst);
        QVERIFY(issuesAt(m, 0, G::EnrollmentDate).isEmpty());
        QVERIFY(m.setData(m.index(0, G::EnrollmentDate), QStringLiteral("2024-12-01")));
        QVERIFY(issuesAt(m, 0, G::EnrollmentDate).first().contains(QStringLiteral("future")));
        // A screen reader is told what the cell's colour shows.
        const QString said = m.data(m.index(0, G::EnrollmentDate), Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(said.startsWith(QStringLiteral("Invalid: ")) && said.contains(QStringLiteral("future"))
                && said.contains(QStringLiteral("Changed, was ")),
            qPrintable(said));
        QCOMPARE(m.data(m.index(0, G::ExitReason), Qt::AccessibleDescriptionRole).toString(), QString());
        QVERIFY(m.setData(m.index(4, G::ProgramName), QStringLiteral("Drought Relief 2023")));
        QVERIFY(issuesAt(m, 4, G::ProgramName).first().contains(QStringLiteral("for groups")));
        QVERIFY(m.setData(m.index(4, G::ProgramName), QStringLiteral("No Such Program")));
        QVERIFY(issuesAt(m, 4, G::ProgramName).first().contains(QStringLiteral("No program")));
        QVERIFY(m.setData(m.index(4, G::ProgramName), QStringLiteral("1")));
        QVERIFY(issuesAt(m, 4, G::ProgramName).isEmpty());
        QVERIFY(m.setData(m.index(4, G::State), QStringLiteral("Paused")));
        QVERIFY(issuesAt(m, 4, G::State).first().contains(QStringLiteral("starts as")));
        QVERIFY(m.setData(m.index(2, G::ExitReason), QStringLiteral("=HYPERLINK(\"x\")")));
        QVERIFY(issuesAt(m, 2, G::ExitReason).first().contains(QStringLiteral("formula")));
    }

    void undoRedoAndRestore()
    {
        G &m = *m_model;
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QVERIFY(m.setData(m.index(0, G::State), QStringLiteral("Paused")));
        QVERIFY(m.setData(m.index(0, G::EnrollmentDate), QStringLiteral("2024-02-01")));
        QVERIFY(m.isChanged(0));
        m.undoStack()->undo();
        QCOMPARE(m.data(m.index(0, G::EnrollmentDate)).toString(), QStringLiteral("2024-03-01"));
        m.undoStack()->undo();
        QVERIFY(!m.isChanged(0));
        m.undoStack()->redo();
        QCOMPARE(m.data(m.index(0, G::State)).toString(), QStringLiteral("Paused"));
        m.restoreCells({m.index(0, G::State)}); // Delete
        QVERIFY(!m.isChanged(0));
        m.undoStack()->undo();
        QVERIFY(m.isChanged(0));
        QVERIFY(changed.size() >= 6);
        // Typing the original value back is no change.
        QVERIFY(m.setData(m.index(0, G::State), QStringLiteral("Enrolled")));
        QVERIFY(!m.isChanged(0));
    }

    void fillDownSetForSelectionPasteAndCopy()
    {
        G &m = *m_model;
        QVERIFY(m.setData(m.index(0, G::State), QStringLiteral("Paused")));
        m.fillDown({m.index(0, G::State), m.index(1, G::State), m.index(3, G::State)});
        QCOMPARE(m.data(m.index(3, G::State)).toString(), QStringLiteral("Paused"));
        QVERIFY(issuesAt(m, 3, G::State).first().contains(QStringLiteral("cannot become")));
        QCOMPARE(m.undoStack()->undoText(), QStringLiteral("Fill down"));
        m.undoStack()->undo();
        QCOMPARE(m.data(m.index(3, G::State)).toString(), QStringLiteral("Draft"));

        m.setCells({m.index(0, G::EnrollmentDate), m.index(1, G::EnrollmentDate)},
            QStringLiteral("2024-01-15"), QStringLiteral("Set"));
        QCOMPARE(m.data(m.index(1, G::EnrollmentDate)).toString(), QStringLiteral("2024-01-15"));

        const QString note = m.paste(m.index(2, G::Registrant),
            QStringLiteral("SOMEONE\tX\tPaused\nOTHER\tY\tEnrolled\t2024-05-05\nA\tB\tC\nD\tE\tF\n"));
        QVERIFY2(note.contains(QStringLiteral("read-only")), qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("went past")));
        QCOMPARE(m.data(m.index(2, G::Registrant)).toString(), QStringLiteral("PERSON 73")); // untouched
        QCOMPARE(m.data(m.index(3, G::State)).toString(), QStringLiteral("Enrolled"));
        QCOMPARE(m.data(m.index(3, G::EnrollmentDate)).toString(), QStringLiteral("2024-05-05"));
        QCOMPARE(m.undoStack()->undoText(), QStringLiteral("Paste"));

        const QString tsv = m.copy({m.index(0, G::RegistrantId), m.index(0, G::State),
            m.index(1, G::RegistrantId), m.index(1, G::State)});
        // The bounding rectangle, with the cells not selected left empty.
        QCOMPARE(tsv, QStringLiteral("71\t\t\tPaused\n72\t\t\tPaused\n"));
    }

    void changesToSubmit()
    {
        G &m = *m_model;
        QVERIFY(m.setData(m.index(0, G::State), QStringLiteral("Paused")));
        QVERIFY(m.setData(m.index(1, G::State), QStringLiteral("Exited")));
        QVERIFY(m.setData(m.index(1, G::ExitReason), QStringLiteral("Deceased")));
        QVERIFY(m.setData(m.index(4, G::EnrollmentDate), QStringLiteral("2024-10-01")));
        const QList<GridChange> c = m.changes();
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].kind, GridChange::Kind::Patch);
        QCOMPARE(c[0].update.state, MembershipState::Paused);
        QCOMPARE(c[0].update.writeDate, c[0].original.writeDate); // the lock travels with the change
        QVERIFY(c[0].update.exitReason.isNull());
        QCOMPARE(c[1].update.state, MembershipState::Exited);
        QCOMPARE(c[1].update.exitReason, QStringLiteral("Deceased"));
        QCOMPARE(c[2].kind, GridChange::Kind::Enroll);
        QCOMPARE(c[2].programId, 4);
        QCOMPARE(c[2].registrantId, 99);
        QCOMPARE(c[2].enrollmentDate, QDate(2024, 10, 1));
        const GridSummary s = m.summary();
        QCOMPARE(s.pauses, 1);
        QCOMPARE(s.exits, 1);
        QCOMPARE(s.enrollments, 1);
        QCOMPARE(s.changedRows, 3);
    }

    // A row from a file: its cells are edits, and Delete puts back what the file said (a draft stays a
    // draft, an exit keeps its date and reason) instead of the server's value or another operation.
    void restoreOnARowFromAFileGoesBackToTheFile()
    {
        G &m = *m_model;
        m.setFromFile(1, 7,
            {{G::State, QStringLiteral("exited")}, {G::ExitDate, QStringLiteral("2024-10-01")},
                {G::ExitReason, QStringLiteral("Moved away")}});
        m.setFromFile(4, 8, {{G::State, QStringLiteral("draft")}});
        QCOMPARE(m.sourceLine(1), 7);
        QCOMPARE(m.sourceLine(0), 0);
        QCOMPARE(m.data(m.index(1, G::ExitReason)).toString(), QStringLiteral("Moved away"));
        // The officer changes the cells, then restores them.
        QVERIFY(m.setData(m.index(1, G::State), QStringLiteral("Enrolled")));
        QVERIFY(m.setData(m.index(1, G::ExitReason), QStringLiteral("typo")));
        QVERIFY(m.setData(m.index(4, G::State), QStringLiteral("Enrolled")));
        m.restoreCells(
            {m.index(1, G::State), m.index(1, G::ExitReason), m.index(1, G::ExitDate), m.index(4, G::State)});
        QCOMPARE(m.data(m.index(1, G::State)).toString(), QStringLiteral("exited"));
        QCOMPARE(m.data(m.index(1, G::ExitDate)).toString(), QStringLiteral("2024-10-01"));
        QCOMPARE(m.data(m.index(1, G::ExitReason)).toString(), QStringLiteral("Moved away"));
        QCOMPARE(m.data(m.index(4, G::State)).toString(), QStringLiteral("draft"));
        const QList<GridChange> c = m.changes();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].update.state, MembershipState::Exited);
        QCOMPARE(c[0].update.exitReason, QStringLiteral("Moved away"));
        QCOMPARE(c[1].kind, GridChange::Kind::Enroll);
        QCOMPARE(c[1].targetState, MembershipState::Draft);
        // A row loaded from the server still restores to the server's value.
        QVERIFY(m.setData(m.index(0, G::State), QStringLiteral("Paused")));
        m.restoreCells({m.index(0, G::State)});
        QCOMPARE(m.data(m.index(0, G::State)).toString(), QStringLiteral("Enrolled"));
    }

    // Remove rows: one undo step that puts the rows back where they were, with their edits and
    // file lines; later steps keep addressing the right rows.
    void removeRowsIsOneUndoStep()
    {
        G &m = *m_model;
        m.setFromFile(2, 5, {{G::ExitReason, QStringLiteral("Corrected")}});
        QVERIFY(m.setData(m.index(3, G::State), QStringLiteral("Enrolled")));
        m.removeGridRows({3, 1, 3});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.data(m.index(1, G::RegistrantId)).toString(), QStringLiteral("73"));
        QCOMPARE(m.sourceLine(1), 5);
        QCOMPARE(m.undoStack()->undoText(), QStringLiteral("Remove 2 row(s)"));
        QVERIFY(m.setData(m.index(2, G::EnrollmentDate), QStringLiteral("2024-10-02"))); // the new row
        m.undoStack()->undo();
        m.undoStack()->undo();
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.data(m.index(3, G::State)).toString(), QStringLiteral("Enrolled"));
        QCOMPARE(m.data(m.index(1, G::RegistrantId)).toString(), QStringLiteral("72"));
        QCOMPARE(m.sourceLine(2), 5);
        QVERIFY(m.data(m.index(4, G::EnrollmentDate)).toString().isEmpty());
        m.undoStack()->redo();
        m.undoStack()->redo();
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.data(m.index(2, G::EnrollmentDate)).toString(), QStringLiteral("2024-10-02"));
    }

    // One row per membership: a second row for the same registrant and program is flagged on both
    // rows, and neither is sent until one goes.
    void twoRowsForOneMembershipAreFlagged()
    {
        G &m = *m_model;
        QCOMPARE(m.rowFor(71, 1), 0);
        QCOMPARE(m.rowFor(99, 4), 4);
        QCOMPARE(m.rowFor(99, 1), -1);
        m.addNewEnrolment(99, QStringLiteral("NEW, PERSON"), false, 4);
        QVERIFY(!issuesAt(m, 5, G::Registrant).isEmpty());
        QVERIFY2(issuesAt(m, 4, G::Registrant).value(0).contains(QStringLiteral("Row 6")),
            qPrintable(issuesAt(m, 4, G::Registrant).join(QLatin1Char('\n'))));
        QCOMPARE(m.changes().size(), 0);
        // A new row typed into the program of an existing membership is a duplicate too.
        m.addNewEnrolment(71, QStringLiteral("PERSON 71"), false);
        QVERIFY(issuesAt(m, 6, G::Registrant).isEmpty());
        QVERIFY(m.setData(m.index(6, G::ProgramName), QStringLiteral("Cash Transfer Program")));
        QVERIFY(!issuesAt(m, 6, G::Registrant).isEmpty());
        m.removeGridRows({5, 6});
        QVERIFY(issuesAt(m, 4, G::Registrant).isEmpty());
        QCOMPARE(m.changes().size(), 1);
    }

    // The review lists every field that will change, also a date the server sets by itself: a
    // resume re-stamps the enrolment date, an enrolment without a date and an exit without a date
    // take today.
    void reviewShowsDatesTheServerSets()
    {
        G &m = *m_model;
        QVERIFY(m.setData(m.index(1, G::State), QStringLiteral("Enrolled"))); // resume
        QVERIFY(m.setData(m.index(0, G::State), QStringLiteral("Exited")));
        QVERIFY(m.setData(m.index(0, G::ExitReason), QStringLiteral("Moved")));
        QVERIFY(m.setData(m.index(3, G::State), QStringLiteral("Enrolled")));
        QVERIFY(m.setData(m.index(3, G::EnrollmentDate), QStringLiteral("2024-10-03"))); // given: kept
        QHash<QPair<int, int>, G::FieldChange> byCell;
        for (const G::FieldChange &f : m.fieldChanges(m.changes()))
            byCell.insert({f.row, f.column}, f);
        const G::FieldChange resumed = byCell.value({1, G::EnrollmentDate});
        QCOMPARE(resumed.was, QStringLiteral("2024-03-01"));
        QCOMPARE(resumed.willBe, QStringLiteral("2024-10-15"));
        QVERIFY(resumed.setByServer);
        const G::FieldChange exitDate = byCell.value({0, G::ExitDate});
        QCOMPARE(exitDate.willBe, QStringLiteral("2024-10-15"));
        QVERIFY(exitDate.setByServer);
        QVERIFY(!byCell.contains({0, G::EnrollmentDate}));
        QCOMPARE(byCell.value({3, G::EnrollmentDate}).willBe, QStringLiteral("2024-10-03"));
        QVERIFY(!byCell.value({3, G::EnrollmentDate}).setByServer);
        QVERIFY(byCell.value({4, G::EnrollmentDate}).setByServer); // the new row, no date given
        QCOMPARE(byCell.value({4, G::State}).willBe, QStringLiteral("Enrolled"));
    }
};

QTEST_MAIN(TstGrid)
#include "tst_grid.moc"
