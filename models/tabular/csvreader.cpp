#include "csvreader.h"

#include "textdecoding.h"

#include <QHash>
#include <QObject>

namespace g2p {

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('@'))
        return true;
    // "+254..." and "-5" are values; "+SUM(" and "-A1*2" are formulas.
    if (c == QLatin1Char('+') || c == QLatin1Char('-')) {
        for (qsizetype i = 1; i < cell.size(); ++i)
            if (cell[i].isLetter() || cell[i] == QLatin1Char('('))
                return true;
    }
    return false;
}

QChar detectDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    double bestScore = -1;
    for (QChar d : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar c = text[i];
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == d)
                ++count;
            else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                    ++i;
                counts << count;
                count = 0;
            }
        }
        if (count > 0)
            counts << count;
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        int same = 0;
        for (int c : counts)
            same += c == counts.first();
        const double score = counts.first() * (double(same) / counts.size());
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

TableText readCsv(const QByteArray &bytes, std::optional<QChar> delimiter, const TableLimits &limits)
{
    TableText out;
    if (bytes.size() > limits.maxFileBytes) {
        out.error = QObject::tr("The file is larger than %1 MB.").arg(limits.maxFileBytes >> 20);
        return out;
    }
    const DecodedText decoded = decodeText(bytes);
    out.encoding = decoded.encoding;
    if (!decoded.warning.isEmpty())
        out.warnings << decoded.warning;
    const QString &text = decoded.text;
    if (text.trimmed().isEmpty()) {
        out.error = QObject::tr("The file is empty.");
        return out;
    }
    const QChar sep = delimiter ? *delimiter : detectDelimiter(text);
    out.delimiter = sep;
    QStringList row;
    QString field;
    int line = 1, rowLine = 1, quoteLine = 0;
    bool quoted = false, wasQuoted = false;
    qint64 cells = 0;
    // Each returns false (with out.error) once the file passes a limit.
    const auto endField = [&] {
        if (field.size() > limits.maxCellChars) {
            out.error = QObject::tr("Line %1: a cell holds more than %2 characters.")
                            .arg(rowLine)
                            .arg(limits.maxCellChars);
            return false;
        }
        row.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
        if (row.size() > limits.maxColumns) {
            out.error = QObject::tr("Line %1 has more than %2 columns.").arg(rowLine).arg(limits.maxColumns);
            return false;
        }
        return true;
    };
    const auto endRow = [&] {
        if (!endField())
            return false;
        const bool blank = row.size() == 1 && row.first().isEmpty();
        if (!blank) {
            cells += row.size();
            out.rows.append(row);
            out.lines.append(rowLine);
            if (out.rows.size() > limits.maxRows) {
                out.error = QObject::tr("The file has more than %1 rows.").arg(limits.maxRows);
                return false;
            }
            if (cells > limits.maxCells) {
                out.error = QObject::tr("The file holds more than %1 cells; split it into smaller files.")
                                .arg(limits.maxCells);
                return false;
            }
        }
        row.clear();
        rowLine = line;
        return true;
    };
    const qsizetype n = text.size();
    const QChar *s = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < n && s[i + 1] == QLatin1Char('\n'))))
                    ++line;
                field += c;
                if (field.size() > limits.maxCellChars) {
                    out.error
                        = QObject::tr("Line %1: a cell holds more than %2 characters (is a quote missing?).")
                              .arg(quoteLine)
                              .arg(limits.maxCellChars);
                    return out;
                }
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == sep) {
            if (!endField())
                return out;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            if (!endRow())
                return out;
        } else {
            field += c;
            if (field.size() > limits.maxCellChars) {
                out.error = QObject::tr("Line %1: a cell holds more than %2 characters.")
                                .arg(line)
                                .arg(limits.maxCellChars);
                return out;
            }
        }
    }
    if (quoted) {
        out.error = QObject::tr("Line %1: a quoted field is never closed.").arg(quoteLine);
        return out;
    }
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    return out;
}

} // namespace g2p
