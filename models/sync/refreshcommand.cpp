#include "refreshcommand.h"

namespace g2p {

RefreshLocalCopyCommand::RefreshLocalCopyCommand(CacheRefresh *refresh, QObject *parent)
    : Command(parent), m_refresh(refresh)
{ }

QString RefreshLocalCopyCommand::title() const
{
    return tr("Refresh the local copy");
}

void RefreshLocalCopyCommand::start()
{
    if (!m_refresh) {
        Q_EMIT finished(ActivityLog::Status::Failed, tr("Nothing to refresh."), QString());
        return;
    }
    m_running = true;
    connect(m_refresh, &CacheRefresh::progress, this, [this](const QString &, qint64 done, qint64 total) {
        Q_EMIT progress(int(qMin<qint64>(done, INT_MAX)), int(qMin<qint64>(total, INT_MAX)));
    });
    connect(m_refresh, &CacheRefresh::finished, this, [this](bool ok, const QString &message) {
        if (!m_running)
            return;
        m_running = false;
        Q_EMIT finished(ok    ? ActivityLog::Status::Succeeded
                : m_cancelled ? ActivityLog::Status::Cancelled
                              : ActivityLog::Status::Failed,
            message, QString());
    });
    if (!m_refresh->isRunning())
        m_refresh->start();
}

void RefreshLocalCopyCommand::cancel()
{
    m_cancelled = true;
    if (m_refresh)
        m_refresh->cancel();
}

} // namespace g2p
