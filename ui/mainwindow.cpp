#include "mainwindow.h"

#include "refreshcommand.h"

#include "activitypanel.h"
#include "bulkeditpage.h"
#include "cacherefresh.h"
#include "createregistrantdialogs.h"
#include "exporttable.h"
#include "formparts.h"
#include "language.h"
#include "navigationhistory.h"
#include "outboxpage.h"
#include "programspage.h"
#include "registrantpane.h"
#include "registrantspage.h"
#include "reportactions.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "startsummary.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace g2p {

namespace {
// Each section's command-line name (--section) and icon (:/sections/<key>.svg), in Section order.
const char *const sectionKeys[] = {"start", "individuals", "groups", "programs", "bulk", "outbox"};
} // namespace

MainWindow::MainWindow(std::unique_ptr<RegistrySession> session, int firstSection, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session))
{
    const QUrl address = m_session->address();
    setWindowTitle(tr("G2P Desk — %1 at %2").arg(m_session->user(), address.host()));
    // 1280×800 where the screen has room; within the screen's free area where it has not (1366×768).
    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    m_runner = m_session->runner();
    m_outboxCounts = new OutboxQueries(m_session.get(), this);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("sections"));
    m_nav->setAccessibleName(tr("Sections"));
    for (const QString &name : sectionNames())
        new QListWidgetItem(
            QIcon(QStringLiteral(":/sections/%1.svg").arg(QLatin1String(sectionKeys[m_nav->count()]))), name,
            m_nav);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 40);
    m_pages = new QStackedWidget(this);
    // A section's page is built when it is first shown (or asked for): building all six before
    // the first paint held the event loop ~40 ms at each start. Until then, an empty stand-in.
    for (int i = 0; i < int(std::size(sectionKeys)); ++i)
        m_pages->addWidget(new QWidget(m_pages));
    // "Opened recently" keeps a registrant that stayed in view 1.5 s: rows passed with the arrow
    // keys and the first row a search selects on its own are not "opened".
    m_recentDue = new QTimer(this);
    m_recentDue->setObjectName(QStringLiteral("recentDue"));
    m_recentDue->setSingleShot(true);
    m_recentDue->setInterval(1500);
    connect(m_recentDue, &QTimer::timeout, this, [this] {
        if (const RegistrantPane *pane = currentPane(); pane && pane->registrantId() != 0)
            StartSummary(m_session.get())
                .remember(pane->registrantId(), m_groups && pane == m_groups->pane());
    });
    // Back / Forward: every section shown and registrant opened is a place.
    m_history = new NavigationHistory(this);
    // The individuals' list is read at every start (a search from the start page lands there).
    ensurePage(Individuals);

    m_banner = new QLabel(m_session->whyNot(RegistrySession::Action::ReadPrograms), this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c36a;"));
    m_banner->setAccessibleName(tr("Server limitations"));
    m_banner->setVisible(!m_session->can(RegistrySession::Action::ReadPrograms));

    m_localCopy = new QLabel(this);
    m_localCopy->setWordWrap(true);
    m_localCopy->setAccessibleName(tr("Local copy and connection"));
    m_localCopy->setStyleSheet(
        QStringLiteral("background: #e8f0fe; color: #1a3d6d; padding: 6px; border: 1px solid #a8c1ee;"));
    m_localCopy->hide();
    m_outboxStatus = new QLabel(this);
    m_outboxStatus->setAccessibleName(tr("Outbox status"));
    // What the server speaks (and its version, once known): REST contract, Odoo 17.0 external API, ...
    m_serverKind = new QLabel(m_session->serverKind(), this);
    m_serverKind->setAccessibleName(tr("Server kind"));
    statusBar()->addPermanentWidget(m_serverKind);
    statusBar()->addPermanentWidget(m_outboxStatus);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_banner);
    outer->addWidget(m_localCopy);
    auto *row = new QHBoxLayout;
    row->addWidget(m_nav);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    m_activity = new ActivityPanel(m_session.get(), m_runner, this);
    auto *dock = new QDockWidget(tr("Activity"), this);
    dock->setObjectName(QStringLiteral("activityDock"));
    dock->setWidget(m_activity);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Folded to one line, the dock gives its height back to the pages; unfolded, 150 px of lines.
    const auto fitDock = [this, dock](bool expanded) {
        resizeDocks({dock}, {expanded ? 150 : m_activity->minimumSizeHint().height()}, Qt::Vertical);
    };
    connect(m_activity, &ActivityPanel::expandedChanged, this, fitDock);
    fitDock(m_activity->isExpanded());

    if (m_session->isOffline())
        statusBar()->showMessage(tr("Offline: %1 cannot be reached").arg(address.toString()));
    else
        statusBar()->showMessage(m_session->can(RegistrySession::Action::ReadPrograms)
                ? tr("Connected to %1").arg(address.toString())
                : tr("Connected to %1 (registry data only)").arg(address.toString()));
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int section) {
        if (section >= 0)
            m_pages->setCurrentWidget(ensurePage(section));
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::syncActions);
    connect(m_runner, &CommandRunner::finished, this,
        [this](Command *cmd, ActivityLog::Status status, const QString &summary) {
            statusBar()->showMessage(
                QStringLiteral("%1 — %2: %3").arg(cmd->title(), ActivityLog::statusText(status), summary),
                15000);
        });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::visitHere);
    connect(m_history, &NavigationHistory::go, this, [this](const Place &place) {
        m_history->setPaused(true);
        showPage(place.page);
        m_history->setPaused(false);
        auto *page = qobject_cast<RegistrantsPage *>(m_pages->widget(place.page));
        if (page && place.registrant && page->pane()->registrantId() != place.registrant)
            page->openRegistrant(place.registrant);
    });
    buildMenus();
    watchLocalCopy();
    showPage(firstSection);
}

