// A table read from a file (CSV or XLSX): rows of text cells with the line or row each came from.
#pragma once

#include <atomic>

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

// How much a table file may hold: a file beyond these is refused with a clear error before it can
// exhaust the memory (a 10 MB workbook can unpack to gigabytes; a row of one cell in column 512
// stands for 512 cells).
// What a stopped reader answers (the caller says it was cancelled in its own words).
inline const char *kTableReadCancelled = "cancelled";

struct TableLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024; // the file as it is on disk
    qint64 maxEntryBytes = 512LL * 1024 * 1024; // XLSX: uncompressed size of one part
    qint64 maxTotalBytes = 1024LL * 1024 * 1024; // XLSX: uncompressed size of all parts read
    int maxRows = 2000000;
    int maxColumns = 512;
    qint64 maxCells = 5000000; // rows × columns up to each row's last filled cell (24 bytes each when empty)
    int maxCellChars = 32767; // a spreadsheet cell's own limit
    // Set by another thread to stop reading (the officer pressed Cancel): the reader ends with
    // error "cancelled" as soon as it notices (between chunks or rows).
    const std::atomic<bool> *stop = nullptr;
    bool stopped() const { return stop && stop->load(std::memory_order_relaxed); }
};

// Text cells that a spreadsheet would run as formulas (=, +, -, @ first). Imports flag them;
// CSV exports neutralise them.
bool looksLikeFormula(const QString &cell);

} // namespace g2p
