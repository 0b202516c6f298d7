// g2p-desk-cli's outbox: every change goes there first, then to the server (the commands that
// change something use these).
#include "clisession.h"
#include "retention.h"
#include "storepaths.h"
#include "textable.h"

#include <QEventLoop>

namespace g2p::cli {

OutboxSync *CliSession::outboxSync(int *exitCode)
{
    if (m_sync)
        return m_sync.get();
    const QUrl url = m_client->address();
    const QString user = m_client->user();
    // The CLI keeps no cache: only the outbox is opened.
    m_store = std::make_unique<LocalStore>(
        QString(), outboxFilePath(url, user), nullptr, storeRetention(*deskSettings())); // G2P Desk's setting
    QEventLoop loop;
    QObject::connect(m_store.get(), &LocalStore::opened, &loop, &QEventLoop::quit);
    loop.exec();
    const StoreOpenReport &r = m_store->report();
    if (!r.outboxSetAside.isEmpty())
        m_err << "g2p-desk-cli: the outbox file was damaged; it was moved to " << r.outboxSetAside
              << " and a new one was created. `g2p-desk-cli outbox recover " << r.outboxSetAside
              << "` copies the changes it still holds into the new outbox.\n";
    if (!r.outboxOk) {
        m_err << "g2p-desk-cli: cannot open the outbox " << outboxFilePath(url, user) << ": " << r.outboxError
              << "; nothing was sent\n";
        *exitCode = ExitUsage;
        return nullptr;
    }
    m_sync = std::make_unique<OutboxSync>(m_client.get(), m_store.get());
    m_sync->setRetryDelay(500);
    return m_sync.get();
}

OutboxBatch *CliSession::sendThroughOutbox(
    const QList<OutboxDraft> &drafts, bool *queuedOk, const std::function<void(int, int)> &progress)
{
    auto *batch = new OutboxBatch(m_sync.get(), drafts, m_sync.get());
    if (progress)
        QObject::connect(batch, &OutboxBatch::progress, batch, progress);
    *queuedOk = true;
    QEventLoop loop;
    QObject::connect(batch, &OutboxBatch::queued, &loop, [this, queuedOk](bool ok, const QString &error) {
        if (!ok) {
            *queuedOk = false;
            m_err << "g2p-desk-cli: " << error << '\n';
        }
    });
    bool settled = false;
    QObject::connect(batch, &OutboxBatch::settled, &loop, [&settled, &loop] {
        settled = true;
        loop.quit();
    });
    batch->start();
    if (!settled)
        loop.exec();
    return batch;
}

void CliSession::reportWaiting(int waiting)
{
    if (waiting <= 0)
        return;
    m_err << "g2p-desk-cli: " << waiting
          << " change(s) wait in the outbox (the server could not be reached, or G2P Desk is sending this "
             "profile's outbox and will send them). `g2p-desk-cli outbox` lists them; `g2p-desk-cli sync` "
             "sends them when the server answers.\n";
}

} // namespace g2p::cli
