// Deterministic demo data: individuals with multilingual names, households, programs of both
// target types (one ended, one archived) and memberships in every state with their histories.
#pragma once

#include <QtGlobal>

#include <functional>

namespace g2p::sandbox {

class RegistryStore;

struct DemoDataStats
{
    qint64 individuals = 0, groups = 0, memberships = 0, historyEntries = 0;
};

// Adds `individuals` individuals (about a quarter of that in households) to an empty store. The
// same `seed` always gives the same records. `progress(done, total)` is called now and then.
DemoDataStats seedDemoData(RegistryStore &store,
    qint64 individuals,
    quint64 seed,
    const std::function<void(qint64, qint64)> &progress = {});

} // namespace g2p::sandbox
