#include "startpage.h"

#include "formparts.h"
#include "membershiptablemodel.h"
#include "outboxchange.h"
#include "worklists.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace g2p {

namespace {

enum class Kind
{
    Registrant,
    Worklist
};

// The states a program's table counts, in its column order.
const MembershipState shownStates[]
    = {MembershipState::Enrolled, MembershipState::Paused, MembershipState::Exited, MembershipState::Draft};

QListWidget *newList(const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setUniformItemSizes(true);
    list->setMinimumHeight(list->fontMetrics().height() * 4);
    return list;
}

QGroupBox *box(const QString &title, QWidget *parent)
{
    auto *b = new QGroupBox(title, parent);
    new QVBoxLayout(b);
    return b;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

StartPage::StartPage(RegistrySession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(session)
{
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find a registrant: name, ID number or record id, then Enter"));
    m_find->setAccessibleName(tr("Find a registrant"));
    addClearButton(m_find);
    fitPlaceholder(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_find->text().trimmed();
        if (!text.isEmpty())
            Q_EMIT findRequested(text);
    });

    QGroupBox *outbox = box(tr("Changes to look at"), this);
    m_outboxText = new QLabel(outbox);
    m_outboxText->setWordWrap(true);
    m_outboxText->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_outboxText->setAccessibleName(tr("Outbox summary"));
    m_problems = newList(tr("Changes that failed or conflict"), outbox);
    m_outboxButton = new QPushButton(tr("Open the &Outbox"), outbox);
    outbox->layout()->addWidget(m_outboxText);
    outbox->layout()->addWidget(m_problems);
    outbox->layout()->addWidget(m_outboxButton);
    connect(m_outboxButton, &QPushButton::clicked, this, &StartPage::openOutbox);

    QGroupBox *recent = box(tr("Opened recently"), this);
    m_recent = newList(tr("Registrants opened recently"), recent);
    recent->layout()->addWidget(m_recent);

    QGroupBox *worklists = box(tr("Worklists"), this);
    m_worklists = newList(tr("Saved worklists"), worklists);
    worklists->layout()->addWidget(m_worklists);

    QGroupBox *week = box(tr("Sent from this desktop in the last 7 days"), this);
    m_week = new QLabel(week);
    m_week->setWordWrap(true);
    m_week->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_week->setAccessibleName(tr("Changes sent in the last 7 days"));
    week->layout()->addWidget(m_week);

    QGroupBox *programs = box(tr("Programs"), this);
    m_programs = new QTableWidget(0, 1 + int(std::size(shownStates)), programs);
    m_programs->setAccessibleName(tr("Programs and their members by state"));
    QStringList headers {tr("Program")};
    for (MembershipState s : shownStates)
        headers << MembershipTableModel::stateText(s);
    m_programs->setHorizontalHeaderLabels(headers);
    m_programs->verticalHeader()->hide();
    m_programs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_programs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_programs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_programs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_programs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_programs->setMinimumHeight(m_programs->fontMetrics().height() * 6);
    m_programsNote = new QLabel(programs);
    m_programsNote->setWordWrap(true);
    m_programsNote->hide();
    programs->layout()->addWidget(m_programs);
    programs->layout()->addWidget(m_programsNote);
    connect(m_programs, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_programs->item(index.row(), 0)->data(IdRole).toLongLong();
        if (id)
            Q_EMIT openProgram(id);
    });

    for (QListWidget *list : {m_problems, m_recent, m_worklists})
        connect(list, &QListWidget::itemActivated, this, &StartPage::activate);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_find, 0, 0, 1, 2);
    grid->addWidget(outbox, 1, 0);
    grid->addWidget(programs, 1, 1);
    grid->addWidget(recent, 2, 0);
    grid->addWidget(worklists, 2, 1);
    grid->addWidget(week, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_readDue = new QTimer(this);
    m_readDue->setSingleShot(true);
    m_readDue->setInterval(300);
    connect(m_readDue, &QTimer::timeout, this, &StartPage::readNow);
    connect(&m_summary, &StartSummary::factsRead, this, &StartPage::showFacts);
    connect(&m_summary, &StartSummary::programCounted, this, &StartPage::showProgramCounts);
    connect(session, &RegistrySession::programsChanged, this, [this] {
        if (isVisible())
            showPrograms();
    });
    connect(session, &RegistrySession::localFilesOpened, this, &StartPage::refresh);
    connect(session, &RegistrySession::localCopyRefreshed, this, &StartPage::refresh);
    // Everything is read when the page is shown (the counts cost the server a request per program
    // and state: not asked while the officer works elsewhere).
}

void StartPage::focusFirst()
{
    m_find->setFocus(Qt::OtherFocusReason);
    m_find->selectAll(); // typing replaces the last search
}

// Current whenever it is shown (Alt+Home, the section list), and while shown, as things change.
void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readNow();
    showPrograms();
}

// The outbox says "changed" once per change settled: a grid of 10,000 rows being sent would queue
// 10,000 readings on the store's thread. While the page is shown they are gathered into one every
// 300 ms.
void StartPage::refresh()
{
    if (isVisible() && !m_readDue->isActive())
        m_readDue->start();
}

void StartPage::readNow()
{
    m_readDue->stop();
    if (!isVisible())
        return;
    m_summary.read();
    showWorklists();
}

