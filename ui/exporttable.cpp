#include "exporttable.h"
#include "backgroundtask.h"

#include "modelexport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
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
    const ExportOutcome out = exportModel(model, columns, sheetName, path, parent);
    if (!out.error.isEmpty())
        QMessageBox::warning(parent, ExportTable::tr("Export"),
            ExportTable::tr("%1 could not be written: %2").arg(path, out.error));
    return out.message;
}

ExportOutcome exportModel(QAbstractItemModel *model,
    const QList<int> &columns,
    const QString &sheetName,
    const QString &path,
    QWidget *parent)
{
    ExportOutcome out;
    QProgressDialog progress(
        ExportTable::tr("Reading the table…"), ExportTable::tr("Cancel"), 0, model->rowCount(), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    bool cancelled = false;
    ModelTable table = tableFromModel(model, columns, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    if (cancelled) {
        out.message = ExportTable::tr("Export cancelled; nothing was written.");
        return out;
    }
    // The file is written on a pool thread (a million-row workbook takes seconds) into a side file
    // that becomes the file only when complete: Cancel meanwhile leaves nothing behind.
    progress.setLabelText(ExportTable::tr("Writing %1…").arg(path));
    progress.setRange(0, 0);
    progress.show();
    bool cancelledWriting = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelledWriting = true; });
    const int rows = int(table.rows.size());
    const QFileInfo target(path); // the side file keeps the extension, which says the format
    const QString part = target.dir().filePath(
        QStringLiteral(".%1.part.%2").arg(target.completeBaseName(), target.suffix()));
    QFutureWatcher<QString> writing;
    QEventLoop wait;
    QObject::connect(&writing, &QFutureWatcher<QString>::finished, &wait, &QEventLoop::quit);
    writing.setFuture(runInBackground([part, sheetName, data = std::move(table)] {
        QString why;
        return writeTableFile(part, sheetName, data, &why) ? QString() : why;
    }));
    if (!writing.isFinished())
        wait.exec(); // the progress dialog is window-modal: only its Cancel can be pressed
    const QString error = writing.result();
    if (cancelledWriting || !error.isEmpty()) {
        QFile::remove(part);
        if (cancelledWriting) {
            out.message = ExportTable::tr("Export cancelled; nothing was written.");
            return out;
        }
        out.error = error;
        out.message = ExportTable::tr("Export failed: %1").arg(error);
        return out;
    }
    QFile::remove(path); // the officer chose to replace it in the file dialog
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        out.error = ExportTable::tr("%1 could not be replaced.").arg(path);
        out.message = ExportTable::tr("Export failed: %1").arg(out.error);
        return out;
    }
    out.written = true;
    out.message = ExportTable::tr("Saved %n row(s) to %1.", nullptr, rows).arg(path);
    return out;
}

} // namespace g2p
