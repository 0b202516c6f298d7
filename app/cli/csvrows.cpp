#include "csvrows.h"

namespace g2p::cli {

CsvParseResult parseCsv(const QByteArray &data, QChar separator)
{
    CsvParseResult result;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
        result.error = QStringLiteral("the file is not UTF-8 text");
        return result;
    }
    CsvRow row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields[0].trimmed().isEmpty();
        if (!blank)
            result.rows.append(row);
        row = CsvRow();
        row.line = line;
    };
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                continue;
            ++line;
            endRow();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (quoted) {
        result.error = QStringLiteral("line %1: a quoted field is never closed").arg(quoteLine);
        return result;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return result;
}

} // namespace g2p::cli
