#include "registrantspage.h"

#include "columnchooser.h"
#include "deferredfocus.h"
#include "formparts.h"
#include "worklists.h"

#include "cachemapping.h"
#include "localedates.h"
#include "membershiptablemodel.h"
#include "registrantpane.h"
#include "rowselection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace g2p {

RegistrantsPage::RegistrantsPage(RegistrySession *session, bool groups, QWidget *parent)
    : QWidget(parent), m_session(session), m_groups(groups), m_finder(session, groups)
{
    connect(&m_finder, &RegistrantSearch::localCopyPage, this, &RegistrantsPage::showLocalCopyPage);
    connect(&m_finder, &RegistrantSearch::localCopyLoaded, this, &RegistrantsPage::localCopyLoaded);
    connect(&m_finder, &RegistrantSearch::found, this, &RegistrantsPage::showFound);
    connect(&m_finder, &RegistrantSearch::localAnswered, this, [this](int count) {
        m_count->setText(tr("%n found in the local copy; asking the server…", nullptr, count));
    });
    connect(&m_finder, &RegistrantSearch::searchFinished, this, &RegistrantsPage::finishSearch);
    m_search = new QLineEdit(this);
    const auto sayWhatIsSearched = [this] {
        // What this server can find: some search ID numbers too, and ignore letter case.
        const bool numbers = m_session->capabilities().searchByIdNumber;
        m_search->setPlaceholderText(m_groups
                ? (numbers ? tr("Search households by name, ID number or database ID…")
                           : tr("Search households by name or database ID…"))
                : (numbers ? tr("Search individuals by name, ID number or database ID…")
                           : tr("Search individuals by name or database ID…")));
        m_search->setToolTip(m_session->capabilities().caseInsensitiveNames
                ? tr("This server finds names whatever their letter case.")
                : tr("This server matches names letter for letter; G2P Desk also asks for the capitals "
                     "registries use."));
    };
    sayWhatIsSearched();
    connect(m_session, &RegistrySession::capabilitiesChanged, this, sayWhatIsSearched);
    addClearButton(m_search);
    m_search->setAccessibleName(groups ? tr("Search groups") : tr("Search individuals"));
    m_program = new QComboBox(this);
    m_program->setAccessibleName(tr("Program filter"));
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Membership state filter"));
    m_state->addItem(tr("Any state"));
    for (int s = 0; s <= int(MembershipState::Duplicated); ++s)
        m_state->addItem(MembershipTableModel::stateText(MembershipState(s)), s);
    m_gender = new QComboBox(this);
    m_gender->setAccessibleName(tr("Gender filter"));
    m_gender->addItem(tr("Any gender"));
    for (const QString &wire : {QStringLiteral("Female"), QStringLiteral("Male"), QStringLiteral("Other")})
        m_gender->addItem(RegistrantTableModel::genderText(wire), wire);
    m_gender->setVisible(!groups);
    for (QComboBox *c : {m_program, m_state, m_gender})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dateFilter = new QCheckBox(tr("Registered from"), this);
    m_from = new QDateEdit(QDate::currentDate().addYears(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        useScreenDateFormat(d);
        d->setEnabled(false);
    }
    m_from->setAccessibleName(tr("Registered from"));
    m_to->setAccessibleName(tr("Registered until"));
    m_worklist = new QComboBox(this);
    m_worklist->setAccessibleName(tr("Saved worklists"));
    auto *saveList = new QToolButton(this);
    saveList->setText(tr("Save as worklist…"));
    saveList->setAccessibleName(tr("Save the current search and filters as a worklist"));
    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_program);
    filters->addWidget(m_state);
    filters->addWidget(m_gender);
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    // Worklists beside the search they keep (the filter row alone outgrew 1366 px in French and
    // Spanish with them).
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_worklist);
    searchRow->addWidget(saveList);

    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setAccessibleName(groups ? tr("Groups") : tr("Individuals"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the registrant's pane; arrows move in the list
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RegistrantTableModel::Id, 70);
    m_table->setColumnWidth(RegistrantTableModel::Name, 220);
    using M = RegistrantTableModel;
    if (groups) { // the head and the size beside the name
        m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(M::Head), 2);
        m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(M::Members), 3);
        m_table->setColumnWidth(M::Head, 200);
        m_table->setColumnWidth(M::Members, 80);
    }
    attachColumnChooser(m_table, session->settings(),
        groups ? QStringLiteral("columns/groups") : QStringLiteral("columns/individuals"), M::Name,
        groups ? QList<int> {M::Gender, M::BirthDate} : QList<int> {M::Head, M::Members});

    m_pane = new RegistrantPane(session, this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    split->addWidget(left);
    split->addWidget(m_pane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            loadFromCache();
            return;
        }
        if (!m_showingSearch)
            applyLocalFilter(); // narrows the whole local list at once, before the search answers
    });
    connect(m_search, &QLineEdit::returnPressed, this, &RegistrantsPage::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_intoResults = false; });
    // Down leaves the search box for the results (the first row, or the one already selected).
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    down->setWhatsThis(tr("Search box: move into the results"));
    connect(down, &QShortcut::activated, this, &RegistrantsPage::enterResults);
    connect(m_debounce, &QTimer::timeout, this, &RegistrantsPage::searchServer);
    // Escape stops a search (an unpaged registry search can be very large).
    auto *stop = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    stop->setWhatsThis(tr("Search box: stop the search"));
    connect(stop, &QShortcut::activated, this, [this] {
        if (!m_finder.isBusy() && !m_model.isLoading())
            return;
        stopSearches();
        m_model.setLoading(false);
        m_count->setText(tr("Search stopped: %1 loaded.").arg(m_model.totalRows()));
    });
    for (QComboBox *c : {m_program, m_state, m_gender})
        connect(c, &QComboBox::currentIndexChanged, this, &RegistrantsPage::applyLocalFilter);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyLocalFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &RegistrantsPage::applyLocalFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &RegistrantsPage::applyLocalFilter);
    connect(saveList, &QToolButton::clicked, this, &RegistrantsPage::saveWorklist);
    connect(m_worklist, &QComboBox::activated, this, &RegistrantsPage::loadWorklist);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RegistrantsPage::selectionChanged);
    connect(&m_model, &RegistrantTableModel::filterApplied, this, [this](int shown, qsizetype total) {
        m_count->setText(
            tr("%1 shown of %2 loaded").arg(QLocale().toString(shown), QLocale().toString(qint64(total))));
    });
    connect(session, &RegistrySession::programsChanged, this, &RegistrantsPage::refreshProgramFilter);
    // Enter (or a double-click) on a registrant takes the keyboard to their memberships.
    connect(m_table, &QAbstractItemView::activated, m_pane, &RegistrantPane::focusMemberships);
    connect(m_pane, &RegistrantPane::memberActivated, this, &RegistrantsPage::openMember);
    connect(m_pane, &RegistrantPane::householdActivated, this, &RegistrantsPage::openHousehold);
    refreshProgramFilter();
    m_worklist->addItem(tr("Worklists"));
    for (const QString &name : Worklists(m_session->settings(), m_groups).names())
        m_worklist->addItem(name);
    m_count->setText(tr("Type a name to search the registry (Esc stops a search)."));
    if (m_session->localFilesOpen())
        loadFromCache();
    else // a search typed before the local files opened stands (its results are not replaced)
        connect(
            m_session, &RegistrySession::localFilesOpened, this,
            [this] {
                if (m_search->text().trimmed().isEmpty())
                    loadFromCache();
            },
            Qt::SingleShotConnection);
}

