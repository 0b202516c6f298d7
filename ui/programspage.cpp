#include "programspage.h"

#include "chartparts.h"
#include "formparts.h"
#include "programtimeline.h"
#include "rowselection.h"
#include "statecolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace g2p {

ProgramsPage::ProgramsPage(RegistrySession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_programsView = new QTableView(this);
    m_programsView->setModel(&m_programs);
    m_programsView->setAccessibleName(tr("Programs"));
    m_programsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_programsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_programsView->verticalHeader()->hide();
    // Every column whole (a target type cut to "Indi" said nothing).
    m_programsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    QChart *chart = makeChart(tr("Memberships by state"));
    chart->legend()->hide();
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("Memberships by state"));
    m_found = new QSortFilterProxyModel(this);
    m_found->setSourceModel(&m_members);
    m_found->setFilterKeyColumn(MembershipTableModel::Registrant);
    m_found->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_membersView = new QTableView(this);
    m_membersView->setModel(m_found);
    m_membersView->setAccessibleName(tr("Members of the program"));
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->verticalHeader()->hide();
    m_membersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_membersView->hideColumn(MembershipTableModel::Program);
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    m_membersView->setColumnWidth(MembershipTableModel::Registrant, 220);
    m_membersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersView->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    connect(m_membersView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const ProgramMembership *m = m_members.at(m_found->mapToSource(i).row());
        const Program *p = m ? m_session->program(m->programId) : nullptr;
        if (m && m->registrantId)
            Q_EMIT openRegistrant(m->registrantId, p && p->targetType == TargetType::Group);
    });
    m_membersInfo = new QLabel(this);
    m_more = new QPushButton(tr("Load &more"), this);
    m_more->setAccessibleName(tr("Load more members"));
    m_more->hide();
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find among the members shown"));
    m_search->setAccessibleName(tr("Find among the members shown"));
    addClearButton(m_search);
    // The rows shown are filtered at once; a moment later the rest of the members are read so the
    // search covers them all, not only the pages loaded.
    m_searchDue = new QTimer(this);
    m_searchDue->setSingleShot(true);
    m_searchDue->setInterval(300);
    connect(m_searchDue, &QTimer::timeout, this, &ProgramsPage::readAllMembersForSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_found->setFilterFixedString(text.trimmed());
        showMembersInfo();
        if (!text.trimmed().isEmpty())
            m_searchDue->start();
    });
    // Which members are listed: every state, or one (also a click on its bar).
    m_stateBox = new QComboBox(this);
    m_stateBox->setAccessibleName(tr("Members in state"));
    m_stateBox->addItem(tr("All states"), -1);
    for (int st = 0; st <= int(MembershipState::Duplicated); ++st)
        m_stateBox->addItem(MembershipTableModel::stateText(MembershipState(st)), st);
    connect(m_stateBox, &QComboBox::activated, this, [this](int index) {
        const int st = m_stateBox->itemData(index).toInt();
        showOnlyState(st < 0 ? std::nullopt : std::optional<MembershipState>(MembershipState(st)));
    });
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_countsProblem = new QLabel(this);
    m_countsProblem->setWordWrap(true);
    m_countsProblem->hide();

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_info);
    // The counts by state, and the program over time (read only when its tab is opened).
    auto *byState = new QWidget(this);
    auto *bl = new QVBoxLayout(byState);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_chart, 1);
    bl->addWidget(m_legend);
    bl->addWidget(m_countsProblem);
    m_timeline = new ProgramTimeline(session, this);
    m_charts = new QTabWidget(this);
    m_charts->setAccessibleName(tr("Program charts"));
    m_charts->addTab(byState, tr("By &state"));
    m_charts->addTab(m_timeline, tr("Over &time"));
    rl->addWidget(m_charts, 2);
    auto *find = new QHBoxLayout;
    find->addWidget(m_search, 1);
    find->addWidget(m_stateBox);
    rl->addLayout(find);
    rl->addWidget(m_membersView, 3);
    auto *row = new QHBoxLayout;
    row->addWidget(m_membersInfo, 1);
    row->addWidget(m_more);
    rl->addLayout(row);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_programsView);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(session, &RegistrySession::programsChanged, this, [this] {
        m_programs.setPrograms(m_session->programs());
        fitProgramList();
        if (m_programs.rowCount() > 0 && !m_programsView->selectionModel()->hasSelection())
            selectWholeRow(m_programsView, 0);
    });
    connect(m_programsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProgramsPage::programSelected);
    connect(m_more, &QPushButton::clicked, this, &ProgramsPage::loadMoreMembers);
    if (!session->can(RegistrySession::Action::ReadPrograms))
        m_info->setText(session->whyNot(RegistrySession::Action::ReadPrograms));
    m_programs.setPrograms(session->programs());
    fitProgramList();
}

