#include "registrantsearch.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cachemapping.h"
#include "registrysession.h"

#include <QSet>

#include <algorithm>

namespace g2p {
namespace {

// Registrants read from the local copy on the store's thread (decoded there, not on the GUI's).
struct CachedRows
{
    FoundRegistrants rows;
    qint64 lastId = 0;
    int read = 0;
};

// Rows of the local copy per read after the first screenful: small enough that adding them to the
// list keeps the window's frames under 16 ms on a slow machine, large enough that a million
// arrive in a few seconds.
constexpr int kLocalCopyPage = 5000;
// A household search follows at most this many matching individuals to their households.
constexpr int kMembersFollowed = 2000;

CachedRows decodeRows(const QList<CachedRegistrant> &rows, bool groups)
{
    CachedRows out;
    for (const CachedRegistrant &r : rows) {
        out.lastId = r.id;
        ++out.read;
        if (groups) {
            if (auto g = groupFrom(r)) {
                // A list row needs no members but its head and size: their records are let go
                // here, on the store's thread (freeing 5,000 households' members took the window
                // ~60 ms).
                out.rows.households.insert(g->id, householdSummary(*g));
                g->members.clear();
                out.rows.groups << std::move(*g);
            }
        } else if (auto i = individualFrom(r)) {
            out.rows.individuals << *i;
        }
    }
    return out;
}

} // namespace

RegistrantSearch::RegistrantSearch(RegistrySession *session, bool groups, QObject *parent)
    : QObject(parent), m_session(session), m_groups(groups)
{
    qRegisterMetaType<FoundRegistrants>();
}

RegistrantSearch::~RegistrantSearch()
{
    stop();
}

bool RegistrantSearch::isSearchable(const QString &text)
{
    const QString t = text.trimmed();
    bool numeric = false;
    t.toLongLong(&numeric);
    return numeric || t.size() >= 2;
}

void RegistrantSearch::stop()
{
    ++m_generation;
    m_pending = 0;
    for (const auto &call : std::exchange(m_calls, {}))
        if (call)
            call->abort();
}

void RegistrantSearch::loadLocalCopy()
{
    stop();
    m_read = 0;
    m_pending = 1;
    // A first screenful at once, then the rest in large pages.
    loadPage(RegistrantCache::kBeforeFirst, 500, m_generation);
}

void RegistrantSearch::loadPage(qint64 afterId, int limit, int generation)
{
    const bool groups = m_groups;
    m_session->store()->run(
        this,
        [groups, afterId, limit](StoreHandles &h) {
            return h.cacheOk ? decodeRows(h.cache.page(groups, afterId, limit), groups) : CachedRows();
        },
        [this, limit, generation](CachedRows page) {
            // The records are let go on the store's thread too: freeing 5,000 of them here
            // took the window a few tens of milliseconds per page.
            const auto release = [this](FoundRegistrants spent) {
                m_session->store()->post([rows = std::make_shared<FoundRegistrants>(std::move(spent))](
                                             StoreHandles &) { *rows = FoundRegistrants(); });
            };
            if (generation != m_generation) {
                release(std::move(page.rows));
                return;
            }
            m_read += page.read;
            Q_EMIT localCopyPage(page.rows, m_read);
            release(std::move(page.rows));
            if (page.read == limit) {
                loadPage(page.lastId, kLocalCopyPage, generation);
                return;
            }
            m_pending = 0;
#ifdef __GLIBC__
            // Reading the copy decoded and freed every record once: give that memory back to the
            // system (glibc keeps freed pages in its per-thread pools: at 100,000 registrants
            // the window went from 300 MB to 152 MB resident with this and the store-side release).
            m_session->store()->post([](StoreHandles &) { malloc_trim(0); });
#endif
            Q_EMIT localCopyLoaded();
        });
}

void RegistrantSearch::merge(const FoundRegistrants &rows)
{
    FoundRegistrants added, updated;
    for (const Individual &i : rows.individuals) {
        (m_shown.contains(i.id) ? updated : added).individuals << i;
        m_shown.insert(i.id);
    }
    for (const Group &g : rows.groups) {
        (m_shown.contains(g.id) ? updated : added).groups << g;
        m_shown.insert(g.id);
    }
    added.households = updated.households = rows.households;
    Q_EMIT found(added, updated);
}

void RegistrantSearch::partDone()
{
    if (--m_pending == 0)
        Q_EMIT searchFinished();
}

void RegistrantSearch::search(const QString &input)
{
    stop();
    const QString text = input.trimmed();
    m_shown.clear();
    m_serverProblem.clear();
    if (!isSearchable(text)) {
        Q_EMIT searchFinished();
        return;
    }
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    const int generation = m_generation;
    const bool online = m_session->isConnected() && !m_session->isOffline();
    m_pending = online ? 2 : 1;
    const bool groups = m_groups;
    m_session->store()->run(
        this,
        [groups, text, numeric, id](StoreHandles &h) {
            if (!h.cacheOk)
                return CachedRows();
            QList<CachedRegistrant> rows;
            QSet<qint64> listed;
            const auto add = [&rows, &listed](const CachedRegistrant &r) {
                if (!listed.contains(r.id)) {
                    listed.insert(r.id);
                    rows << r;
                }
            };
            if (numeric) {
                if (auto r = h.cache.get(id))
                    add(*r);
            }
            // Households are also found by their members' names and ID numbers.
            int members = 0;
            for (const CachedRegistrant &r : h.cache.search(text, 5000)) {
                if (r.isGroup == groups)
                    add(r);
                else if (groups && members++ < kMembersFollowed)
                    for (const auto &household : h.cache.groupsOf(r.id))
                        if (!listed.contains(household.first))
                            if (auto g = h.cache.get(household.first))
                                add(*g);
            }
            return decodeRows(rows, groups);
        },
        [this, generation](const CachedRows &local) {
            if (generation != m_generation)
                return;
            merge(local.rows);
            if (m_pending > 1)
                Q_EMIT localAnswered(local.rows.size());
            partDone();
        });
    if (online)
        askServer(text, generation);
}

void RegistrantSearch::askServer(const QString &text, int generation)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    const BackendCapabilities caps = m_session->capabilities();
    QList<RegistrantQuery> variants;
    RegistrantQuery typed;
    if (numeric)
        typed.id = id;
    else
        typed.name = text;
    variants << typed;
    // A server whose name search is a case-sensitive substring (the REST contract's): names are
    // stored upper-case by convention, so ask for what was typed and for its upper-case form.
    if (!numeric && !caps.caseInsensitiveNames && text.toUpper() != text) {
        RegistrantQuery upper;
        upper.name = text.toUpper();
        variants << upper;
    }
    // Text that looks like an ID number (one word with a digit) is also looked up as one where the
    // server can.
    const bool idLike = !text.trimmed().contains(QLatin1Char(' '))
        && std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (caps.searchByIdNumber && idLike) {
        RegistrantQuery number;
        number.idNumber = text.trimmed();
        variants << number;
    }
    auto serverPending = std::make_shared<int>(int(variants.size()));
    const auto answered = [this, generation, serverPending](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (!error.isNull() && error.kind() != ApiError::Kind::Cancelled)
            m_serverProblem
                = tr("The server search failed: %1. Showing the local copy.").arg(error.toString());
        if (--*serverPending == 0)
            partDone();
    };
    RegistryBackend *backend = m_session->backend();
    for (const RegistrantQuery &q : variants) {
        const auto take = [this, generation, answered](auto *call, auto FoundRegistrants::*list) {
            connect(call, &PendingCall::finished, this, [this, call, generation, answered, list] {
                if (generation != m_generation)
                    return;
                // "No match" is an empty answer, not a failure.
                const bool none = !call->succeeded() && call->error().code() == QLatin1String("G2P-REQ-010");
                FoundRegistrants rows;
                if (call->succeeded()) {
                    rows.*list = call->result();
                    keepInLocalCopy(m_session->store(), rows.*list);
                }
                merge(rows);
                answered(call->succeeded() || none ? ApiError() : call->error());
            });
            m_calls.append(call);
        };
        if (m_groups)
            take(backend->findGroups(q), &FoundRegistrants::groups);
        else
            take(backend->findIndividuals(q), &FoundRegistrants::individuals);
    }
}

} // namespace g2p
