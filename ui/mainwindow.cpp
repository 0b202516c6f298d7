#include "mainwindow.h"

#include "activitypanel.h"
#include "bulkeditpage.h"
#include "createregistrantdialogs.h"
#include "exporttable.h"
#include "programspage.h"
#include "registrantpane.h"
#include "registrantspage.h"

#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace g2p {

MainWindow::MainWindow(std::unique_ptr<RegistrySession> session, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session))
{
    const ClientConfig &c = m_session->config();
    setWindowTitle(tr("G2P Desk — %1 at %2").arg(c.user, c.baseUrl.host()));
    resize(1280, 800);
    m_runner = new CommandRunner(m_session.get(), this);

    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->addItems({tr("Individuals"), tr("Groups"), tr("Programs"), tr("Bulk edit")});
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 40);
    m_pages = new QStackedWidget(this);
    m_individuals = new RegistrantsPage(m_session.get(), false, m_pages);
    m_groups = new RegistrantsPage(m_session.get(), true, m_pages);
    m_programs = new ProgramsPage(m_session.get(), m_pages);
    m_pages->addWidget(m_individuals);
    m_pages->addWidget(m_groups);
    m_pages->addWidget(m_programs);
    m_bulk = new BulkEditPage(m_session.get(), m_runner, m_pages);
    m_pages->addWidget(m_bulk);
    m_individuals->pane()->setRunner(m_runner);
    m_groups->pane()->setRunner(m_runner);

    m_banner = new QLabel(RegistrySession::upstreamOnlyExplanation(), this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c36a;"));
    m_banner->setAccessibleName(tr("Server limitations"));
    m_banner->setVisible(!m_session->hasExtension());

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_banner);
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
    resizeDocks({dock}, {150}, Qt::Vertical);

    statusBar()->showMessage(m_session->hasExtension()
            ? tr("Connected to %1").arg(c.baseUrl.toString())
            : tr("Connected to %1 (registry data only)").arg(c.baseUrl.toString()));
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::syncActions);
    connect(m_runner, &CommandRunner::finished, this,
        [this](Command *cmd, ActivityLog::Status status, const QString &summary) {
            statusBar()->showMessage(
                QStringLiteral("%1 — %2: %3").arg(cmd->title(), ActivityLog::statusText(status), summary),
                15000);
        });
    connect(m_individuals, &RegistrantsPage::openMember, this, [this](qint64 id) {
        showPage(0);
        m_individuals->openRegistrant(id);
    });
    connect(m_groups, &RegistrantsPage::openMember, this, [this](qint64 id) {
        showPage(0);
        m_individuals->openRegistrant(id);
    });
    buildMenus();
    for (RegistrantsPage *p : {m_individuals, m_groups})
        connect(p->pane(), &RegistrantPane::actionsChanged, this, &MainWindow::syncActions);
    showPage(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
    m_pages->setCurrentIndex(index);
    if (index == 0)
        m_individuals->focusSearch();
    else if (index == 1)
        m_groups->focusSearch();
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
        refs << r;
    }
    if (refs.isEmpty()) {
        statusBar()->showMessage(tr("Select registrants on the Individuals or Groups page first."), 10000);
        return;
    }
    m_bulk->addRegistrants(refs);
    statusBar()->showMessage(
        tr("%n registrant(s) added to the bulk-edit grid.", nullptr, int(refs.size())), 10000);
    showPage(3);
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
            showPage(0);
            m_individuals->openRegistrant(dialog.createdId());
        }
    });
    QAction *newGroup = file->addAction(tr("New &household…"));
    newGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newGroup->setObjectName(QStringLiteral("newGroup"));
    connect(newGroup, &QAction::triggered, this, [this] {
        CreateGroupDialog dialog(m_session.get(), this);
        if (dialog.exec() == QDialog::Accepted) {
            showPage(1);
            m_groups->openRegistrant(dialog.createdId());
        }
    });
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
            view = m_bulk->table(), name = tr("Bulk edit");
        const QString message = exportTableView(view, name, this);
        if (!message.isEmpty())
            statusBar()->showMessage(message, 15000);
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
    const QStringList names {tr("&Individuals"), tr("&Groups"), tr("&Programs"), tr("&Bulk edit")};
    for (int i = 0; i < 4; ++i) {
        QAction *a = view->addAction(names[i]);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    QAction *search = view->addAction(tr("&Search"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_groups)
            m_groups->focusSearch();
        else {
            showPage(0);
            m_individuals->focusSearch();
        }
    });
    QAction *activity = view->addAction(tr("&Activity"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(activity, &QAction::triggered, this, [this] {
        m_activity->parentWidget()->show();
        m_activity->setFocus();
    });

    // Registrant actions: shown in the menu and toolbar, carried out by the pane in view.
    QMenu *reg = menuBar()->addMenu(tr("&Registrant"));
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(QStringLiteral("actionsToolbar"));
    const RegistrantPane *sample = m_individuals->pane();
    for (QAction *paneAction : {sample->enrollAction(), sample->pauseAction(), sample->resumeAction(),
             sample->exitAction(), sample->changeDateAction(), sample->historyAction()}) {
        auto *a = new QAction(paneAction->text(), this);
        a->setShortcut(paneAction->shortcut());
        a->setObjectName(paneAction->objectName());
        connect(a, &QAction::triggered, this, [this, name = paneAction->objectName()] {
            if (RegistrantPane *pane = currentPane())
                for (QAction *target : pane->actions())
                    if (target->objectName() == name && target->isEnabled())
                        target->trigger();
        });
        reg->addAction(a);
        bar->addAction(a);
        m_registrantActions.append(a);
    }
    reg->addSeparator();
    QAction *toBulk = reg->addAction(tr("Add selected to &bulk edit"));
    toBulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    toBulk->setObjectName(QStringLiteral("addToBulk"));
    toBulk->setToolTip(tr("New enrolment rows in the bulk-edit grid for the selected registrants"));
    connect(toBulk, &QAction::triggered, this, &MainWindow::addSelectionToBulk);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About G2P Desk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About G2P Desk"),
            tr("<b>G2P Desk %1</b><br>Program memberships for OpenG2P / OpenSPP registries.<br>"
               "Licensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    });
    syncActions();
}

void MainWindow::syncActions()
{
    RegistrantPane *pane = currentPane();
    for (QAction *a : m_registrantActions) {
        QAction *source = nullptr;
        if (pane)
            for (QAction *t : pane->actions())
                if (t->objectName() == a->objectName())
                    source = t;
        a->setEnabled(source && source->isEnabled());
        a->setToolTip(source ? source->toolTip() : tr("Open Individuals or Groups first."));
        a->setStatusTip(a->toolTip());
    }
}

} // namespace g2p