void StartPage::showFacts(const StartFacts &facts)
{
    const QHash<qint64, QString> programNames = m_session->programNames();
    const int problems = int(facts.problems.size());
    QString text;
    if (!facts.readable)
        text = tr("The outbox cannot be opened: see the status bar.");
    else if (facts.waiting == 0 && problems == 0)
        text = tr("Nothing waits to be sent and nothing failed.");
    else {
        QStringList parts;
        if (facts.waiting)
            parts << tr("%n change(s) wait to be sent.", nullptr, facts.waiting);
        if (problems)
            parts << tr("These failed or met someone else's change: open one to see it, or the Outbox to "
                        "send again or discard.");
        text = parts.join(QLatin1Char(' '));
    }
    m_outboxText->setText(text);
    m_problems->clear();
    for (const OutboxItem &item : facts.problems) {
        const QString who = facts.registrantNames.value(
            item.registrantId, tr("registrant %1").arg(QString::number(item.registrantId)));
        auto *line = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(who, describeChange(item, programNames)), m_problems);
        line->setToolTip(item.message);
        line->setData(KindRole, int(Kind::Registrant));
        line->setData(IdRole, item.registrantId);
        line->setData(GroupRole, false);
    }
    m_problems->setVisible(problems > 0);

    m_recent->clear();
    for (const RecentRegistrant &r : facts.recent) {
        auto *line = new QListWidgetItem(r.isGroup ? tr("%1 (household)").arg(r.name) : r.name, m_recent);
        line->setData(KindRole, int(Kind::Registrant));
        line->setData(IdRole, r.id);
        line->setData(GroupRole, r.isGroup);
    }
    if (facts.recent.isEmpty())
        (new QListWidgetItem(tr("No registrant opened yet on this desktop."), m_recent))
            ->setFlags(Qt::NoItemFlags);

    const SentCounts &w = facts.sentThisWeek;
    QStringList sent;
    if (w.enrolments)
        sent << tr("%n enrolment(s)", nullptr, w.enrolments);
    if (w.exits)
        sent << tr("%n exit(s)", nullptr, w.exits);
    if (w.pauses)
        sent << tr("%n pause(s)", nullptr, w.pauses);
    if (w.resumptions)
        sent << tr("%n resumption(s)", nullptr, w.resumptions);
    if (w.other)
        sent << tr("%n other change(s)", nullptr, w.other);
    m_week->setText(sent.isEmpty()
            ? tr("Nothing was sent from this desktop in the last 7 days.")
            : tr("Confirmed by the server: %1.").arg(QLocale().createSeparatedList(sent)));
    Q_EMIT shown();
}

void StartPage::showWorklists()
{
    m_worklists->clear();
    for (const bool groups : {false, true}) {
        const Worklists lists(m_session->settings(), groups);
        for (const QString &name : lists.names()) {
            const int size = lists.lastSize(name);
            const QDateTime at = lists.lastSizeAt(name);
            QString text = groups ? tr("%1 (households)").arg(name) : name;
            if (size >= 0 && at.isValid())
                text = tr("%1 — %n row(s) on %2", nullptr, size)
                           .arg(text, QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat));
            else
                text = tr("%1 — not counted yet").arg(text);
            auto *line = new QListWidgetItem(text, m_worklists);
            line->setToolTip(tr("Opens the worklist and counts it again"));
            line->setData(KindRole, int(Kind::Worklist));
            line->setData(NameRole, name);
            line->setData(GroupRole, groups);
        }
    }
    if (m_worklists->count() == 0)
        (new QListWidgetItem(
             tr("No worklist saved: save a search with its filters on Individuals or Groups."), m_worklists))
            ->setFlags(Qt::NoItemFlags);
}

void StartPage::showPrograms()
{
    const QList<Program> &programs = m_session->programs();
    m_programs->setRowCount(int(programs.size()));
    for (int row = 0; row < programs.size(); ++row) {
        auto *name = new QTableWidgetItem(programs[row].name);
        name->setData(IdRole, programs[row].id);
        m_programs->setItem(row, 0, name);
        for (int c = 1; c < m_programs->columnCount(); ++c)
            m_programs->setItem(row, c, new QTableWidgetItem(tr("…")));
    }
    const bool readable = m_session->can(RegistrySession::Action::ReadPrograms);
    m_programsNote->setText(readable ? QString() : m_session->whyNot(RegistrySession::Action::ReadPrograms));
    m_programsNote->setVisible(!readable);
    m_summary.countPrograms();
}

void StartPage::showProgramCounts(qint64 programId, const QList<qint64> &counts, const QString &problem)
{
    for (int row = 0; row < m_programs->rowCount(); ++row) {
        if (m_programs->item(row, 0)->data(IdRole).toLongLong() != programId)
            continue;
        for (int c = 1; c < m_programs->columnCount(); ++c) {
            const int state = int(shownStates[c - 1]);
            auto *cell = new QTableWidgetItem(
                problem.isEmpty() && state < counts.size() ? number(counts[state]) : tr("unknown"));
            cell->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            cell->setToolTip(problem);
            m_programs->setItem(row, c, cell);
        }
    }
}

void StartPage::activate(QListWidgetItem *item)
{
    if (!(item->flags() & Qt::ItemIsEnabled))
        return;
    switch (Kind(item->data(KindRole).toInt())) {
    case Kind::Registrant:
        Q_EMIT openRegistrant(item->data(IdRole).toLongLong(), item->data(GroupRole).toBool());
        break;
    case Kind::Worklist:
        Q_EMIT openWorklist(item->data(NameRole).toString(), item->data(GroupRole).toBool());
        break;
    }
}

} // namespace g2p
