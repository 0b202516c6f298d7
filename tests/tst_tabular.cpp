// Spreadsheet files as officers send them: CSV in several encodings and separators, XLSX from
// Excel or LibreOffice, and dates in three conventions.
#include "csvreader.h"
#include "datepolicy.h"
#include "modelexport.h"
#include "tablefile.h"
#include "tablewriter.h"
#include "textdecoding.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QFile>
#include <QStandardItemModel>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace g2p;

namespace {

QByteArray utf16le(const QString &s, bool bom)
{
    QStringEncoder e(QStringEncoder::Utf16LE);
    QByteArray out = e.encode(s);
    return bom ? QByteArray("\xFF\xFE") + out : out;
}

// A minimal .xlsx written by hand, as other programs write them (inline strings, no styles).
QByteArray handMadeXlsx(const QByteArray &sheetXml, const QByteArray &shared = QByteArray())
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    const auto add = [&](const char *name, const QByteArray &data) {
        QuaZipFile f(&zip);
        f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)));
        f.write(data);
        f.close();
    };
    add("xl/workbook.xml",
        R"(<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    add("xl/_rels/workbook.xml.rels",
        R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)");
    add("xl/worksheets/sheet1.xml", sheetXml);
    if (!shared.isEmpty())
        add("xl/sharedStrings.xml", shared);
    zip.close();
    return bytes;
}

} // namespace

