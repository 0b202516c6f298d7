// A table read from a file (CSV or XLSX): rows of text cells with the line or row each came from.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace g2p {

struct TableText
{
    QList<QStringList> rows;
    QList<int> lines; // for each row, the 1-based line (CSV) or row number (XLSX) it started on
    QString encoding; // CSV: the detected text encoding
    QChar delimiter; // CSV: the detected separator
    QString
        error; // set when the file could not be read at all, e.g. "line 7: a quoted field is never closed"
    QStringList warnings; // readable but doubtful, e.g. "not UTF-8: read as Windows-1252"
    bool ok() const { return error.isEmpty(); }
};

// Text cells that a spreadsheet would run as formulas (=, +, -, @ first). Imports flag them;
// CSV exports neutralise them.
bool looksLikeFormula(const QString &cell);

} // namespace g2p
