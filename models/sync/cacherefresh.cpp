#include "cacherefresh.h"

#include "backgroundtask.h"
#include "cachemapping.h"

#include <algorithm>

namespace g2p {

namespace {
constexpr int kChunk = 10000; // registrants per cache transaction (CacheRefresh::kPagesPerWrite pages)

bool noMatch(const ApiError &e)
{
    // Upstream answers "no match" (an empty registry) with 400 G2P-REQ-010.
    return e.code() == QLatin1String("G2P-REQ-010") || e.message().contains(QLatin1String("did not match"));
}

// What a change-list page adds besides its records: the registrants that left, and the cursor
// stored with them (in the same transaction as the page's last chunk) when `cursorName` is set.
struct PageEnd
{
    QList<qint64> left;
    QString cursorName;
    QString cursor;
};

// Records become the copy's rows (their JSON documents, dates, texts) on the work pool, and are
// freed there: done on the store's thread, converting and freeing were a fifth of its time in a
// refresh of a million, and that thread is what a refresh waits for. The store's task takes the
// rows when they are ready (the pool never waits for the store: no deadlock), so pages are still
// written in the order they were read; the rows are freed on the pool once written
// (freeInBackground).

// The rows of records [from, from + count), made on the pool; the last chunk's conversion frees
// the records (the chunks of one page are converted one after another).
template<class R>
QFuture<QList<CachedRegistrant>> convertChunk(
    std::shared_ptr<QList<R>> records, int from, int count, bool last)
{
    return runInBackground([records, from, count, last] {
        QList<CachedRegistrant> rows;
        rows.reserve(count);
        for (int i = from; i < from + count; ++i)
            rows << toCached(records->at(i));
        if (last)
            QList<R>().swap(*records);
        return rows;
    });
}

// Writes records into the cache in chunks on the store's thread; `then` runs when all are written.
// A stopped refresh skips the chunks still waiting for the store (what is stored stays a prefix of
// each list: the store's thread runs them in order).
template<class R>
void writeChunks(LocalStore *store,
    QObject *context,
    std::shared_ptr<const std::atomic_bool> stopped,
    std::shared_ptr<QList<R>> records,
    std::shared_ptr<const PageEnd> end,
    int from,
    std::function<void(int written)> progress,
    std::function<void(QString error)> then)
{
    const int count = qMin(kChunk, int(records->size()) - from);
    const bool last = from + count >= records->size();
    QFuture<QList<CachedRegistrant>> converted = convertChunk(records, from, count, last);
    store->run(
        context,
        [stopped, converted, end, last](StoreHandles &h) mutable -> QString {
            if (*stopped)
                return QString();
            if (!h.cacheOk)
                return h.cache.error();
            QList<CachedRegistrant> rows = converted.takeResult();
            const auto write = [&] { return h.cache.upsert(rows) && (!last || h.cache.remove(end->left)); };
            const bool ok = last && !end->cursorName.isEmpty()
                ? h.cache.storePage(end->cursorName, end->cursor, write)
                : write();
            freeInBackground(std::move(rows));
            return ok ? QString() : h.cache.error();
        },
        [store, context, stopped, records, end, from, count, last, progress, then](const QString &error) {
            if (!error.isEmpty() || *stopped) {
                then(error);
                return;
            }
            progress(from + count);
            if (last)
                then(QString());
            else
                writeChunks(store, context, stopped, records, end, from + count, progress, then);
        });
}
} // namespace

CacheRefresh::CacheRefresh(RegistryBackend *backend, LocalStore *store, QObject *parent)
    : QObject(parent), m_client(backend), m_store(store)
{ }

void CacheRefresh::start()
{
    m_running = true;
    m_cancelled = false;
    m_stopped = std::make_shared<std::atomic_bool>(false);
    m_individuals = m_groups = m_memberships = m_left = 0;
    m_writing = 0;
    for (Stream &s : m_reads)
        s = {};
    m_heldIndividuals = {};
    m_heldGroups = {};
    m_heldMemberships = {};
    ++m_run;
    m_clock.start();
    const BackendCapabilities caps = m_client->capabilities();
    m_extension = caps.programs;
    m_incremental = false;
    m_keepCursors = caps.changedSince;
    m_reads[Individuals].done = m_reads[Groups].done = false;
    m_reads[Memberships].done = !m_extension;
    writing(true);
    if (!caps.changedSince) {
        fetchIndividuals(QString()); // then the groups: each is one unpaged search, held whole
        if (m_extension)
            fetchMemberships(QString());
        return;
    }
    const QStringList names {cursorName("individuals"), cursorName("groups"), cursorName("memberships")};
    const int run = m_run;
    m_store->run(
        this,
        [names](StoreHandles &h) {
            QStringList cursors;
            for (const QString &n : names)
                cursors << (h.cacheOk ? h.cache.syncCursor(n) : QString());
            return cursors;
        },
        [this, run](const QStringList &cursors) {
            if (run != m_run || m_cancelled)
                return;
            m_incremental = !cursors[0].isEmpty();
            fetchIndividuals(cursors[0]);
            fetchGroups(cursors[1]);
            if (m_extension)
                fetchMemberships(cursors[2]);
        });
}

QString CacheRefresh::cursorName(const RegistryBackend *backend, const char *list)
{
    return QString::fromLatin1(backend->metaObject()->className()) + QLatin1Char('/') + QLatin1String(list);
}

void CacheRefresh::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    *m_stopped = true;
    abortReads();
    writing(false);
    m_running = false;
    Q_EMIT finished(false, tr("Refresh stopped; the local copy keeps what was already stored."));
}

