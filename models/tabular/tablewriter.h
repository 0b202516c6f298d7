// Writes a table to CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents) or
// XLSX (written here over QuaZip: libxlsxwriter cannot share a process with QuaZip, whose
// bundled minizip shadows the symbols libxlsxwriter needs). Dates go out as ISO text in CSV and
// as date cells in XLSX.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace g2p {

// Cells are QString, QDate, integers or doubles; anything else is written as its text.
using TableRows = QList<QList<QVariant>>;

// A cell that a spreadsheet would run as a formula gets a leading apostrophe in CSV.
QByteArray toCsv(const QStringList &headers, const TableRows &rows, QChar delimiter = QLatin1Char(','));
bool writeCsvFile(const QString &path, const QStringList &headers, const TableRows &rows, QString *error);
bool writeXlsxFile(const QString &path,
    const QString &sheetName,
    const QStringList &headers,
    const TableRows &rows,
    QString *error);

} // namespace g2p
