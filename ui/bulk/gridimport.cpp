// A sheet into the bulk-edit grid: reading the file off the GUI thread (cancellable), the mapping
// dialog, Replace or Merge when the grid holds rows, then the import engine (MembershipImport).
#include "backgroundtask.h"
#include "bulkeditpage.h"
#include "deferredfocus.h"

#include "importdialog.h"
#include "tablefile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace g2p {

void BulkEditPage::importFile(QString path)
{
    if (isImporting() || isSubmitting())
        return;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import memberships"), QString(),
            tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    setBusy(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // Cancel stops the reading thread between chunks (the reader checks the flag).
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stopReading = stop;
    auto *watcher = new QFutureWatcher<TableText>(this);
    connect(watcher, &QFutureWatcher<TableText>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_stopReading.reset();
        setBusy(false, QString());
        const TableText table = watcher->result();
        if (table.error == QLatin1String(kTableReadCancelled)) {
            m_status->setText(
                tr("Reading %1 was cancelled: nothing was imported.").arg(QFileInfo(path).fileName()));
            return;
        }
        if (!table.ok()) {
            m_status->setText(tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), table.error));
            return;
        }
        startImport(path, table);
    });
    watcher->setFuture(runInBackground([path, stop] {
        TableLimits limits;
        limits.stop = stop.get();
        return readTableFile(path, limits);
    }));
}

void BulkEditPage::startImport(const QString &path, const TableText &table)
{
    ImportDialog dialog(path, table, m_session->programs(), m_session->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_model.rowCount() > 0 && !replaceOrMerge())
        return;
    m_model.setDatePolicy(dialog.datePolicy());
    m_notImported.clear();
    // The sheet's lines are read off the GUI thread too (100,000 of them: half a second).
    const QString name = QFileInfo(path).fileName();
    setBusy(true, tr("Reading the registrants of %1…").arg(name));
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stopReading = stop;
    using Read = std::pair<QList<ImportLine>, QList<ImportProblem>>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, stop, name] {
        watcher->deleteLater();
        m_stopReading.reset();
        if (stop->load()) {
            setBusy(false, QString());
            m_status->setText(tr("Reading %1 was cancelled: nothing was imported.").arg(name));
            return;
        }
        Read read = watcher->result();
        m_notImported = std::move(read.second);
        runImport(name, read.first);
    });
    watcher->setFuture(
        runInBackground([table, mapping = dialog.mapping(), program = dialog.defaultProgram()] {
            Read read;
            read.first = MembershipImport::readLines(table, mapping, program, &read.second);
            return read;
        }));
}

void BulkEditPage::runImport(const QString &name, const QList<ImportLine> &lines)
{
    auto *import = m_session->newImport(&m_model, this);
    m_import = import;
    const int before = m_model.rowCount();
    connect(import, &MembershipImport::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(import, &MembershipImport::finished, this, [this, import, name, before] {
        m_notImported += import->linesNotImported();
        std::sort(m_notImported.begin(), m_notImported.end(),
            [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        import->deleteLater();
        m_import = nullptr;
        setBusy(false, QString());
        const int added = m_model.rowCount() - before;
        QString text = tr("%n row(s) loaded from %1.", nullptr, added).arg(name);
        if (import->mergedRows())
            text += QLatin1Char(' ')
                + tr("%n line(s) went onto rows the grid already held for the same membership.", nullptr,
                    import->mergedRows());
        if (!m_notImported.isEmpty())
            text += QLatin1Char(' ')
                + tr("%n line(s) of the file were not loaded: see the issues list.", nullptr,
                    int(m_notImported.size()));
        refreshIssues(text);
        focusIfStillHere(m_table, this);
        Q_EMIT importFinished();
    });
    setBusy(true, tr("Reading the registrants of %1…").arg(name));
    import->start(lines);
}

bool BulkEditPage::replaceOrMerge()
{
    QMessageBox box(QMessageBox::Question, tr("Import into a grid that holds rows"),
        tr("The grid already holds %n row(s). Replace them with the file's rows, or merge the file into "
           "them (a line for a membership the grid already holds goes onto that row; one row per "
           "membership)?",
            nullptr, m_model.rowCount()),
        QMessageBox::Cancel, this);
    if (m_model.summary().changedRows)
        box.setInformativeText(tr("Replacing drops %n change(s) in the grid that were not sent.", nullptr,
            m_model.summary().changedRows));
    QPushButton *merge = box.addButton(tr("&Merge into the rows"), QMessageBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeRows"));
    QPushButton *replace = box.addButton(tr("&Replace the rows"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceRows"));
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == replace) {
        m_model.clear();
        m_notImported.clear();
        return true;
    }
    return box.clickedButton() == merge;
}

} // namespace g2p
