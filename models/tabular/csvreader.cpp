#include "csvreader.h"

#include "textdecoding.h"

#include <QBuffer>
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

namespace {

// The parser, fed a chunk of text at a time. A chunk ending on a character whose meaning depends
// on the next one (a quote, a carriage return) keeps it for the next chunk.
class CsvParser
{
public:
    CsvParser(TableText *out, QChar sep, const TableLimits &limits) : m_out(out), m_sep(sep), m_limits(limits)
    { }

    // False once the file passes a limit or cannot be read (out->error says why).
    bool feed(QStringView chunk, bool last)
    {
        QString joined;
        if (!m_held.isEmpty()) {
            joined = m_held + chunk;
            chunk = joined;
            m_held.clear();
        }
        const qsizetype n = chunk.size();
        const QChar *s = chunk.data();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = s[i];
            if (!last && i == n - 1 && (c == QLatin1Char('"') || c == QLatin1Char('\r'))) {
                m_held = QString(c); // its meaning depends on the next character
                break;
            }
            m_sawText = m_sawText || !c.isSpace();
            if (m_quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                        m_field += QLatin1Char('"');
                        ++i;
                    } else {
                        m_quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n')
                        || (c == QLatin1Char('\r') && !(i + 1 < n && s[i + 1] == QLatin1Char('\n'))))
                        ++m_line;
                    m_field += c;
                    if (m_field.size() > m_limits.maxCellChars)
                        return fail(QObject::tr(
                            "Line %1: a cell holds more than %2 characters (is a quote missing?).")
                                        .arg(m_quoteLine)
                                        .arg(m_limits.maxCellChars));
                }
                continue;
            }
            if (c == QLatin1Char('"') && m_field.trimmed().isEmpty() && !m_wasQuoted) {
                m_quoted = m_wasQuoted = true;
                m_quoteLine = m_line;
                m_field.clear();
            } else if (c == m_sep) {
                if (!endField())
                    return false;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n'))
                    ++i;
                ++m_line;
                if (!endRow())
                    return false;
            } else {
                m_field += c;
                if (m_field.size() > m_limits.maxCellChars)
                    return fail(QObject::tr("Line %1: a cell holds more than %2 characters.")
                                    .arg(m_line)
                                    .arg(m_limits.maxCellChars));
            }
        }
        if (!last)
            return true;
        if (!m_sawText)
            return fail(QObject::tr("The file is empty."));
        if (m_quoted)
            return fail(QObject::tr("Line %1: a quoted field is never closed.").arg(m_quoteLine));
        if (!m_field.isEmpty() || !m_row.isEmpty() || m_wasQuoted)
            endRow();
        return true;
    }

private:
    bool fail(const QString &why)
    {
        m_out->error = why;
        return false;
    }
    bool endField()
    {
        if (m_field.size() > m_limits.maxCellChars)
            return fail(QObject::tr("Line %1: a cell holds more than %2 characters.")
                            .arg(m_rowLine)
                            .arg(m_limits.maxCellChars));
        m_row.append(m_wasQuoted ? m_field : m_field.trimmed());
        m_field.clear();
        m_wasQuoted = false;
        if (m_row.size() > m_limits.maxColumns)
            return fail(
                QObject::tr("Line %1 has more than %2 columns.").arg(m_rowLine).arg(m_limits.maxColumns));
        return true;
    }
    bool endRow()
    {
        if (!endField())
            return false;
        const bool blank = m_row.size() == 1 && m_row.first().isEmpty();
        if (!blank) {
            m_cells += m_row.size();
            m_out->rows.append(m_row);
            m_out->lines.append(m_rowLine);
            if (m_out->rows.size() > m_limits.maxRows)
                return fail(QObject::tr("The file has more than %1 rows.").arg(m_limits.maxRows));
            if (m_cells > m_limits.maxCells)
                return fail(QObject::tr("The file holds more than %1 cells; split it into smaller files.")
                                .arg(m_limits.maxCells));
        }
        m_row.clear();
        m_rowLine = m_line;
        return true;
    }

    TableText *m_out;
    QChar m_sep;
    const TableLimits &m_limits;
    QString m_held, m_field;
    QStringList m_row;
    int m_line = 1, m_rowLine = 1, m_quoteLine = 0;
    bool m_quoted = false, m_wasQuoted = false, m_sawText = false;
    qint64 m_cells = 0;
};

} // namespace

TableText readCsv(
    QIODevice *device, std::optional<QChar> delimiter, const TableLimits &limits, qint64 chunkBytes)
{
    TableText out;
    if (device->size() > limits.maxFileBytes) {
        out.error = QObject::tr("The file is larger than %1 MB.").arg(limits.maxFileBytes >> 20);
        return out;
    }
    const qint64 start = device->pos();
    ChunkedTextDecoder decoder(device->peek(4096));
    // Read once as the first bytes say; a file that turns out not to be UTF-8 is read again from
    // the start as Windows-1252 (the rows read so far are dropped).
    for (int pass = 0; pass < 2; ++pass) {
        out = TableText();
        if (!device->seek(start + decoder.bytesToSkip())) {
            out.error = QObject::tr("It cannot be read: %1").arg(device->errorString());
            return out;
        }
        std::optional<CsvParser> parser;
        QString firstText; // enough text to choose the separator from (it looks at 20 lines)
        qsizetype firstLines = 0;
        qint64 total = 0;
        bool ok = true, done = false;
        while (ok && !done) {
            if (limits.stopped()) {
                out.error = QString::fromLatin1(kTableReadCancelled);
                return out;
            }
            const QByteArray chunk = device->read(qMax<qint64>(1, chunkBytes));
            total += chunk.size();
            if (total > limits.maxFileBytes) {
                out.error = QObject::tr("The file is larger than %1 MB.").arg(limits.maxFileBytes >> 20);
                return out;
            }
            done = chunk.isEmpty() || device->atEnd();
            QString text = decoder.decode(chunk, done);
            if (decoder.notUtf8())
                break;
            if (!parser) {
                firstText += text;
                firstLines += text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r'));
                if (!done && firstLines <= 40 && firstText.size() < 64 * 1024)
                    continue;
                const QChar sep = delimiter ? *delimiter : detectDelimiter(firstText);
                out.delimiter = sep;
                parser.emplace(&out, sep, limits);
                text = std::move(firstText);
            }
            ok = parser->feed(text, done);
        }
        if (decoder.notUtf8()) {
            decoder.restartAsWindows1252();
            continue;
        }
        out.encoding = decoder.encoding();
        if (!decoder.warning().isEmpty())
            out.warnings << decoder.warning();
        return out;
    }
    return out;
}

TableText readCsv(const QByteArray &bytes, std::optional<QChar> delimiter, const TableLimits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(&buffer, delimiter, limits);
}

} // namespace g2p
