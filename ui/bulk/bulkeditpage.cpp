#include "bulkeditpage.h"

#include "deferredfocus.h"
#include "exporttable.h"
#include "formparts.h"
#include "griddelegate.h"
#include "gridsubmission.h"
#include "importdialog.h"
#include "membershiptablemodel.h"
#include "reviewdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace g2p {

namespace {
constexpr int kPageSize = 500;
}

BulkEditPage::BulkEditPage(RegistrySession *session, CommandRunner *runner, QWidget *parent)
    : QWidget(parent), m_session(session), m_runner(runner)
{
    m_program = new QComboBox(this);
    m_program->setAccessibleName(tr("Program"));
    m_program->setMinimumContentsLength(24);

    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new GridDelegate(&m_model, m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Memberships to edit"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(MembershipGridModel::RegistrantId, 80);
    m_table->setColumnWidth(MembershipGridModel::Registrant, 200);
    m_table->setColumnWidth(MembershipGridModel::ProgramName, 180);

    m_issues = new QListWidget(this);
    m_issues->setAccessibleName(tr("Issues"));
    m_issues->setWordWrap(true);
    m_issues->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);

    buildActions();

    auto *bar = new QToolBar(this);
    nameToolBar(bar, tr("Bulk edit commands"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(new QLabel(tr("Program:") + QLatin1Char(' '), bar));
    bar->addWidget(m_program);
    bar->addAction(m_load);
    bar->addAction(m_importAction);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addAction(m_fillDown);
    bar->addAction(m_setSelection);
    bar->addAction(m_restore);
    bar->addAction(m_removeRows);
    bar->addSeparator();
    bar->addAction(m_submit);
    bar->addAction(m_export);
    bar->addAction(m_clear);

    auto *issuesBox = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    auto *issuesTitle = new QLabel(tr("Issues (click to go to the cell)"), issuesBox);
    issuesTitle->setBuddy(m_issues);
    issuesLayout->addWidget(issuesTitle);
    issuesLayout->addWidget(m_issues, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(issuesBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
    layout->addLayout(progressRow);

    // The issues list and the counts are made again once per turn of the event loop, however many
    // cells and rows changed in it (a paste, a page of members, a slice of an import). Added rows
    // say so through issuesChanged (held while an import fills the grid).
    m_issuesDue = new QTimer(this);
    m_issuesDue->setSingleShot(true);
    m_issuesDue->setInterval(0);
    connect(m_issuesDue, &QTimer::timeout, this, [this] { refreshIssues(); });
    m_progressDue = new QTimer(this);
    m_progressDue->setSingleShot(true);
    m_progressDue->setInterval(50);
    connect(m_progressDue, &QTimer::timeout, this, &BulkEditPage::showSendProgress);
    connect(&m_model, &QAbstractItemModel::modelReset, m_issuesDue, qOverload<>(&QTimer::start));
    connect(&m_model, &MembershipGridModel::issuesChanged, m_issuesDue, qOverload<>(&QTimer::start));
    // The grid changed while what to send was being gathered (an undo): gathered again.
    const auto gatherAgain = [this] {
        if (m_preparing)
            m_preparing = Preparing();
    };
    connect(&m_model, &QAbstractItemModel::modelReset, this, gatherAgain);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, gatherAgain);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, gatherAgain);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, gatherAgain);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, gatherAgain);
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(Qt::UserRole).toInt() < 0)
            return; // a file line that is not in the grid
        const QModelIndex cell
            = m_model.index(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
        m_table->setCurrentIndex(cell);
        m_table->scrollTo(cell);
        m_table->setFocus();
    });
    connect(m_issues, &QListWidget::itemClicked, m_issues, &QListWidget::itemActivated);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BulkEditPage::showContextMenu);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_preparing) {
            m_preparing.reset();
            setBusy(false, QString());
            m_status->setText(tr("Nothing was sent."));
        }
        if (m_stopReading)
            m_stopReading->store(true);
        if (m_submission)
            m_submission->cancel();
        if (m_import)
            m_import->cancel();
    });
    connect(m_session, &RegistrySession::programsChanged, this, &BulkEditPage::refreshPrograms);
    connect(m_session, &RegistrySession::capabilitiesChanged, this, &BulkEditPage::refreshPrograms);
    refreshPrograms();
    refreshIssues();
}