void CacheRefresh::writing(bool on)
{
    if (m_store)
        m_store->run(
            this,
            [on](StoreHandles &h) {
                if (h.cacheOk)
                    h.cache.setWriting(on);
                return true;
            },
            [](bool) {});
}

void CacheRefresh::fail(const QString &what, const ApiError &error)
{
    if (m_cancelled)
        return;
    m_cancelled = true; // what is still on its way is ignored
    *m_stopped = true;
    abortReads();
    writing(false);
    m_running = false;
    Q_EMIT finished(false, tr("The local copy could not be refreshed (%1): %2").arg(what, error.toString()));
}

// Reads and writes overlap: while the store's thread converts and writes one page, the next
// request is already on its way. Pages are written in the order they were read, each with the
// cursor after it, so what is stored is always a prefix of the change list.
template<class R>
void CacheRefresh::storePage(ChangedPage<R> page, const char *list, qint64 before, const QString &stage)
{
    ++m_writing;
    ++m_reads[listOf<R>()].writes;
    m_left += page.left.size();
    auto records = std::make_shared<QList<R>>(std::move(page.items));
    auto end = std::make_shared<PageEnd>();
    end->left = std::move(page.left);
    if (m_keepCursors) {
        end->cursorName = cursorName(list);
        end->cursor = page.cursor;
    }
    const qint64 total = page.remaining >= 0 ? before + page.remaining : -1;
    const int run = m_run;
    writeChunks<R>(
        m_store, this, m_stopped, records, end, 0,
        [this, stage, before, total](int written) { report(stage, before + written, total, listOf<R>()); },
        [this, run](const QString &error) {
            if (run == m_run)
                --m_reads[listOf<R>()].writes;
            if (writeEnded(run, error))
                maybeDone();
        });
}

bool CacheRefresh::writeEnded(int run, const QString &error)
{
    if (run != m_run)
        return false;
    --m_writing;
    readWaiting();
    if (!error.isEmpty()) {
        writeFailed(error);
        return false;
    }
    return true;
}

