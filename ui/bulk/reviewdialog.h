// What a bulk submission will do, before it is sent: counts by kind of change, every changed
// cell as old → new, and the rows left out because they still have issues.
#pragma once

#include "membershipgridmodel.h"

#include <QDialog>
#include <QList>

class QTreeWidget;

namespace g2p {

class MembershipGridModel;

class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(const MembershipGridModel *model, QWidget *parent = nullptr);
    QTreeWidget *changeList() const { return m_list; }
    QString summaryText() const { return m_summary; }
    // What was reviewed: what is sent when the officer accepts.
    const QList<GridChange> &changes() const { return m_changes; }

private:
    QTreeWidget *m_list;
    QString m_summary;
    QList<GridChange> m_changes;
};

} // namespace g2p
