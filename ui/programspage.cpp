#include "programspage.h"

#include "rowselection.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
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
    m_programsView->horizontalHeader()->setStretchLastSection(true);
    m_programsView->setColumnWidth(ProgramListModel::Name, 230);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    auto *chart = new QChart;
    chart->setTitle(tr("Memberships by state"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("Memberships by state"));
    m_membersView = new QTableView(this);
    m_membersView->setModel(&m_members);
    m_membersView->setAccessibleName(tr("Members of the program"));
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->verticalHeader()->hide();
    m_membersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_membersView->hideColumn(MembershipTableModel::Program);
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    m_membersView->setColumnWidth(MembershipTableModel::Registrant, 220);
    m_membersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_membersView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const ProgramMembership *m = m_members.at(i.row());
        const Program *p = m ? m_session->program(m->programId) : nullptr;
        if (m && m->registrantId)
            Q_EMIT openRegistrant(m->registrantId, p && p->targetType == TargetType::Group);
    });
    m_membersInfo = new QLabel(this);
    m_more = new QPushButton(tr("Load &more"), this);
    m_more->setAccessibleName(tr("Load more members"));
    m_more->hide();

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_info);
    rl->addWidget(m_chart, 2);
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
        if (m_programs.rowCount() > 0 && !m_programsView->selectionModel()->hasSelection())
            selectWholeRow(m_programsView, 0);
    });
    connect(m_programsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProgramsPage::programSelected);
    connect(m_more, &QPushButton::clicked, this, &ProgramsPage::loadMoreMembers);
    if (!session->can(RegistrySession::Action::ReadPrograms))
        m_info->setText(session->whyNot(RegistrySession::Action::ReadPrograms));
    m_programs.setPrograms(session->programs());
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

void ProgramsPage::programSelected()
{
    const QModelIndexList rows = m_programsView->selectionModel()->selectedRows();
    const Program *p = rows.isEmpty() ? nullptr : m_programs.programAt(rows.first().row());
    if (!p)
        return;
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
    loadMoreMembers();
    auto *counts = m_session->backend()->membershipCounts(refOf(*p));
    connect(counts, &PendingCall::finished, this, [this, counts, generation] {
        if (generation != m_generation)
            return;
        m_counts = counts->succeeded() ? counts->result() : QList<qint64>(6, 0);
        showCounts();
    });
}

void ProgramsPage::showCounts()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    auto *set = new QBarSet(tr("Memberships"));
    QStringList categories;
    qint64 max = 1;
    for (int s = 0; s < 6; ++s) {
        *set << qreal(m_counts[s]);
        categories << MembershipTableModel::stateText(MembershipState(s));
        max = qMax(max, m_counts[s]);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, double(max) * 1.15);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    Q_EMIT countsLoaded();
}

void ProgramsPage::loadMoreMembers()
{
    if (m_programId == 0)
        return;
    MembershipFilter f;
    f.programId = m_session->programRef(m_programId);
    const int generation = m_generation;
    m_more->setEnabled(false);
    auto *job = m_session->backend()->memberships(
        f, qMin(200, m_session->capabilities().maxPageSize), m_members.rowCount());
    connect(job, &PendingCall::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_more->setEnabled(true);
        if (!job->succeeded()) {
            m_membersInfo->setText(tr("Members could not be read: %1").arg(job->error().toString()));
            return;
        }
        m_members.appendMemberships(job->result().items);
        m_membersTotal = job->result().total;
        m_membersInfo->setText(
            tr("%1 of %2 memberships shown").arg(m_members.rowCount()).arg(m_membersTotal));
        m_more->setVisible(m_members.rowCount() < m_membersTotal);
    });
}

} // namespace g2p
