// Plain-text tables for the terminal.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace g2p::cli {

class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_headers(std::move(headers)) { }
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    int rowCount() const { return int(m_rows.size()); }
    void print(QTextStream &out, int maxColumnWidth = 48) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// "key: value" lines, keys aligned.
void printFields(QTextStream &out, const QList<QPair<QString, QString>> &fields);

} // namespace g2p::cli
