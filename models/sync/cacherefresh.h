// Refreshes a profile's cache from the server in the background: the individuals and groups of the
// backend's change list (one unpaged search on the REST contract, which has no paging), then, where
// the server has programs, the memberships page by page. Where the backend lists what changed
// (capabilities().changedSince), a refresh starts where the last one ended (the cursors are kept in
// the local copy) and reads only what changed since; registrants that left are removed. Records are converted
// and written on the store's thread in chunks while the next read is on its way, with progress; the lists
// read the cache again when it is done.
#pragma once

#include "localstore.h"
#include "registrybackend.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace g2p {

class CacheRefresh : public QObject
{
    Q_OBJECT
public:
    CacheRefresh(RegistryBackend *backend, LocalStore *store, QObject *parent = nullptr);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 registrantCount() const { return m_individuals + m_groups; }
    qint64 membershipCount() const { return m_memberships; }

    static constexpr int membershipPage = 1000;
    static constexpr int registrantPage = 1000;

Q_SIGNALS:
    // `total` is -1 while unknown.
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void fetchIndividuals(const QString &cursor);
    void fetchGroups(const QString &cursor);
    void fetchMemberships(int offset);
    void removeLeft(const QList<qint64> &ids);
    QString cursorName(const char *list) const;
    template<class R>
    void storeRegistrants(std::shared_ptr<QList<R>> records, const QString &stage);
    void maybeDone();
    void writeFailed(const QString &error);
    void done();
    void fail(const QString &what, const ApiError &error);

    RegistryBackend *m_client;
    QPointer<LocalStore> m_store;
    bool m_extension = false;
    bool m_running = false, m_cancelled = false;
    bool m_readsDone = false; // every read answered
    int m_writing = 0; // sets of records being written by the store
    int m_run = 0; // which start() the answers belong to
    qint64 m_individuals = 0, m_groups = 0, m_memberships = 0;
    bool m_incremental = false; // started from stored cursors: only what changed is read
    QString m_nextIndividuals, m_nextGroups; // where the next refresh starts
    QDateTime m_membershipsSince; // this refresh reads memberships written since (null: all)
    qint64 m_newestMembership = 0; // the newest write_date read (UTC microseconds)
    QPointer<PendingCall> m_job;
    QElapsedTimer m_clock;
};

} // namespace g2p
