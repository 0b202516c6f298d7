// The import engine: header mapping (guessed, from JSON, remembered by file shape), and the
// bad-input catalogue (tests/data/import-catalogue, made by its make_catalogue.py) run as a dry
// run against a sandbox: each file must give the answer expected.tsv names, on the right line.
// Also a million-row sheet read locally.
#include "csvreader.h"
#include "importmapping.h"
#include "membershipimport.h"
#include "restcontractbackend.h"
#include "sandboxprocess.h"
#include "xlsxreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace g2p;
using g2p::test::SandboxProcess;

class TstImport : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestContractBackend> m_backend;
    QList<Program> m_programs;

    // The sheet's lines, its columns guessed from the header row.
    static QList<ImportLine> readGuessed(const TableText &t, QList<ImportProblem> *problems)
    {
        return MembershipImport::readLines(t, ImportMapping::guess(t.rows.first()), QString(), problems);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_sandbox
            = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"), QStringLiteral("300")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        ClientConfig c;
        c.baseUrl = m_sandbox->baseUrl();
        c.user = c.password = QStringLiteral("demo");
        m_client = std::make_unique<ApiClient>(&m_nam, c);
        m_backend = std::make_unique<RestContractBackend>(m_client.get());
        auto programs = test::wait(m_client->listPrograms({}, 100, 0));
        QVERIFY(programs->succeeded());
        m_programs = programs->result().items;
        // The catalogue's ids are those of this seed: check the demo data still matches.
        MembershipFilter f;
        f.registrantId = 381;
        f.programId = 1;
        auto m = test::wait(m_client->listMemberships(f, 1, 0));
        QVERIFY(m->succeeded());
        QVERIFY2(!m->result().items.isEmpty() && m->result().items.first().state == MembershipState::Enrolled,
            "the demo data changed: regenerate tests/data/import-catalogue with ids of the new data");
    }

    void mappingIsGuessedFromHeaders()
    {
        const QStringList headers {QStringLiteral(" Registrant ID "), QStringLiteral("PROGRAM NAME"),
            QStringLiteral("status"), QStringLiteral("Exit_Date"), QStringLiteral("Notes"),
            QStringLiteral("id")};
        const ImportMapping m = ImportMapping::guess(headers);
        QCOMPARE(m.columns,
            (QList<ImportField> {ImportField::RegistrantId, ImportField::Program, ImportField::State,
                ImportField::ExitDate, ImportField::Ignore,
                ImportField::Ignore})); // the first id column wins
        QVERIFY(m.problem().isEmpty());
        QCOMPARE(ImportMapping::shapeKey(headers),
            ImportMapping::shapeKey({QStringLiteral("id"), QStringLiteral("notes"),
                QStringLiteral("exit date"), QStringLiteral("Status"), QStringLiteral("program name"),
                QStringLiteral("registrant id")}));
        QVERIFY(ImportMapping::shapeKey(headers) != ImportMapping::shapeKey(headers.mid(1)));
    }

    void mappingFromJson()
    {
        const QStringList headers {
            QStringLiteral("Beneficiary"), QStringLiteral("Scheme"), QStringLiteral("When")};
        QString error;
        const ImportMapping m = ImportMapping::fromJson(
            QJsonObject {{QStringLiteral("beneficiary"), QStringLiteral("registrant_id")},
                {QStringLiteral("Scheme"), QStringLiteral("program")},
                {QStringLiteral("When"), QStringLiteral("exit_date")}},
            headers, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m.columnOf(ImportField::ExitDate), 2);
        QCOMPARE(m.toJson(headers).value(QStringLiteral("Scheme")).toString(), QStringLiteral("program"));

        ImportMapping::fromJson(
            QJsonObject {{QStringLiteral("Missing"), QStringLiteral("program")}}, headers, &error);
        QVERIFY(error.contains(QStringLiteral("does not have")));
        error.clear();
        ImportMapping::fromJson(
            QJsonObject {{QStringLiteral("When"), QStringLiteral("birthday")}}, headers, &error);
        QVERIFY(error.contains(QStringLiteral("unknown field")));
        error.clear();
        ImportMapping::fromJson(QJsonObject {{QStringLiteral("When"), QStringLiteral("program")},
                                    {QStringLiteral("Scheme"), QStringLiteral("program")}},
            headers, &error);
        QVERIFY(error.contains(QStringLiteral("two columns")));
        // A program for the whole file replaces the program column.
        ImportMapping noProgram;
        noProgram.columns = {ImportField::RegistrantId};
        QVERIFY(!noProgram.problem().isEmpty());
        QVERIFY(noProgram.problem(true).isEmpty());
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("needle");
        QFile manifest(QStringLiteral(G2P_TEST_DATA "/import-catalogue/expected.tsv"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        int count = 0;
        for (const QByteArray &raw : manifest.readAll().split('\n')) {
            if (raw.isEmpty() || raw.startsWith('#'))
                continue;
            const QStringList f = QString::fromUtf8(raw).split(QLatin1Char('\t'));
            QTest::newRow(qPrintable(f.value(0)))
                << f.value(0) << f.value(1) << f.value(2).toInt() << f.value(3);
            ++count;
        }
        QVERIFY(count >= 30);
    }

    void catalogue()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QFETCH(int, line);
        QFETCH(QString, needle);
        QFile f(QStringLiteral(G2P_TEST_DATA "/import-catalogue/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const bool xlsx = file.endsWith(QLatin1String(".xlsx"));
        const TableText table = xlsx ? readXlsx(bytes) : readCsv(bytes);
        if (expect == QLatin1String("unreadable")) {
            QVERIFY2(!table.ok(), "the file should be refused as unreadable");
            QVERIFY2(table.error.contains(needle), qPrintable(table.error));
            return;
        }
        QVERIFY2(table.ok(), qPrintable(table.error));
        const ImportMapping mapping = ImportMapping::guess(table.rows.first());
        if (expect == QLatin1String("mapping")) {
            QVERIFY2(mapping.problem().contains(needle), qPrintable(mapping.problem()));
            return;
        }
        QVERIFY2(mapping.problem().isEmpty(), qPrintable(mapping.problem()));

        MembershipGridModel grid;
        grid.setPrograms(m_programs);
        QList<ImportProblem> problems;
        const QList<ImportLine> lines = MembershipImport::readLines(table, mapping, QString(), &problems);
        MembershipImport import(m_backend.get(), &grid);
        QSignalSpy done(&import, &MembershipImport::finished);
        import.start(lines);
        if (done.isEmpty())
            QVERIFY(done.wait(30000));
        problems += import.problems();
        QStringList said;
        for (const ImportProblem &p : problems)
            said << QStringLiteral("line %1, %2: %3").arg(p.line).arg(p.field, p.message);
        if (expect.startsWith(QLatin1String("ok:"))) {
            QVERIFY2(problems.isEmpty(), qPrintable(said.join(QLatin1Char('\n'))));
            QCOMPARE(grid.changes().size(), expect.mid(3).toInt());
            return;
        }
        QCOMPARE(expect, QStringLiteral("problem"));
        bool found = false;
        for (const ImportProblem &p : problems)
            found = found || (p.line == line && p.message.contains(needle, Qt::CaseInsensitive));
        QVERIFY2(found,
            qPrintable(QStringLiteral("expected on line %1: “%2”; got:\n%3")
                           .arg(line)
                           .arg(needle, said.join(QLatin1Char('\n')))));
        // Rows with a problem are never among the changes sent.
        for (const GridChange &c : grid.changes())
            QVERIFY(import.lineOfRow(c.row) != line);
    }

    // ID type and number resolve through ids known locally, and only through them.
    void idNumbersResolveThroughKnownIds()
    {
        TableText t;
        t.rows = {{QStringLiteral("ID type"), QStringLiteral("ID number"), QStringLiteral("Program"),
                      QStringLiteral("State")},
            {QStringLiteral("National ID"), QStringLiteral("NID-1"), QStringLiteral("1"),
                QStringLiteral("paused")},
            {QStringLiteral("national id"), QStringLiteral(" NID-2 "), QStringLiteral("1"),
                QStringLiteral("paused")}};
        t.lines = {1, 2, 3};
        QList<ImportProblem> problems;
        const auto lines = readGuessed(t, &problems);
        QCOMPARE(lines.size(), 2);
        MembershipGridModel grid;
        grid.setPrograms(m_programs);
        MembershipImport import(m_backend.get(), &grid);
        import.setKnownIds(
            {{ MembershipImport::idKey(QStringLiteral("NATIONAL ID"), QStringLiteral("NID-2")),
                381 }});
        QSignalSpy done(&import, &MembershipImport::finished);
        import.start(lines);
        if (done.isEmpty())
            QVERIFY(done.wait(30000));
        QCOMPARE(grid.rowCount(), 1);
        QCOMPARE(import.lineOfRow(0), 3);
        QCOMPARE(
            grid.data(grid.index(0, MembershipGridModel::RegistrantId)).toString(), QStringLiteral("381"));
        QCOMPARE(import.linesNotImported().size(), 1);
        QCOMPARE(import.linesNotImported().first().line, 2);
    }

    // Cancel while the registrants are read: nothing more is asked of the server, the lines already
    // read are in the grid, every other line is listed as not imported because of the cancel.
    void cancellingAnImportKeepsWhatWasRead()
    {
        TableText t;
        t.rows = {{QStringLiteral("registrant_id"), QStringLiteral("program"), QStringLiteral("state")}};
        t.lines = {1};
        for (int i = 0; i < 60; ++i) {
            t.rows.append({QString::number(300 + i), QStringLiteral("1"), QStringLiteral("paused")});
            t.lines.append(i + 2);
        }
        QList<ImportProblem> problems;
        const auto lines = readGuessed(t, &problems);
        QCOMPARE(lines.size(), 60);
        MembershipGridModel grid;
        grid.setPrograms(m_programs);
        MembershipImport import(m_backend.get(), &grid);
        QSignalSpy done(&import, &MembershipImport::finished);
        connect(&import, &MembershipImport::progress, &import, [&import](int read, int) {
            if (read >= 10)
                import.cancel(); // once some were read
        });
        import.start(lines);
        if (done.isEmpty())
            QVERIFY(done.wait(30000));
        QVERIFY(!import.isRunning());
        int cancelled = 0;
        for (const ImportProblem &p : import.linesNotImported())
            cancelled += p.message.contains(QStringLiteral("cancelled"));
        // Lines of registrants read before the cancel are in the grid or have their own reason.
        const int settled = grid.rowCount() + int(import.linesNotImported().size()) - cancelled;
        QVERIFY2(cancelled > 0 && settled >= 10,
            qPrintable(QStringLiteral("%1 cancelled, %2 settled").arg(cancelled).arg(settled)));
        QCOMPARE(grid.rowCount() + int(import.linesNotImported().size()), 60);
        // Cancelled before anything was asked (at the first progress report): it still finishes.
        MembershipGridModel empty;
        empty.setPrograms(m_programs);
        MembershipImport early(m_backend.get(), &empty);
        QSignalSpy earlyDone(&early, &MembershipImport::finished);
        connect(
            &early, &MembershipImport::progress, &early, [&early] { early.cancel(); },
            Qt::SingleShotConnection);
        early.start(lines);
        QVERIFY(earlyDone.wait(5000));
        QCOMPARE(empty.rowCount(), 0);
        QCOMPARE(early.linesNotImported().size(), 60);
    }

    // More lines than one slice (lines become rows a slice per turn of the event loop): every line
    // ends as a row or a reason, a line of a later slice merges onto a row the grid already held,
    // and the one-pass count agrees with the grid's changes and issues.
    void linesBecomeRowsSliceBySlice()
    {
        TableText t;
        t.rows = {{QStringLiteral("registrant_id"), QStringLiteral("program"), QStringLiteral("state")}};
        t.lines = {1};
        for (const Program &p : std::as_const(m_programs)) // the last program's lines come last
            for (int id = 1; id <= 500; ++id) {
                t.rows.append({QString::number(id), QString::number(p.id), QStringLiteral("enrolled")});
                t.lines.append(int(t.lines.size()) + 1);
            }
        QList<ImportProblem> problems;
        const auto lines = readGuessed(t, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY2(lines.size() > 2000, "the sheet must span more than one slice");
        // Registrant 381 (an individual of this seed) already has a row for the last program.
        MembershipGridModel grid;
        grid.setPrograms(m_programs);
        grid.addNewEnrolment(381, QStringLiteral("held before"), false, m_programs.last().id);
        MembershipImport import(m_backend.get(), &grid);
        QSignalSpy done(&import, &MembershipImport::finished);
        import.start(lines);
        QVERIFY(done.wait(120000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(import.mergedRows(), 1);
        QCOMPARE(grid.rowCount() - 1 + int(import.linesNotImported().size()) + import.mergedRows(),
            int(lines.size()));
        QVERIFY(grid.rowCount() > 1000);
        // The merged line is one of the last slice's, onto row 0.
        QVERIFY(import.lineOfRow(0) > 2000);
        QList<GridIssue> issues;
        const GridSummary s = grid.summary(&issues);
        QCOMPARE(s.changedRows, int(grid.changes().size()));
        QCOMPARE(issues.size(), grid.issues().size());
        GridSummary sliced;
        for (int from = 0; from < grid.rowCount(); from += 700)
            sliced += grid.summary(nullptr, from, from + 700);
        QCOMPARE(sliced.changedRows, s.changedRows);
        QCOMPARE(sliced.invalidRows, s.invalidRows);
        QCOMPARE(sliced.enrollments, s.enrollments);
    }

    // A million rows read and checked locally (no server): every row kept, duplicates found.
    // G2P_IMPORT_ROWS sets another size.
    void millionRowsLocally()
    {
        QByteArray csv = "registrant_id,program,state,exit_date\n";
        const int n = qEnvironmentVariableIntValue("G2P_IMPORT_ROWS") > 0
            ? qEnvironmentVariableIntValue("G2P_IMPORT_ROWS")
            : 1000000;
        csv.reserve(n * 40);
        for (int i = 1; i <= n; ++i) {
            csv += QByteArray::number(i % (n - 10) + 1); // the last ten ids repeat the first ten
            csv += ",Cash Transfer Program,exited,2026-11-01\n";
        }
        QElapsedTimer t;
        t.start();
        const TableText table = readCsv(csv);
        QVERIFY(table.ok());
        QCOMPARE(table.rows.size(), n + 1);
        QList<ImportProblem> problems;
        const auto lines = MembershipImport::readLines(
            table, ImportMapping::guess(table.rows.first()), QString(), &problems);
        QCOMPARE(lines.size(), n - 10);
        QCOMPARE(problems.size(), 10);
        QVERIFY(problems.first().message.contains(QStringLiteral("Duplicate of line 2")));
        qInfo("%d rows read and checked in %lld ms", n, qlonglong(t.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
