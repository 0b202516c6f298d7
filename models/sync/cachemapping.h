// Between the API's records and the cache's rows: a registrant or membership is cached as its
// display fields plus the JSON the server sent (with the backend's own keys, when it has any), and
// read back by decoding that JSON.
#pragma once

#include "localstore.h"
#include "membershipcache.h"
#include "records.h"
#include "registrantcache.h"

#include <optional>

namespace g2p {

CachedRegistrant toCached(const Individual &individual);
CachedRegistrant toCached(const Group &group);
CachedMembership toCached(const ProgramMembership &membership);
std::optional<Individual> individualFrom(const CachedRegistrant &row);
// A household read back lists its members by id, key, name and role only (their records are
// cached as individuals).
std::optional<Group> groupFrom(const CachedRegistrant &row);
std::optional<ProgramMembership> membershipFrom(const QByteArray &json);
// What the server answered goes into the local copy, converted and written on the store's thread.
template<class R>
void keepInLocalCopy(LocalStore *store, const QList<R> &records)
{
    store->post([records](StoreHandles &h) {
        if (!h.cacheOk)
            return;
        QList<CachedRegistrant> rows;
        for (const R &r : records)
            rows << toCached(r);
        h.cache.upsert(rows);
    });
}
// Programs as the local copy keeps them (the list of the last refresh).
QByteArray cachedProgram(const Program &program);
std::optional<Program> programFrom(const QByteArray &json);

} // namespace g2p
