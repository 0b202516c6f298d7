#include "modelexport.h"

namespace g2p {

ModelTable tableFromModel(
    const QAbstractItemModel *model, QList<int> columns, const std::function<bool(int, int)> &progress)
{
    ModelTable t;
    if (columns.isEmpty())
        for (int c = 0; c < model->columnCount(); ++c)
            columns << c;
    for (int c : columns)
        t.headers << model->headerData(c, Qt::Horizontal).toString();
    const int rows = model->rowCount();
    t.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        if (progress && r % 5000 == 0 && !progress(r, rows))
            break;
        QList<QVariant> cells;
        cells.reserve(columns.size());
        for (int c : columns) {
            const QVariant v = model->index(r, c).data(Qt::DisplayRole);
            switch (v.typeId()) {
            case QMetaType::QDate:
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                cells << v;
                break;
            default: {
                const QString text = v.toString();
                const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
                cells << (date.isValid() ? QVariant(date) : QVariant(text));
            }
            }
        }
        t.rows << cells;
    }
    if (progress)
        progress(int(t.rows.size()), rows);
    return t;
}

bool writeTableFile(const QString &path, const QString &sheetName, const ModelTable &table, QString *error)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return writeXlsxFile(path, sheetName, table.headers, table.rows, error);
    return writeCsvFile(path, table.headers, table.rows, error);
}

} // namespace g2p
