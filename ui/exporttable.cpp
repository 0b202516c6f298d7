#include "exporttable.h"

#include "modelexport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>

namespace g2p {

namespace {
struct ExportTable
{
    Q_DECLARE_TR_FUNCTIONS(ExportTable)
};
} // namespace

QString exportTableView(QTableView *view, const QString &sheetName, QWidget *parent)
{
    QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return ExportTable::tr("The table is empty: there is nothing to export.");
    const QString path = QFileDialog::getSaveFileName(parent, ExportTable::tr("Export %1").arg(sheetName),
        sheetName + QStringLiteral(".xlsx"), ExportTable::tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return QString();
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QProgressDialog progress(
        ExportTable::tr("Reading the table…"), ExportTable::tr("Cancel"), 0, model->rowCount(), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    bool cancelled = false;
    const ModelTable table = tableFromModel(model, columns, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    if (cancelled)
        return ExportTable::tr("Export cancelled; nothing was written.");
    progress.setLabelText(ExportTable::tr("Writing %1…").arg(path));
    QString error;
    if (!writeTableFile(path, sheetName, table, &error)) {
        QMessageBox::warning(parent, ExportTable::tr("Export"),
            ExportTable::tr("%1 could not be written: %2").arg(path, error));
        return ExportTable::tr("Export failed: %1").arg(error);
    }
    return ExportTable::tr("Saved %n row(s) to %1.", nullptr, int(table.rows.size())).arg(path);
}

} // namespace g2p
