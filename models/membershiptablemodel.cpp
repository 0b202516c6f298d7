#include "membershiptablemodel.h"

#include "accessibletext.h"
#include <QLocale>

namespace g2p {

MembershipTableModel::MembershipTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int MembershipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MembershipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembershipTableModel::stateText(MembershipState s)
{
    switch (s) {
    case MembershipState::Draft:
        return tr("Draft");
    case MembershipState::Enrolled:
        return tr("Enrolled");
    case MembershipState::Paused:
        return tr("Paused");
    case MembershipState::Exited:
        return tr("Exited");
    case MembershipState::NotEligible:
        return tr("Not eligible");
    case MembershipState::Duplicated:
        return tr("Duplicated");
    }
    return QString();
}

QString MembershipTableModel::summary(const ProgramMembership &m)
{
    const QLocale l;
    QStringList parts;
    if (!m.enrollmentDate.isNull())
        parts << tr("enrolled on %1").arg(l.toString(m.enrollmentDate.utcDate(), QLocale::ShortFormat));
    if (m.exitDate.isValid())
        parts << (m.exitReason.isEmpty()
                ? tr("exit on %1").arg(l.toString(m.exitDate, QLocale::ShortFormat))
                : tr("exit on %1 (%2)").arg(l.toString(m.exitDate, QLocale::ShortFormat), m.exitReason));
    else if (!m.exitReason.isEmpty())
        parts << tr("reason: %1").arg(m.exitReason);
    if (!m.writeDate.isNull())
        parts << tr("last change %1").arg(l.toString(m.writeDate.utcDate(), QLocale::ShortFormat));
    if (parts.isEmpty())
        return tr("No dates recorded");
    QString text = parts.join(tr(", ", "between the parts of a membership's summary"));
    text[0] = text[0].toUpper();
    return text;
}

QVariant MembershipTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return QVariant();
    const ProgramMembership &m = m_items[index.row()];
    if (role == MembershipIdRole)
        return m.id;
    if (role == StateRole)
        return int(m.state);
    if (role == SummaryRole)
        return summary(m);
    if (m_cards && index.column() == Program && (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole))
        return tr("%1: %2. %3").arg(m.programName, stateText(m.state), summary(m));
    if (role == Qt::AccessibleTextRole)
        return accessibleText(data(index, Qt::DisplayRole));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case Program:
        return m.programName;
    case Registrant:
        return m.registrantName;
    case State:
        return stateText(m.state);
    case Enrolled:
        return m.enrollmentDate.isNull() ? QVariant() : QVariant(m.enrollmentDate.utcDate());
    case ExitDate:
        return m.exitDate.isValid() ? QVariant(m.exitDate) : QVariant();
    case ExitReason:
        return m.exitReason;
    case Changed:
        return m.writeDate.isNull() ? QVariant() : QVariant(m.writeDate.utcDate());
    default:
        return QVariant();
    }
}

QVariant MembershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Program:
        return tr("Program");
    case Registrant:
        return tr("Registrant");
    case State:
        return tr("State");
    case Enrolled:
        return tr("Enrolled on");
    case ExitDate:
        return tr("Exit date");
    case ExitReason:
        return tr("Exit reason");
    case Changed:
        return tr("Last change");
    default:
        return QVariant();
    }
}

void MembershipTableModel::setMemberships(const QList<ProgramMembership> &memberships)
{
    beginResetModel();
    m_items = memberships;
    endResetModel();
}

void MembershipTableModel::appendMemberships(const QList<ProgramMembership> &memberships)
{
    if (memberships.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + memberships.size() - 1));
    m_items += memberships;
    endInsertRows();
}

void MembershipTableModel::update(const ProgramMembership &membership)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == membership.id) {
            m_items[i] = membership;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

const ProgramMembership *MembershipTableModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

} // namespace g2p
