// Spreadsheets made by other programs, and ours opened by them: CSV fixtures converted to XLSX by
// LibreOffice are read as the CSV says (numbers, ISO dates that became date cells, accents, Arabic)
// and import; workbooks G2P Desk exports are opened by openpyxl and by LibreOffice and hold exactly
// the cells that were written. Needs LibreOffice Calc (libreoffice-calc-nogui) and python3-openpyxl,
// which scripts/deps.sh installs; without them the tests are skipped with the reason.
#include "csvreader.h"
#include "importmapping.h"
#include "membershipimport.h"
#include "tablefile.h"
#include "tablewriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace g2p;

namespace {

QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

// Debian's python3 (where python3-openpyxl lives) before any other on the PATH.
QString pythonWithOpenpyxl()
{
    for (const QString &python :
        {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (python.isEmpty() || !QFileInfo::exists(python))
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return QString();
}

// Converts files with LibreOffice in one run (it starts slowly), with a profile of its own so an
// officer's running LibreOffice is neither used nor disturbed.
bool convert(const QStringList &files,
    const QString &filter,
    const QString &outDir,
    const QString &profile,
    QString *log,
    const QString &inFilter = QString())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(soffice(),
        QStringList {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
            QStringLiteral("--convert-to"), filter, QStringLiteral("--outdir"), outDir}
            + (inFilter.isEmpty() ? QStringList() : QStringList {QStringLiteral("--infilter=") + inFilter})
            + files);
    const bool done = p.waitForFinished(180000);
    *log = QString::fromUtf8(p.readAll());
    if (!done)
        p.kill();
    return done && p.exitCode() == 0;
}

// Rows as a spreadsheet holds them: trailing empty cells and empty rows carry nothing.
QList<QStringList> normalised(QList<QStringList> rows)
{
    QList<QStringList> out;
    for (QStringList r : rows) {
        while (!r.isEmpty() && r.last().isEmpty())
            r.removeLast();
        if (!r.isEmpty())
            out.append(r);
    }
    return out;
}

} // namespace

class TstSpreadsheetInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // Import fixtures as an officer might have them: typed in LibreOffice and saved as XLSX.
    void libreOfficeWorkbooksReadAsTheirCsv()
    {
        if (soffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: scripts/deps.sh installs libreoffice-calc-nogui");
        // Fixtures LibreOffice reads as they are written: UTF-8, commas, ISO or no dates. (Day-first
        // dates become LibreOffice's own reading of them; other encodings need its import dialog.)
        const QStringList names {QStringLiteral("ok_basic"), QStringLiteral("ok_enrol_new"),
            QStringLiteral("program_by_id"), QStringLiteral("duplicate_rows"),
            QStringLiteral("unknown_state"), QStringLiteral("unknown_program"), QStringLiteral("negative_id"),
            QStringLiteral("non_numeric_id"), QStringLiteral("exit_without_reason"),
            QStringLiteral("future_exit"), QStringLiteral("transition_not_allowed")};
        const QString in = m_dir.filePath(QStringLiteral("csv")),
                      out = m_dir.filePath(QStringLiteral("xlsx"));
        QVERIFY(QDir().mkpath(in) && QDir().mkpath(out));
        QStringList files;
        for (const QString &n : names) {
            const QString from
                = QStringLiteral(G2P_TEST_DATA "/import-catalogue/") + n + QStringLiteral(".csv");
            QVERIFY2(QFile::exists(from), qPrintable(from));
            QVERIFY(QFile::copy(from, in + QLatin1Char('/') + n + QStringLiteral(".csv")));
            files << in + QLatin1Char('/') + n + QStringLiteral(".csv");
        }
        QString log;
        // Comma-separated, double quotes, UTF-8 (76), as the fixtures are.
        QVERIFY2(convert(files, QStringLiteral("xlsx"), out, m_dir.filePath(QStringLiteral("lo-profile")),
                     &log, QStringLiteral("CSV:44,34,76,1")),
            qPrintable(log));
        for (const QString &n : names) {
            const TableText csv = readTableFile(in + QLatin1Char('/') + n + QStringLiteral(".csv"));
            const TableText xlsx = readTableFile(out + QLatin1Char('/') + n + QStringLiteral(".xlsx"));
            QVERIFY2(csv.ok(), qPrintable(csv.error));
            QVERIFY2(xlsx.ok(), qPrintable(n + QStringLiteral(": ") + xlsx.error));
            QCOMPARE(normalised(xlsx.rows), normalised(csv.rows));
            // The import reads the workbook's lines as it reads the CSV's.
            QList<ImportProblem> fromCsv, fromXlsx;
            const auto a = MembershipImport::readLines(
                csv, ImportMapping::guess(csv.rows.first()), QString(), &fromCsv);
            const auto b = MembershipImport::readLines(
                xlsx, ImportMapping::guess(xlsx.rows.first()), QString(), &fromXlsx);
            QCOMPARE(b.size(), a.size());
            QCOMPARE(fromXlsx.size(), fromCsv.size());
            for (int i = 0; i < a.size(); ++i) {
                QCOMPARE(b[i].registrantId, a[i].registrantId);
                QCOMPARE(b[i].state, a[i].state);
                QCOMPARE(b[i].exitDate, a[i].exitDate);
                QCOMPARE(b[i].enrollmentDate, a[i].enrollmentDate);
            }
        }
    }

    void exportedWorkbooksOpenElsewhere_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::newRow("openpyxl") << QStringLiteral("openpyxl");
        QTest::newRow("LibreOffice") << QStringLiteral("libreoffice");
    }

