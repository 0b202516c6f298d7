#include "cacherefresh.h"

#include "cachemapping.h"

#include <QTimeZone>

namespace g2p {

namespace {
constexpr int kChunk = 5000; // registrants per cache transaction

bool noMatch(const ApiError &e)
{
    // Upstream answers "no match" (an empty registry) with 400 G2P-REQ-010.
    return e.code() == QLatin1String("G2P-REQ-010") || e.message().contains(QLatin1String("did not match"));
}

// Writes records into the cache in chunks on the store's thread; `then` runs when all are written.
template<class R>
void writeChunks(LocalStore *store,
    QObject *context,
    std::shared_ptr<QList<R>> records,
    int from,
    std::function<void(int written)> progress,
    std::function<void(QString error)> then)
{
    const int count = qMin(kChunk, int(records->size()) - from);
    if (count <= 0) {
        then(QString());
        return;
    }
    store->run(
        context,
        [records, from, count](StoreHandles &h) -> QString {
            if (!h.cacheOk)
                return h.cache.error();
            QList<CachedRegistrant> rows;
            rows.reserve(count);
            for (int i = from; i < from + count; ++i)
                rows << toCached(records->at(i));
            return h.cache.upsert(rows) ? QString() : h.cache.error();
        },
        [store, context, records, from, count, progress, then](const QString &error) {
            if (!error.isEmpty()) {
                then(error);
                return;
            }
            progress(from + count);
            writeChunks(store, context, records, from + count, progress, then);
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
    m_individuals = m_groups = m_memberships = 0;
    m_writing = 0;
    m_readsDone = false;
    ++m_run;
    m_clock.start();
    const BackendCapabilities caps = m_client->capabilities();
    m_extension = caps.programs;
    m_incremental = false;
    m_nextIndividuals.clear();
    m_nextGroups.clear();
    m_membershipsSince = QDateTime();
    m_newestMembership = 0;
    if (!caps.changedSince) {
        fetchIndividuals(QString());
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
            m_nextGroups = cursors[1]; // where the groups start, once the individuals are read
            m_membershipsSince = QDateTime::fromString(cursors[2], Qt::ISODate);
            fetchIndividuals(cursors[0]);
        });
}

// Cursors are the backend's own: kept under its kind, so another kind of server starts afresh.
QString CacheRefresh::cursorName(const char *list) const
{
    return QString::fromLatin1(m_client->metaObject()->className()) + QLatin1Char('/') + QLatin1String(list);
}

void CacheRefresh::removeLeft(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    ++m_writing;
    const int run = m_run;
    m_store->run(
        this,
        [ids](StoreHandles &h) { return h.cacheOk && h.cache.remove(ids) ? QString() : h.cache.error(); },
        [this, run](const QString &error) {
            if (run != m_run)
                return;
            --m_writing;
            if (!error.isEmpty()) {
                writeFailed(error);
                return;
            }
            maybeDone();
        });
}

void CacheRefresh::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->abort();
    m_running = false;
    Q_EMIT finished(false, tr("Refresh stopped; the local copy keeps what was already stored."));
}

void CacheRefresh::fail(const QString &what, const ApiError &error)
{
    if (m_cancelled)
        return;
    m_cancelled = true; // what is still on its way is ignored
    if (m_job)
        m_job->abort();
    m_running = false;
    Q_EMIT finished(false, tr("The local copy could not be refreshed (%1): %2").arg(what, error.toString()));
}

// Reads and writes overlap: while the store's thread converts and writes one set of records, the
// next request is already on its way.
template<class R>
void CacheRefresh::storeRegistrants(std::shared_ptr<QList<R>> records, const QString &stage)
{
    ++m_writing;
    const qint64 total = records->size();
    writeChunks<R>(
        m_store, this, records, 0,
        [this, stage, total](int written) { Q_EMIT progress(stage, written, total); },
        [this](const QString &error) {
            --m_writing;
            if (!error.isEmpty()) {
                writeFailed(error);
                return;
            }
            maybeDone();
        });
}

void CacheRefresh::writeFailed(const QString &error)
{
    fail(tr("writing the local copy"), ApiError(ApiError::Kind::Usage, error));
}

void CacheRefresh::fetchIndividuals(const QString &cursor)
{
    Q_EMIT progress(tr("Reading individuals from the server"), m_individuals, -1);
    ChangesQuery q;
    q.cursor = cursor;
    q.limit = registrantPage;
    auto *job = m_client->changedIndividuals(q);
    m_job = job;
    connect(job, &PendingCall::finished, this, [this, job] {
        if (m_cancelled)
            return;
        if (!job->succeeded() && !noMatch(job->error())) {
            fail(tr("individuals"), job->error());
            return;
        }
        ChangedPage<Individual> page = job->takeResult();
        auto records = std::make_shared<QList<Individual>>(std::move(page.items));
        m_individuals += records->size();
        storeRegistrants(records, tr("Storing individuals"));
        removeLeft(page.left);
        if (job->succeeded() && !page.complete) {
            fetchIndividuals(page.cursor);
        } else {
            const QString groupsFrom = m_nextGroups;
            m_nextIndividuals = page.cursor;
            fetchGroups(groupsFrom);
        }
    });
}

void CacheRefresh::fetchGroups(const QString &cursor)
{
    ChangesQuery q;
    q.cursor = cursor;
    q.limit = registrantPage;
    q.withMembers = true;
    auto *job = m_client->changedGroups(q);
    m_job = job;
    connect(job, &PendingCall::finished, this, [this, job] {
        if (m_cancelled)
            return;
        if (!job->succeeded() && !noMatch(job->error())) {
            fail(tr("groups"), job->error());
            return;
        }
        ChangedPage<Group> page = job->takeResult();
        auto records = std::make_shared<QList<Group>>(std::move(page.items));
        m_groups += records->size();
        storeRegistrants(records, tr("Storing groups"));
        removeLeft(page.left);
        if (job->succeeded() && !page.complete) {
            fetchGroups(page.cursor);
        } else if (m_nextGroups = page.cursor; m_extension) {
            fetchMemberships(0);
        } else {
            m_readsDone = true;
            maybeDone();
        }
    });
}

void CacheRefresh::maybeDone()
{
    if (m_running && !m_cancelled && m_readsDone && m_writing == 0)
        done();
}

void CacheRefresh::fetchMemberships(int offset)
{
    MembershipFilter changed;
    changed.changedSince = m_membershipsSince;
    auto *job = m_client->memberships(changed, membershipPage, offset);
    m_job = job;
    connect(job, &PendingCall::finished, this, [this, job, offset] {
        if (m_cancelled)
            return;
        if (!job->succeeded()) {
            fail(tr("memberships"), job->error());
            return;
        }
        const Page<ProgramMembership> page = job->result();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ProgramMembership &m : page.items)
            m_newestMembership = qMax(m_newestMembership, m.writeDate.toUtcMicros());
        ++m_writing;
        const int run = m_run;
        m_store->run(
            this,
            [items = page.items, now](StoreHandles &h) -> QString {
                if (!h.memberships)
                    return h.cache.error();
                QList<CachedMembership> rows;
                rows.reserve(items.size());
                for (const ProgramMembership &m : items)
                    rows << toCached(m);
                return h.memberships->upsert(rows, now) ? QString() : h.memberships->error();
            },
            [this, page, offset, run](const QString &error) {
                if (run != m_run)
                    return;
                --m_writing;
                if (!error.isEmpty()) {
                    writeFailed(error);
                    return;
                }
                Q_EMIT progress(tr("Storing memberships"), offset + page.items.size(), page.total);
                maybeDone();
            });
        m_memberships = offset + page.items.size();
        if (page.hasMore() && !page.items.isEmpty()) {
            fetchMemberships(offset + int(page.items.size()));
        } else {
            m_readsDone = true;
            maybeDone();
        }
    });
}

void CacheRefresh::done()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The next refresh starts here: the backend's cursors, and memberships written since the newest
    // one read, less five minutes (a write_date is its transaction's start; a slow one commits later).
    QList<QPair<QString, QString>> cursors;
    if (m_client->capabilities().changedSince) {
        QDateTime since = m_membershipsSince;
        if (m_newestMembership > 0) {
            const QDateTime overlapped
                = QDateTime::fromMSecsSinceEpoch(m_newestMembership / 1000, QTimeZone::utc()).addSecs(-300);
            since = since.isValid() ? qMax(since, overlapped) : overlapped; // never back
        }
        cursors = {{cursorName("individuals"), m_nextIndividuals}, {cursorName("groups"), m_nextGroups},
            {cursorName("memberships"),
                m_extension && since.isValid() ? since.toString(Qt::ISODate) : QString()}};
    }
    m_store->run(
        this,
        [now, cursors](StoreHandles &h) {
            bool ok = h.cacheOk && h.cache.setRefreshedAt(now);
            for (const auto &[name, cursor] : cursors)
                ok = ok && h.cache.setSyncCursor(name, cursor);
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
