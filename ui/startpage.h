// The page G2P Desk opens on: a search box, the changes that failed or wait, the registrants
// opened recently, saved worklists with their sizes, what this desktop sent this week, and each
// program's counts. Every line opens what it names (Enter or a double-click).
#pragma once

#include "registrysession.h"
#include "startsummary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;
class QTimer;

namespace g2p {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    // What each list line carries.
    enum Role
    {
        KindRole = Qt::UserRole,
        IdRole, // a registrant's id (or a program's, in the program table's first column)
        GroupRole, // a household / the households' worklists
        NameRole // a worklist's name
    };

    explicit StartPage(RegistrySession *session, QWidget *parent = nullptr);

    StartSummary *summary() { return &m_summary; }
    QLineEdit *findBox() const { return m_find; }
    QListWidget *problemList() const { return m_problems; }
    QListWidget *recentList() const { return m_recent; }
    QListWidget *worklistList() const { return m_worklists; }
    QTableWidget *programTable() const { return m_programs; }
    QLabel *outboxSummary() const { return m_outboxText; }
    QLabel *weekSummary() const { return m_week; }
    // Reads the outbox, the registrants opened recently and the worklists again (when shown; all of
    // it and the programs' counts are read each time the page is shown).
    void refresh();
    void focusFirst();

Q_SIGNALS:
    void findRequested(const QString &text);
    void openRegistrant(qint64 id, bool isGroup);
    void openWorklist(const QString &name, bool groups);
    void openProgram(qint64 programId);
    void openOutbox();
    // Facts and counts shown (for tests and the accessibility walk).
    void shown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readNow();
    void showFacts(const StartFacts &facts);
    void showWorklists();
    void showPrograms();
    void showProgramCounts(qint64 programId, const QList<qint64> &counts, const QString &problem);
    void activate(QListWidgetItem *item);

    RegistrySession *m_session;
    StartSummary m_summary;
    QLineEdit *m_find;
    QLabel *m_outboxText, *m_week, *m_programsNote;
    QListWidget *m_problems, *m_recent, *m_worklists;
    QTableWidget *m_programs;
    QTimer *m_readDue; // refresh() calls gathered into one reading
    QPushButton *m_outboxButton;
};

} // namespace g2p
