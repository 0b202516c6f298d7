// grid_paste: pasting 10,000 rows x 5 columns of spreadsheet text into the bulk-edit grid, as one
// undoable step (impl g2p), next to the same cells set one by one through setData (per_cell).
// Metric: paste_ms.
#include "benchutil.h"
#include "membershipgridmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace g2p;

static void fill(MembershipGridModel &m, int rows)
{
    Program p;
    p.id = 1;
    p.name = QStringLiteral("Cash Transfer Program");
    p.targetType = TargetType::Individual;
    m.setPrograms({p});
    QList<ProgramMembership> list;
    for (int i = 0; i < rows; ++i) {
        ProgramMembership x;
        x.id = i + 1;
        x.registrantId = 1000 + i;
        x.registrantName = QStringLiteral("PERSON %1").arg(i);
        x.programId = 1;
        x.programName = p.name;
        x.state = MembershipState::Enrolled;
        x.enrollmentDate = Timestamp::fromDate(QDate(2024, 1, 1));
        x.writeDate = Timestamp::fromUtcMicros(1700000000000000LL + i);
        list.append(x);
    }
    m.addMemberships(list);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = 10000;
    QString text;
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("Cash Transfer Program\tExited\t2024-02-01\t2024-09-30\tGraduated\n");
    {
        MembershipGridModel m;
        fill(m, rows);
        QElapsedTimer t;
        t.start();
        m.paste(m.index(0, MembershipGridModel::ProgramName), text);
        bench::emit("grid_paste_10k_x5", QStringLiteral("g2p"), "paste_ms", t.nsecsElapsed() / 1e6);
        t.restart();
        const int issues = int(m.issues().size());
        bench::emit("grid_paste_10k_x5", QStringLiteral("g2p"), "validate_ms", t.nsecsElapsed() / 1e6);
        if (issues != 0)
            std::fprintf(stderr, "unexpected issues: %d\n", issues);
    }
    {
        MembershipGridModel m;
        fill(m, rows);
        const QStringList values {QStringLiteral("Cash Transfer Program"), QStringLiteral("Exited"),
            QStringLiteral("2024-02-01"), QStringLiteral("2024-09-30"), QStringLiteral("Graduated")};
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < 5; ++c)
                m.setData(m.index(r, MembershipGridModel::ProgramName + c), values[c]);
        bench::emit("grid_paste_10k_x5", QStringLiteral("per_cell"), "paste_ms", t.nsecsElapsed() / 1e6);
    }
    return 0;
}
