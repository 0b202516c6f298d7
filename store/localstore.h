// The local store of one server profile, on its own thread: the cache and the outbox are opened,
// read and written there with that thread's own SQLite connections, and the caller gets results
// back on its thread through a callback. Nothing on the GUI thread ever waits for the disk.
// Work runs one item at a time in the order it was asked for.
#pragma once

#include "membershipcache.h"
#include "outbox.h"
#include "profiledata.h"
#include "registrantcache.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace g2p {

// What the worker thread holds. `cacheOk` / `outboxOk` say whether each file could be opened.
struct StoreHandles
{
    RegistrantCache cache;
    std::unique_ptr<MembershipCache> memberships;
    Outbox outbox;
    bool cacheOk = false;
    bool outboxOk = false;
    std::unique_ptr<ProfileInUse> inUse; // this program has the profile open
};

// How long settled things are kept. Confirmed and discarded outbox items are the record of what
// this desktop sent; copies set aside as damaged may hold personal data.
struct StoreRetention
{
    int keepSettledDays = 90; // 0: keep for ever
    int keepSetAsideDays = 30;
};

struct StoreOpenReport
{
    bool cacheOk = false, outboxOk = false;
    QString cacheError, outboxError;
    QString cacheSetAside, outboxSetAside; // where a damaged or foreign file was moved
    QDateTime refreshedAt;
    int prunedOutboxItems = 0, removedSetAsideCopies = 0;
};

class LocalStore : public QObject
{
    Q_OBJECT
public:
    // Opens both files on the worker thread at once; opened() tells how it went.
    // Settled outbox items and set-aside copies older than `retention` are removed once opened.
    LocalStore(const QString &cachePath,
        const QString &outboxPath,
        QObject *parent = nullptr,
        StoreRetention retention = {});
    ~LocalStore() override;

    bool isOpen() const { return m_open; }
    QString outboxPath() const { return m_outboxPath; }
    const StoreOpenReport &report() const { return m_report; }

    // Runs `work(StoreHandles &)` on the worker thread, then `done(result)` on this object's
    // thread, unless `context` is gone by then.
    template<class Work, class Done>
    void run(QObject *context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work, StoreHandles &>;
        QPointer<QObject> ctx(context);
        std::function<R(StoreHandles &)> w(std::move(work));
        std::function<void(R)> d(std::move(done));
        post([this, ctx, w, d](StoreHandles &h) {
            auto result = std::make_shared<R>(w(h));
            QMetaObject::invokeMethod(
                this,
                [ctx, d, result] {
                    if (ctx)
                        d(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }
    // Runs `work` on the worker thread; nothing comes back.
    void post(std::function<void(StoreHandles &)> work);
    // Waits until everything asked so far has run (tests, shutdown; never on the GUI thread in use).
    void drain();

Q_SIGNALS:
    void opened(const g2p::StoreOpenReport &report);

private:
    QThread m_thread;
    QObject *m_worker; // lives in m_thread
    std::shared_ptr<std::atomic_int> m_pending = std::make_shared<std::atomic_int>(0); // posted, not run
    // A refresh's grouped pages are committed this long after the store has nothing left to do.
    static constexpr int kIdleCommitMs = 500;
    std::shared_ptr<StoreHandles> m_handles; // touched only on m_thread
    StoreOpenReport m_report;
    QString m_outboxPath;
    bool m_open = false;
};

} // namespace g2p
