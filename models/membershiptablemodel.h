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
        StateRole,
        SummaryRole // the dates and exit reason in one line of words ("Enrolled on …, last change …")
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
    // One membership in words: its dates and exit reason (SummaryRole), in the locale's forms.
    static QString summary(const ProgramMembership &m);

    // As cards (the registrant pane): the program column's tooltip and accessible text say the
    // whole membership (program, state, summary), as a screen reader reads one card.
    void setCards(bool on) { m_cards = on; }

private:
    QList<ProgramMembership> m_items;
    bool m_cards = false;
};

} // namespace g2p
