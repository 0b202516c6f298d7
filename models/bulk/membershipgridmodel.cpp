#include "membershipgridmodel.h"

#include "csvreader.h"
#include "membershiprules.h"
#include "membershiptablemodel.h"
#include "wiretime.h"

#include <QColor>
#include <QSet>

#include <algorithm>

namespace g2p {

class MembershipGridModel::EditCommand : public QUndoCommand
{
public:
    EditCommand(MembershipGridModel *model, QList<CellChange> changes, const QString &name)
        : QUndoCommand(name), m_model(model), m_changes(std::move(changes))
    { }
    void redo() override { m_model->apply(m_changes, true); }
    void undo() override { m_model->apply(m_changes, false); }

private:
    MembershipGridModel *m_model;
    QList<CellChange> m_changes;
};

// Removing rows: the rows are kept (ascending by index) and put back where they were on undo.
// Undo is linear, so the row numbers of earlier and later steps stay right.
class MembershipGridModel::RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(MembershipGridModel *model, QList<QPair<int, Row>> rows, const QString &name)
        : QUndoCommand(name), m_model(model), m_rows(std::move(rows))
    { }
    void redo() override
    {
        for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
            m_model->beginRemoveRows({}, it->first, it->first);
            m_model->m_rows.removeAt(it->first);
            m_model->endRemoveRows();
        }
        m_model->rowsMoved();
    }
    void undo() override
    {
        for (const auto &[at, row] : std::as_const(m_rows)) {
            m_model->beginInsertRows({}, at, at);
            m_model->m_rows.insert(at, row);
            m_model->endInsertRows();
        }
        m_model->rowsMoved();
    }

private:
    MembershipGridModel *m_model;
    QList<QPair<int, Row>> m_rows;
};

MembershipGridModel::MembershipGridModel(QObject *parent) : QAbstractTableModel(parent), m_today(utcToday())
{ }

int MembershipGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembershipGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case RegistrantId:
        return tr("Registrant ID");
    case Registrant:
        return tr("Registrant");
    case ProgramName:
        return tr("Program");
    case State:
        return tr("State");
    case EnrollmentDate:
        return tr("Enrollment date");
    case ExitDate:
        return tr("Exit date");
    case ExitReason:
        return tr("Exit reason");
    case Result:
        return tr("Result");
    default:
        return QVariant();
    }
}

QString MembershipGridModel::stateText(MembershipState s)
{
    return MembershipTableModel::stateText(s);
}

std::optional<MembershipState> MembershipGridModel::originalState(int row) const
{
    return m_rows[row].original ? std::optional<MembershipState>(m_rows[row].original->state) : std::nullopt;
}

