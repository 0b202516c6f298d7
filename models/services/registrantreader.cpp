#include "registrantreader.h"

#include "cachemapping.h"
#include "registrysession.h"

namespace g2p {

RegistrantReader::RegistrantReader(RegistrySession *session, QObject *parent)
    : QObject(parent), m_session(session)
{ }

RegistrantReader::~RegistrantReader()
{
    for (const auto &call : {m_registrantCall, m_membershipsCall})
        if (call)
            call->abort();
}

bool RegistrantReader::serverDidNotAnswer(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        return true;
    default:
        return false;
    }
}

void RegistrantReader::read(const RecordRef &registrant, bool isGroup)
{
    m_registrant = registrant;
    const int generation = ++m_generation;
    ++m_membershipGeneration;
    if (m_registrantCall)
        m_registrantCall->abort();
    RegistryBackend *backend = m_session->backend();
    if (isGroup)
        follow(backend->group(registrant), generation,
            [this](const Group &g, Source source, const ApiError &why) { Q_EMIT groupRead(g, source, why); });
    else
        follow(backend->individual(registrant), generation,
            [this](const Individual &i, Source source, const ApiError &why) {
                Q_EMIT individualRead(i, source, why);
            });
}

// The server's answer for the registrant asked for: shown and kept in the local copy; when the
// server did not answer, the local copy's; a refusal as it is.
template<class R, class Emit>
void RegistrantReader::follow(Call<R> *call, int generation, Emit emitRead)
{
    m_registrantCall = call;
    const qint64 id = m_registrant.id;
    connect(call, &PendingCall::finished, this, [this, call, generation, id, emitRead] {
        if (generation != m_generation)
            return;
        if (call->succeeded()) {
            keepInLocalCopy(m_session->store(), QList<R> {call->result()});
            emitRead(call->result(), Source::Server, ApiError());
        } else if (serverDidNotAnswer(call->error())) {
            readFromLocalCopy(id, std::is_same_v<R, Group>, call->error(), generation);
        } else if (call->error().kind() != ApiError::Kind::Cancelled) {
            Q_EMIT readFailed(call->error());
        }
    });
}

void RegistrantReader::readFromLocalCopy(qint64 id, bool isGroup, const ApiError &why, int generation)
{
    m_session->store()->run(
        this,
        [id](StoreHandles &h) { return h.cacheOk ? h.cache.get(id) : std::optional<CachedRegistrant>(); },
        [this, why, generation, isGroup](const std::optional<CachedRegistrant> &row) {
            if (generation != m_generation)
                return;
            if (row && isGroup) {
                if (const auto g = groupFrom(*row)) {
                    Q_EMIT groupRead(*g, Source::LocalCopy, why);
                    return;
                }
            } else if (row) {
                if (const auto i = individualFrom(*row)) {
                    Q_EMIT individualRead(*i, Source::LocalCopy, why);
                    return;
                }
            }
            Q_EMIT readFailed(why);
        });
}

void RegistrantReader::readMemberships()
{
    const qint64 id = m_registrant.id;
    const int generation = ++m_membershipGeneration;
    if (m_membershipsCall)
        m_membershipsCall->abort();
    MembershipFilter f;
    f.registrantId = m_registrant;
    auto *call = m_session->backend()->memberships(f, qMin(1000, m_session->capabilities().maxPageSize), 0);
    m_membershipsCall = call;
    connect(call, &PendingCall::finished, this, [this, call, generation, id] {
        if (generation != m_membershipGeneration)
            return;
        if (!call->succeeded()) {
            if (call->error().kind() != ApiError::Kind::Cancelled)
                membershipsFromLocalCopy(id, call->error(), generation);
            return;
        }
        const QList<ProgramMembership> items = call->result().items;
        QList<CachedMembership> rows;
        for (const ProgramMembership &m : items)
            rows << toCached(m);
        m_session->store()->post([rows](StoreHandles &h) {
            if (h.memberships) // records what the server showed (the local timeline)
                h.memberships->upsert(rows, QDateTime::currentDateTimeUtc());
        });
        Q_EMIT membershipsRead(items, Source::Server, ApiError());
    });
}

void RegistrantReader::membershipsFromLocalCopy(qint64 registrantId, const ApiError &why, int generation)
{
    m_session->store()->run(
        this,
        [registrantId](StoreHandles &h) {
            QList<ProgramMembership> out;
            if (h.memberships)
                for (const CachedMembership &c : h.memberships->ofRegistrant(registrantId))
                    if (auto m = membershipFrom(c.json))
                        out << *m;
            return out;
        },
        [this, why, generation](const QList<ProgramMembership> &cached) {
            if (generation != m_membershipGeneration)
                return;
            Q_EMIT membershipsRead(cached, Source::LocalCopy, why);
        });
}

void RegistrantReader::readHouseholds(qint64 individualId)
{
    const QList<QPair<qint64, QString>> known = m_session->knownHouseholdsOf(individualId);
    const int generation = m_generation;
    m_session->store()->run(
        this,
        [individualId](StoreHandles &h) {
            return h.cacheOk ? h.cache.groupsOf(individualId) : QList<QPair<qint64, QString>>();
        },
        [this, known, generation, individualId](QList<QPair<qint64, QString>> cached) {
            if (generation != m_generation)
                return;
            for (const auto &k : known)
                if (!std::any_of(
                        cached.begin(), cached.end(), [&k](const auto &c) { return c.first == k.first; }))
                    cached << k;
            Q_EMIT householdsRead(individualId, cached);
        });
}

} // namespace g2p
