// File → Export table…: saves a table as the officer sees it (shown columns in their order, rows
// in their sort and filter) to XLSX or CSV, with progress and Cancel for long tables.
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace g2p {

// Asks for the file, writes it, and returns what to tell the officer (empty when cancelled).
QString exportTableView(QTableView *view, const QString &sheetName, QWidget *parent);

struct ExportOutcome
{
    bool written = false;
    QString error; // why it could not be written; empty when written or cancelled
    QString message; // what to tell the officer
};
// Writes `columns` of `model` to `path` (XLSX or CSV by its extension): rows read with progress,
// the file written on a pool thread into a hidden side file renamed into place when complete, so
// the window stays responsive and a cancelled or failed write leaves nothing.
ExportOutcome exportModel(QAbstractItemModel *model,
    const QList<int> &columns,
    const QString &sheetName,
    const QString &path,
    QWidget *parent);

} // namespace g2p