// Memberships go to their own table, with the time they were seen (the states observed over time).
template<>
void CacheRefresh::storePage<ProgramMembership>(
    ChangedPage<ProgramMembership> page, const char *list, qint64 before, const QString &stage)
{
    ++m_writing;
    ++m_reads[Memberships].writes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 total = page.remaining >= 0 ? before + page.remaining : -1;
    const qint64 stored = before + page.items.size();
    const QString name = m_keepCursors ? cursorName(list) : QString();
    const int run = m_run;
    // Converted and sorted on the work pool, the records freed there (see convertChunk).
    QFuture<QList<CachedMembership>> converted = runInBackground([items = std::move(page.items)]() mutable {
        QList<CachedMembership> rows;
        rows.reserve(items.size());
        for (const ProgramMembership &m : std::as_const(items))
            rows << toCached(m);
        QList<ProgramMembership>().swap(items);
        // In id order (stable: a membership listed twice keeps its newer state last): they come
        // in write-date order, their ids scattered; sorted, each page of the id index is visited
        // once.
        std::stable_sort(rows.begin(), rows.end(),
            [](const CachedMembership &a, const CachedMembership &b) { return a.id < b.id; });
        return rows;
    });
    m_store->run(
        this,
        [stopped = m_stopped, converted, name, next = std::move(page.cursor), now](
            StoreHandles &h) mutable -> QString {
            if (*stopped)
                return QString();
            if (!h.memberships)
                return h.cache.error();
            QList<CachedMembership> rows = converted.takeResult();
            const auto write = [&] { return h.memberships->upsert(rows, now); };
            // The pages and their cursor together; an error is the membership table's or the cache's.
            QString error;
            const bool ok = name.isEmpty() ? write() : h.cache.storePage(name, next, [&] {
                const bool written = write();
                if (!written)
                    error = h.memberships->error();
                return written;
            });
            if (!ok && error.isEmpty())
                error = name.isEmpty() ? h.memberships->error() : h.cache.error();
            freeInBackground(std::move(rows));
            return ok ? QString() : error;
        },
        [this, stage, stored, total, run](const QString &error) {
            if (run == m_run)
                --m_reads[Memberships].writes;
            if (!writeEnded(run, error) || m_cancelled)
                return;
            report(stage, stored, total, Memberships);
            maybeDone();
        });
}

template<>
CacheRefresh::Held<Individual> &CacheRefresh::held<Individual>()
{
    return m_heldIndividuals;
}

template<>
CacheRefresh::Held<Group> &CacheRefresh::held<Group>()
{
    return m_heldGroups;
}

template<>
CacheRefresh::Held<ProgramMembership> &CacheRefresh::held<ProgramMembership>()
{
    return m_heldMemberships;
}

// A change list's pages hold 1,000 records at most (the contract's limit). Stored one page per
// transaction, each commit rewrote every page of the name index it touched and flushed a small
// segment of the search index; a few pages go together (what was read and not yet stored when a
// refresh stops is read again next time: the stored cursor is the last stored page's).
template<class R>
void CacheRefresh::hold(ChangedPage<R> page, const char *list, qint64 before, const QString &stage, bool last)
{
    Held<R> &h = held<R>();
    const int pages = std::is_same_v<R, ProgramMembership> ? kMembershipPagesPerWrite : kPagesPerWrite;
    if (h.page.items.isEmpty() && h.page.left.isEmpty()) {
        h.before = before;
        if (page.items.size() >= m_pageSize) // a full page: more follow, not moved again each time
            h.page.items.reserve(qsizetype(pages) * m_pageSize);
    }
    const qint64 heldBefore = h.page.items.size();
    h.page.remaining = page.remaining >= 0 ? heldBefore + page.remaining : -1;
    h.page.items.append(std::move(page.items));
    h.page.left.append(std::move(page.left));
    h.page.cursor = std::move(page.cursor);
    h.page.complete = page.complete;
    if (h.page.items.size() < qint64(pages) * m_pageSize && !last)
        return;
    storePage(std::exchange(h.page, {}), list, h.before, stage);
}

void CacheRefresh::writeFailed(const QString &error)
{
    fail(tr("writing the local copy"), ApiError(ApiError::Kind::Usage, error));
}

void CacheRefresh::fetchIndividuals(const QString &cursor)
{
    report(tr("Reading individuals from the server"), m_individuals, -1, Individuals);
    ChangesQuery q;
    q.cursor = cursor;
    q.limit = m_pageSize;
    auto *job = m_client->changedIndividuals(q);
    m_reads[Individuals].job = job;
    connect(job, &PendingCall::finished, this, [this, job] {
        if (m_cancelled)
            return;
        if (!job->succeeded() && !noMatch(job->error())) {
            fail(tr("individuals"), job->error());
            return;
        }
        ChangedPage<Individual> page = job->takeResult();
        const bool more = job->succeeded() && !page.complete;
        const QString next = page.cursor;
        const qint64 before = m_individuals;
        m_individuals += page.items.size();
        hold(std::move(page), "individuals", before, tr("Storing individuals"), !more);
        if (more) {
            readNext(m_reads[Individuals], [this, next] { fetchIndividuals(next); });
        } else {
            m_reads[Individuals].done = true;
            if (!m_keepCursors)
                readNext(m_reads[Groups], [this] { fetchGroups(QString()); });
            maybeDone();
        }
    });
}

