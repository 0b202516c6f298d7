#include "historymodel.h"

#include "accessibletext.h"
#include "membershiptablemodel.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace g2p {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::changeText(const HistoryEntry &e)
{
    if (!e.fromState)
        return tr("Created as %1").arg(MembershipTableModel::stateText(e.toState));
    if (*e.fromState == e.toState)
        return tr("%1 (details changed)").arg(MembershipTableModel::stateText(e.toState));
    return tr("%1 → %2").arg(
        MembershipTableModel::stateText(*e.fromState), MembershipTableModel::stateText(e.toState));
}

QString HistoryModel::sourceText(HistorySource s)
{
    switch (s) {
    case HistorySource::Api:
        return tr("API");
    case HistorySource::BatchEnroll:
        return tr("Bulk enrolment");
    case HistorySource::Ui:
        return tr("Registry web UI");
    case HistorySource::System:
        return tr("System");
    }
    return QString();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return QVariant();
    const TimelineEntry &t = m_all[m_shown[index.row()]];
    const HistoryEntry &e = t.entry;
    if (role == Qt::AccessibleTextRole)
        return accessibleText(data(index, Qt::DisplayRole));
    if (role == ProgramIdRole)
        return t.programId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case When: {
        // The officer's own clock in the list, the server's UTC on hover.
        const QDateTime utc
            = QDateTime::fromMSecsSinceEpoch(e.changedAt.toUtcMicros() / 1000, QTimeZone::utc());
        if (role == Qt::ToolTipRole)
            return tr("%1 UTC").arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        return utc.toLocalTime();
    }
    case Program:
        return t.programName;
    case Change:
        // A state this desktop saw in the local copy is not a creation: it only says what was there.
        if (t.origin == TimelineEntry::Origin::Observed)
            return tr("Seen as %1").arg(MembershipTableModel::stateText(e.toState));
        return changeText(e);
    case Enrolled:
        return e.enrollmentDate.isNull() ? QVariant() : QVariant(e.enrollmentDate.utcDate());
    case ExitDate:
        return e.exitDate.isValid() ? QVariant(e.exitDate) : QVariant();
    case Reason:
        return e.exitReason;
    case Note:
        return e.note;
    case By:
        return e.changedBy;
    case Source:
        return t.localSource.isEmpty() ? sourceText(e.source) : t.localSource;
    default:
        return QVariant();
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Program:
        return tr("Program");
    case Change:
        return tr("Change");
    case Enrolled:
        return tr("Enrolled on");
    case ExitDate:
        return tr("Exit date");
    case Reason:
        return tr("Exit reason");
    case Note:
        return tr("Note");
    case By:
        return tr("By");
    case Source:
        return tr("Source");
    default:
        return QVariant();
    }
}

void HistoryModel::setEntries(QList<TimelineEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.entry.changedAt.toUtcMicros() != b.entry.changedAt.toUtcMicros())
            return a.entry.changedAt.toUtcMicros() > b.entry.changedAt.toUtcMicros();
        return a.entry.id > b.entry.id;
    });
    beginResetModel();
    m_all = std::move(entries);
    rebuild();
    endResetModel();
}

void HistoryModel::setProgramFilter(std::optional<qint64> programId)
{
    beginResetModel();
    m_program = programId;
    rebuild();
    endResetModel();
}

void HistoryModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (!m_program || m_all[i].programId == *m_program)
            m_shown.append(i);
}

} // namespace g2p
