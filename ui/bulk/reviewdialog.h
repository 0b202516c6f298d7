// What a bulk submission will do, before it is sent: counts by kind of change, every changed
// cell as old → new, and the rows left out because they still have issues.
#pragma once

#include <QDialog>

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

private:
    QTreeWidget *m_list;
    QString m_summary;
};

} // namespace g2p