QWidget *MainWindow::ensurePage(int section)
{
    QWidget *stand = m_pages->widget(section);
    if (m_built.contains(section))
        return stand;
    QWidget *page = nullptr;
    switch (section) {
    case Start:
        page = m_start = new StartPage(m_session.get(), m_pages);
        connect(m_start, &StartPage::findRequested, this, [this](const QString &text) {
            showPage(Individuals);
            m_individuals->searchFor(text);
        });
        connect(m_start, &StartPage::openRegistrant, this, &MainWindow::openRegistrant);
        connect(m_start, &StartPage::openWorklist, this, [this](const QString &name, bool groups) {
            showPage(groups ? Groups : Individuals);
            registrantsPage(groups)->openWorklist(name);
        });
        connect(m_start, &StartPage::openProgram, this, [this](qint64 id) {
            showPage(Programs);
            m_programs->selectProgram(id);
        });
        connect(m_start, &StartPage::openOutbox, this, [this] { showPage(Outbox); });
        connect(m_session->sync(), &OutboxSync::changed, m_start, &StartPage::refresh);
        for (RegistrantsPage *p : {m_individuals, m_groups})
            if (p)
                connect(p, &RegistrantsPage::worklistsChanged, m_start, &StartPage::refresh);
        break;
    case Individuals:
    case Groups:
        page = wireRegistrantsPage(
            new RegistrantsPage(m_session.get(), section == Groups, m_pages), section == Groups);
        break;
    case Programs:
        page = m_programs = new ProgramsPage(m_session.get(), m_pages);
        connect(m_programs, &ProgramsPage::openRegistrant, this, &MainWindow::openRegistrant);
        break;
    case BulkEdit:
        page = m_bulk = new BulkEditPage(m_session.get(), m_runner, m_pages);
        connect(m_bulk, &BulkEditPage::openRegistrant, this, &MainWindow::openRegistrant);
        break;
    case Outbox:
        page = m_outbox = new OutboxPage(m_session.get(), m_pages);
        connect(m_outbox, &OutboxPage::openRegistrant, this, &MainWindow::openRegistrant);
        break;
    default:
        return stand;
    }
    m_built.insert(section);
    // In the stand-in's place; the stack's current page is unchanged (showPage() builds before it
    // shows), so neither the actions nor Back / Forward see a change.
    const QSignalBlocker quiet(m_pages);
    const bool wasCurrent = m_pages->currentWidget() == stand;
    m_pages->insertWidget(section, page);
    m_pages->removeWidget(stand);
    delete stand;
    if (wasCurrent)
        m_pages->setCurrentWidget(page);
    return page;
}

