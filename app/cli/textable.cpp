#include "textable.h"

namespace g2p::cli {
namespace {

QString clip(const QString &s, int width)
{
    QString one = s;
    one.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return one.size() > width ? one.left(width - 1) + QChar(0x2026) : one;
}

} // namespace

void TextTable::print(QTextStream &out, int maxColumnWidth) const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths.append(int(h.size()));
    for (const QStringList &row : m_rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i]
                = qMax(widths[i], int(qMin<qsizetype>(clip(row[i], maxColumnWidth).size(), maxColumnWidth)));
    const auto line = [&](const QStringList &cells) {
        QString l;
        for (int i = 0; i < widths.size(); ++i) {
            const QString c = i < cells.size() ? clip(cells[i], maxColumnWidth) : QString();
            l += (i + 1 < widths.size()) ? c.leftJustified(widths[i] + 2) : c;
        }
        out << l.trimmed() << '\n';
    };
    line(m_headers);
    if (m_rows.isEmpty())
        out << "(none)\n";
    for (const QStringList &row : m_rows)
        line(row);
}

void printFields(QTextStream &out, const QList<QPair<QString, QString>> &fields)
{
    int width = 0;
    for (const auto &f : fields)
        width = qMax(width, int(f.first.size()));
    for (const auto &f : fields)
        out << QString(f.first + QLatin1Char(':')).leftJustified(width + 2) << f.second << '\n';
}

} // namespace g2p::cli