void CacheRefresh::fetchGroups(const QString &cursor)
{
    ChangesQuery q;
    q.cursor = cursor;
    q.limit = m_pageSize;
    q.withMembers = true;
    auto *job = m_client->changedGroups(q);
    m_reads[Groups].job = job;
    connect(job, &PendingCall::finished, this, [this, job] {
        if (m_cancelled)
            return;
        if (!job->succeeded() && !noMatch(job->error())) {
            fail(tr("groups"), job->error());
            return;
        }
        ChangedPage<Group> page = job->takeResult();
        const bool more = job->succeeded() && !page.complete;
        const QString next = page.cursor;
        const qint64 before = m_groups;
        m_groups += page.items.size();
        hold(std::move(page), "groups", before, tr("Storing groups"), !more);
        if (more) {
            readNext(m_reads[Groups], [this, next] { fetchGroups(next); });
        } else {
            m_reads[Groups].done = true;
            maybeDone();
        }
    });
}

// Reads run ahead of the writes by a few pages, no more: a server (or a decoder) faster than the
// disk would otherwise pile a million decoded records up in memory.
void CacheRefresh::readNext(Stream &stream, std::function<void()> read)
{
    if (m_writing < kPagesAhead)
        read();
    else
        stream.waiting = std::move(read);
}

void CacheRefresh::readWaiting()
{
    for (Stream &s : m_reads)
        if (s.waiting && m_writing < kPagesAhead && !m_cancelled)
            std::exchange(s.waiting, {})();
}

void CacheRefresh::abortReads()
{
    for (Stream &s : m_reads) {
        s.waiting = {};
        if (s.job)
            s.job->abort();
    }
}

void CacheRefresh::report(const QString &stage, qint64 done, qint64 total, List list)
{
    for (int earlier = 0; earlier < list; ++earlier)
        if (!m_reads[earlier].done || m_reads[earlier].writes > 0)
            return;
    Q_EMIT progress(stage, done, total);
}

void CacheRefresh::maybeDone()
{
    if (m_running && !m_cancelled && m_writing == 0
        && std::all_of(std::begin(m_reads), std::end(m_reads), [](const Stream &s) { return s.done; }))
        done();
}

void CacheRefresh::fetchMemberships(const QString &cursor)
{
    ChangesQuery q;
    q.cursor = cursor;
    q.limit = m_pageSize;
    auto *job = m_client->changedMemberships(q);
    m_reads[Memberships].job = job;
    connect(job, &PendingCall::finished, this, [this, job] {
        if (m_cancelled)
            return;
        if (!job->succeeded()) {
            fail(tr("memberships"), job->error());
            return;
        }
        ChangedPage<ProgramMembership> page = job->takeResult();
        const qint64 before = m_memberships;
        m_memberships += page.items.size();
        const bool more = !page.complete && !page.items.isEmpty();
        const QString next = page.cursor;
        hold(std::move(page), "memberships", before, tr("Storing memberships"), !more);
        if (more) {
            readNext(m_reads[Memberships], [this, next] { fetchMemberships(next); });
        } else {
            m_reads[Memberships].done = true;
            maybeDone();
        }
    });
}

void CacheRefresh::done()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The cursors were stored with their pages: only the time of this refresh is left to keep.
    m_store->run(
        this,
        [now](StoreHandles &h) {
            const bool ok = h.cacheOk && h.cache.setRefreshedAt(now);
            if (ok)
                h.cache.checkpoint();
            if (h.cacheOk)
                h.cache.setWriting(false);
            return ok;
        },
        [this](bool) {
            m_running = false;
            Q_EMIT finished(true,
                (m_incremental
                        ? tr("Local copy brought up to date: %1 individuals, %2 groups, %3 memberships "
                             "changed (%4 s).")
                        : tr("Local copy refreshed: %1 individuals, %2 groups, %3 memberships (%4 s)."))
                    .arg(QLocale().toString(m_individuals), QLocale().toString(m_groups),
                        QLocale().toString(m_memberships),
                        QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
        });
}

} // namespace g2p
