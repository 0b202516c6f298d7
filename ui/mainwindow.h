// The officer's main window: Individuals, Groups and Programs, the registrant pane, the activity
// area, and a keyboard shortcut for every action.
#pragma once

#include "commandrunner.h"
#include "outboxqueries.h"
#include "registrysession.h"

#include <QDateTime>
#include <QMainWindow>
#include <QSet>

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

    // Opens on `firstSection` (a Section); the other sections' pages are built when first shown.
    explicit MainWindow(
        std::unique_ptr<RegistrySession> session, int firstSection = Start, QWidget *parent = nullptr);
    ~MainWindow() override;

    RegistrySession *session() const { return m_session.get(); }
    // A section's page, built now if it was not yet shown.
    StartPage *startPage();
    ReportActions *reports() const { return m_reports; }
    RegistrantsPage *individualsPage() const { return m_individuals; }
    RegistrantsPage *groupsPage() { return registrantsPage(true); }
    ProgramsPage *programsPage();
    BulkEditPage *bulkPage();
    OutboxPage *outboxPage();
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
    // The section's page, built (and wired) on first use in its stand-in's place.
    QWidget *ensurePage(int section);
    RegistrantsPage *wireRegistrantsPage(RegistrantsPage *page, bool groups);
    RegistrantsPage *registrantsPage(bool groups);
    // Back / Forward remember the section and registrant in view.
    void visitHere();
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
    QSet<int> m_built; // the sections whose page exists
    StartPage *m_start = nullptr;
    ReportActions *m_reports = nullptr;
    QTimer *m_recentDue; // a registrant in view long enough is "opened recently"
    RegistrantsPage *m_individuals = nullptr, *m_groups = nullptr;
    ProgramsPage *m_programs = nullptr;
    NavigationHistory *m_history;
    BulkEditPage *m_bulk = nullptr;
    OutboxPage *m_outbox = nullptr;
    QLabel *m_localCopy, *m_outboxStatus;
    QLabel *m_serverKind;
    OutboxQueries *m_outboxCounts;
    ActivityPanel *m_activity;
    QLabel *m_banner;
    QList<QAction *> m_registrantActions; // menu actions forwarding to the current pane
};

} // namespace g2p
