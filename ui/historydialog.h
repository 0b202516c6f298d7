// A registrant's history of program participation (HistoryTimeline): the server's history merged with this
// desktop's own timeline, filtered by program, with where each row comes from.
#pragma once

#include "historymodel.h"
#include "historytimeline.h"
#include "registrysession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace g2p {

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // The server's history of each membership merged with this desktop's local timeline.
    HistoryDialog(RegistrySession *session,
        qint64 registrantId,
        const QString &registrantName,
        const QList<ProgramMembership> &memberships,
        QWidget *parent = nullptr);
    HistoryModel *model() { return &m_model; }
    QTableView *timelineView() const { return m_table; }

Q_SIGNALS:
    // Enter or a double-click on a row: that program's membership, in the registrant's pane.
    void programChosen(qint64 programId);

private:
    RegistrySession *m_session;
    HistoryModel m_model;
    QComboBox *m_program;
    QLabel *m_status;
    QTableView *m_table;
    HistoryTimeline m_timeline;
};

} // namespace g2p
