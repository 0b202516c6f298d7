// Programs with their target type, state and counts.
#pragma once

#include "records.h"

#include <QAbstractTableModel>

namespace g2p {

class ProgramListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Target,
        State,
        Enrolled,
        Members,
        Ended,
        ColumnCount
    };
    enum Role
    {
        ProgramIdRole = Qt::UserRole + 1
    };

    explicit ProgramListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPrograms(const QList<Program> &programs);
    const QList<Program> &programs() const { return m_programs; }
    const Program *programAt(int row) const;

    static QString targetText(TargetType t);
    static QString stateText(const Program &p);

private:
    QList<Program> m_programs;
};

} // namespace g2p