void RegistrantsPage::searchNow()
{
    m_debounce->stop();
    searchServer();
    // The keyboard follows into the results once they are in (a search started here).
    m_intoResults = m_showingSearch && m_model.isLoading();
}

void RegistrantsPage::searchFor(const QString &text)
{
    m_search->setText(text);
    m_search->setFocus();
    searchNow();
}

void RegistrantsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RegistrantsPage::refreshProgramFilter()
{
    const QVariant current = m_program->currentData();
    m_program->blockSignals(true);
    m_program->clear();
    m_program->addItem(tr("Any program"));
    for (const Program &p : m_session->programs())
        if ((p.targetType == TargetType::Group) == m_groups)
            m_program->addItem(p.name, p.id);
    const int i = m_program->findData(current);
    m_program->setCurrentIndex(i < 0 ? 0 : i);
    m_program->blockSignals(false);
    m_program->setEnabled(m_session->can(RegistrySession::Action::ReadPrograms) || m_program->count() > 1);
    m_model.setProgramNames(m_session->programNames());
}

void RegistrantsPage::applyLocalFilter()
{
    RegistrantFilter f;
    // Search results were matched by the local copy's index or the server: not filtered again.
    f.text = m_showingSearch ? QString() : m_search->text().trimmed();
    bool numeric = false;
    f.text.toLongLong(&numeric);
    if (numeric)
        f.text.clear(); // a number is a database id: the server searched for it, names need not match
    if (m_program->currentData().isValid())
        f.programId = m_program->currentData().toLongLong();
    if (m_state->currentData().isValid())
        f.state = MembershipState(m_state->currentData().toInt());
    f.gender = m_gender->currentData().toString();
    if (m_dateFilter->isChecked()) {
        f.registeredFrom = m_from->date();
        f.registeredTo = m_to->date();
    }
    m_model.setFilter(f);
}