RegistrantsPage *MainWindow::wireRegistrantsPage(RegistrantsPage *p, bool groups)
{
    (groups ? m_groups : m_individuals) = p;
    p->pane()->setRunner(m_runner);
    connect(p, &RegistrantsPage::openMember, this, [this](qint64 id) { openRegistrant(id, false); });
    if (!groups)
        connect(p, &RegistrantsPage::openHousehold, this, [this](qint64 id) { openRegistrant(id, true); });
    connect(p->pane(), &RegistrantPane::registrantChanged, this, [this, p](qint64 id) {
        if (m_pages->currentWidget() != p)
            return;
        if (id != 0)
            m_recentDue->start();
        visitHere();
    });
    if (m_start)
        connect(p, &RegistrantsPage::worklistsChanged, m_start, &StartPage::refresh);
    connect(p->pane(), &RegistrantPane::actionsChanged, this, &MainWindow::syncActions);
    if (!m_registrantActions.isEmpty()) // (the menus are built after the individuals' page)
        p->pane()->shareCommands(m_registrantActions);
    return p;
}

StartPage *MainWindow::startPage()
{
    return static_cast<StartPage *>(ensurePage(Start));
}

ProgramsPage *MainWindow::programsPage()
{
    return static_cast<ProgramsPage *>(ensurePage(Programs));
}

BulkEditPage *MainWindow::bulkPage()
{
    return static_cast<BulkEditPage *>(ensurePage(BulkEdit));
}

OutboxPage *MainWindow::outboxPage()
{
    return static_cast<OutboxPage *>(ensurePage(Outbox));
}

RegistrantsPage *MainWindow::registrantsPage(bool groups)
{
    return static_cast<RegistrantsPage *>(ensurePage(groups ? Groups : Individuals));
}

void MainWindow::visitHere()
{
    const RegistrantPane *pane = currentPane();
    m_history->visit({m_pages->currentIndex(), pane ? pane->registrantId() : 0});
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_signedOut || !m_session->hasServerSession()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    statusBar()->showMessage(tr("Signing out…"));
    // Nothing more is asked of the server (it would sign in again): the refresh stops, the outbox
    // keeps what waits for the next start.
    if (CacheRefresh *refresh = m_session->cacheRefresh(); refresh && refresh->isRunning())
        refresh->cancel();
    m_session->sync()->setPaused(true);
    m_session->signOut(this, [this] {
        m_signedOut = true;
        close();
    });
}

void MainWindow::watchLocalCopy()
{
    RegistrySession *s = m_session.get();
    connect(s, &RegistrySession::localCopyChanged, this, &MainWindow::showLocalCopyState);
    connect(s, &RegistrySession::localFilesOpened, this, &MainWindow::countOutbox);
    connect(s, &RegistrySession::outboxSetAside, this, &MainWindow::offerOutboxRecovery);
    connect(s, &RegistrySession::offlineChanged, this, &MainWindow::showLocalCopyState);
    connect(s, &RegistrySession::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, 30000); });
    connect(s, &RegistrySession::capabilitiesChanged, this,
        [this] { m_serverKind->setText(m_session->serverKind()); });
    connect(s, &RegistrySession::connected, this, [this] {
        m_serverKind->setText(m_session->serverKind());
        statusBar()->showMessage(
            tr("Connected to %1 (%2)").arg(m_session->address().toString(), m_session->serverKind()), 10000);
        m_banner->setText(m_session->whyNot(RegistrySession::Action::ReadPrograms));
        m_banner->setVisible(!m_session->can(RegistrySession::Action::ReadPrograms));
    });
    connect(
        s, &RegistrySession::localCopyRefreshed, this, [this](bool ok, const QString &message, bool changed) {
            if (ok && changed) // (reading a million rows again for nothing would keep the machine busy)
                for (RegistrantsPage *p : {m_individuals, m_groups})
                    if (p && p->searchBox()->text().trimmed().isEmpty())
                        p->loadFromCache();
            statusBar()->showMessage(message, 15000);
        });
    connect(s->sync(), &OutboxSync::changed, this, &MainWindow::countOutbox);
    connect(s->sync(), &OutboxSync::signInNeeded, this, &MainWindow::askPasswordAgain);
    connect(s->sync(), &OutboxSync::onlineChanged, this, [this](bool online, const QString &why) {
        if (!online)
            statusBar()->showMessage(
                tr("The server cannot be reached (%1): changes wait in the outbox.").arg(why), 15000);
        countOutbox();
    });
    connect(m_outboxCounts, &OutboxQueries::counted, this, &MainWindow::showOutboxCount);
    countOutbox();
    showLocalCopyState();
}

