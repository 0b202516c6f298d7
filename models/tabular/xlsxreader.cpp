#include "xlsxreader.h"

#include <QBuffer>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace g2p {
namespace {

bool readPart(QuaZip &zip,
    const QString &name,
    const XlsxLimits &limits,
    QByteArray *out,
    QString *error,
    qint64 *total)
{
    if (!zip.setCurrentFile(name))
        return false;
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > limits.maxEntryBytes) {
        *error = QObject::tr("The workbook part %1 is too large to read (%2 MB).")
                     .arg(name)
                     .arg(info.uncompressedSize >> 20);
        return false;
    }
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("The workbook part %1 cannot be unpacked.").arg(name);
        return false;
    }
    out->clear();
    char buf[65536];
    qint64 got;
    while ((got = f.read(buf, sizeof buf)) > 0) {
        out->append(buf, got);
        *total += got;
        if (*total > limits.maxTotalBytes) {
            *error = QObject::tr("The workbook unpacks to more than %1 MB.").arg(limits.maxTotalBytes >> 20);
            return false;
        }
        if (out->size() > limits.maxEntryBytes) {
            *error = QObject::tr("The workbook part %1 unpacks to more than %2 MB.")
                         .arg(name)
                         .arg(limits.maxEntryBytes >> 20);
            return false;
        }
    }
    return true;
}

// Column index of a reference such as "AB12" (0-based), or -1.
int columnOf(QStringView ref)
{
    int col = 0, letters = 0;
    for (QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            col = col * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : col - 1;
}

bool isDateFormat(int numFmtId, const QString &code)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString c = code;
    c.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return c.contains(QLatin1Char('d'), Qt::CaseInsensitive)
        || c.contains(QLatin1Char('y'), Qt::CaseInsensitive);
}

QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (r.name() == QLatin1String("t") && inSi) {
                current += r.readElementText();
            } else if (r.name() == QLatin1String("rPh")) {
                r.skipCurrentElement(); // phonetic hints are not part of the text
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
            out.append(current);
            inSi = false;
        }
    }
    return out;
}

// Style index -> is a date, from styles.xml.
QList<bool> readDateStyles(const QByteArray &xml)
{
    QHash<int, QString> customFormats;
    QList<bool> out;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("numFmt"))
                customFormats.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(),
                    r.attributes().value(QLatin1String("formatCode")).toString());
            else if (r.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (r.name() == QLatin1String("xf") && inCellXfs) {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                out.append(isDateFormat(id, customFormats.value(id)));
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return out;
}

// The first sheet's part name, from the workbook and its relationships.
QString firstSheetPart(const QByteArray &workbook, const QByteArray &rels)
{
    QString rid;
    QXmlStreamReader w(workbook);
    while (!w.atEnd() && rid.isEmpty()) {
        w.readNext();
        if (w.isStartElement() && w.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &a : w.attributes())
                if (a.name() == QLatin1String("id") && a.qualifiedName().startsWith(QLatin1String("r")))
                    rid = a.value().toString();
        }
    }
    QXmlStreamReader r(rels);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Relationship")
            && r.attributes().value(QLatin1String("Id")) == rid) {
            QString target = r.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

} // namespace