void RegistrantsPage::stopSearches()
{
    ++m_generation;
    m_debounce->stop();
    m_finder.stop();
    m_countingWorklist.clear();
    m_households.clear();
}

void RegistrantsPage::loadFromCache()
{
    stopSearches();
    m_showingSearch = false;
    m_model.clear();
    m_model.setLoading(true);
    m_count->setText(tr("Reading the local copy…"));
    m_finder.loadLocalCopy();
}

void RegistrantsPage::showLocalCopyPage(const FoundRegistrants &rows, qint64 readSoFar)
{
    if (m_groups)
        m_model.append(rows.groups, rows.households);
    else
        m_model.append(rows.individuals);
    m_count->setText(tr("Reading the local copy… %1").arg(QLocale().toString(readSoFar)));
}

void RegistrantsPage::localCopyLoaded()
{
    m_model.setLoading(false);
    applyLocalFilter();
    if (m_model.totalRows() == 0)
        m_count->setText(m_session->isConnected()
                ? tr("The local copy is empty: type a name to search the registry (it fills as the "
                     "refresh runs).")
                : tr("The local copy is empty and the server cannot be reached."));
    else if (!m_table->selectionModel()->hasSelection())
        selectWholeRow(m_table, 0);
    keepWorklistSize();
}

void RegistrantsPage::showFound(const FoundRegistrants &added, const FoundRegistrants &updated)
{
    m_model.update(updated.individuals);
    m_model.update(updated.groups, updated.households);
    ++m_batching;
    m_households.insert(added.households);
    if (m_groups)
        appendInBatches(nullptr, std::make_shared<QList<Group>>(added.groups), 0, m_generation);
    else
        appendInBatches(std::make_shared<QList<Individual>>(added.individuals), nullptr, 0, m_generation);
}

void RegistrantsPage::searchServer()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        loadFromCache();
        return;
    }
    if (!RegistrantSearch::isSearchable(text))
        return;
    stopSearches();
    m_showingSearch = true;
    m_batching = 0;
    m_model.clear();
    m_model.setLoading(true);
    m_count->setText(tr("Searching…"));
    m_finder.search(text);
}

// Feeds the table a few thousand rows per turn of the event loop, so a huge result never freezes
// the window.
void RegistrantsPage::appendInBatches(std::shared_ptr<QList<Individual>> individuals,
    std::shared_ptr<QList<Group>> groups,
    int from,
    int generation)
{
    if (generation != m_generation)
        return;
    constexpr int batch = 5000;
    const int total = individuals ? int(individuals->size()) : int(groups->size());
    const int count = qMin(batch, total - from);
    if (count > 0) {
        if (individuals)
            m_model.append(individuals->mid(from, count));
        else
            m_model.append(groups->mid(from, count), m_households);
    }
    if (from + count < total) {
        QTimer::singleShot(0, this, [=] { appendInBatches(individuals, groups, from + count, generation); });
        return;
    }
    --m_batching;
    finishSearch();
}