// The server refused the sign-in while the outbox was sending: sending stopped (a loop of refused
// sign-ins can lock the account). Asked once; the changes wait until the officer answers.
void MainWindow::askPasswordAgain(const QString &why)
{
    statusBar()->showMessage(tr("The server refused the sign-in: changes wait in the outbox."), 15000);
    auto *ask = new QInputDialog(this);
    ask->setWindowTitle(tr("Sign in again"));
    ask->setLabelText(
        tr("The server refused the sign-in (%1).\nNothing more is sent until you sign in again; "
           "your changes wait in the outbox.\n\nPassword for %2 on %3:")
            .arg(why, m_session->user(), m_session->address().toDisplayString()));
    ask->setTextEchoMode(QLineEdit::Password);
    ask->setOkButtonText(tr("Sign in and send"));
    fitTitle(ask);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this,
        [this](const QString &password) { m_session->signInAgain(password); });
    ask->open();
}

void MainWindow::offerOutboxRecovery(const QString &setAsidePath)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Outbox damaged"),
        tr("The outbox file was damaged and was set aside:\n%1\n\nThe changes it still holds can be copied "
           "into a new outbox and sent. Changes that were on their way are checked against the server "
           "first, so nothing is applied twice.")
            .arg(setAsidePath),
        QMessageBox::NoButton, this);
    QPushButton *recover = box->addButton(tr("Recover the changes"), QMessageBox::AcceptRole);
    box->addButton(tr("Leave it aside"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, recover, setAsidePath] {
        if (box->clickedButton() != recover)
            return;
        m_session->sync()->recover(setAsidePath, this, [this](int n, const QString &why) {
            if (n < 0)
                QMessageBox::warning(this, tr("Outbox damaged"),
                    tr("Nothing could be recovered from the damaged outbox: %1").arg(why));
            else
                statusBar()->showMessage(tr("%n change(s) recovered into the outbox.", nullptr, n), 15000);
            countOutbox();
        });
    });
    box->open();
}

void MainWindow::refreshLocalCopy()
{
    m_session->refreshLocalCopy();
}