void MembershipGridModel::applyOutcome(int row,
    const QString &status,
    const QString &message,
    const ProgramMembership *serverVersion,
    bool succeeded)
{
    Row &r = m_rows[row];
    r.result = message.isEmpty() ? status : status + QStringLiteral(": ") + message;
    if (succeeded && serverVersion) {
        r.original = *serverVersion;
        r.edited = 0;
        r.theirs.reset();
    } else if (serverVersion && serverVersion->id) {
        r.theirs = *serverVersion;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    notifyIssues();
}

bool MembershipGridModel::hasConflict(int row) const
{
    return m_rows[row].theirs.has_value();
}

const ProgramMembership *MembershipGridModel::theirs(int row) const
{
    return m_rows[row].theirs ? &*m_rows[row].theirs : nullptr;
}

void MembershipGridModel::takeTheirs(int row)
{
    Row &r = m_rows[row];
    if (!r.theirs)
        return;
    r.original = *r.theirs;
    r.theirs.reset();
    r.edited = 0;
    r.result = tr("kept their version");
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    notifyIssues();
}

void MembershipGridModel::keepMine(int row)
{
    Row &r = m_rows[row];
    if (!r.theirs)
        return;
    r.original = *r.theirs; // my edits now apply on top of their version, with its write_date
    r.theirs.reset();
    r.result = tr("mine kept over theirs: submit again");
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    notifyIssues();
}

QStringList MembershipGridModel::editableStates(std::optional<MembershipState> from)
{
    QStringList out;
    if (from)
        out << stateText(*from); // keeping the state is no change
    for (MembershipState s : MembershipRules::targetsFrom(from))
        out << stateText(s);
    return out;
}

void MembershipGridModel::setPrograms(const QList<Program> &programs)
{
    m_programs = programs;
    m_membershipIndexValid = false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    notifyIssues();
}

void MembershipGridModel::setDatePolicy(DatePolicy policy)
{
    m_policy = policy;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    notifyIssues();
}

void MembershipGridModel::addMemberships(const QList<ProgramMembership> &memberships)
{
    QList<NewRow> rows;
    rows.reserve(memberships.size());
    for (const ProgramMembership &m : memberships) {
        NewRow r;
        r.registrantId = m.registrantId;
        r.name = m.registrantName;
        r.isGroup = m.registrantIsGroup.value_or(false);
        r.existing = m;
        rows.append(std::move(r));
    }
    appendRows(std::move(rows));
}

void MembershipGridModel::addNewEnrolment(
    qint64 registrantId, const QString &name, bool isGroup, qint64 programId, const QString &registrantKey)
{
    appendRows({NewRow {registrantId, name, isGroup, programId, registrantKey, std::nullopt}});
}

void MembershipGridModel::appendRows(QList<NewRow> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (NewRow &n : rows) {
        Row r;
        r.registrantId = n.registrantId;
        r.registrantKey = std::move(n.registrantKey);
        r.registrantName = std::move(n.name);
        r.registrantIsGroup = n.isGroup;
        if (n.existing) {
            r.original = std::move(n.existing);
        } else {
            r.newProgramId = n.programId;
            // A new row is a change from the start: an enrolment.
            r.edit[State] = stateText(MembershipState::Enrolled);
            r.edited = quint8(1U << State);
        }
        m_rows.append(std::move(r));
    }
    // Rows added at the end keep the index of the rows above them: it grows instead of being rebuilt
    // (an import asks it for every line).
    if (m_membershipIndexValid)
        for (int r = first; r < m_rows.size(); ++r)
            if (const qint64 p = programIdOf(r))
                m_rowsByMembership[{m_rows[r].registrantId, p}].append(r);
    endInsertRows();
    notifyIssues();
}

void MembershipGridModel::holdIssues(bool hold)
{
    m_holdIssues = hold;
    if (!hold && m_issuesPending) {
        m_issuesPending = false;
        Q_EMIT issuesChanged();
    }
}

void MembershipGridModel::notifyIssues()
{
    if (m_holdIssues)
        m_issuesPending = true;
    else
        Q_EMIT issuesChanged();
}

void MembershipGridModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_undo.clear();
    rowsMoved();
}

void MembershipGridModel::rowsMoved()
{
    m_membershipIndexValid = false;
    notifyIssues();
}

qint64 MembershipGridModel::programIdOf(int row) const
{
    const Row &r = m_rows[row];
    if (r.original)
        return r.original->programId;
    const Program *p = programByText(effectiveText(row, ProgramName));
    return p ? p->id : 0;
}

const QList<int> *MembershipGridModel::rowsOf(qint64 registrantId, qint64 programId) const
{
    if (!m_membershipIndexValid) {
        m_rowsByMembership.clear();
        for (int r = 0; r < m_rows.size(); ++r)
            if (const qint64 p = programIdOf(r))
                m_rowsByMembership[{m_rows[r].registrantId, p}].append(r);
        m_membershipIndexValid = true;
    }
    const auto it = m_rowsByMembership.constFind({registrantId, programId});
    return it == m_rowsByMembership.cend() ? nullptr : &*it;
}

int MembershipGridModel::rowFor(qint64 registrantId, qint64 programId) const
{
    const QList<int> *rows = rowsOf(registrantId, programId);
    return rows ? rows->first() : -1;
}

int MembershipGridModel::duplicateOf(int row) const
{
    const qint64 program = programIdOf(row);
    if (const QList<int> *rows = program ? rowsOf(m_rows[row].registrantId, program) : nullptr)
        for (int other : *rows)
            if (other != row)
                return other;
    return -1;
}

