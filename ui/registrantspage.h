// Individuals or groups: a search box (debounced, while typing), filters, saved worklists, a
// sortable table with a column chooser, and the selected registrant's pane beside it.
#pragma once

#include "registrantsearch.h"
#include "registranttablemodel.h"
#include "registrysession.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace g2p {

class RegistrantPane;

class RegistrantsPage : public QWidget
{
    Q_OBJECT
public:
    RegistrantsPage(RegistrySession *session, bool groups, QWidget *parent = nullptr);

    RegistrantPane *pane() const { return m_pane; }
    RegistrantTableModel *model() { return &m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    void focusSearch();
    // Searches as if typed and Enter pressed (the start page's search box).
    void searchFor(const QString &text);
    // Shows one registrant (e.g. a household member opened from a group).
    void openRegistrant(qint64 id);
    // Shows every registrant of the local copy (at start-up, after a refresh, when the search
    // box is cleared).
    void loadFromCache();
    // Applies a saved worklist (from the start page); its size is kept when its search ends.
    void openWorklist(const QString &name);

Q_SIGNALS:
    void openMember(qint64 individualId);
    void openHousehold(qint64 groupId);
    // A worklist was saved or counted again.
    void worklistsChanged();

private:
    // Focus to the result list, a row selected (Down in the search box; Enter once the search ends).
    void enterResults();
    // The local copy's index at once, then the server (when reachable), merged.
    void searchServer();
    void searchNow();
    void stopSearches();
    void showLocalCopyPage(const FoundRegistrants &rows, qint64 readSoFar);
    void localCopyLoaded();
    void showFound(const FoundRegistrants &added, const FoundRegistrants &updated);
    void finishSearch();
    void keepWorklistSize();
    void applyLocalFilter();
    void refreshProgramFilter();
    void saveWorklist();
    void loadWorklist(int index);
    void applyWorklist(const QString &name);
    void selectionChanged();
    void appendInBatches(std::shared_ptr<QList<Individual>> individuals,
        std::shared_ptr<QList<Group>> groups,
        int from,
        int generation);

    RegistrySession *m_session;
    bool m_groups;
    RegistrantTableModel m_model;
    QLineEdit *m_search;
    QComboBox *m_program, *m_state, *m_gender, *m_worklist;
    HouseholdSummaries m_households; // of the groups being added in batches
    QString m_countingWorklist; // the worklist whose search runs: its size is kept when it ends
    QCheckBox *m_dateFilter;
    QDateEdit *m_from, *m_to;
    QLabel *m_count;
    QTableView *m_table;
    RegistrantPane *m_pane;
    QTimer *m_debounce;
    RegistrantSearch m_finder;
    int m_generation = 0; // rows added in batches belong to this search
    int m_batching = 0; // sets of found rows still being added
    bool m_showingSearch = false;
    bool m_intoResults = false; // Enter was pressed: focus the results when the search ends
};

} // namespace g2p
