#include "tabular_harness.h"

#include "csvreader.h"
#include "datepolicy.h"
#include "xlsxreader.h"

namespace g2p::fuzz {

int readTables(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    int cells = 0;
    const TableLimits limits; // the limits the desktop and the CLI read with
    for (const TableText &t : {readCsv(bytes, std::nullopt, limits), readXlsx(bytes, limits)}) {
        for (const QStringList &row : t.rows) {
            for (const QString &cell : row) {
                (void)parseSpreadsheetDate(cell, DatePolicy::Automatic);
                (void)looksLikeFormula(cell);
                ++cells;
            }
        }
    }
    return cells;
}

} // namespace g2p::fuzz
