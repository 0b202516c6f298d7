#include "tablewriter.h"

#include "tabletext.h"

#include <QBuffer>
#include <QFile>
#include <QObject>
#include <QSaveFile>

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>

namespace g2p {
namespace {

QString cellText(const QVariant &v)
{
    if (v.metaType() == QMetaType::fromType<QDate>())
        return v.toDate().toString(Qt::ISODate);
    return v.toString();
}

QString csvField(const QString &raw, QChar delimiter)
{
    QString s = looksLikeFormula(raw) ? QLatin1Char('\'') + raw : raw;
    if (s.contains(delimiter) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')) || s.startsWith(QLatin1Char(' ')) || s.endsWith(QLatin1Char(' '))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

QByteArray toCsv(const QStringList &headers, const TableRows &rows, QChar delimiter)
{
    QString out;
    const auto line = [&](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                out += delimiter;
            out += csvField(cells[i], delimiter);
        }
        out += QStringLiteral("\r\n");
    };
    line(headers);
    for (const QList<QVariant> &row : rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << cellText(v);
        line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool writeCsvFile(const QString &path, const QStringList &headers, const TableRows &rows, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(toCsv(headers, rows));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // personal data: the officer's only
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

namespace {

// XML 1.0 forbids most control characters: drop them rather than write an unreadable workbook.
QString xmlSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += c;
    return out;
}

QString cellRef(int row, int col)
{
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

bool addPart(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = f.write(data) == data.size();
    f.close();
    return ok && f.getZipError() == 0;
}

QByteArray sheetXml(const QStringList &headers, const TableRows &rows)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("worksheet"));
    w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    w.writeStartElement(QStringLiteral("sheetViews"));
    w.writeStartElement(QStringLiteral("sheetView"));
    w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("pane"));
    w.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("sheetData"));
    const auto text = [&w](int r, int c, const QString &s, int style) {
        w.writeStartElement(QStringLiteral("c"));
        w.writeAttribute(QStringLiteral("r"), cellRef(r, c));
        w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        if (style)
            w.writeAttribute(QStringLiteral("s"), QString::number(style));
        w.writeStartElement(QStringLiteral("is"));
        w.writeStartElement(QStringLiteral("t"));
        w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.writeCharacters(xmlSafe(s));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    w.writeStartElement(QStringLiteral("row"));
    w.writeAttribute(QStringLiteral("r"), QStringLiteral("1"));
    for (int c = 0; c < headers.size(); ++c)
        text(0, c, headers[c], 1);
    w.writeEndElement();
    for (int r = 0; r < rows.size(); ++r) {
        w.writeStartElement(QStringLiteral("row"));
        w.writeAttribute(QStringLiteral("r"), QString::number(r + 2));
        for (int c = 0; c < rows[r].size(); ++c) {
            const QVariant &v = rows[r][c];
            if (v.isNull())
                continue;
            const int id = v.metaType().id();
            if (id == QMetaType::QDate || id == QMetaType::LongLong || id == QMetaType::Int
                || id == QMetaType::Double) {
                w.writeStartElement(QStringLiteral("c"));
                w.writeAttribute(QStringLiteral("r"), cellRef(r + 1, c));
                if (id == QMetaType::QDate) {
                    w.writeAttribute(QStringLiteral("s"), QStringLiteral("2"));
                    w.writeTextElement(
                        QStringLiteral("v"), QString::number(QDate(1899, 12, 30).daysTo(v.toDate())));
                } else {
                    w.writeTextElement(QStringLiteral("v"),
                        id == QMetaType::Double ? QString::number(v.toDouble(), 'g', 15)
                                                : QString::number(v.toLongLong()));
                }
                w.writeEndElement();
            } else {
                // Always a string cell: text from the registry is never run as a formula.
                text(r + 1, c, v.toString(), 0);
            }
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace

bool writeXlsxFile(const QString &path,
    const QString &sheetName,
    const QStringList &headers,
    const TableRows &rows,
    QString *error)
{
    // Zip in memory (QuaZip closes the device it writes to), then save the file atomically.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QObject::tr("Cannot create %1.").arg(path);
        return false;
    }
    QString name = xmlSafe(sheetName).left(31);
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
    if (name.isEmpty())
        name = QStringLiteral("Sheet1");
    name = name.toHtmlEscaped();
    const QByteArray contentTypes =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>)";
    const QByteArray rootRels =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
    const QByteArray workbook = QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=")")
        + name.toUtf8() + R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const QByteArray workbookRels =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
    const QByteArray styles =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>)";
    const bool ok = addPart(zip, QStringLiteral("[Content_Types].xml"), contentTypes)
        && addPart(zip, QStringLiteral("_rels/.rels"), rootRels)
        && addPart(zip, QStringLiteral("xl/workbook.xml"), workbook)
        && addPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels)
        && addPart(zip, QStringLiteral("xl/styles.xml"), styles)
        && addPart(zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(headers, rows));
    zip.close();
    if (!ok || zip.getZipError() != 0) {
        *error = QObject::tr("Cannot write %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace g2p