// The list as wide as its columns (within reason): names and target types are read whole.
void ProgramsPage::fitProgramList()
{
    m_programsView->resizeColumnsToContents();
    int width = 2 * m_programsView->frameWidth() + m_programsView->verticalScrollBar()->sizeHint().width();
    for (int c : {ProgramListModel::Name, ProgramListModel::Target, ProgramListModel::State})
        width += m_programsView->columnWidth(c);
    m_programsView->setMinimumWidth(qMin(width, 420)); // the counts after them scroll into view
}

void ProgramsPage::selectProgram(qint64 programId)
{
    for (int row = 0; row < m_programs.rowCount(); ++row)
        if (const Program *p = m_programs.programAt(row); p && p->id == programId) {
            selectWholeRow(m_programsView, row);
            m_programsView->setFocus(Qt::OtherFocusReason);
            return;
        }
}

void ProgramsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_programId != 0)
        programSelected(); // what other officers changed since it was last shown
}

void ProgramsPage::showOnlyState(std::optional<MembershipState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_stateBox->setCurrentIndex(m_stateBox->findData(state ? int(*state) : -1));
    ++m_generation;
    m_members.setMemberships({});
    m_membersTotal = 0;
    m_readingAll = false;
    loadMoreMembers();
    showCounts(); // the chosen bar stands out
    if (!m_search->text().trimmed().isEmpty())
        m_searchDue->start();
}

QString ProgramsPage::countsText() const
{
    QStringList parts;
    for (int s = 0; s < m_counts.size(); ++s)
        parts << tr("%1: %2").arg(
            MembershipTableModel::stateText(MembershipState(s)), QLocale().toString(m_counts[s]));
    return parts.join(QStringLiteral(", "));
}

void ProgramsPage::showMembersInfo()
{
    QString text = m_state
        ? tr("%1 of %2 %3 memberships shown")
              .arg(QLocale().toString(m_members.rowCount()), QLocale().toString(m_membersTotal),
                  MembershipTableModel::stateText(*m_state).toLower())
        : tr("%1 of %2 memberships shown")
              .arg(QLocale().toString(m_members.rowCount()), QLocale().toString(m_membersTotal));
    if (!m_search->text().trimmed().isEmpty()) {
        text += QLatin1Char(' ') + tr("— %n match(es) the search", nullptr, m_found->rowCount());
        if (m_members.rowCount() < m_membersTotal && m_members.rowCount() >= maxSearchedMembers)
            text += QLatin1Char(' ')
                + tr("(the search covers the first %1 members: choose a state to narrow the list)")
                      .arg(QLocale().toString(m_members.rowCount()));
    }
    m_membersInfo->setText(text);
}

void ProgramsPage::programSelected()
{
    const QModelIndexList rows = m_programsView->selectionModel()->selectedRows();
    const Program *p = rows.isEmpty() ? nullptr : m_programs.programAt(rows.first().row());
    if (!p)
        return;
    if (p->id != m_programId) {
        m_state.reset();
        m_stateBox->setCurrentIndex(0);
    }
    m_programId = p->id;
    const int generation = ++m_generation;
    m_info->setText(
        QStringLiteral("<b>%1</b> — %2, %3%4")
            .arg(p->name.toHtmlEscaped(), ProgramListModel::targetText(p->targetType),
                ProgramListModel::stateText(*p),
                p->description.isEmpty() ? QString()
                                         : QStringLiteral("<br>") + p->description.toHtmlEscaped()));
    m_members.setMemberships({});
    m_membersTotal = 0;
    m_readingAll = false;
    loadMoreMembers();
    m_timeline->setProgram(p->id);
    if (!m_search->text().trimmed().isEmpty())
        m_searchDue->start();
    auto *counts = m_session->backend()->membershipCounts(refOf(*p));
    connect(counts, &PendingCall::finished, this, [this, counts, generation] {
        if (generation != m_generation)
            return;
        // A count the server did not give is not drawn as zero: the chart says why it is empty.
        m_counts = counts->succeeded() ? counts->result() : QList<qint64>();
        m_countsProblem->setText(counts->succeeded()
                ? QString()
                : tr("The counts could not be read: %1").arg(counts->error().toString()));
        m_countsProblem->setVisible(!counts->succeeded());
        showCounts();
    });
}

