#include "localstore.h"

#include <QDir>
#include <QFileInfo>

namespace g2p {

LocalStore::LocalStore(const QString &cachePath, const QString &outboxPath, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_handles(std::make_shared<StoreHandles>())
    , m_outboxPath(outboxPath)
{
    m_thread.setObjectName(QStringLiteral("g2p-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    post([this, cachePath, outboxPath](StoreHandles &h) {
        StoreOpenReport r;
        for (const QString &path : {cachePath, outboxPath})
            if (!path.isEmpty())
                makePrivateDir(QFileInfo(path).absolutePath());
        if (!cachePath.isEmpty()) {
            h.cacheOk = h.cache.open(cachePath);
            r.cacheOk = h.cacheOk;
            r.cacheError = h.cache.error();
            r.cacheSetAside = h.cache.setAsidePath();
            if (h.cacheOk) {
                h.memberships = std::make_unique<MembershipCache>(h.cache.database());
                r.cachedRegistrants = h.cache.count();
                r.refreshedAt = h.cache.refreshedAt();
            }
        }
        if (!outboxPath.isEmpty()) {
            h.outboxOk = h.outbox.open(outboxPath);
            r.outboxOk = h.outboxOk;
            r.outboxError = h.outbox.error();
            r.outboxSetAside = h.outbox.setAsidePath();
        }
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                m_report = r;
                m_open = true;
                Q_EMIT opened(r);
            },
            Qt::QueuedConnection);
    });
}

LocalStore::~LocalStore()
{
    // Close the connections on the thread that opened them, after the work already asked for.
    auto handles = m_handles;
    QMetaObject::invokeMethod(
        m_worker,
        [handles] {
            handles->memberships.reset();
            handles->cache.close();
            handles->outbox.close();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LocalStore::post(std::function<void(StoreHandles &)> work)
{
    auto handles = m_handles;
    QMetaObject::invokeMethod(
        m_worker, [handles, work] { work(*handles); }, Qt::QueuedConnection);
}

void LocalStore::drain()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace g2p
