// RFC 4180 CSV as spreadsheet programs write it: any of the usual separators (comma, semicolon,
// tab, bar), quoted fields with separators, quotes and line breaks inside, CRLF, LF or CR.
#pragma once

#include "tabletext.h"

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace g2p {

TableText readCsv(
    const QByteArray &bytes, std::optional<QChar> delimiter = std::nullopt, const TableLimits &limits = {});
// The same from a file or any device, read a chunk at a time: the file is never held whole, only
// the rows it gives (a file that is not UTF-8 is read twice).
TableText readCsv(QIODevice *device,
    std::optional<QChar> delimiter = std::nullopt,
    const TableLimits &limits = {},
    qint64 chunkBytes = 1 << 20); // tests try tiny chunks
// The separator that splits the first lines most consistently (outside quotes).
QChar detectDelimiter(QStringView text);

} // namespace g2p
