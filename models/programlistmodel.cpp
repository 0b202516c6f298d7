#include "programlistmodel.h"

#include "accessibletext.h"
namespace g2p {

ProgramListModel::ProgramListModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int ProgramListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_programs.size());
}

int ProgramListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgramListModel::targetText(TargetType t)
{
    return t == TargetType::Individual ? tr("Individuals") : tr("Groups");
}

QString ProgramListModel::stateText(const Program &p)
{
    if (!p.active)
        return tr("Archived");
    return p.state == ProgramState::Active ? tr("Active") : tr("Ended");
}

QVariant ProgramListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_programs.size())
        return QVariant();
    const Program &p = m_programs[index.row()];
    if (role == ProgramIdRole)
        return p.id;
    if (role == Qt::ToolTipRole)
        return p.description;
    if (role == Qt::AccessibleTextRole)
        return accessibleText(data(index, Qt::DisplayRole));
    if (role == Qt::TextAlignmentRole && (index.column() == Enrolled || index.column() == Members))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Name:
        return p.name;
    case Target:
        return targetText(p.targetType);
    case State:
        return stateText(p);
    case Enrolled:
        return p.enrolledCount ? QVariant(*p.enrolledCount) : QVariant();
    case Members:
        return p.beneficiariesCount ? QVariant(*p.beneficiariesCount) : QVariant();
    case Ended:
        return p.dateEnded.isValid() ? QVariant(p.dateEnded) : QVariant();
    default:
        return QVariant();
    }
}

QVariant ProgramListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Program");
    case Target:
        return tr("Target");
    case State:
        return tr("State");
    case Enrolled:
        return tr("Enrolled");
    case Members:
        return tr("Memberships");
    case Ended:
        return tr("Ended on");
    default:
        return QVariant();
    }
}

void ProgramListModel::setPrograms(const QList<Program> &programs)
{
    beginResetModel();
    m_programs = programs;
    endResetModel();
}

const Program *ProgramListModel::programAt(int row) const
{
    return row >= 0 && row < m_programs.size() ? &m_programs[row] : nullptr;
}

} // namespace g2p