class TstTabular : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The padding bomb: a workbook well under 10 MB whose 2,000,000 rows each hold one cell in
    // column SR would stand for a billion empty cells. It is refused with a clear error (and the
    // reader never holds more than the cell limit), through the same path the desktop and CLI use.
    void xlsxPaddingBombIsRefused()
    {
        QByteArray sheet;
        sheet.reserve(130 * 1024 * 1024);
        sheet += "<worksheet><sheetData>";
        for (int r = 1; r <= 2000000; ++r) {
            const QByteArray n = QByteArray::number(r);
            sheet += "<row r=\"" + n + "\"><c r=\"SR" + n + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        }
        sheet += "</sheetData></worksheet>";
        const QByteArray bomb = handMadeXlsx(sheet);
        sheet.clear();
        sheet.squeeze();
        QVERIFY2(bomb.size() < 10 * 1024 * 1024, qPrintable(QString::number(bomb.size())));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bomb);
        f.close();
        const TableText t = readTableFile(path);
        QVERIFY(!t.ok());
        QVERIFY2(t.error.contains(QStringLiteral("more than 5000000 cells")), qPrintable(t.error));
    }

    // CSV: size, rows, columns and cell length are bounded, each with an error naming the place.
    void csvLimits()
    {
        TableLimits small;
        small.maxRows = 3;
        small.maxColumns = 4;
        small.maxCellChars = 10;
        small.maxFileBytes = 1000;
        QVERIFY(readCsv("a,b\n1,2\n3,4\n", std::nullopt, small).ok());
        QVERIFY(
            readCsv("a\n1\n2\n3\n", std::nullopt, small).error.contains(QStringLiteral("more than 3 rows")));
        QCOMPARE(readCsv("a,b\n1,2,3,4,5\n", std::nullopt, small).error,
            QStringLiteral("Line 2 has more than 4 columns."));
        QVERIFY(readCsv("a\n\"12345678901\n", std::nullopt, small)
                    .error.contains(QStringLiteral("is a quote missing")));
        QVERIFY(readCsv("a\n12345678901\n", std::nullopt, small)
                    .error.contains(QStringLiteral("Line 2: a cell")));
        QVERIFY(readCsv(QByteArray(2000, 'a'), std::nullopt, small)
                    .error.contains(QStringLiteral("larger than")));
        TableLimits fewCells;
        fewCells.maxCells = 5;
        QVERIFY(readCsv("a,b\n1,2\n3,4\n", std::nullopt, fewCells).error.contains(QStringLiteral("cells")));
        // The file's size is checked before it is read.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2000, 'a'));
        f.close();
        QVERIFY(readTableFile(f.fileName(), small).error.contains(QStringLiteral("larger than")));
    }

    // Exports hold personal data: readable by the officer only (0600), whatever the umask.
    void exportsArePrivate()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("out.csv")),
                      xlsx = dir.filePath(QStringLiteral("out.xlsx"));
        QString error;
        QVERIFY2(
            writeCsvFile(csv, {QStringLiteral("a")}, {{QStringLiteral("1")}}, &error), qPrintable(error));
        QVERIFY2(
            writeXlsxFile(xlsx, QStringLiteral("S"), {QStringLiteral("a")}, {{QStringLiteral("1")}}, &error),
            qPrintable(error));
        for (const QString &path : {csv, xlsx}) {
            const auto p = QFile::permissions(path)
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
            QVERIFY2(p == (QFileDevice::ReadOwner | QFileDevice::WriteOwner), qPrintable(path));
        }
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("registrant_id,name\n71,José Müller\n72,محمد\n");
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                   << QStringLiteral("UTF-8 with BOM");
        QTest::newRow("utf-16 excel") << utf16le(text, true) << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16 no bom") << utf16le(text, false) << QStringLiteral("UTF-16LE");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const TableText t = readCsv(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.encoding, encoding);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[1][1], QStringLiteral("José Müller"));
        QCOMPARE(t.rows[2][1], QStringLiteral("محمد"));
    }

    void windows1252()
    {
        const TableText t = readCsv(QByteArray("id;name\r\n7;Fran\xe7oise Lef\xe8vre\r\n"));
        QVERIFY(t.ok());
        QCOMPARE(t.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(t.delimiter, QLatin1Char(';'));
        QCOMPARE(t.rows[1][1], QStringLiteral("Françoise Lefèvre"));
        QVERIFY(!t.warnings.isEmpty());
    }

    void quotingAndLines()
    {
        const TableText t
            = readCsv("a\tb\tc\n\"x\ty\"\t\"line one\nline two\"\t\"say \"\"hi\"\"\"\n\n  spaced  \t\t\n");
        QVERIFY(t.ok());
        QCOMPARE(t.delimiter, QLatin1Char('\t'));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[1],
            (QStringList {
                QStringLiteral("x\ty"), QStringLiteral("line one\nline two"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(t.lines, (QList<int> {1, 2, 5}));
        QCOMPARE(t.rows[2], (QStringList {QStringLiteral("spaced"), QString(), QString()}));
    }

    void raggedRowsAreKeptAsTheyAre()
    {
        const TableText t = readCsv("id,date\n1\n2,2024-01-01,extra\n");
        QVERIFY(t.ok());
        QCOMPARE(t.rows[1].size(), 1);
        QCOMPARE(t.rows[2].size(), 3);
    }

    void unreadableFiles()
    {
        QVERIFY(readCsv(QByteArray()).error.contains(QStringLiteral("empty")));
        QVERIFY(readCsv("  \n\n").error.contains(QStringLiteral("empty")));
        const TableText open = readCsv("id,name\n1,\"never closed\n2,x\n");
        QCOMPARE(open.error, QStringLiteral("Line 2: a quoted field is never closed."));
    }

    void formulas()
    {
        QVERIFY(looksLikeFormula(QStringLiteral("=HYPERLINK(\"x\")")));
        QVERIFY(looksLikeFormula(QStringLiteral("@SUM(A1)")));
        QVERIFY(looksLikeFormula(QStringLiteral("+cmd|' /C calc'!A0")));
        QVERIFY(!looksLikeFormula(QStringLiteral("+254712345678")));
        QVERIFY(!looksLikeFormula(QStringLiteral("-5")));
        const QByteArray csv
            = toCsv({QStringLiteral("name")}, {{QStringLiteral("=1+1")}, {QStringLiteral("a,b")}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("'=1+1"));
        QVERIFY(csv.contains("\"a,b\""));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("policy");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("valid");
        QTest::newRow("iso") << "2024-03-04" << int(DatePolicy::Automatic) << QDate(2024, 3, 4) << false
                             << true;
        QTest::newRow("ambiguous") << "03/04/2024" << int(DatePolicy::Automatic) << QDate(2024, 4, 3) << true
                                   << false;
        QTest::newRow("only day first")
            << "25/12/2024" << int(DatePolicy::Automatic) << QDate(2024, 12, 25) << false << true;
        QTest::newRow("only month first")
            << "12/25/2024" << int(DatePolicy::Automatic) << QDate(2024, 12, 25) << false << true;
        QTest::newRow("same both ways")
            << "05/05/2024" << int(DatePolicy::Automatic) << QDate(2024, 5, 5) << false << true;
        QTest::newRow("day first") << "03/04/2024" << int(DatePolicy::DayFirst) << QDate(2024, 4, 3) << false
                                   << true;
        QTest::newRow("month first") << "03/04/2024" << int(DatePolicy::MonthFirst) << QDate(2024, 3, 4)
                                     << false << true;
        QTest::newRow("dotted") << "31.12.2023" << int(DatePolicy::DayFirst) << QDate(2023, 12, 31) << false
                                << true;
        QTest::newRow("not a day") << "31/02/2024" << int(DatePolicy::DayFirst) << QDate() << false << false;
        QTest::newRow("iso only") << "03/04/2024" << int(DatePolicy::Iso) << QDate() << false << false;
        QTest::newRow("words") << "yesterday" << int(DatePolicy::Automatic) << QDate() << false << false;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, policy);
        QFETCH(QDate, date);
        QFETCH(bool, ambiguous);
        QFETCH(bool, valid);
        const ParsedDate d = parseSpreadsheetDate(text, DatePolicy(policy));
        QCOMPARE(d.ambiguous, ambiguous);
        QCOMPARE(d.ok(), valid);
        if (valid || ambiguous)
            QCOMPARE(d.date, date);
        else
            QVERIFY(!d.problem.isEmpty());
    }

    void xlsxRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("enrol.xlsx"));
        QString error;
        const TableRows rows = {{qint64(71), QStringLiteral("José Müller"), QDate(2024, 7, 1), 12.5},
            {qint64(72), QStringLiteral("=not a formula"), QVariant(), QStringLiteral("محمد")}};
        QVERIFY2(writeXlsxFile(path, QStringLiteral("Enrolments"),
                     {QStringLiteral("registrant_id"), QStringLiteral("name"),
                         QStringLiteral("enrollment_date"), QStringLiteral("x")},
                     rows, &error),
            qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const TableText t = readXlsx(f.readAll());
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[0][0], QStringLiteral("registrant_id"));
        QCOMPARE(t.rows[1],
            (QStringList {QStringLiteral("71"), QStringLiteral("José Müller"), QStringLiteral("2024-07-01"),
                QStringLiteral("12.5")}));
        QCOMPARE(t.rows[2],
            (QStringList {
                QStringLiteral("72"), QStringLiteral("=not a formula"), QString(), QStringLiteral("محمد")}));
        QCOMPARE(t.lines, (QList<int> {1, 2, 3}));
    }

    void xlsxFromOtherPrograms()
    {
        const QByteArray sheet = R"(<worksheet><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="C1" t="s"><v>0</v></c></row>
            <row r="4"><c r="A4"><v>73</v></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="str"><f>A4*2</f><v>146</v></c></row>
            </sheetData></worksheet>)";
        const QByteArray shared
            = R"(<sst><si><r><t>enrol</t></r><r><t>ment</t></r><rPh><t>x</t></rPh></si></sst>)";
        const TableText t = readXlsx(handMadeXlsx(sheet, shared));
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.rows[0], (QStringList {QStringLiteral("id"), QString(), QStringLiteral("enrolment")}));
        QCOMPARE(
            t.rows[1], (QStringList {QStringLiteral("73"), QStringLiteral("TRUE"), QStringLiteral("146")}));
        QCOMPARE(t.lines, (QList<int> {1, 4}));
    }

    void brokenXlsx()
    {
        QVERIFY(readXlsx("not a zip at all").error.contains(QStringLiteral("not an .xlsx")));
        QVERIFY(readXlsx(handMadeXlsx("<worksheet><sheetData><row><c><v>1</v></row>"))
                    .error.contains(QStringLiteral("damaged")));
        QVERIFY(readXlsx(handMadeXlsx("<worksheet><sheetData/></worksheet>"))
                    .error.contains(QStringLiteral("empty")));
        XlsxLimits small;
        small.maxEntryBytes = 100;
        QVERIFY(readXlsx(handMadeXlsx(QByteArray(4000, ' ') + "<worksheet/>"), small)
                    .error.contains(QStringLiteral("too large")));
        QByteArray wide
            = "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZ1\"><v>1</v></c></row></sheetData></worksheet>";
        QVERIFY(readXlsx(handMadeXlsx(wide)).error.contains(QStringLiteral("columns")));
    }

    // A table exported as shown: chosen columns in the chosen order, dates as dates in XLSX.
    void modelExportKeepsColumnsAndDates()
    {
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Born")});
        const QStringList names {QStringLiteral("AMINA"), QStringLiteral("=cmd()"), QStringLiteral("Łukasz")};
        for (int r = 0; r < 3; ++r) {
            model.setData(model.index(r, 0), 100 + r);
            model.setData(model.index(r, 1), names[r]);
            model.setData(model.index(r, 2), QStringLiteral("2001-02-0%1").arg(r + 1));
        }
        int calls = 0;
        const ModelTable t = tableFromModel(&model, {1, 2}, [&](int, int) { return ++calls > 0; });
        QVERIFY(calls >= 1);
        QCOMPARE(t.headers, (QStringList {QStringLiteral("Name"), QStringLiteral("Born")}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[2][1].toDate(), QDate(2001, 2, 3));

        QTemporaryDir dir;
        QString error;
        const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
        QVERIFY2(writeTableFile(xlsx, QStringLiteral("People"), t, &error), qPrintable(error));
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const TableText back = readXlsx(f.readAll());
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.rows.size(), 4);
        QCOMPARE(back.rows[3], (QStringList {QStringLiteral("Łukasz"), QStringLiteral("2001-02-03")}));

        const QString csv = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(writeTableFile(csv, QString(), t, &error));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(c.readAll());
        QVERIFY(text.contains(QStringLiteral("'=cmd()"))); // not run as a formula when opened

        // Stopping early returns what was read.
        const ModelTable part
            = tableFromModel(&model, {}, [](int done, int) { return done == 0 ? false : true; });
        QCOMPARE(part.rows.size(), 0);
    }

    // A CSV is read a chunk at a time: whatever the chunk size — down to one byte, which splits
    // every UTF-8 sequence, every doubled quote and every CRLF — the rows are the same as read
    // whole; a file that turns out not to be UTF-8 half-way is read again as Windows-1252.
    void csvReadInChunksIsTheSameAsWhole()
    {
        QByteArray csv = "id;name;note\r\n";
        QList<QStringList> expected {{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")}};
        for (int i = 0; i < 40; ++i) {
            const QString name = QStringLiteral("É\"%1\"ü 🙂 العلي").arg(i);
            const QString note = QString(i % 5, QLatin1Char('x')) + QStringLiteral("\r\nsecond; line");
            csv += QByteArray::number(i) + ";\"" + name.toUtf8().replace("\"", "\"\"") + "\";\""
                + note.toUtf8() + "\"\r\n";
            expected.append({QString::number(i), name, note});
        }
        for (qint64 chunk : {1, 2, 3, 5, 7, 64, 1 << 20}) {
            QBuffer b(&csv);
            QVERIFY(b.open(QIODevice::ReadOnly));
            const TableText t = readCsv(&b, std::nullopt, {}, chunk);
            QVERIFY2(t.ok(), qPrintable(t.error));
            QCOMPARE(t.delimiter, QLatin1Char(';'));
            QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
            QCOMPARE(t.rows, expected);
            QCOMPARE(t.lines.value(2), 4); // the first row's note spans two lines
        }
        // Windows-1252, found only past the first chunks: the whole file is read again.
        QByteArray latin = "id,name\n";
        for (int i = 0; i < 30; ++i)
            latin += QByteArray::number(i) + ",plain\n";
        latin += "31,Jos\xE9\n";
        QBuffer b(&latin);
        QVERIFY(b.open(QIODevice::ReadOnly));
        const TableText t = readCsv(&b, std::nullopt, {}, 16);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(t.rows.size(), 32);
        QCOMPARE(t.rows.last().value(1), QStringLiteral("José"));
        QCOMPARE(t.rows.first().value(0), QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TstTabular)
#include "tst_tabular.moc"
