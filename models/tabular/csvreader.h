// RFC 4180 CSV as spreadsheet programs write it: any of the usual separators (comma, semicolon,
// tab, bar), quoted fields with separators, quotes and line breaks inside, CRLF, LF or CR.
#pragma once

#include "tabletext.h"

#include <QByteArray>

#include <optional>

namespace g2p {

TableText readCsv(
    const QByteArray &bytes, std::optional<QChar> delimiter = std::nullopt, const TableLimits &limits = {});
// The separator that splits the first lines most consistently (outside quotes).
QChar detectDelimiter(QStringView text);

} // namespace g2p
