// The spreadsheet of memberships an officer prepares before submitting: existing memberships to
// change and new enrolments, every edit kept as typed (so nothing pasted is lost), validated
// against the contract's rules, undoable, and summarised for review.
#pragma once

#include "datepolicy.h"
#include "records.h"

#include <QAbstractTableModel>
#include <QUndoStack>

#include <optional>

namespace g2p {

struct GridIssue
{
    int row;
    int column;
    QString message;
};

// What submitting one row will do.
struct GridChange
{
    enum class Kind
    {
        Enroll,
        Patch
    };
    int row = 0;
    Kind kind = Kind::Patch;
    qint64 registrantId = 0;
    qint64 programId = 0;
    QString registrantKey, programKey; // the backend's own keys, where it has any (recordkey.h)
    MembershipState targetState = MembershipState::Enrolled; // Enroll: draft or enrolled
    QDate enrollmentDate; // Enroll
    ProgramMembership original; // Patch: as read (write_date for the lock)
    MembershipUpdate update; // Patch
};

struct GridSummary
{
    int enrollments = 0, exits = 0, pauses = 0, resumes = 0, otherStateChanges = 0, dateChanges = 0;
    int changedRows = 0, invalidRows = 0;
    GridSummary &operator+=(const GridSummary &o);
};

class MembershipGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RegistrantId,
        Registrant,
        ProgramName,
        State,
        EnrollmentDate,
        ExitDate,
        ExitReason,
        Result,
        ColumnCount
    };
    enum Role
    {
        ChangedRole = Qt::UserRole + 1,
        IssueRole,
        OriginalTextRole
    };

    explicit MembershipGridModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Typing into a cell (one undo step). An empty text restores the original value.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setPrograms(const QList<Program> &programs);
    const QList<Program> &programs() const { return m_programs; }
    void setDatePolicy(DatePolicy policy);
    QDate today() const { return m_today; }
    void setToday(QDate utcToday) { m_today = utcToday; } // tests

    // Rows to work on: existing memberships, and registrants to enrol (new rows).
    void addMemberships(const QList<ProgramMembership> &memberships);
    // Many rows in one insertion (an import): each an existing membership or, without one, a
    // registrant to enrol.
    struct NewRow
    {
        qint64 registrantId = 0;
        QString name;
        bool isGroup = false;
        qint64 programId = 0;
        QString registrantKey; // the backend's own key of the registrant, where it has keys of its own
        std::optional<ProgramMembership> existing;
    };
    void appendRows(QList<NewRow> rows);
    // Room for `rows` rows in all, made once (rows are large: growing 100,000 of them step by step
    // moved them over and over).
    // Room for `rows` rows, in the rows and in the memberships' index: an import's growth of the
    // index past 65,536 rows rehashed it whole in one slice (~30 ms at 100,000 rows).
    void reserveRows(int rows)
    {
        m_rows.reserve(rows);
        m_rowsByMembership.reserve(rows);
    }
    // While held, issuesChanged() waits; released, it is emitted once if anything changed meanwhile
    // (an import of 100,000 lines, not 100,000 recounts of every row's issues).
    void holdIssues(bool hold);
    // `registrantKey`: the backend's own key of the registrant, where it has keys of its own.
    void addNewEnrolment(qint64 registrantId,
        const QString &name,
        bool isGroup,
        qint64 programId = 0,
        const QString &registrantKey = QString());
    void clear();

    // Rows that came from a file: the cells the file gave become the row's edits *and* its baseline,
    // so Restore (Delete) puts back what the file said, never something the file did not say.
    // `line` is the file line, kept with the row (also after rows above it are removed).
    void setFromFile(int row, int line, const QList<QPair<int, QString>> &cells);
    int sourceLine(int row) const { return m_rows[row].line; } // 0: not from a file
    // The row holding this registrant's membership in this program (existing or new), or -1.
    int rowFor(qint64 registrantId, qint64 programId) const;
    // The first other row for the same registrant and program, or -1: one row per membership.
    int duplicateOf(int row) const;
    // Removes whole rows (one undo step).
    void removeGridRows(QList<int> rows);

    QUndoStack *undoStack() { return &m_undo; }
    // Editing verbs of the grid, each one undo step. Cells that cannot be edited are skipped.
    void setCells(const QModelIndexList &cells, const QString &text, const QString &actionName);
    // Delete: back to the values read from the server, or for a row from a file to what the file said
    void restoreCells(const QModelIndexList &cells);
    void fillDown(const QModelIndexList &cells); // Ctrl+D: each column's top selected cell, downwards
    // Pastes tab- or comma-separated text with its top-left cell at `topLeft`. Returns a message
    // when part of it could not go in (read-only columns, rows beyond the end), else an empty one.
    QString paste(const QModelIndex &topLeft, const QString &text);
    QString copy(const QModelIndexList &cells) const; // tab-separated, as spreadsheets paste it

    QList<GridIssue> issues() const;
    // With `issues`: every issue of the grid too (as issues()), from the same single pass. Of rows
    // [from, to) only when given (a large grid is counted a slice at a time; to = -1: the last row).
    GridSummary summary(QList<GridIssue> *issues = nullptr, int from = 0, int to = -1) const;
    // What submitting would send; only valid, changed rows. Of rows [from, to) only when given (a
    // large grid is gathered a slice at a time; to = -1: the last row).
    QList<GridChange> changes(int from = 0, int to = -1) const;
    // Every field a change will alter, as the review shows it: what it was and what it will be,
    // including a date the server sets by itself (becoming enrolled without a date stamps today).
    struct FieldChange
    {
        int row = 0;
        int column = 0;
        QString was, willBe;
        bool setByServer = false;
    };
    QList<FieldChange> fieldChanges(const QList<GridChange> &changes) const; // of changes()
    bool isChanged(int row) const;
    bool isGroupRow(int row) const { return m_rows[row].registrantIsGroup; }
    qint64 registrantOfRow(int row) const { return m_rows[row].registrantId; }
    QString originalText(int row, int column) const;
    QString effectiveText(int row, int column) const;

    static QStringList editableStates(std::optional<MembershipState> from);
    std::optional<MembershipState> originalState(int row) const;

    // After a submission: a row that went through takes the server's version and loses its edits;
    // a failed one keeps them with the reason; a conflict also keeps the server's version
    // ("theirs") for the officer to compare. finishSubmission() clears the undo history (it
    // would undo the past).
    void applyOutcome(int row,
        const QString &status,
        const QString &message,
        const ProgramMembership *serverVersion,
        bool succeeded);
    bool hasConflict(int row) const;
    const ProgramMembership *theirs(int row) const;
    void takeTheirs(int row); // drop my edits, keep their version
    void keepMine(int row); // keep my edits over their version (the next submission uses their write_date)
    void finishSubmission() { m_undo.clear(); }

