// The officer's main window: Individuals, Groups and Programs, the registrant pane, the activity
// area, and a keyboard shortcut for every action.
#pragma once

#include "commandrunner.h"
#include "outboxqueries.h"
#include "registrysession.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace g2p {

class ActivityPanel;
class BulkEditPage;
class CacheRefresh;
class NavigationHistory;
class OutboxPage;
class ProgramsPage;
class RegistrantPane;
class RegistrantsPage;
class ReportActions;
class StartPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The sections, in the order of the section list (Ctrl+1…5 for the five after the start page).
    enum Section
    {
        Start,
        Individuals,
        Groups,
        Programs,
        BulkEdit,
        Outbox
    };

    explicit MainWindow(std::unique_ptr<RegistrySession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    RegistrySession *session() const { return m_session.get(); }
    StartPage *startPage() const { return m_start; }
    ReportActions *reports() const { return m_reports; }
    RegistrantsPage *individualsPage() const { return m_individuals; }
    RegistrantsPage *groupsPage() const { return m_groups; }
    ProgramsPage *programsPage() const { return m_programs; }
    BulkEditPage *bulkPage() const { return m_bulk; }
    OutboxPage *outboxPage() const { return m_outbox; }
    QLabel *localCopyBanner() const { return m_localCopy; }
    QLabel *outboxStatus() const { return m_outboxStatus; }
    CacheRefresh *cacheRefresh() const { return m_session->cacheRefresh(); }
    void refreshLocalCopy();
    // Adds the registrants selected on the Individuals or Groups page to the bulk-edit grid.
    void addSelectionToBulk();
    ActivityPanel *activityPanel() const { return m_activity; }
    QLabel *banner() const { return m_banner; }
    void showPage(int section);
    // The section of a command-line name ("individuals", "bulk", ...), or -1.
    static int sectionNamed(const QString &name);
    // The sections' names as the section list shows them.
    static QStringList sectionNames();
    // Shows the registrant on Individuals or Groups (from any table that lists them).
    void openRegistrant(qint64 id, bool isGroup);
    RegistrantPane *currentPane() const;

protected:
    // An Odoo session is closed on the server before the window goes (bounded by the timeout).
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void reconnectRequested();

private:
    void buildMenus();
    void showGuide();
    void syncActions();
    void watchLocalCopy();
    void offerOutboxRecovery(const QString &setAsidePath);
    void askPasswordAgain(const QString &why);
    void showLocalCopyState();
    void countOutbox();
    void showOutboxCount(int waiting, int problems);
    static QString ageText(const QDateTime &when);

    std::unique_ptr<RegistrySession> m_session;
    bool m_signedOut = false;
    CommandRunner *m_runner;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    StartPage *m_start;
    ReportActions *m_reports = nullptr;
    QTimer *m_recentDue; // a registrant in view long enough is "opened recently"
    RegistrantsPage *m_individuals, *m_groups;
    ProgramsPage *m_programs;
    NavigationHistory *m_history;
    BulkEditPage *m_bulk;
    OutboxPage *m_outbox;
    QLabel *m_localCopy, *m_outboxStatus;
    QLabel *m_serverKind;
    OutboxQueries *m_outboxCounts;
    ActivityPanel *m_activity;
    QLabel *m_banner;
    QList<QAction *> m_registrantActions; // menu actions forwarding to the current pane
};

} // namespace g2p
