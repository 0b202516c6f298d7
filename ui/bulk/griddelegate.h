// Cell editors of the bulk-edit grid: the states a membership may move to from the state it was
// read in, and the programs by name. Both stay editable combo boxes, so text typed or pasted that
// the lists do not hold is kept as typed and reported as an issue rather than dropped.
#pragma once

#include <QStyledItemDelegate>

namespace g2p {

class MembershipGridModel;

class GridDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    GridDelegate(MembershipGridModel *model, QObject *parent = nullptr);
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList choices(const QModelIndex &index) const;
    MembershipGridModel *m_model;
};

} // namespace g2p
