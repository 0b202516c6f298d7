// Program memberships (of one registrant, or of one program), with their state and dates.
#pragma once

#include "records.h"

#include <QAbstractTableModel>

namespace g2p {

class MembershipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Program,
        Registrant,
        State,
        Enrolled,
        ExitDate,
        ExitReason,
        Changed,
        ColumnCount
    };
    enum Role
    {
        MembershipIdRole = Qt::UserRole + 1,
        StateRole
    };

    explicit MembershipTableModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMemberships(const QList<ProgramMembership> &memberships);
    void appendMemberships(const QList<ProgramMembership> &memberships);
    void update(const ProgramMembership &membership);
    const QList<ProgramMembership> &memberships() const { return m_items; }
    const ProgramMembership *at(int row) const;

    static QString stateText(MembershipState s);

private:
    QList<ProgramMembership> m_items;
};

} // namespace g2p
