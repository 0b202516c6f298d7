#include "outboxpage.h"

#include "formparts.h"
#include "retention.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace g2p {

namespace {
constexpr int Open = int(OutboxQueries::Show::Open);
constexpr int Problems = int(OutboxQueries::Show::Problems);
constexpr int Everything = int(OutboxQueries::Show::Everything);
} // namespace

OutboxPage::OutboxPage(RegistrySession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_queries(session)
{
    connect(&m_queries, &OutboxQueries::listed, this, &OutboxPage::showItems);
    m_show = new QComboBox(this);
    m_show->setAccessibleName(tr("Which changes to show"));
    m_show->addItem(tr("Not yet confirmed"), Open);
    m_show->addItem(tr("Failed and conflicts"), Problems);
    m_show->addItem(tr("Everything, confirmed too"), Everything);
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Outbox summary"));
    m_sendNow = new QPushButton(tr("&Send now"), this);
    m_sendNow->setToolTip(tr("Try the server now for everything that waits (Ctrl+Shift+S)"));
    m_retry = new QPushButton(tr("Send &again / keep mine"), this);
    m_retry->setToolTip(tr("Send the selected failed changes again; for a conflict, apply mine over the "
                           "server's version (Ctrl+R)"));
    m_check = new QPushButton(tr("&Check now"), this);
    m_check->setToolTip(tr("Ask the server whether the selected changes of unknown outcome were applied, "
                           "without sending anything (Ctrl+K)"));
    m_discard = new QPushButton(tr("&Discard / take theirs"), this);
    m_discard->setToolTip(tr("Drop the selected changes from the outbox; for a conflict, the server's "
                             "version stays (Delete)"));

    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_model.setProgramNames(session->programNames());
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        const Program *p = m_session->program(i.data(OutboxModel::ProgramIdRole).toLongLong());
        if (const qint64 id = i.data(OutboxModel::RegistrantIdRole).toLongLong())
            Q_EMIT openRegistrant(id, p && p->targetType == TargetType::Group);
    });
    connect(session, &RegistrySession::programsChanged, this,
        [this] { m_model.setProgramNames(m_session->programNames()); });
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OutboxModel::Id, 50);
    m_table->setColumnWidth(OutboxModel::State, 150);
    m_table->setColumnWidth(OutboxModel::Registrant, 220);
    m_table->setColumnWidth(OutboxModel::Change, 320);
    m_table->setColumnWidth(OutboxModel::Message, 320);

    m_compareLabel = new QLabel(this);
    m_compareLabel->setWordWrap(true);
    m_compare = new QTableWidget(0, 3, this);
    m_compare->setAccessibleName(tr("Conflict: this desktop's version and the server's"));
    m_compare->setHorizontalHeaderLabels({tr("Field"), tr("This desktop"), tr("Server now")});
    m_compare->horizontalHeader()->setStretchLastSection(true);
    m_compare->verticalHeader()->hide();
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setMaximumHeight(170);
    m_compare->setColumnWidth(0, 200);
    m_compare->setColumnWidth(1, 260);

    // What is shown and its summary on one line, the actions on the next: one line of both outgrew
    // 1366 px in French and Spanish. The summary wraps rather than widening the window.
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_show);
    top->addWidget(m_summary, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sendNow);
    actions->addWidget(m_check);
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    actions->addStretch(1);
    // How long the record of settled changes stays on this computer (the officer's setting).
    m_keepDays = new QSpinBox(this);
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSpecialValueText(tr("always"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setAccessibleName(tr("Keep confirmed and discarded changes for"));
    m_keepDays->setToolTip(
        tr("Confirmed and discarded changes older than this are removed from this computer "
           "when G2P Desk next opens this profile. Changes not yet confirmed are always "
           "kept."));
    m_keepDays->setValue(storeRetention(*session->settings()).keepSettledDays);
    connect(m_keepDays, &QSpinBox::valueChanged, this,
        [this](int days) { setKeepSettledDays(*m_session->settings(), days); });
    auto *keepLabel = new QLabel(tr("&Keep confirmed and discarded changes for:"), this);
    keepLabel->setBuddy(m_keepDays);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(keepLabel);
    bottom->addWidget(m_keepDays);
    bottom->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_compareLabel);
    layout->addWidget(m_compare);
    layout->addLayout(bottom);

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(250);
    connect(m_reload, &QTimer::timeout, this, &OutboxPage::reloadNow);
    connect(m_show, &QComboBox::currentIndexChanged, this, &OutboxPage::reloadNow);
    connect(session->sync(), &OutboxSync::changed, this, &OutboxPage::reload);
    connect(session, &RegistrySession::localFilesOpened, this, &OutboxPage::reloadNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &OutboxPage::selectionChanged);
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (m_session->isOffline())
            m_session->connectToServer(); // reconnects the session too when the server answers
        m_session->sync()->syncNow();
        m_summary->setText(tr("Trying the server…"));
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (qint64 id : selectedIds(OutboxItem::State::Failed) + selectedIds(OutboxItem::State::Conflict))
            m_session->sync()->retry(id);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (auto state :
            {OutboxItem::State::Pending, OutboxItem::State::Failed, OutboxItem::State::Conflict})
            ids += selectedIds(state);
        if (ids.isEmpty() || !confirmDiscard(ids))
            return;
        for (qint64 id : std::as_const(ids))
            m_session->sync()->discard(id);
    });
    connect(m_check, &QPushButton::clicked, this, [this] {
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            if (i.data(OutboxModel::OutcomeUnknownRole).toBool())
                m_session->sync()->check(i.data(OutboxModel::ItemIdRole).toLongLong());
        m_summary->setText(tr("Asking the server…"));
    });
    auto *checkKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    checkKey->setWhatsThis(commandText(m_check->text()));
    connect(checkKey, &QShortcut::activated, m_check, &QPushButton::click);
    auto *retryKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    retryKey->setWhatsThis(commandText(m_retry->text()));
    connect(retryKey, &QShortcut::activated, m_retry, &QPushButton::click);
    auto *discardKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    discardKey->setWhatsThis(commandText(m_discard->text()));
    connect(discardKey, &QShortcut::activated, m_discard, &QPushButton::click);
    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    sendKey->setWhatsThis(commandText(m_sendNow->text()));
    connect(sendKey, &QShortcut::activated, m_sendNow, &QPushButton::click);
    selectionChanged();
    if (session->localFilesOpen())
        reloadNow();
}

