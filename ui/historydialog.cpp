#include "historydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace g2p {

HistoryDialog::HistoryDialog(RegistrySession *session,
    qint64 registrantId,
    const QString &registrantName,
    const QList<ProgramMembership> &memberships,
    QWidget *parent)
    : QDialog(parent), m_session(session), m_timeline(session)
{
    setWindowTitle(tr("History of %1").arg(registrantName));
    // Every column whole where the screen allows (at 980 px the Source column was cut).
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    resize(screen ? qMin(1240, screen->availableGeometry().width() - 40) : 980, 460);
    m_program = new QComboBox(this);
    m_program->setAccessibleName(tr("Show the history of"));
    m_program->addItem(tr("All programs"));
    for (const ProgramMembership &m : memberships)
        m_program->addItem(m.programName, m.programId);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *table = m_table = new QTableView(this);
    table->setAccessibleName(tr("Timeline"));
    table->setModel(&m_model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(HistoryModel::When, 150);
    table->setColumnWidth(HistoryModel::Change, 170);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setToolTip(tr("Enter or double-click: show this membership in the registrant's pane"));
    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT programChosen(i.data(HistoryModel::ProgramIdRole).toLongLong());
        accept();
    });
    auto *top = new QHBoxLayout;
    auto *programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(m_program);
    top->addWidget(programLabel);
    top->addWidget(m_program);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(table, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_program->currentData();
        m_model.setProgramFilter(v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt);
    });
    connect(&m_timeline, &HistoryTimeline::loaded, this, [this](const Timeline &t) {
        m_model.setEntries(t.entries);
        switch (t.coverage) {
        case Timeline::Coverage::CurrentOnly:
            m_status->setText(
                tr("This server keeps no history of program memberships (it offers registry data only). "
                   "The current memberships are shown instead."));
            return;
        case Timeline::Coverage::LocalOnly:
            m_status->setText(
                tr("This server keeps no history of program memberships: %n change(s) made from "
                   "this desktop and states it saw on the server are shown, newest first.",
                    nullptr, m_model.rowCount()));
            return;
        case Timeline::Coverage::ServerAndLocal:
            break;
        }
        if (!t.problem.isEmpty())
            m_status->setText(tr("Part of the server's history could not be read (%1); this desktop's own "
                                 "timeline is shown.")
                                  .arg(t.problem));
        else
            m_status->setText(
                tr("%n change(s), newest first. Changes made from this desktop and states it saw "
                   "on the server are marked in the Source column.",
                    nullptr, m_model.rowCount()));
    });
    m_status->setText(tr("Loading…"));
    m_timeline.load(registrantId, memberships);
}

} // namespace g2p
