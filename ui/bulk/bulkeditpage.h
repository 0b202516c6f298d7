// The bulk-edit page: a spreadsheet of memberships to change and registrants to enrol, loaded
// from a program's members or from the registrants selected elsewhere. Typing, pasting from a
// spreadsheet, fill down, undo; issues listed beside the grid and jumping to their cell; a review
// of every change before it is sent; progress and cancel while it is sent; per-row results, with
// "take theirs" / "keep mine" for rows someone else changed meanwhile; results exported to CSV or
// XLSX.
#pragma once

#include "commandrunner.h"
#include "gridsubmission.h"
#include "membershipgridmodel.h"
#include "membershipimport.h"
#include "registrysession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace g2p {

struct RegistrantRef
{
    qint64 id = 0;
    QString name;
    bool isGroup = false;
    QString key; // the backend's own key, where it has keys of its own (recordkey.h)
};

class BulkEditPage : public QWidget
{
    Q_OBJECT
public:
    BulkEditPage(RegistrySession *session, CommandRunner *runner, QWidget *parent = nullptr);

    MembershipGridModel *model() { return &m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *issueList() const { return m_issues; }
    // Issues listed at most, then how many more: a sheet of 100,000 lines without a program made as
    // many word-wrapped items, each laid out when the list was shown. The grid marks every cell.
    static constexpr int kIssuesListed = 1000;
    QLabel *statusLabel() const { return m_status; }
    QComboBox *programBox() const { return m_program; }
    QAction *submitAction() const { return m_submit; }
    QAction *fillDownAction() const { return m_fillDown; }
    QAction *setSelectionAction() const { return m_setSelection; }
    // Sets one value in every selected cell (one undo step); asks for it when `text` is null.
    void setSelection(QString text = QString());
    // Sending, or gathering what to send (a slice of rows per turn of the event loop).
    bool isSubmitting() const { return !m_submission.isNull() || m_preparing.has_value(); }

    // Reads every membership of the chosen program (all pages) into the grid.
    void loadProgramMembers();
    // New enrolment rows in the chosen program (or a program to pick per row).
    void addRegistrants(const QList<RegistrantRef> &registrants);
    // Asks for confirmation through the review dialog unless `confirmed`.
    void submit(bool confirmed = false);
    // Writes the whole grid (every column) off the GUI thread, with progress; false with the reason
    // when it was not written (cancelled: the reason says so).
    bool exportTo(const QString &path, QString *error);
    // Reads a CSV or XLSX file (in the background), asks for the mapping, and loads its rows into
    // the grid. Asks for the file when `path` is empty.
    void importFile(QString path = QString());
    bool isImporting() const { return !m_import.isNull(); }
    bool isReadingFile() const { return m_stopReading != nullptr; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void submissionFinished();
    void importFinished();
    // Ctrl+O or the context menu on a row: show its registrant.
    void openRegistrant(qint64 id, bool isGroup);

private:
    void buildActions();
    void refreshPrograms();
    // The issues list and the counts; `note` (what an import or an addition did) goes before them.
    void refreshIssues(const QString &note = QString());
    struct IssuesPass
    {
        int next = 0, generation = 0;
        GridSummary summary;
        QList<GridIssue> issues;
        QString note;
    };
    // Runs `some(from, to)` over the grid's rows from `next`, 250 rows at a time until 8 ms have
    // passed; true when the last row is done (else the caller comes back on the next turn).
    bool sliceRows(int &next, const std::function<void(int from, int to)> &some);
    void countIssues();
    void countIssuesNextTurn(); // the pass in progress goes on (unless replaced meanwhile)
    static constexpr int kSliceRows = 250; // rows between looks at the clock
    // What to send, gathered a few milliseconds at a time (10,000 changed rows took the window
    // 30-50 ms at once); any change to the grid meanwhile starts it again.
    struct Preparing
    {
        int next = 0;
        QList<GridChange> changes;
    };
    void prepareSome();
    void startSubmission(QList<GridChange> changes);
    void showIssues(const IssuesPass &pass);
    void loadPage(qint64 programId, int offset, int generation);
    void showSendProgress();
    void onRowFinished(int row, const g2p::RowOutcome &outcome);
    void showContextMenu(const QPoint &pos);
    void exportResults();
    void paste();
    void setBusy(bool busy, const QString &text);
    void startImport(const QString &path, const TableText &table);
    void runImport(const QString &name, const QList<ImportLine> &lines); // the engine, on read lines
    bool replaceOrMerge(); // asks; false when the officer cancels

    RegistrySession *m_session;
    CommandRunner *m_runner;
    MembershipGridModel m_model;
    QTableView *m_table;
    QListWidget *m_issues;
    QComboBox *m_program;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QAction *m_submit, *m_fillDown, *m_undo, *m_redo, *m_copy, *m_paste, *m_restore, *m_removeRows, *m_load,
        *m_export, *m_clear;
    QPointer<GridSubmission> m_submission;
    QPointer<MembershipImport> m_import;
    QList<ImportProblem> m_notImported; // lines of the last import that are not in the grid
    std::shared_ptr<std::atomic<bool>> m_stopReading; // while a file is read on a pool thread
    QAction *m_importAction, *m_setSelection, *m_openRegistrant;
    QElapsedTimer m_sendClock;
    int m_loadGeneration = 0;
    QTimer *m_issuesDue; // refreshIssues() on the next turn of the event loop
    QTimer *m_progressDue; // showSendProgress() at most 20 times a second
    std::pair<int, int> m_sent {0, 0}; // a send's rows answered, of its rows
    std::optional<IssuesPass> m_issuesPass; // counting, a slice per turn
    std::optional<Preparing> m_preparing;
    int m_issuesGeneration = 0;
    int m_done = 0, m_conflicts = 0, m_errors = 0;
};

} // namespace g2p