void MembershipGridModel::removeGridRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<QPair<int, Row>> kept;
    for (int r : std::as_const(rows))
        if (r >= 0 && r < m_rows.size())
            kept.append({r, m_rows[r]});
    if (kept.isEmpty())
        return;
    m_undo.push(new RemoveCommand(this, std::move(kept), tr("Remove %n row(s)", nullptr, int(rows.size()))));
}

void MembershipGridModel::setFromFile(int row, int line, const QList<QPair<int, QString>> &cells)
{
    Row &r = m_rows[row];
    r.line = line;
    for (const auto &[column, text] : cells) {
        if (text.trimmed().isEmpty() || !isEditable(row, column))
            continue;
        r.file[column] = text;
        r.fromFile |= quint8(1U << column);
        const CellChange c = change(row, column, text);
        r.edit[column] = c.after;
        if (c.hasEdit)
            r.edited |= quint8(1U << column);
        else
            r.edited &= quint8(~(1U << column));
    }
    if (r.fromFile & quint8(1U << ProgramName))
        m_membershipIndexValid = false; // the row may now be of another program
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    notifyIssues();
}

const Program *MembershipGridModel::program(qint64 id) const
{
    for (const Program &p : m_programs)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Program *MembershipGridModel::programByText(const QString &text) const
{
    const QString t = text.trimmed();
    bool numeric = false;
    const qint64 id = t.toLongLong(&numeric);
    if (numeric)
        return program(id);
    for (const Program &p : m_programs)
        if (p.name.compare(t, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

std::optional<MembershipState> MembershipGridModel::stateByText(const QString &text) const
{
    const QString t = text.trimmed();
    // The wire names first: no translation to look up (every row's state is read on each count of a
    // 100,000-row grid), and in English they are the shown names too.
    for (int s = 0; s <= int(MembershipState::Duplicated); ++s)
        if (t.compare(enumToWire(MembershipState(s)), Qt::CaseInsensitive) == 0)
            return MembershipState(s);
    for (int s = 0; s <= int(MembershipState::Duplicated); ++s)
        if (t.compare(stateText(MembershipState(s)), Qt::CaseInsensitive) == 0)
            return MembershipState(s);
    return std::nullopt;
}

QString MembershipGridModel::originalText(int row, int column) const
{
    const Row &r = m_rows[row];
    switch (column) {
    case RegistrantId:
        return QString::number(r.registrantId);
    case Registrant:
        return r.registrantName;
    case ProgramName:
        if (r.original)
            return r.original->programName;
        if (const auto *p = program(r.newProgramId))
            return p->name;
        return r.newProgramId ? QString::number(r.newProgramId) : QString();
    case State:
        return r.original ? stateText(r.original->state) : QString();
    case EnrollmentDate:
        return r.original && !r.original->enrollmentDate.isNull()
            ? formatIsoDate(r.original->enrollmentDate.utcDate())
            : QString();
    case ExitDate:
        return r.original ? formatIsoDate(r.original->exitDate) : QString();
    case ExitReason:
        return r.original ? r.original->exitReason : QString();
    case Result:
        return r.result;
    default:
        return QString();
    }
}

QString MembershipGridModel::effectiveText(int row, int column) const
{
    const Row &r = m_rows[row];
    return r.has(column) ? r.edit[column] : originalText(row, column);
}

bool MembershipGridModel::isEditable(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    switch (column) {
    case ProgramName:
        return !m_rows[row].original; // an existing membership belongs to its program
    case State:
    case EnrollmentDate:
        return true;
    case ExitDate:
    case ExitReason:
        return m_rows[row].original.has_value();
    default:
        return false;
    }
}

Qt::ItemFlags MembershipGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool MembershipGridModel::isChanged(int row) const
{
    const Row &r = m_rows[row];
    for (int c = 0; c < ColumnCount; ++c)
        if (r.has(c) && r.edit[c].trimmed() != originalText(row, c))
            return true;
    return !r.original; // a new row is an enrolment
}

QList<GridIssue> MembershipGridModel::rowIssues(int row) const
{
    QList<GridIssue> out;
    const Row &r = m_rows[row];
    const auto issue = [&](int column, const QString &message) {
        out.append(GridIssue {row, column, message});
    };
    for (int c = 0; c < ColumnCount; ++c)
        if (r.has(c) && looksLikeFormula(r.edit[c]))
            issue(c, tr("“%1” looks like a spreadsheet formula, not a value.").arg(r.edit[c]));

    if (const int other = duplicateOf(row); other >= 0)
        issue(Registrant,
            tr("Row %1 is the same membership (same registrant and program): keep one row per membership "
               "and remove the other.")
                .arg(other + 1));

    // Program
    const Program *p
        = r.original ? program(r.original->programId) : programByText(effectiveText(row, ProgramName));
    if (!r.original) {
        const QString text = effectiveText(row, ProgramName);
        if (text.trimmed().isEmpty())
            issue(ProgramName, tr("Choose the program to enrol in."));
        else if (!p)
            issue(ProgramName, tr("No program is named “%1”.").arg(text));
        else if ((p->targetType == TargetType::Group) != r.registrantIsGroup)
            issue(ProgramName,
                r.registrantIsGroup ? tr("%1 is for individuals; this registrant is a group.").arg(p->name)
                                    : tr("%1 is for groups; this registrant is an individual.").arg(p->name));
    }

    // State
    const QString stateTextValue = effectiveText(row, State);
    const std::optional<MembershipState> state = stateByText(stateTextValue);
    const std::optional<MembershipState> from
        = r.original ? std::optional<MembershipState>(r.original->state) : std::nullopt;
    if (!state) {
        issue(State,
            tr("“%1” is not a membership state (one of: %2).")
                .arg(stateTextValue, editableStates(from).join(QStringLiteral(", "))));
    } else if (const QString why = MembershipRules::transitionProblem(from, *state, &stateText);
               !why.isEmpty()) {
        issue(State, why);
    }
    if (state && p)
        if (const QString why = MembershipRules::closedProgramProblem(*p, from, *state); !why.isEmpty())
            issue(State, why);

    // Dates
    const auto dateOf = [&](int column, QDate *result) {
        const QString text = effectiveText(row, column).trimmed();
        if (text.isEmpty())
            return true;
        const ParsedDate d = parseSpreadsheetDate(text, m_policy);
        if (!d.ok()) {
            if (r.has(column))
                issue(column, d.problem);
            return false;
        }
        if (const QString why = MembershipRules::futureDateProblem(d.date, m_today);
            r.has(column) && !why.isEmpty()) {
            issue(column, why);
            return false;
        }
        *result = d.date;
        return true;
    };
    QDate enrolled, exited;
    dateOf(EnrollmentDate, &enrolled);
    dateOf(ExitDate, &exited);
    const bool exitedAfter = state == MembershipState::Exited;
    if (!exitedAfter
        && ((r.has(ExitDate) && !r.edit[ExitDate].trimmed().isEmpty()
                && r.edit[ExitDate].trimmed() != originalText(row, ExitDate))
            || (r.has(ExitReason) && !r.edit[ExitReason].trimmed().isEmpty()
                && r.edit[ExitReason].trimmed() != originalText(row, ExitReason))))
        issue(r.has(ExitDate) ? ExitDate : ExitReason,
            tr("Only an exited membership has an exit date and reason."));
    if (state) {
        const QString why = MembershipRules::exitReasonProblem(from, *state, effectiveText(row, ExitReason));
        if (!why.isEmpty())
            issue(ExitReason, why);
    }
    if (exitedAfter) {
        const QString why
            = MembershipRules::exitBeforeEnrolmentProblem(exited.isValid() ? exited : m_today, enrolled);
        if (!why.isEmpty())
            issue(ExitDate, why);
    }
    return out;
}

QList<GridIssue> MembershipGridModel::issues() const
{
    QList<GridIssue> out;
    for (int r = 0; r < m_rows.size(); ++r)
        if (isChanged(r) || m_rows[r].edited)
            out += rowIssues(r);
    return out;
}

QVariant MembershipGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const int r = index.row(), c = index.column();
    const Row &row = m_rows[r];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return effectiveText(r, c);
    case ChangedRole:
        return row.has(c) && row.edit[c].trimmed() != originalText(r, c);
    case OriginalTextRole:
        return originalText(r, c);
    case IssueRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case Qt::BackgroundRole: {
        QStringList messages;
        if (row.edited || !row.original)
            for (const GridIssue &i : rowIssues(r))
                if (i.column == c)
                    messages << i.message;
        const bool changed = row.has(c) && row.edit[c].trimmed() != originalText(r, c);
        if (role == IssueRole)
            return messages.join(QLatin1Char('\n'));
        if (role == Qt::BackgroundRole)
            return !messages.isEmpty() ? QVariant(QColor(255, 214, 214))
                : changed              ? QVariant(QColor(255, 244, 196))
                                       : QVariant();
        // Not by colour alone: a screen reader says what the colour shows.
        if (role == Qt::AccessibleDescriptionRole) {
            QStringList said;
            if (!messages.isEmpty())
                said << tr("Invalid: %1").arg(messages.join(QStringLiteral("; ")));
            if (changed)
                said << (row.original
                        ? tr("Changed, was %1")
                              .arg(originalText(r, c).isEmpty() ? tr("(empty)") : originalText(r, c))
                        : tr("Changed (a new row)"));
            return said.join(QStringLiteral(". "));
        }
        if (!messages.isEmpty())
            return messages.join(QLatin1Char('\n'));
        return changed && row.original
            ? tr("Was: %1").arg(originalText(r, c).isEmpty() ? tr("(empty)") : originalText(r, c))
            : QVariant();
    }
    default:
        return QVariant();
    }
}

MembershipGridModel::CellChange MembershipGridModel::change(int row, int column, const QString &text) const
{
    const Row &r = m_rows[row];
    CellChange c {row, column, r.has(column), false, r.edit[column], QString()};
    // An empty text restores: to what the file said for a row from a file, else to the server's value.
    const QString value = text.trimmed().isEmpty() && (r.fromFile & (1U << column)) ? r.file[column] : text;
    const QString t = value.trimmed();
    if (!t.isEmpty() && t != originalText(row, column)) {
        c.hasEdit = true;
        c.after = value;
    }
    if (!r.original && column == State && t.isEmpty()) { // a new row keeps its target state
        c.hasEdit = true;
        c.after = stateText(MembershipState::Enrolled);
    }
    return c;
}

void MembershipGridModel::push(QList<CellChange> changes, const QString &name)
{
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                      [](const CellChange &c) { return c.hadEdit == c.hasEdit && c.before == c.after; }),
        changes.end());
    if (changes.isEmpty())
        return;
    m_undo.push(new EditCommand(this, std::move(changes), name));
}

