// Refreshes a profile's cache from the server in the background: the individuals, groups and (where
// the server has programs) memberships of the backend's change lists, page by page (the REST contract
// without its change lists: the registrants in one unpaged upstream search). Where the backend lists
// what changed (capabilities().changedSince), pages are stored a few at a time with the cursor after
// the last of them in one transaction, so a refresh starts where the last stored page ended — after a
// finished refresh only what changed is read, after a crash or a dropped connection the rest; registrants
// that left are removed with their page. The three lists are read side by side; records are converted
// and written on the store's thread while the next pages are on their way, with progress (totals where
// the server says them); the lists read the cache again when it is done.
#pragma once

#include "localstore.h"
#include "registrybackend.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

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
    // The last refresh stored or removed registrants (the lists should read the copy again).
    bool registrantsChanged() const { return m_individuals + m_groups + m_left > 0; }

    static constexpr int membershipPage = 1000;
    static constexpr int registrantPage = 1000;
    // Where the local copy keeps a backend's cursor of one list ("individuals", "groups",
    // "memberships"): under the backend's kind, so another kind of server starts afresh.
    static QString cursorName(const RegistryBackend *backend, const char *list);
    // Records asked for per request (default the two above); set before start().
    void setPageSize(int records) { m_pageSize = qMax(1, records); }

Q_SIGNALS:
    // `total` is -1 while unknown.
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void fetchIndividuals(const QString &cursor);
    void fetchGroups(const QString &cursor);
    void fetchMemberships(const QString &cursor);
    QString cursorName(const char *list) const { return cursorName(m_client, list); }
    template<class R>
    void storePage(ChangedPage<R> page, const char *list, qint64 before, const QString &stage);
    // Pages are held until they add up to kPagesPerWrite full pages (or the list ends), then
    // stored in one transaction with the last page's cursor.
    template<class R>
    void hold(ChangedPage<R> page, const char *list, qint64 before, const QString &stage, bool last);
    template<class R>
    struct Held
    {
        ChangedPage<R> page; // items and left of the pages held, the last one's cursor
        qint64 before = 0; // records of the list stored before them
    };
    template<class R>
    Held<R> &held();
    // The three lists are read side by side, each with its own cursor: while the server builds a
    // page of one, another is decoded and stored (groups after individuals left a core idle for a
    // third of a million's refresh: the server builds a page of households slowest).
    enum List
    {
        Individuals,
        Groups,
        Memberships,
        ListCount
    };
    template<class R>
    static constexpr List listOf()
    {
        return std::is_same_v<R, Individual> ? Individuals : std::is_same_v<R, Group> ? Groups : Memberships;
    }
    struct Stream
    {
        QPointer<PendingCall> job;
        std::function<void()> waiting; // the next read, waiting for a write to finish
        bool done = true; // every read of this list answered
        int writes = 0; // its pages being written by the store
    };
    void readNext(Stream &stream, std::function<void()> read);
    void readWaiting();
    void abortReads();
    // Progress of one list, shown once the lists before it are read and stored (one stage at a
    // time: individuals, groups, memberships).
    void report(const QString &stage, qint64 done, qint64 total, List list);
    void maybeDone();
    void writeFailed(const QString &error);
    // A write of pages ended: the next read may go. False when it failed (the refresh fails) or
    // belongs to an earlier start().
    bool writeEnded(int run, const QString &error);
    void done();
    void fail(const QString &what, const ApiError &error);
    void writing(bool on); // the store's larger page cache while this refresh writes

    RegistryBackend *m_client;
    QPointer<LocalStore> m_store;
    bool m_extension = false;
    bool m_running = false, m_cancelled = false;
    // Set with m_cancelled; the store's thread reads it before each write it was given.
    std::shared_ptr<std::atomic_bool> m_stopped = std::make_shared<std::atomic_bool>(false);
    int m_writing = 0; // pages being written by the store
    // Writes waiting or running, at most: a server (or a decoder) faster than the disk would pile a
    // million decoded records up in memory; 3 left the store waiting for pages (164 s at a million
    // where 6 take 143 s).
    static constexpr int kPagesAhead = 6;
    // Pages' records held before they are stored together (in one transaction: kChunk). At a
    // million, 5 pages took 91.5 s, 10 took 82.9 s (602 MB resident while refreshing), 15 78.0 s
    // (665 MB), 25 81.1 s (801 MB): more held means fewer commits rewriting the same index pages
    // and a store that waits less for pages, until the memory held costs more than it saves.
    static constexpr int kPagesPerWrite = 10;
    // Memberships arrive in write-date order, their ids (the table's order) scattered: a batch
    // touches pages all over the table and its indexes, so fewer, larger batches (25,000 at a
    // million: 5,000 a batch made a full refresh take 277 s instead of 209).
    static constexpr int kMembershipPagesPerWrite = 25;
    int m_run = 0; // which start() the answers belong to
    qint64 m_individuals = 0, m_groups = 0, m_memberships = 0, m_left = 0;
    bool m_incremental = false; // started from stored cursors: only what changed is read
    int m_pageSize = registrantPage;
    bool m_keepCursors = false; // the backend lists changes: each page's cursor is stored with it
    Held<Individual> m_heldIndividuals;
    Held<Group> m_heldGroups;
    Held<ProgramMembership> m_heldMemberships;
    Stream m_reads[ListCount];
    QElapsedTimer m_clock;
};

} // namespace g2p