void RegistrantsPage::finishSearch()
{
    if (!m_showingSearch || m_batching > 0 || m_finder.isBusy())
        return; // rows are still being added, or the local copy or the server is still answering
    m_model.setLoading(false);
    applyLocalFilter();
    const QString text = m_search->text().trimmed();
    if (!m_finder.serverProblem().isEmpty())
        m_count->setText(m_finder.serverProblem());
    else if (m_model.rowCount() == 0)
        m_count->setText(tr("No registrant matches “%1”.").arg(text));
    else if (!m_session->isConnected() || m_session->isOffline())
        m_count->setText(
            tr("%n found in the local copy (the server cannot be reached).", nullptr, m_model.rowCount()));
    if (m_model.rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        selectWholeRow(m_table, 0);
    if (std::exchange(m_intoResults, false))
        enterResults();
    keepWorklistSize();
}

void RegistrantsPage::keepWorklistSize()
{
    if (const QString name = std::exchange(m_countingWorklist, QString()); !name.isEmpty()) {
        Worklists(m_session->settings(), m_groups)
            .setLastSize(name, m_model.rowCount(), QDateTime::currentDateTimeUtc());
        Q_EMIT worklistsChanged();
    }
}

void RegistrantsPage::enterResults()
{
    if (m_model.rowCount() == 0)
        return;
    if (!m_table->selectionModel()->hasSelection())
        selectWholeRow(m_table, 0);
    // The server's answer can come after the officer has moved on (another page, the grid).
    focusIfStillHere(m_table, this);
    m_table->scrollTo(m_table->currentIndex());
}

void RegistrantsPage::openRegistrant(qint64 id)
{
    m_search->setText(QString::number(id));
    searchServer();
}

void RegistrantsPage::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = rows.first().data(RegistrantTableModel::RegistrantIdRole).toLongLong();
    m_pane->showRegistrant(
        id, m_groups, rows.first().data(RegistrantTableModel::RegistrantKeyRole).toString());
}

void RegistrantsPage::saveWorklist()
{
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Save worklist"));
    ask.setLabelText(tr("Name of this worklist:"));
    ask.setTextValue(m_search->text());
    fitTitle(&ask);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString name = ask.textValue();
    if (name.trimmed().isEmpty())
        return;
    QVariantMap spec {{QStringLiteral("text"), m_search->text()},
        {QStringLiteral("program"), m_program->currentData()},
        {QStringLiteral("state"), m_state->currentData()},
        {QStringLiteral("gender"), m_gender->currentData()},
        {QStringLiteral("dates"), m_dateFilter->isChecked()}, {QStringLiteral("from"), m_from->date()},
        {QStringLiteral("to"), m_to->date()}};
    Worklists(m_session->settings(), m_groups).save(name.trimmed(), spec);
    if (m_worklist->findText(name.trimmed()) < 0)
        m_worklist->addItem(name.trimmed());
    Q_EMIT worklistsChanged();
}

void RegistrantsPage::openWorklist(const QString &name)
{
    if (m_worklist->findText(name) < 0) // saved from another window since this one opened
        m_worklist->addItem(name);
    applyWorklist(name);
}

void RegistrantsPage::loadWorklist(int index)
{
    if (index <= 0)
        return;
    applyWorklist(m_worklist->itemText(index));
    m_worklist->setCurrentIndex(0);
}

void RegistrantsPage::applyWorklist(const QString &name)
{
    const QVariantMap spec = Worklists(m_session->settings(), m_groups).spec(name);
    if (spec.isEmpty())
        return;
    const auto select = [](QComboBox *c, const QVariant &v) {
        const int i = v.isValid() ? c->findData(v) : 0;
        c->setCurrentIndex(i < 0 ? 0 : i);
    };
    select(m_program, spec.value(QStringLiteral("program")));
    select(m_state, spec.value(QStringLiteral("state")));
    select(m_gender, spec.value(QStringLiteral("gender")));
    m_dateFilter->setChecked(spec.value(QStringLiteral("dates")).toBool());
    m_from->setDate(spec.value(QStringLiteral("from")).toDate());
    m_to->setDate(spec.value(QStringLiteral("to")).toDate());
    m_search->setText(spec.value(QStringLiteral("text")).toString());
    searchServer();
    if (m_model.isLoading()) // a search or a reading of the local copy has started
        m_countingWorklist = name;
}

} // namespace g2p
