#include "tablefile.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>

namespace g2p {

TableText readTableFile(const QString &path, const TableLimits &limits)
{
    TableText out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error
            = QCoreApplication::translate("g2p::TableFile", "It cannot be opened: %1").arg(f.errorString());
        return out;
    }
    if (f.size() > limits.maxFileBytes) {
        out.error = QCoreApplication::translate("g2p::TableFile", "The file is larger than %1 MB (%2 MB).")
                        .arg(limits.maxFileBytes >> 20)
                        .arg(f.size() >> 20);
        return out;
    }
    const bool xlsx
        = f.peek(4).startsWith("PK\x03\x04") || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx)
        return readCsv(&f, std::nullopt, limits); // a chunk at a time
    return readXlsx(f.read(limits.maxFileBytes + 1), limits); // a zip is read from its end: whole
}

} // namespace g2p
