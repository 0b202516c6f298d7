#include "registrybackend.h"

#include <memory>

namespace g2p {

Call<QList<qint64>> *RegistryBackend::membershipCounts(const RecordRef &programId)
{
    constexpr int states = int(MembershipState::Duplicated) + 1;
    auto *call = new Call<QList<qint64>>(this);
    auto counts = std::make_shared<QList<qint64>>(states, -1);
    auto parts = std::make_shared<QList<QPointer<PendingCall>>>();
    call->setAbortHandler([parts] {
        for (const auto &p : *parts)
            if (p)
                p->abort();
    });
    for (int s = 0; s < states; ++s) {
        MembershipFilter f;
        f.programId = programId;
        f.state = MembershipState(s);
        auto *page = memberships(f, 1, 0);
        parts->append(page);
        connect(page, &PendingCall::finished, call, [call, page, counts, s] {
            if (call->isFinished())
                return;
            if (!page->succeeded()) {
                call->finish(page->error());
                return;
            }
            (*counts)[s] = qMax<qint64>(0, page->result().total);
            if (!counts->contains(-1)) {
                call->setResult(*counts);
                call->finish();
            }
        });
    }
    return call;
}

} // namespace g2p