Q_SIGNALS:
    void issuesChanged();

public:
    // A state as typed in a cell or a file: its word on screen or its wire name, any case.
    std::optional<MembershipState> stateByText(const QString &text) const;
    static QString stateText(MembershipState s);

private:
    struct Row
    {
        qint64 registrantId = 0;
        QString registrantKey; // the backend's own key (recordkey.h); empty where the id is the key
        QString registrantName;
        bool registrantIsGroup = false;
        std::optional<ProgramMembership> original;
        qint64 newProgramId = 0; // new rows: the program chosen when the row was added
        QString edit[ColumnCount]; // as typed; meaningful where `edited` has the bit
        quint8 edited = 0; // bit per column
        QString result; // the last submission's outcome
        QString file[ColumnCount]; // what the file said; meaningful where `fromFile` has the bit
        quint8 fromFile = 0;
        int line = 0; // the file line this row came from
        std::optional<ProgramMembership> theirs;
        bool has(int c) const { return edited & (1U << c); }
    };
    struct CellChange
    {
        int row, column;
        bool hadEdit, hasEdit;
        QString before, after;
    };
    class EditCommand;
    friend class EditCommand;
    class RemoveCommand;
    friend class RemoveCommand;

    bool isEditable(int row, int column) const;
    void apply(const QList<CellChange> &changes, bool forward);
    void push(QList<CellChange> changes, const QString &name);
    CellChange change(int row, int column, const QString &text) const;
    QList<GridIssue> rowIssues(int r) const;
    bool changeOf(int r, GridChange *out) const; // changed, without issues: what it asks for
    const Program *program(qint64 id) const;
    const Program *programByText(const QString &text) const;
    qint64 programIdOf(int row) const;
    const QList<int> *rowsOf(qint64 registrantId, qint64 programId) const; // null: no row
    QString restoredText(int row, int column) const;
    void rowsMoved(); // drops the duplicate index
    void notifyIssues(); // issuesChanged(), or later while held
    bool m_holdIssues = false, m_issuesPending = false;

    mutable QHash<QPair<qint64, qint64>, QList<int>> m_rowsByMembership; // built on demand
    mutable bool m_membershipIndexValid = false;

    QList<Row> m_rows;
    QList<Program> m_programs;
    DatePolicy m_policy = DatePolicy::Automatic;
    QDate m_today;
    QUndoStack m_undo;
};

} // namespace g2p
