// Programs: the list with target type and state, counts per membership state as a chart, and the
// selected program's members.
#pragma once

#include "membershiptablemodel.h"
#include "programlistmodel.h"
#include "registrysession.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

QT_BEGIN_NAMESPACE
class QChartView;
class QBarSet;
QT_END_NAMESPACE

namespace g2p {

class ProgramTimeline;

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
    // Lists only the members in this state (a click on its bar); nullopt: every member.
    void showOnlyState(std::optional<MembershipState> state);
    std::optional<MembershipState> stateShown() const { return m_state; }
    QLineEdit *memberSearch() const { return m_search; }
    QComboBox *stateBox() const { return m_stateBox; }
    QChartView *chartView() const { return m_chart; }
    qint64 currentProgram() const { return m_programId; }
    QLabel *legend() const { return m_legend; }
    // The charts' tabs: by state (first), over time.
    QTabWidget *charts() const { return m_charts; }
    ProgramTimeline *timeline() const { return m_timeline; }
    // The chart's figures in words (also its accessible description).
    QString countsText() const;

protected:
    // Current when opened: the selected program's counts and members are read again.
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void countsLoaded();
    void membersLoaded();
    // Enter or a double-click on a member: open them (a group in a program for groups).
    void openRegistrant(qint64 id, bool isGroup);

private:
    void programSelected();
    void loadMoreMembers();
    void readAllMembersForSearch();
    void showCounts();
    void showMembersInfo();
    void fitProgramList();

    RegistrySession *m_session;
    ProgramListModel m_programs;
    MembershipTableModel m_members;
    QTableView *m_programsView, *m_membersView;
    QChartView *m_chart;
    QTabWidget *m_charts;
    ProgramTimeline *m_timeline;
    QLabel *m_info, *m_membersInfo, *m_countsProblem, *m_legend;
    QPushButton *m_more;
    QComboBox *m_stateBox;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_found;
    std::optional<MembershipState> m_state;
    qint64 m_programId = 0;
    qint64 m_membersTotal = 0;
    QList<qint64> m_counts;
    int m_generation = 0;
    // A search among the members reads the rest of them (up to maxSearchedMembers) to search all.
    static constexpr int maxSearchedMembers = 20000;
    bool m_readingAll = false;
    QTimer *m_searchDue = nullptr;
};

} // namespace g2p