    // A workbook written by G2P Desk, with the cells that break exports elsewhere, read back by
    // another program: every cell is there as written (text stays text, dates are dates).
    void exportedWorkbooksOpenElsewhere()
    {
        QFETCH(QString, reader);
        const QString python = reader == QLatin1String("openpyxl") ? pythonWithOpenpyxl() : QString();
        if (reader == QLatin1String("openpyxl") && python.isEmpty())
            QSKIP("python3 with openpyxl is not installed: scripts/deps.sh installs python3-openpyxl");
        if (reader == QLatin1String("libreoffice") && soffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: scripts/deps.sh installs libreoffice-calc-nogui");
        const QStringList headers {QStringLiteral("Registrant ID"), QStringLiteral("Name"),
            QStringLiteral("Code"), QStringLiteral("Enrolled"), QStringLiteral("Note")};
        const TableRows rows {
            {qint64(381), QStringLiteral("NDIAYE, AÏSSATOU"), QStringLiteral("007"), QDate(2026, 11, 1),
                QStringLiteral("line one\nline two")},
            {qint64(1000000), QStringLiteral("العلي، فاطمة"), QStringLiteral("=SUM(A1:A2)"),
                QDate(2024, 2, 29), QStringLiteral("\"quoted\", with a comma")},
            {qint64(7), QStringLiteral("O'BRIEN 🙂"), QStringLiteral("+254712345678"), QVariant(),
                QStringLiteral("x").repeated(5000)},
        };
        // What another program should find: text as written, numbers as numbers, dates in ISO.
        const QList<QStringList> expected {headers,
            {QStringLiteral("381"), QStringLiteral("NDIAYE, AÏSSATOU"), QStringLiteral("007"),
                QStringLiteral("2026-11-01"), QStringLiteral("line one\nline two")},
            {QStringLiteral("1000000"), QStringLiteral("العلي، فاطمة"), QStringLiteral("=SUM(A1:A2)"),
                QStringLiteral("2024-02-29"), QStringLiteral("\"quoted\", with a comma")},
            {QStringLiteral("7"), QStringLiteral("O'BRIEN 🙂"), QStringLiteral("+254712345678"), QString(),
                QStringLiteral("x").repeated(5000)}};
        const QString path = m_dir.filePath(reader + QStringLiteral("-export.xlsx"));
        QString error;
        QVERIFY2(writeXlsxFile(path, QStringLiteral("Members"), headers, rows, &error), qPrintable(error));

        QList<QStringList> found;
        if (reader == QLatin1String("openpyxl")) {
            const QString script = QStringLiteral(R"(import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def text(v):
    if v is None: return ""
    if isinstance(v, datetime.datetime): return v.date().isoformat()
    if isinstance(v, datetime.date): return v.isoformat()
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    return str(v)
print(json.dumps([[text(c) for c in row] for row in ws.iter_rows(values_only=True)]))
)");
            QProcess p;
            p.start(python, {QStringLiteral("-c"), script, path});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            for (const QJsonValue &row : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
                QStringList cells;
                for (const QJsonValue &c : row.toArray())
                    cells << c.toString();
                found << cells;
            }
            QCOMPARE(sheetTitle(python, path), QStringLiteral("Members"));
        } else {
            const QString out = m_dir.filePath(QStringLiteral("lo-csv"));
            QVERIFY(QDir().mkpath(out));
            QString log;
            // 44 = comma, 34 = double quote, 76 = UTF-8.
            QVERIFY2(convert({path}, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), out,
                         m_dir.filePath(QStringLiteral("lo-profile")), &log),
                qPrintable(log));
            QFile csv(
                out + QStringLiteral("/") + QFileInfo(path).completeBaseName() + QStringLiteral(".csv"));
            QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(log));
            const TableText t = readCsv(csv.readAll(), QLatin1Char(','));
            QVERIFY2(t.ok(), qPrintable(t.error));
            found = t.rows;
        }
        QCOMPARE(normalised(found), normalised(expected));
    }

private:
    static QString sheetTitle(const QString &python, const QString &path)
    {
        QProcess p;
        p.start(python,
            {QStringLiteral("-c"),
                QStringLiteral(
                    "import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).active.title)"),
                path});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
};

QTEST_GUILESS_MAIN(TstSpreadsheetInterop)
#include "tst_spreadsheet_interop.moc"
