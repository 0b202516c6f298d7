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
    const QByteArray bytes = f.read(limits.maxFileBytes + 1);
    const bool xlsx
        = bytes.startsWith("PK\x03\x04") || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    return xlsx ? readXlsx(bytes, limits) : readCsv(bytes, std::nullopt, limits);
}

} // namespace g2p