void BulkEditPage::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setObjectName(name);
        addAction(a);
        return a;
    };
    // Fixed texts keep the toolbar steady; what would be undone is in the tooltip.
    QUndoStack *stack = m_model.undoStack();
    m_undo = make(tr("&Undo"), QKeySequence::Undo, QStringLiteral("undoGrid"));
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo,
        [this](const QString &text) { m_undo->setToolTip(tr("Undo %1").arg(text)); });
    m_redo = make(tr("&Redo"), QKeySequence::Redo, QStringLiteral("redoGrid"));
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redo,
        [this](const QString &text) { m_redo->setToolTip(tr("Redo %1").arg(text)); });
    m_fillDown = make(tr("Fill &down"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("fillDown"));
    m_fillDown->setToolTip(tr("Copy the top selected cell of each column into the cells below it (Ctrl+D)"));
    connect(m_fillDown, &QAction::triggered, this,
        [this] { m_model.fillDown(m_table->selectionModel()->selectedIndexes()); });
    m_setSelection = make(
        tr("&Set cells…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QStringLiteral("setSelection"));
    m_setSelection->setToolTip(tr("Give every selected cell the same value (Ctrl+Shift+F)"));
    connect(m_setSelection, &QAction::triggered, this, [this] { setSelection(); });
    m_restore = make(tr("&Restore"), QKeySequence::Delete, QStringLiteral("restoreCells"));
    m_restore->setToolTip(tr("Put back the values read from the server in the selected cells, or for rows "
                             "from a file what the file said (Delete)"));
    connect(m_restore, &QAction::triggered, this,
        [this] { m_model.restoreCells(m_table->selectionModel()->selectedIndexes()); });
    m_removeRows
        = make(tr("Re&move rows"), QKeySequence(Qt::CTRL | Qt::Key_Minus), QStringLiteral("removeRows"));
    m_removeRows->setToolTip(tr("Take the selected rows out of the grid; nothing is sent for them (Ctrl+-)"));
    connect(m_removeRows, &QAction::triggered, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
            rows.append(i.row());
        m_model.removeGridRows(rows);
    });
    m_copy = make(tr("&Copy"), QKeySequence::Copy, QStringLiteral("copyCells"));
    connect(m_copy, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_model.copy(m_table->selectionModel()->selectedIndexes()));
    });
    m_paste = make(tr("&Paste"), QKeySequence::Paste, QStringLiteral("pasteCells"));
    connect(m_paste, &QAction::triggered, this, &BulkEditPage::paste);
    m_load = make(tr("&Load members"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("loadMembers"));
    m_load->setToolTip(tr("Read every membership of the chosen program into the grid (Ctrl+L)"));
    connect(m_load, &QAction::triggered, this, &BulkEditPage::loadProgramMembers);
    m_importAction
        = make(tr("&Import file…"), QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("importFile"));
    m_importAction->setToolTip(
        tr("Load rows from a CSV or XLSX file into the grid, to check before sending (Ctrl+I)"));
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });
    m_submit = make(
        tr("Review and &send…"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("submitGrid"));
    m_submit->setToolTip(tr("See every change, then send them to the registry (Ctrl+Enter)"));
    connect(m_submit, &QAction::triggered, this, [this] { submit(false); });
    m_export = make(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("exportGrid"));
    m_export->setToolTip(tr("Save the grid with each row's result as CSV or XLSX (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, &BulkEditPage::exportResults);
    m_openRegistrant = make(
        tr("&Open registrant"), QKeySequence(Qt::CTRL | Qt::Key_O), QStringLiteral("openGridRegistrant"));
    m_openRegistrant->setToolTip(
        tr("Show the registrant of the current row with their record and history (Ctrl+O)"));
    connect(m_openRegistrant, &QAction::triggered, this, [this] {
        const QModelIndex at = m_table->currentIndex();
        if (at.isValid() && at.row() < m_model.rowCount() && m_model.registrantOfRow(at.row()) != 0)
            Q_EMIT openRegistrant(m_model.registrantOfRow(at.row()), m_model.isGroupRow(at.row()));
    });
    m_clear = make(tr("C&lear"), QKeySequence(), QStringLiteral("clearGrid"));
    connect(m_clear, &QAction::triggered, this, [this] {
        if (m_model.summary().changedRows
            && QMessageBox::question(this, tr("Clear the grid"),
                   tr("The grid holds changes that were not sent. Clear it anyway?"))
                != QMessageBox::Yes)
            return;
        m_model.clear();
        m_notImported.clear();
        refreshIssues();
    });
}

void BulkEditPage::refreshPrograms()
{
    m_model.setPrograms(m_session->programs());
    const qint64 current = m_program->currentData().toLongLong();
    m_program->clear();
    m_program->addItem(tr("(choose per row)"), 0);
    for (const Program &p : m_session->programs())
        if (p.active)
            m_program->addItem(p.name, p.id);
    const int at = m_program->findData(current);
    m_program->setCurrentIndex(at >= 0 ? at : 0);
    const QString why = m_session->whyNot(RegistrySession::Action::ChangeMemberships);
    for (QAction *a : {m_load, m_submit, m_importAction}) {
        a->setEnabled(why.isEmpty());
        if (!why.isEmpty())
            a->setToolTip(why);
    }
}

void BulkEditPage::refreshIssues(const QString &note)
{
    m_issuesDue->stop(); // made now
    // A pass that was running starts again over the grid as it is now, keeping its note.
    const QString keep = note.isEmpty() && m_issuesPass ? m_issuesPass->note : note;
    m_issuesPass = IssuesPass {};
    m_issuesPass->note = keep;
    m_issuesPass->generation = ++m_issuesGeneration;
    // A grid of one slice is counted at once; a larger one from the next turn of the event loop (an
    // import's end asked twice in one turn, each counting 8 ms of rows before the other replaced it).
    if (m_model.rowCount() <= kSliceRows)
        countIssues();
    else
        countIssuesNextTurn();
}

void BulkEditPage::countIssuesNextTurn()
{
    QTimer::singleShot(0, this, [this, generation = m_issuesPass->generation] {
        if (m_issuesPass && m_issuesPass->generation == generation)
            countIssues();
    });
}

// A few milliseconds of rows per turn of the event loop: counting 100,000 imported rows at once kept
// the window still for most of a second, and slices of 5,000 rows took 45-55 ms each while a grid
// was being sent (the rows' rules look at their duplicates and programs).
bool BulkEditPage::sliceRows(int &next, const std::function<void(int from, int to)> &some)
{
    constexpr qint64 kTurnNs = 8'000'000;
    QElapsedTimer turn;
    turn.start();
    do {
        const int from = next;
        next = qMin(from + kSliceRows, m_model.rowCount());
        some(from, next);
    } while (next < m_model.rowCount() && turn.nsecsElapsed() < kTurnNs);
    return next >= m_model.rowCount();
}

void BulkEditPage::countIssues()
{
    if (!m_issuesPass)
        return;
    IssuesPass &pass = *m_issuesPass;
    if (!sliceRows(pass.next,
            [this, &pass](int from, int to) { pass.summary += m_model.summary(&pass.issues, from, to); })) {
        countIssuesNextTurn();
        return;
    }
    const IssuesPass done = std::move(pass);
    m_issuesPass.reset();
    showIssues(done);
}

void BulkEditPage::showIssues(const IssuesPass &pass)
{
    m_issues->clear();
    const qsizetype all = m_notImported.size() + pass.issues.size();
    int listed = 0;
    for (const ImportProblem &p : std::as_const(m_notImported)) {
        if (listed++ >= kIssuesListed)
            break;
        auto *item = new QListWidgetItem(
            tr("File line %1 (not loaded)%2: %3")
                .arg(p.line)
                .arg(p.field.isEmpty() ? QString() : QStringLiteral(", ") + p.field, p.message),
            m_issues);
        item->setData(Qt::UserRole, -1);
        item->setToolTip(item->text());
        item->setForeground(QColor(150, 0, 0));
    }
    for (const GridIssue &i : pass.issues) {
        if (listed++ >= kIssuesListed)
            break;
        auto *item = new QListWidgetItem(
            tr("Row %1, %2: %3")
                .arg(i.row + 1)
                .arg(m_model.headerData(i.column, Qt::Horizontal).toString(), i.message),
            m_issues);
        item->setData(Qt::UserRole, i.row);
        item->setData(Qt::UserRole + 1, i.column);
        item->setToolTip(item->text());
    }
    if (all > kIssuesListed) {
        auto *more
            = new QListWidgetItem(tr("%n more issue(s) not listed: fix those above, or find the marked "
                                     "cells in the grid.",
                                      nullptr, int(all - kIssuesListed)),
                m_issues);
        more->setData(Qt::UserRole, -1); // not a cell
        more->setToolTip(more->text());
        QFont italic = more->font();
        italic.setItalic(true);
        more->setFont(italic);
    }
    if (isSubmitting())
        return;
    if (m_model.rowCount() == 0) {
        m_status->setText(tr("Choose a program and load its members (Ctrl+L), or select registrants on the "
                             "Individuals or Groups page and add them here (Ctrl+B)."));
        return;
    }
    const GridSummary &s = pass.summary;
    const QString counts = tr("%n row(s)", nullptr, m_model.rowCount()) + QStringLiteral(" · ")
        + tr("%n changed", nullptr, s.changedRows + s.invalidRows) + QStringLiteral(" · ")
        + tr("%n with issues", nullptr, s.invalidRows);
    m_status->setText(pass.note.isEmpty() ? counts : pass.note + QLatin1Char(' ') + counts);
}

void BulkEditPage::loadProgramMembers()
{
    const qint64 programId = m_program->currentData().toLongLong();
    if (!programId) {
        m_status->setText(tr("Choose a program to load its members."));
        m_program->setFocus();
        return;
    }
    if (m_model.summary().changedRows
        && QMessageBox::question(this, tr("Load members"),
               tr("Loading replaces the grid, which holds changes that were not sent. Continue?"))
            != QMessageBox::Yes)
        return;
    m_model.clear();
    setBusy(true, tr("Reading the members of %1…").arg(m_program->currentText()));
    loadPage(programId, 0, ++m_loadGeneration);
}

void BulkEditPage::loadPage(qint64 programId, int offset, int generation)
{
    MembershipFilter f;
    f.programId = m_session->programRef(programId);
    auto *job = m_session->backend()->memberships(
        f, qMin(kPageSize, m_session->capabilities().maxPageSize), offset);
    connect(m_cancel, &QPushButton::clicked, job, &PendingCall::abort);
    connect(job, &PendingCall::finished, this, [this, job, programId, offset, generation] {
        if (generation != m_loadGeneration)
            return;
        if (!job->succeeded()) {
            setBusy(false, QString());
            m_status->setText(tr("Reading stopped after %n membership(s): %1", nullptr, m_model.rowCount())
                                  .arg(job->error().toString()));
            return;
        }
        const Page<ProgramMembership> &page = job->result();
        m_model.addMemberships(page.items);
        if (page.total > 0) {
            m_progress->setRange(0, int(qMin<qint64>(page.total, INT_MAX)));
            m_progress->setValue(m_model.rowCount());
        }
        if (page.hasMore() && !page.items.isEmpty()) {
            loadPage(programId, offset + int(page.items.size()), generation);
            return;
        }
        setBusy(false, QString());
        refreshIssues();
        focusIfStillHere(m_table, this); // the officer may have moved on while the pages came
    });
}

void BulkEditPage::addRegistrants(const QList<RegistrantRef> &registrants)
{
    const qint64 programId = m_program->currentData().toLongLong();
    int already = 0;
    for (const RegistrantRef &r : registrants) {
        if (programId && m_model.rowFor(r.id, programId) >= 0) {
            ++already; // one row per membership: the grid holds this one
            continue;
        }
        m_model.addNewEnrolment(r.id, r.name, r.isGroup, programId, r.key);
    }
    refreshIssues(already
            ? tr("%n registrant(s) already have a row for this program in the grid.", nullptr, already)
            : QString());
}

void BulkEditPage::setSelection(QString text)
{
    const QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    if (text.isNull()) {
        const QModelIndex first = cells.first();
        const QString column = m_model.headerData(first.column(), Qt::Horizontal).toString();
        QInputDialog ask(this);
        ask.setWindowTitle(tr("Set selected cells"));
        ask.setLabelText(tr("%1 for the %n selected cell(s):", nullptr, int(cells.size())).arg(column));
        if (first.column() == MembershipGridModel::State) {
            ask.setComboBoxItems(MembershipGridModel::editableStates(m_model.originalState(first.row())));
            ask.setComboBoxEditable(true);
        } else {
            ask.setTextValue(first.data(Qt::EditRole).toString());
        }
        fitTitle(&ask);
        if (ask.exec() != QDialog::Accepted)
            return;
        text = ask.textValue();
    }
    m_model.setCells(cells, text, tr("Set %n cell(s)", nullptr, int(cells.size())));
}

void BulkEditPage::paste()
{
    QModelIndex at = m_table->currentIndex();
    if (!at.isValid())
        at = m_model.index(0, 0);
    const QString message = m_model.paste(at, QApplication::clipboard()->text());
    if (!message.isEmpty())
        m_status->setText(message);
}

void BulkEditPage::submit(bool confirmed)
{
    if (isSubmitting())
        return;
    const QModelIndex current = m_table->currentIndex(); // moving off a cell commits its open editor
    m_table->setCurrentIndex(QModelIndex());
    m_table->setCurrentIndex(current);
    if (!confirmed) {
        ReviewDialog review(&m_model, this);
        if (review.exec() != QDialog::Accepted)
            return;
        startSubmission(review.changes()); // the dialog is modal: the grid is as reviewed
        return;
    }
    m_preparing = Preparing();
    setBusy(true, tr("Preparing the changes…"));
    QTimer::singleShot(0, this, &BulkEditPage::prepareSome); // Cancel works from the first slice on
}

void BulkEditPage::prepareSome()
{
    if (!m_preparing)
        return;
    Preparing &p = *m_preparing;
    if (!sliceRows(p.next, [this, &p](int from, int to) { p.changes += m_model.changes(from, to); })) {
        QTimer::singleShot(0, this, &BulkEditPage::prepareSome);
        return;
    }
    QList<GridChange> changes = std::move(m_preparing->changes);
    m_preparing.reset();
    startSubmission(std::move(changes));
}

void BulkEditPage::startSubmission(QList<GridChange> changes)
{
    if (changes.isEmpty()) {
        if (m_cancel->isVisible()) // gathered a slice at a time: the page was busy
            setBusy(false, QString());
        m_status->setText(tr("Nothing to send: no row is changed and free of issues."));
        return;
    }
    m_done = m_conflicts = m_errors = 0;
    auto *submission = new GridSubmission(m_session->sync(), std::move(changes));
    m_submission = submission;
    // Each row's answer marks its row; the issues are counted again once, when the send ends (each
    // answer started a count of the whole grid again), and the progress shows 20 times a second.
    m_model.holdIssues(true);
    connect(submission, &GridSubmission::rowFinished, this, &BulkEditPage::onRowFinished);
    m_sendClock.start();
    connect(submission, &Command::progress, this, [this](int done, int total) {
        m_sent = {done, total};
        if (!m_progressDue->isActive())
            m_progressDue->start();
    });
    connect(submission, &Command::finished, this, [this](ActivityLog::Status, const QString &summary) {
        m_progressDue->stop();
        m_model.finishSubmission();
        m_model.holdIssues(false);
        setBusy(false, QString());
        QString text = summary;
        if (m_conflicts)
            text += QLatin1Char(' ')
                + tr("Rows marked as conflicts were changed by someone else: right-click to take their "
                     "version or keep yours, then send again.");
        else if (m_errors)
            text += QLatin1Char(' ') + tr("Failed rows keep your edits: fix them and send again.");
        m_status->setText(text);
        Q_EMIT submissionFinished();
    });
    setBusy(true, tr("Sending…"));
    m_runner->run(submission);
}

void BulkEditPage::showSendProgress()
{
    const auto [done, total] = m_sent;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    QString text = tr("Sent %1 of %2").arg(done).arg(total);
    if (done > 0 && done < total) {
        const qint64 left = m_sendClock.elapsed() * (total - done) / done / 1000;
        text += QStringLiteral(" · ")
            + (left < 60 ? tr("about %n second(s) left", nullptr, int(left))
                         : tr("about %n minute(s) left", nullptr, int((left + 59) / 60)));
    }
    m_status->setText(text + QStringLiteral(" · ")
        + tr("%1 done, %2 conflicts, %3 errors").arg(m_done).arg(m_conflicts).arg(m_errors));
}

void BulkEditPage::onRowFinished(int row, const RowOutcome &outcome)
{
    switch (outcome.status) {
    case RowOutcome::Status::Done:
        ++m_done;
        break;
    case RowOutcome::Status::Conflict:
        ++m_conflicts;
        break;
    case RowOutcome::Status::Error:
        ++m_errors;
        break;
    default:
        break;
    }
    m_model.applyOutcome(row, GridSubmission::statusText(outcome.status), outcome.message,
        outcome.membership.id ? &outcome.membership : nullptr, outcome.status == RowOutcome::Status::Done);
}

void BulkEditPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_table->indexAt(pos);
    QMenu menu(this);
    if (at.isValid() && m_model.hasConflict(at.row())) {
        const int row = at.row();
        const ProgramMembership *their = m_model.theirs(row);
        menu.addSection(tr("Changed by someone else"));
        menu.addAction(tr("Take their version (%1)").arg(MembershipTableModel::stateText(their->state)), this,
            [this, row] { m_model.takeTheirs(row); });
        menu.addAction(tr("Keep my version"), this, [this, row] { m_model.keepMine(row); });
        menu.addSeparator();
    }
    if (at.isValid() && m_model.registrantOfRow(at.row()) != 0) {
        const qint64 id = m_model.registrantOfRow(at.row());
        const bool isGroup = m_model.isGroupRow(at.row());
        menu.addAction(
            m_openRegistrant->text(), this, [this, id, isGroup] { Q_EMIT openRegistrant(id, isGroup); });
        menu.addSeparator();
    }
    menu.addAction(m_copy);
    menu.addAction(m_paste);
    menu.addAction(m_fillDown);
    menu.addAction(m_setSelection);
    menu.addAction(m_restore);
    menu.addAction(m_removeRows);
    menu.addSeparator();
    menu.addAction(m_undo);
    menu.addAction(m_redo);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool BulkEditPage::exportTo(const QString &path, QString *error)
{
    QList<int> columns;
    for (int c = 0; c < m_model.columnCount(); ++c)
        columns << c;
    const ExportOutcome out = exportModel(&m_model, columns, tr("Memberships"), path, this);
    if (error)
        *error = out.error.isEmpty() ? out.message : out.error;
    return out.written;
}

void BulkEditPage::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the grid"), QString(), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QList<int> columns;
    for (int c = 0; c < m_model.columnCount(); ++c)
        columns << c;
    const ExportOutcome out = exportModel(&m_model, columns, tr("Memberships"), path, this);
    if (!out.error.isEmpty())
        QMessageBox::warning(
            this, tr("Export"), tr("The grid could not be saved to %1: %2").arg(path, out.error));
    m_status->setText(out.message);
}

void BulkEditPage::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_status->setText(text);
    }
    for (QAction *a : {m_submit, m_load, m_importAction, m_clear, m_paste, m_fillDown, m_setSelection,
             m_restore, m_removeRows})
        a->setEnabled(!busy
            && (m_session->can(RegistrySession::Action::ChangeMemberships)
                || (a != m_submit && a != m_load && a != m_importAction)));
    m_table->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                  : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::AnyKeyPressed);
    if (!busy)
        refreshIssues();
}

} // namespace g2p
