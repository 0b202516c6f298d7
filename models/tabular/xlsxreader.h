// Reads the first worksheet of an .xlsx file (Office Open XML) as text cells: shared and inline
// strings, numbers (whole numbers without ".0"), booleans, and cells formatted as dates
// (written as YYYY-MM-DD). Formulas give their cached value. Limits guard against zip bombs.
#pragma once

#include "tabletext.h"

#include <QByteArray>

namespace g2p {

using XlsxLimits = TableLimits;

TableText readXlsx(const QByteArray &fileBytes, const XlsxLimits &limits = {});

} // namespace g2p