void MembershipGridModel::apply(const QList<CellChange> &changes, bool forward)
{
    int first = INT_MAX, last = -1;
    for (const CellChange &c : changes) {
        Row &r = m_rows[c.row];
        const bool set = forward ? c.hasEdit : c.hadEdit;
        r.edit[c.column] = forward ? c.after : c.before;
        if (set)
            r.edited |= quint8(1U << c.column);
        else
            r.edited &= quint8(~(1U << c.column));
        first = qMin(first, c.row);
        last = qMax(last, c.row);
        if (c.column == ProgramName)
            m_membershipIndexValid = false;
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1)); // one signal for the whole span
    notifyIssues();
}

bool MembershipGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isEditable(index.row(), index.column()))
        return false;
    push({change(index.row(), index.column(), value.toString())},
        tr("Edit %1").arg(headerData(index.column(), Qt::Horizontal).toString()));
    return true;
}

void MembershipGridModel::setCells(
    const QModelIndexList &cells, const QString &text, const QString &actionName)
{
    QList<CellChange> changes;
    for (const QModelIndex &i : cells)
        if (isEditable(i.row(), i.column()))
            changes.append(change(i.row(), i.column(), text));
    push(std::move(changes), actionName);
}

void MembershipGridModel::restoreCells(const QModelIndexList &cells)
{
    QList<CellChange> changes;
    for (const QModelIndex &i : cells)
        if (isEditable(i.row(), i.column()))
            changes.append(change(i.row(), i.column(), QString()));
    push(std::move(changes), tr("Restore"));
}

