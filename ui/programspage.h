// Programs: the list with target type and state, counts per membership state as a chart, and the
// selected program's members.
#pragma once

#include "membershiptablemodel.h"
#include "programlistmodel.h"
#include "registrysession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

QT_BEGIN_NAMESPACE
class QChartView;
class QBarSet;
QT_END_NAMESPACE

namespace g2p {

class ProgramsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProgramsPage(RegistrySession *session, QWidget *parent = nullptr);
    QTableView *programsView() const { return m_programsView; }
    QTableView *membersView() const { return m_membersView; }
    MembershipTableModel *members() { return &m_members; }
    // Counts per membership state of the selected program, once loaded (-1 while loading).
    QList<qint64> stateCounts() const { return m_counts; }
    // Selects a program in the list (from the start page).
    void selectProgram(qint64 programId);

Q_SIGNALS:
    void countsLoaded();
    // Enter or a double-click on a member: open them (a group in a program for groups).
    void openRegistrant(qint64 id, bool isGroup);

private:
    void programSelected();
    void loadMoreMembers();
    void showCounts();

    RegistrySession *m_session;
    ProgramListModel m_programs;
    MembershipTableModel m_members;
    QTableView *m_programsView, *m_membersView;
    QChartView *m_chart;
    QLabel *m_info, *m_membersInfo;
    QPushButton *m_more;
    qint64 m_programId = 0;
    qint64 m_membersTotal = 0;
    QList<qint64> m_counts;
    int m_generation = 0;
};

} // namespace g2p
