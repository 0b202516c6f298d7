#include "activitypanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace g2p {

ActivityPanel::ActivityPanel(RegistrySession *session, CommandRunner *runner, QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListView(this);
    m_list->setModel(session->activity());
    m_list->setAccessibleName(tr("Activity"));
    m_list->setUniformItemSizes(true);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the running action"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the running action"));
    m_cancel->hide();
    m_newest = new QLabel(this);
    m_newest->setAccessibleName(tr("Newest activity"));
    m_newest->setTextFormat(Qt::PlainText);
    m_newest->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided, never widens
    m_toggle = new QToolButton(this);
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_newest, 1);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(row);
    layout->addWidget(m_list);
    // The bar and Cancel belong to the command shown (the newest running one), named on the bar.
    m_progressDue = new QTimer(this);
    m_progressDue->setSingleShot(true);
    m_progressDue->setInterval(50);
    connect(m_progressDue, &QTimer::timeout, this, [this] {
        if (m_progressOf)
            showProgress(m_progressOf, m_done, m_total);
    });
    connect(runner, &CommandRunner::started, this, [this](Command *command) { showProgress(command, 0, 0); });
    connect(runner, &CommandRunner::progress, this, [this](Command *command, int done, int total) {
        m_progressOf = command;
        m_done = done;
        m_total = total;
        if (!m_progressDue->isActive())
            m_progressDue->start();
    });
    connect(runner, &CommandRunner::finished, this, [this, runner] {
        if (runner->runningCount() > 0)
            return; // the next one shows itself through progress()
        m_progressDue->stop();
        m_progress->hide();
        m_cancel->hide();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this, runner] {
        m_cancel->setEnabled(false);
        runner->cancelCurrent();
    });
    // The log changes on every progress step (10,000 for a grid send): the folded line is redrawn
    // and the failures counted at most every 50 ms, like the bar.
    m_newestDue = new QTimer(this);
    m_newestDue->setSingleShot(true);
    m_newestDue->setInterval(50);
    connect(m_newestDue, &QTimer::timeout, this, &ActivityPanel::showNewest);
    const auto soon = [this] {
        if (!m_newestDue->isActive())
            m_newestDue->start();
    };
    ActivityLog *log = session->activity();
    connect(log, &QAbstractItemModel::rowsInserted, this, soon);
    connect(log, &QAbstractItemModel::dataChanged, this, soon);
    connect(log, &QAbstractItemModel::modelReset, this, soon);
    setExpanded(false);
    showNewest();
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString detail = index.data(ActivityLog::DetailRole).toString();
        QMessageBox::information(this, index.data(ActivityLog::TitleRole).toString(),
            detail.isEmpty() ? index.data().toString() : detail);
    });
}

void ActivityPanel::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_list->setVisible(expanded);
    m_newest->setVisible(!expanded);
    m_toggle->setText(expanded ? tr("Hide") : tr("Show all (%1)").arg(m_list->model()->rowCount()));
    m_toggle->setToolTip(expanded ? tr("Fold the activity to its newest line")
                                  : tr("Every action of this session, newest first"));
    Q_EMIT expandedChanged(expanded);
}

// Newest line shown when folded; a failure unfolds the panel (the officer must see it).
void ActivityPanel::showNewest()
{
    const QAbstractItemModel *log = m_list->model();
    const int rows = log->rowCount();
    const QModelIndex newest = log->index(0, 0); // newest first
    m_newest->setText(newest.isValid() ? newest.data().toString() : tr("Nothing done yet in this session."));
    m_newest->setToolTip(newest.data(Qt::ToolTipRole).toString());
    if (!m_expanded)
        m_toggle->setText(tr("Show all (%1)").arg(rows));
    int problems = 0;
    for (int r = 0; r < rows; ++r) {
        const auto status = ActivityLog::Status(log->index(r, 0).data(ActivityLog::StatusRole).toInt());
        problems += status == ActivityLog::Status::Failed || status == ActivityLog::Status::PartlyFailed;
    }
    if (problems > m_problemsSeen) {
        setExpanded(true);
        m_list->scrollToTop();
    }
    m_problemsSeen = problems;
}

void ActivityPanel::showProgress(Command *command, int done, int total)
{
    m_progress->setRange(0, total > 0 ? total : 0);
    m_progress->setValue(done);
    m_progress->setFormat(total > 0 ? tr("%1: %v of %m").arg(command->title()) : command->title());
    m_progress->setTextVisible(true);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

} // namespace g2p