void OutboxPage::reload()
{
    m_reload->start();
}

void OutboxPage::reloadNow()
{
    m_queries.list(OutboxQueries::Show(m_show->currentData().toInt()));
}

void OutboxPage::showItems(const QList<OutboxItem> &items)
{
    QList<qint64> selected;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        selected << i.data(OutboxModel::ItemIdRole).toLongLong();
    m_model.setItems(items, m_session->sync()->outcomeKnown());
    for (int r = 0; r < m_model.rowCount(); ++r)
        if (selected.contains(m_model.at(r)->id))
            m_table->selectionModel()->select(
                m_model.index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    int waiting = 0, problems = 0;
    for (const OutboxItem &i : items) {
        waiting += i.state == OutboxItem::State::Pending || i.state == OutboxItem::State::Sending;
        problems += i.state == OutboxItem::State::Failed || i.state == OutboxItem::State::Conflict;
    }
    const QString link
        = m_session->sync()->isOnline() ? tr("the server answers") : tr("the server cannot be reached now");
    m_summary->setText(waiting + problems == 0
            ? tr("Every change made from this desktop is confirmed by the server.")
            : tr("%1 waiting, %2 failed or in conflict; %3.")
                  .arg(QLocale().toString(waiting), QLocale().toString(problems), link));
    selectionChanged();
}

// Nothing is dropped on one keystroke (Delete): the officer sees which changes go, and "Keep them"
// is the default button.
bool OutboxPage::confirmDiscard(const QList<qint64> &ids)
{
    QStringList lines;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        if (!ids.contains(i.data(OutboxModel::ItemIdRole).toLongLong()))
            continue;
        if (lines.size() == 8) {
            lines << tr("…and %n more", nullptr, int(ids.size()) - 8);
            break;
        }
        const QAbstractItemModel *m = i.model();
        lines << tr("%1: %2").arg(m->index(i.row(), OutboxModel::Registrant).data().toString(),
            m->index(i.row(), OutboxModel::Change).data().toString());
    }
    QMessageBox box(QMessageBox::Question, tr("Discard changes"),
        tr("Discard %n change(s)? They will not be sent, and the server keeps what it has.", nullptr,
            int(ids.size())),
        QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep them"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

QList<qint64> OutboxPage::selectedIds(OutboxItem::State state) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        if (i.data(OutboxModel::StateRole).toInt() == int(state))
            ids << i.data(OutboxModel::ItemIdRole).toLongLong();
    return ids;
}

void OutboxPage::selectionChanged()
{
    const bool problems = !selectedIds(OutboxItem::State::Failed).isEmpty()
        || !selectedIds(OutboxItem::State::Conflict).isEmpty();
    m_retry->setEnabled(problems);
    m_discard->setEnabled(problems || !selectedIds(OutboxItem::State::Pending).isEmpty());
    bool unknown = false;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        unknown = unknown || i.data(OutboxModel::OutcomeUnknownRole).toBool();
    m_check->setEnabled(unknown);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const OutboxItem *item = rows.size() == 1 ? m_model.at(rows.first().row()) : nullptr;
    const bool conflict = item && item->state == OutboxItem::State::Conflict;
    m_compare->setVisible(conflict);
    m_compareLabel->setVisible(item != nullptr);
    if (!item)
        return;
    m_compareLabel->setText(conflict
            ? tr("Someone changed this membership on the server after it was read here. Keep mine sends "
                 "this desktop's change over theirs; take theirs drops it.")
            : m_model.isOutcomeUnknown(*item)
            ? OutboxModel::unknownOutcomeExplanation()
            : (item->message.isEmpty()
                    ? OutboxModel::stateText(item->state)
                    : tr("%1: %2").arg(OutboxModel::stateText(item->state), item->message)));
    if (!conflict)
        return;
    const QList<ConflictField> fields = OutboxModel::conflictFields(*item);
    m_compare->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const ConflictField &f = fields[r];
        const QStringList cells {f.field, f.mine, f.theirs};
        for (int c = 0; c < 3; ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            if (f.differs) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_compare->setItem(r, c, cell);
        }
    }
}

} // namespace g2p