TableText readXlsx(const QByteArray &fileBytes, const XlsxLimits &limits)
{
    TableText out;
    QByteArray copy = fileBytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        out.error = QObject::tr("This is not an .xlsx workbook (it is not a zip archive).");
        return out;
    }
    if (fileBytes.size() > limits.maxFileBytes) {
        out.error = QObject::tr("The file is larger than %1 MB.").arg(limits.maxFileBytes >> 20);
        return out;
    }
    QByteArray workbook, rels, shared, styles, sheet;
    QString error;
    qint64 unpacked = 0;
    if (!readPart(zip, QStringLiteral("xl/workbook.xml"), limits, &workbook, &error, &unpacked)) {
        out.error
            = error.isEmpty() ? QObject::tr("This is not an .xlsx workbook (no xl/workbook.xml).") : error;
        return out;
    }
    readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), limits, &rels, &error, &unpacked);
    const QString sheetPart = firstSheetPart(workbook, rels);
    if (!error.isEmpty() || !readPart(zip, sheetPart, limits, &sheet, &error, &unpacked)) {
        out.error = error.isEmpty()
            ? QObject::tr("The workbook has no readable first sheet (%1).").arg(sheetPart)
            : error;
        return out;
    }
    QStringList sharedStrings;
    if (readPart(zip, QStringLiteral("xl/sharedStrings.xml"), limits, &shared, &error, &unpacked))
        sharedStrings = readSharedStrings(shared);
    QList<bool> dateStyles;
    if (readPart(zip, QStringLiteral("xl/styles.xml"), limits, &styles, &error, &unpacked))
        dateStyles = readDateStyles(styles);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }

    QXmlStreamReader r(sheet);
    QStringList row;
    int rowNumber = 0, nextRow = 1;
    qint64 cells = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            if (limits.stopped()) {
                out.error = QString::fromLatin1(kTableReadCancelled);
                return out;
            }
            bool ok = false;
            rowNumber = r.attributes().value(QLatin1String("r")).toInt(&ok);
            if (!ok)
                rowNumber = nextRow;
            nextRow = rowNumber + 1;
            row.clear();
        } else if (r.isStartElement() && r.name() == QLatin1String("c")) {
            const auto attrs = r.attributes();
            int col = columnOf(attrs.value(QLatin1String("r")));
            if (col < 0)
                col = int(row.size());
            if (col >= limits.maxColumns) {
                out.error
                    = QObject::tr("Row %1 has more than %2 columns.").arg(rowNumber).arg(limits.maxColumns);
                return out;
            }
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            QString value, inlineText;
            while (!(r.isEndElement() && r.name() == QLatin1String("c")) && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("v"))
                    value = r.readElementText();
                else if (r.isStartElement() && r.name() == QLatin1String("t"))
                    inlineText += r.readElementText();
            }
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int idx = value.toInt(&ok);
                text = ok && idx >= 0 && idx < sharedStrings.size() ? sharedStrings[idx] : QString();
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                text = value;
            } else if (!value.isEmpty()) {
                bool ok = false;
                const double v = value.toDouble(&ok);
                if (ok && style >= 0 && style < dateStyles.size() && dateStyles[style] && v >= 1
                    && v < 2958466)
                    text = QDate(1899, 12, 30).addDays(qint64(std::floor(v))).toString(Qt::ISODate);
                else
                    text = ok ? numberText(v) : value;
            }
            if (text.size() > limits.maxCellChars) {
                out.error = QObject::tr("Row %1: a cell holds more than %2 characters.")
                                .arg(rowNumber)
                                .arg(limits.maxCellChars);
                return out;
            }
            if (text.isEmpty() && col >= row.size())
                continue; // an empty cell at the end adds nothing (and pads nothing)
            // Cells before it that the sheet left out are empty: they count against the limit.
            cells += std::max<qint64>(0, col + 1 - row.size());
            if (cells > limits.maxCells) {
                out.error = QObject::tr("The sheet holds more than %1 cells (counting the empty ones before "
                                        "each row's last filled cell); split it into smaller files.")
                                .arg(limits.maxCells);
                return out;
            }
            while (row.size() < col)
                row.append(QString());
            if (row.size() == col)
                row.append(text);
            else
                row[col] = text;
        } else if (r.isEndElement() && r.name() == QLatin1String("row")) {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            if (!row.isEmpty()) {
                out.rows.append(row);
                out.lines.append(rowNumber);
                if (out.rows.size() > limits.maxRows) {
                    out.error = QObject::tr("The sheet has more than %1 rows.").arg(limits.maxRows);
                    return out;
                }
            }
        }
    }
    if (r.hasError()) {
        out.error = QObject::tr("The first sheet is damaged (%1 at line %2).")
                        .arg(r.errorString())
                        .arg(r.lineNumber());
        return out;
    }
    if (out.rows.isEmpty())
        out.error = QObject::tr("The first sheet is empty.");
    return out;
}

} // namespace g2p
