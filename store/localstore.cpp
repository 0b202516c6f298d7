#include "localstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace g2p {

LocalStore::LocalStore(
    const QString &cachePath, const QString &outboxPath, QObject *parent, StoreRetention retention)
    : QObject(parent)
    , m_worker(new QObject)
    , m_handles(std::make_shared<StoreHandles>())
    , m_outboxPath(outboxPath)
{
    m_thread.setObjectName(QStringLiteral("g2p-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    post([this, cachePath, outboxPath, retention](StoreHandles &h) {
#ifdef Q_OS_LINUX
        // Below the window's thread (nice 5, this thread only): a refresh's writes kept it waiting
        // for a core on a machine with few cores (see resttransport.cpp, the decoder's threads).
        setpriority(PRIO_PROCESS, 0, 5);
#endif
        StoreOpenReport r;
        QSet<QString> dirs;
        for (const QString &path : {cachePath, outboxPath})
            if (!path.isEmpty()) {
                const QString dir = QFileInfo(path).absolutePath();
                makePrivateDir(dir);
                if (!dirs.contains(dir)) {
                    dirs.insert(dir);
                    if (!h.inUse)
                        h.inUse = std::make_unique<ProfileInUse>(dir);
                    r.removedSetAsideCopies += removeOldSetAsideCopies(
                        dir, retention.keepSetAsideDays, QDateTime::currentDateTimeUtc());
                }
            }
        if (!cachePath.isEmpty()) {
            h.cacheOk = h.cache.open(cachePath);
            r.cacheOk = h.cacheOk;
            r.cacheError = h.cache.error();
            r.cacheSetAside = h.cache.setAsidePath();
            if (h.cacheOk) {
                h.memberships = std::make_unique<MembershipCache>(h.cache.database());
                r.refreshedAt = h.cache.refreshedAt();
            }
        }
        if (!outboxPath.isEmpty()) {
            h.outboxOk = h.outbox.open(outboxPath);
            r.outboxOk = h.outboxOk;
            r.outboxError = h.outbox.error();
            r.outboxSetAside = h.outbox.setAsidePath();
            if (h.outboxOk && retention.keepSettledDays > 0)
                r.prunedOutboxItems = qMax(0,
                    h.outbox.pruneSettled(
                        QDateTime::currentDateTimeUtc().addDays(-retention.keepSettledDays)));
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
            handles->inUse.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LocalStore::post(std::function<void(StoreHandles &)> work)
{
    auto handles = m_handles;
    auto pending = m_pending;
    pending->fetch_add(1);
    QObject *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [handles, pending, worker, work] {
            work(*handles);
            // The pages a refresh stores are committed together (RegistrantCache::setWriting):
            // when nothing else is asked for a moment, what is grouped goes to the file.
            if (pending->fetch_sub(1) == 1 && handles->cacheOk && handles->cache.hasUncommittedPages())
                QTimer::singleShot(kIdleCommitMs, worker, [handles, pending] {
                    if (pending->load() == 0 && handles->cacheOk)
                        handles->cache.commitGroup();
                });
        },
        Qt::QueuedConnection);
}

void LocalStore::drain()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace g2p