// One bar per state in its colour (a stacked series of one set per state: each category holds its
// own state's count only), named with its count; the axis ends on a round number. A click on a
// bar lists only that state's members; the state listed is drawn stronger than the others.
void ProgramsPage::showCounts()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    m_chart->setAccessibleDescription(countsText());
    m_chart->setToolTip(countsText());
    m_legend->setAccessibleName(countsText());
    m_legend->clear();
    if (m_counts.isEmpty()) {
        Q_EMIT countsLoaded();
        return;
    }
    auto *series = new QStackedBarSeries;
    QStringList categories;
    qint64 max = 1;
    const int states = int(m_counts.size());
    // Right to left (Arabic) the chart reads from the right: the first state on the right, the
    // counts' axis on the right.
    const bool mirrored = isRightToLeft();
    const auto place = [states, mirrored](int s) { return mirrored ? states - 1 - s : s; };
    for (int c = 0; c < states; ++c)
        categories << MembershipTableModel::stateText(MembershipState(place(c)));
    for (int s = 0; s < states; ++s) {
        const auto state = MembershipState(s);
        max = qMax(max, m_counts[s]);
        auto *set = new QBarSet(MembershipTableModel::stateText(state));
        for (int c = 0; c < states; ++c)
            *set << (c == place(s) ? qreal(m_counts[s]) : 0.0);
        QColor colour = stateColor(state);
        if (m_state && *m_state != state)
            colour = colour.lighter(160); // the state listed stands out
        set->setColor(colour);
        set->setBorderColor(colour.darker(120));
        set->setLabelColor(QColor(0x20, 0x20, 0x20));
        connect(set, &QBarSet::clicked, this, [this, state](int) { showOnlyState(state); });
        series->append(set);
    }
    // The counts in words under the chart (a label inside a short bar would be cut), each after a
    // square of its bar's colour.
    QStringList legend;
    for (int s = 0; s < states; ++s)
        legend << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2&nbsp;<b>%3</b>")
                      .arg(stateColor(MembershipState(s)).name(),
                          MembershipTableModel::stateText(MembershipState(s)).toHtmlEscaped(),
                          QLocale().toString(m_counts[s]));
    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));
    attachBarAxes(chart, series, categories, double(max), mirrored);
    Q_EMIT countsLoaded();
}

void ProgramsPage::readAllMembersForSearch()
{
    if (m_readingAll || m_programId == 0 || m_search->text().trimmed().isEmpty())
        return;
    const bool pageOnItsWay = !m_more->isEnabled();
    if (!pageOnItsWay && m_members.rowCount() >= qMin<qint64>(m_membersTotal, maxSearchedMembers))
        return; // all read already
    m_readingAll = true;
    if (!pageOnItsWay) // else the reading goes on when that page comes
        loadMoreMembers();
}

void ProgramsPage::loadMoreMembers()
{
    if (m_programId == 0)
        return;
    MembershipFilter f;
    f.programId = m_session->programRef(m_programId);
    f.state = m_state;
    const int generation = m_generation;
    m_more->setEnabled(false);
    const int page = m_readingAll ? qMin(2000, m_session->capabilities().maxPageSize)
                                  : qMin(200, m_session->capabilities().maxPageSize);
    auto *job = m_session->backend()->memberships(f, page, m_members.rowCount());
    connect(job, &PendingCall::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_more->setEnabled(true);
        if (!job->succeeded()) {
            m_readingAll = false;
            m_membersInfo->setText(tr("Members could not be read: %1").arg(job->error().toString()));
            return;
        }
        m_members.appendMemberships(job->result().items);
        m_membersTotal = job->result().total;
        const bool more = m_members.rowCount() < m_membersTotal && !job->result().items.isEmpty();
        if (m_readingAll && more && m_members.rowCount() < maxSearchedMembers) {
            m_membersInfo->setText(
                tr("Reading every member to search them… %1 of %2")
                    .arg(QLocale().toString(m_members.rowCount()), QLocale().toString(m_membersTotal)));
            loadMoreMembers();
            return;
        }
        m_readingAll = false;
        showMembersInfo();
        m_more->setVisible(more);
        Q_EMIT membersLoaded();
    });
}

} // namespace g2p
