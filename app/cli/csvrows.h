// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF, a UTF-8 byte-order mark.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace g2p::cli {

struct CsvRow
{
    int line = 0; // 1-based line where the row starts
    QStringList fields;
};

struct CsvParseResult
{
    QList<CsvRow> rows;
    QString error; // e.g. "line 7: unterminated quoted field"
};

CsvParseResult parseCsv(const QByteArray &data, QChar separator = QLatin1Char(','));

} // namespace g2p::cli