QString MainWindow::ageText(const QDateTime &when)
{
    if (!when.isValid())
        return tr("never refreshed");
    const qint64 minutes = when.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 1)
        return tr("refreshed just now");
    if (minutes < 120)
        return tr("refreshed %n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("refreshed %n hour(s) ago", nullptr, int(minutes / 60));
    return tr("refreshed on %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
}

void MainWindow::showLocalCopyState()
{
    QString text;
    if (m_session->isOffline())
        text
            = tr("Working offline: showing the local copy (%1). Changes are kept in the outbox and sent when "
                 "the server answers again; G2P Desk keeps trying.")
                  .arg(ageText(m_session->refreshedAt()));
    else if (!m_session->refreshProgress().isEmpty())
        text = tr("Showing the local copy (%1) while it is refreshed — %2")
                   .arg(ageText(m_session->refreshedAt()), m_session->refreshProgress());
    if (!m_session->storeProblem().isEmpty())
        text = QString(text + QLatin1Char(' ') + m_session->storeProblem()).trimmed();
    m_localCopy->setText(text);
    m_localCopy->setVisible(!text.isEmpty());
}

void MainWindow::countOutbox()
{
    m_outboxCounts->count();
}

void MainWindow::showOutboxCount(int waiting, int problems)
{
    if (waiting < 0) {
        m_outboxStatus->setText(tr("Outbox unavailable"));
        return;
    }
    QString text = waiting ? tr("Outbox: %n waiting", nullptr, waiting)
        : problems         ? tr("Outbox: nothing waiting")
                           : tr("Outbox: all sent");
    if (problems)
        text += tr(", %n to look at (failed or conflict)", nullptr, problems);
    if (!m_session->sync()->isOnline() || m_session->isOffline())
        text += tr(" (offline)");
    m_outboxStatus->setText(text);
    // The section list counts what waits or needs a look, in red when something failed.
    QListWidgetItem *section = m_nav->item(Outbox);
    section->setText(waiting + problems > 0 ? tr("Outbox (%1)").arg(QLocale().toString(waiting + problems))
                                            : tr("Outbox"));
    section->setToolTip(text);
    section->setForeground(problems > 0 ? QBrush(QColor(0xb0, 0x20, 0x20)) : QBrush());
    m_nav->setFixedWidth(qMax(m_nav->width(), m_nav->sizeHintForColumn(0) + 40));
}

void MainWindow::showPage(int section)
{
    QWidget *page = ensurePage(section);
    m_nav->setCurrentRow(section);
    m_pages->setCurrentWidget(page);
    if (section == Start)
        m_start->focusFirst();
    else if (section == Individuals)
        m_individuals->focusSearch();
    else if (section == Groups)
        m_groups->focusSearch();
}

int MainWindow::sectionNamed(const QString &name)
{
    for (int i = 0; i < int(std::size(sectionKeys)); ++i)
        if (name.trimmed().compare(QLatin1String(sectionKeys[i]), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QStringList MainWindow::sectionNames()
{
    return {tr("Start"), tr("Individuals"), tr("Groups"), tr("Programs"), tr("Bulk edit"), tr("Outbox")};
}

void MainWindow::openRegistrant(qint64 id, bool isGroup)
{
    showPage(isGroup ? Groups : Individuals);
    (isGroup ? m_groups : m_individuals)->openRegistrant(id);
}

void MainWindow::addSelectionToBulk()
{
    RegistrantsPage *page = m_pages->currentWidget() == m_groups ? m_groups : m_individuals;
    QList<RegistrantRef> refs;
    const QModelIndexList rows = page->table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        RegistrantRef r;
        r.id = row.data(RegistrantTableModel::RegistrantIdRole).toLongLong();
        r.name = page->model()->index(row.row(), RegistrantTableModel::Name).data().toString();
        r.isGroup = row.data(RegistrantTableModel::IsGroupRole).toBool();
        r.key = row.data(RegistrantTableModel::RegistrantKeyRole).toString();
        refs << r;
    }
    if (refs.isEmpty()) {
        statusBar()->showMessage(tr("Select registrants on the Individuals or Groups page first."), 10000);
        return;
    }
    bulkPage()->addRegistrants(refs);
    statusBar()->showMessage(
        tr("%n registrant(s) added to the bulk-edit grid.", nullptr, int(refs.size())), 10000);
    showPage(BulkEdit);
}

RegistrantPane *MainWindow::currentPane() const
{
    if (m_pages->currentWidget() == m_individuals)
        return m_individuals->pane();
    if (m_pages->currentWidget() == m_groups)
        return m_groups->pane();
    return nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newIndividual = file->addAction(tr("New &individual…"));
    newIndividual->setShortcut(QKeySequence::New);
    newIndividual->setObjectName(QStringLiteral("newIndividual"));
    connect(newIndividual, &QAction::triggered, this, [this] {
        CreateIndividualDialog dialog(m_session.get(), this);
        if (dialog.exec() == QDialog::Accepted) {
            showPage(Individuals);
            m_individuals->openRegistrant(dialog.createdId());
        }
    });
    QAction *newGroup = file->addAction(tr("New &household…"));
    newGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newGroup->setObjectName(QStringLiteral("newGroup"));
    connect(newGroup, &QAction::triggered, this, [this] {
        CreateGroupDialog dialog(m_session.get(), this);
        if (dialog.exec() == QDialog::Accepted) {
            showPage(Groups);
            m_groups->openRegistrant(dialog.createdId());
        }
    });
    // Offered as far as the server lets G2P Desk create registrants (the reason otherwise).
    const auto offerCreation = [this, newIndividual, newGroup] {
        const QString why = m_session->whyNot(RegistrySession::Action::CreateRegistrants);
        for (QAction *a : {newIndividual, newGroup}) {
            a->setEnabled(why.isEmpty());
            a->setToolTip(why.isEmpty() ? commandText(a->text()) : why);
            a->setStatusTip(a->toolTip());
        }
    };
    offerCreation();
    connect(m_session.get(), &RegistrySession::capabilitiesChanged, this, offerCreation);
    file->addSeparator();
    QAction *exportTable = file->addAction(tr("&Export table…"));
    exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportTable->setObjectName(QStringLiteral("exportTable"));
    exportTable->setToolTip(tr("Save the table in view, as shown, to XLSX or CSV"));
    connect(exportTable, &QAction::triggered, this, [this] {
        QTableView *view = nullptr;
        QString name;
        if (m_pages->currentWidget() == m_individuals)
            view = m_individuals->table(), name = tr("Individuals");
        else if (m_pages->currentWidget() == m_groups)
            view = m_groups->table(), name = tr("Groups");
        else if (m_pages->currentWidget() == m_programs)
            view = m_programs->membersView(), name = tr("Program members");
        else
            view = bulkPage()->table(), name = tr("Bulk edit");
        const QString message = exportTableView(view, name, this);
        if (!message.isEmpty())
            statusBar()->showMessage(message, 15000);
    });
    QMenu *pdf = file->addMenu(tr("Save report as &PDF"));
    QMenu *print = file->addMenu(tr("Print repor&t"));
    m_reports = new ReportActions(this, pdf, print);
    QAction *refresh = file->addAction(tr("&Refresh the local copy"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5)); // not the platform's Refresh: some add Ctrl+R (Resume)
    refresh->setToolTip(tr("Read every registrant and membership from the server into the local copy"));
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_session->isConnected())
            refreshLocalCopy();
        else
            statusBar()->showMessage(
                tr("The server cannot be reached: the local copy cannot be refreshed now."), 10000);
    });
    file->addSeparator();
    QAction *reconnect = file->addAction(tr("&Connect to another server…"));
    reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(reconnect, &QAction::triggered, this, &MainWindow::reconnectRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *start = view->addAction(tr("&Start"));
    start->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(start, &QAction::triggered, this, [this] { showPage(Start); });
    const QStringList names {
        tr("&Individuals"), tr("&Groups"), tr("&Programs"), tr("&Bulk edit"), tr("&Outbox")};
    for (int i = 0; i < 5; ++i) {
        QAction *a = view->addAction(names[i]);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(Individuals + i); });
    }
    view->addSeparator();
    view->addAction(m_history->backAction());
    view->addAction(m_history->forwardAction());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    QList<UiLanguage> choices {{QString(), tr("System language")}};
    choices += availableLanguages();
    for (const UiLanguage &l : std::as_const(choices)) {
        QAction *a = language->addAction(l.nativeName);
        a->setCheckable(true);
        a->setChecked(l.code == chosenLanguage(*m_session->settings()));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, l] {
            setChosenLanguage(*m_session->settings(), l.code);
            statusBar()->showMessage(tr("G2P Desk will use %1 from its next start.")
                                         .arg(l.code.isEmpty() ? tr("the system language") : l.nativeName),
                15000);
        });
    }
    view->addSeparator();
    QAction *search = view->addAction(tr("&Search"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_groups)
            m_groups->focusSearch();
        else {
            showPage(Individuals);
        }
    });
    QAction *activity = view->addAction(tr("&Activity"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(activity, &QAction::triggered, this, [this] {
        m_activity->parentWidget()->show();
        m_activity->setExpanded(true);
        m_activity->list()->setFocus();
    });

    // Registrant actions: shown in the menu and toolbar, carried out by the pane in view.
    QMenu *reg = menuBar()->addMenu(tr("&Registrant"));
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(QStringLiteral("actionsToolbar"));
    nameToolBar(bar, tr("Actions"));
    const RegistrantPane *sample = m_individuals->pane();
    for (QAction *paneAction : sample->commands()) {
        auto *a = new QAction(paneAction->text(), this);
        a->setShortcut(paneAction->shortcut());
        a->setObjectName(paneAction->objectName());
        connect(a, &QAction::triggered, this, [this, name = paneAction->objectName()] {
            if (RegistrantPane *pane = currentPane())
                for (QAction *target : pane->commands())
                    if (target->objectName() == name && target->isEnabled())
                        target->trigger();
        });
        reg->addAction(a);
        bar->addAction(a);
        m_registrantActions.append(a);
    }
    for (RegistrantsPage *page : {m_individuals, m_groups})
        if (page)
            page->pane()->shareCommands(m_registrantActions);
    reg->addSeparator();
    QAction *toBulk = reg->addAction(tr("Add selected to &bulk edit"));
    toBulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    toBulk->setObjectName(QStringLiteral("addToBulk"));
    toBulk->setToolTip(tr("New enrolment rows in the bulk-edit grid for the selected registrants"));
    connect(toBulk, &QAction::triggered, this, &MainWindow::addSelectionToBulk);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Getting started"));
    guide->setObjectName(QStringLiteral("guide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    connect(guide, &QAction::triggered, this, &MainWindow::showGuide);
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, [this] {
        for (int section = Start; section <= Outbox; ++section) // (their keys listed too)
            ensurePage(section);
        ShortcutsDialog d(this, m_pages, sectionNames(), this);
        d.exec();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About G2P Desk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About G2P Desk"),
            tr("<b>G2P Desk %1</b><br>Program memberships for OpenG2P / OpenSPP registries.<br>"
               "Licensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    });
    syncActions();
}

// Help → Getting started: the officer's everyday tasks, each with its keys.
void MainWindow::showGuide()
{
    QMessageBox box(QMessageBox::Information, tr("Getting started"),
        tr("<b>G2P Desk: an officer's everyday tasks</b>"), QMessageBox::Close, this);
    // One paragraph per task (a change to one leaves the others' translations alone).
    const QStringList paragraphs {
        tr("<b>Start.</b> G2P Desk opens on the start page (Alt+Home): type a name in its search box and "
           "press Enter. Below it: changes that wait or failed, registrants opened recently, your "
           "worklists and each program's counts."),
        tr("<b>Find someone.</b> Ctrl+F, type part of a name, an ID number or a database ID. The local "
           "copy answers at once, the server after it. Down or Enter moves into the results."),
        tr("<b>Open.</b> Enter on a registrant takes the keyboard to their program memberships, one card "
           "per program; Up and Down choose one."),
        tr("<b>Enrol.</b> Open the registrant, then Enroll (Ctrl+E): only programs they can join are "
           "offered."),
        tr("<b>Pause, resume, exit.</b> Select memberships in the registrant's list, then Ctrl+P, "
           "Ctrl+R or Ctrl+Shift+X. An exit needs a reason and is final."),
        tr("<b>History.</b> Ctrl+H lists every change of the registrant's memberships, those made "
           "from this desktop marked as such."),
        tr("<b>Many at once.</b> Add the selection to the bulk-edit grid (Ctrl+B) or import a sheet "
           "there (Ctrl+I); Review and send (Ctrl+Enter) shows what will change before anything is "
           "sent."),
        tr("<b>Programs and reports.</b> Programs (Ctrl+3) shows a program's members by state and, "
           "under Over time (Alt+T), its enrolments, exits and pauses per month. File → Save report "
           "as PDF or Print report: a registrant's record, a program's members as filtered, a "
           "program's summary."),
        tr("<b>Offline.</b> Changes wait in the Outbox (Ctrl+5) until the server answers; nothing is "
           "lost or sent twice."),
        tr("Every key: Help → Keyboard shortcuts (Ctrl+/)."),
    };
    box.setInformativeText(
        QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>"));
    box.exec();
}

void MainWindow::syncActions()
{
    RegistrantPane *pane = currentPane();
    for (QAction *a : m_registrantActions) {
        QAction *source = nullptr;
        if (pane)
            for (QAction *t : pane->commands())
                if (t->objectName() == a->objectName())
                    source = t;
        a->setEnabled(source && source->isEnabled());
        a->setToolTip(source ? source->toolTip() : tr("Open Individuals or Groups first."));
        a->setStatusTip(a->toolTip());
    }
}

} // namespace g2p