void MembershipGridModel::fillDown(const QModelIndexList &cells)
{
    QHash<int, QList<int>> rowsByColumn;
    for (const QModelIndex &i : cells)
        rowsByColumn[i.column()].append(i.row());
    QList<CellChange> changes;
    for (auto it = rowsByColumn.begin(); it != rowsByColumn.end(); ++it) {
        QList<int> rows = it.value();
        std::sort(rows.begin(), rows.end());
        if (rows.size() < 2)
            continue;
        const QString top = effectiveText(rows.first(), it.key());
        for (int k = 1; k < rows.size(); ++k)
            if (isEditable(rows[k], it.key()))
                changes.append(change(rows[k], it.key(), top));
    }
    push(std::move(changes), tr("Fill down"));
}

QString MembershipGridModel::paste(const QModelIndex &topLeft, const QString &text)
{
    if (!topLeft.isValid() || text.isEmpty())
        return QString();
    const TableText table = readCsv(text.toUtf8(),
        text.contains(QLatin1Char('\t')) ? std::optional<QChar>(QLatin1Char('\t')) : std::nullopt);
    if (!table.ok())
        return table.error;
    QList<CellChange> changes;
    int readOnly = 0, beyond = 0;
    for (int i = 0; i < table.rows.size(); ++i) {
        const int r = topLeft.row() + i;
        if (r >= m_rows.size()) {
            ++beyond;
            continue;
        }
        for (int j = 0; j < table.rows[i].size(); ++j) {
            const int c = topLeft.column() + j;
            if (c >= ColumnCount || !isEditable(r, c)) {
                readOnly += c < ColumnCount && effectiveText(r, c) != table.rows[i][j] ? 1 : 0;
                continue;
            }
            changes.append(change(r, c, table.rows[i][j]));
        }
    }
    push(std::move(changes), tr("Paste"));
    QStringList notes;
    if (readOnly)
        notes << tr("%n cell(s) in read-only columns were left as they are.", nullptr, readOnly);
    if (beyond)
        notes << tr("%n pasted row(s) went past the last row and were dropped.", nullptr, beyond);
    return notes.join(QLatin1Char(' '));
}

