// Reads the first worksheet of an .xlsx file (Office Open XML) as text cells: shared and inline
// strings, numbers (whole numbers without ".0"), booleans, and cells formatted as dates
// (written as YYYY-MM-DD). Formulas give their cached value. Limits guard against zip bombs.
#pragma once

#include "tabletext.h"

#include <QByteArray>

namespace g2p {

struct XlsxLimits
{
    qint64 maxEntryBytes = 512LL * 1024 * 1024; // uncompressed size of one part
    int maxRows = 2000000;
    int maxColumns = 512;
};

TableText readXlsx(const QByteArray &fileBytes, const XlsxLimits &limits = {});

} // namespace g2p
