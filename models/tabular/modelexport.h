// Any item model's rows as a table for CSV or XLSX, as the officer sees them: the columns shown, in
// the order shown, their display text (dates kept as dates, numbers as numbers where the model
// gives them so).
#pragma once

#include "tablewriter.h"

#include <QAbstractItemModel>
#include <functional>

namespace g2p {

struct ModelTable
{
    QStringList headers;
    TableRows rows;
};

// `columns`: which model columns, in which order (all when empty). `progress` is told every few
// thousand rows and may return false to stop; the rows read so far are returned then.
ModelTable tableFromModel(const QAbstractItemModel *model,
    QList<int> columns = {},
    const std::function<bool(int done, int total)> &progress = {});

// Writes by file extension: .xlsx as a workbook, anything else as CSV.
bool writeTableFile(const QString &path, const QString &sheetName, const ModelTable &table, QString *error);

} // namespace g2p
