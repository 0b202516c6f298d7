#include "activitypanel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
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
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
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
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString detail = index.data(ActivityLog::DetailRole).toString();
        QMessageBox::information(this, index.data(ActivityLog::TitleRole).toString(),
            detail.isEmpty() ? index.data().toString() : detail);
    });
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