QString MembershipGridModel::copy(const QModelIndexList &cells) const
{
    if (cells.isEmpty())
        return QString();
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    QSet<QPair<int, int>> chosen;
    for (const QModelIndex &i : cells) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
        chosen.insert({i.row(), i.column()});
    }
    QString out;
    for (int r = top; r <= bottom; ++r) {
        QStringList line;
        for (int c = left; c <= right; ++c) {
            QString t = chosen.contains({r, c}) ? effectiveText(r, c) : QString();
            if (t.contains(QLatin1Char('\t')) || t.contains(QLatin1Char('\n'))
                || t.contains(QLatin1Char('"')))
                t = QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                    + QLatin1Char('"');
            line << t;
        }
        out += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QList<GridChange> MembershipGridModel::changes(int from, int to) const
{
    QList<GridChange> out;
    GridChange c;
    const int end = to < 0 ? int(m_rows.size()) : qMin(to, int(m_rows.size()));
    for (int r = qMax(0, from); r < end; ++r)
        if (isChanged(r) && rowIssues(r).isEmpty() && changeOf(r, &c))
            out.append(c);
    return out;
}

// The change row `r` (changed, without issues) asks for; false when it asks for none.
bool MembershipGridModel::changeOf(int r, GridChange *out) const
{
    const Row &row = m_rows[r];
    const auto state = stateByText(effectiveText(r, State));
    const auto dateIn = [&](int column) {
        const QString t = row.has(column) ? row.edit[column].trimmed() : QString();
        return t.isEmpty() || t == originalText(r, column) ? QDate() : parseSpreadsheetDate(t, m_policy).date;
    };
    GridChange &c = *out;
    c = GridChange();
    c.row = r;
    c.registrantId = row.registrantId;
    c.registrantKey = row.original ? row.original->registrantKey : row.registrantKey;
    if (!row.original) {
        c.kind = GridChange::Kind::Enroll;
        const Program *p = programByText(effectiveText(r, ProgramName));
        c.programId = p ? p->id : 0;
        c.programKey = p ? p->key : QString();
        c.targetState = *state;
        c.enrollmentDate = dateIn(EnrollmentDate);
    } else {
        c.kind = GridChange::Kind::Patch;
        c.original = *row.original;
        c.programId = row.original->programId;
        c.programKey = row.original->programKey;
        if (*state != row.original->state)
            c.update.state = *state;
        c.update.enrollmentDate = dateIn(EnrollmentDate);
        c.update.exitDate = dateIn(ExitDate);
        const QString reason = row.has(ExitReason) ? row.edit[ExitReason].trimmed() : QString();
        if (!reason.isEmpty() && reason != originalText(r, ExitReason))
            c.update.exitReason = reason;
        if (c.update.isEmpty())
            return false;
        c.update.writeDate = row.original->writeDate;
    }
    return true;
}

QList<MembershipGridModel::FieldChange> MembershipGridModel::fieldChanges(
    const QList<GridChange> &changes) const
{
    QList<FieldChange> out;
    for (const GridChange &c : changes) {
        const bool enrol = c.kind == GridChange::Kind::Enroll;
        for (int col : {int(State), int(EnrollmentDate), int(ExitDate), int(ExitReason)}) {
            FieldChange f {c.row, col, originalText(c.row, col), effectiveText(c.row, col), false};
            // What the server sets by itself (the contract's PATCH and batch_enroll rules): becoming
            // enrolled without a date stamps today; exiting without a date stamps today.
            const MembershipState target = enrol ? c.targetState : c.update.state.value_or(c.original.state);
            const bool becomesEnrolled = target == MembershipState::Enrolled
                && (enrol || (c.update.state && c.original.state != MembershipState::Enrolled));
            const bool becomesExited = !enrol && c.update.state == MembershipState::Exited;
            const bool noDate = enrol ? !c.enrollmentDate.isValid() : !c.update.enrollmentDate.isValid();
            if (col == State)
                f.willBe = stateText(target); // the state's name, however it was typed
            if (col == EnrollmentDate && becomesEnrolled && noDate) {
                f.willBe = formatIsoDate(m_today);
                f.setByServer = true;
            } else if (col == ExitDate && becomesExited && !c.update.exitDate.isValid()) {
                f.willBe = formatIsoDate(m_today);
                f.setByServer = true;
            }
            if (f.willBe.isEmpty() || f.was == f.willBe)
                continue;
            out.append(f);
        }
    }
    return out;
}

GridSummary &GridSummary::operator+=(const GridSummary &o)
{
    enrollments += o.enrollments;
    exits += o.exits;
    pauses += o.pauses;
    resumes += o.resumes;
    otherStateChanges += o.otherStateChanges;
    dateChanges += o.dateChanges;
    changedRows += o.changedRows;
    invalidRows += o.invalidRows;
    return *this;
}

GridSummary MembershipGridModel::summary(QList<GridIssue> *issues, int from, int to) const
{
    // One pass, each row's issues worked out once (100,000 imported rows are counted after every
    // slice of an import and every edit).
    GridSummary s;
    GridChange c;
    const int end = to < 0 ? int(m_rows.size()) : qMin(to, int(m_rows.size()));
    for (int r = qMax(0, from); r < end; ++r) {
        const bool changed = isChanged(r);
        if (!changed && !m_rows[r].edited)
            continue;
        const QList<GridIssue> found = rowIssues(r);
        if (issues)
            *issues += found;
        if (!changed)
            continue;
        if (!found.isEmpty()) {
            ++s.invalidRows;
            continue;
        }
        if (!changeOf(r, &c))
            continue;
        ++s.changedRows;
        if (c.kind == GridChange::Kind::Enroll) {
            ++s.enrollments;
            continue;
        }
        if (!c.update.state) {
            ++s.dateChanges;
            continue;
        }
        switch (*c.update.state) {
        case MembershipState::Enrolled:
            c.original.state == MembershipState::Paused ? ++s.resumes : ++s.enrollments;
            break;
        case MembershipState::Exited:
            ++s.exits;
            break;
        case MembershipState::Paused:
            ++s.pauses;
            break;
        default:
            ++s.otherStateChanges;
            break;
        }
    }
    return s;
}

} // namespace g2p
