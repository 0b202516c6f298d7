#include "registrybackend.h"

#include <QTimeZone>

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

Call<ChangedPage<ProgramMembership>> *RegistryBackend::changedMemberships(const ChangesQuery &query)
{
    const QStringList parts = query.cursor.split(QLatin1Char('|'));
    const QString since = parts.value(0);
    const int offset = parts.value(1).toInt();
    const qint64 newest = parts.value(2).toLongLong(); // UTC microseconds
    MembershipFilter changed;
    changed.changedSince = QDateTime::fromString(since, Qt::ISODate);
    auto *out = new Call<ChangedPage<ProgramMembership>>(this);
    step(out, memberships(changed, query.limit, offset),
        [out, since, offset, newest, sinceTime = changed.changedSince](const Page<ProgramMembership> &page) {
            ChangedPage<ProgramMembership> result;
            qint64 latest = newest;
            for (const ProgramMembership &m : page.items)
                latest = qMax(latest, m.writeDate.toUtcMicros());
            const int next = offset + int(page.items.size());
            result.complete = !page.hasMore() || page.items.isEmpty();
            result.remaining = page.total >= 0 ? qMax<qint64>(0, page.total - offset) : -1;
            if (!result.complete) {
                result.cursor = QStringLiteral("%1|%2|%3").arg(since).arg(next).arg(latest);
            } else {
                // A write_date is its transaction's start and a slow one commits later: five
                // minutes of overlap, never earlier than this walk's own start.
                QDateTime from = sinceTime;
                if (latest > 0) {
                    const QDateTime overlapped
                        = QDateTime::fromMSecsSinceEpoch(latest / 1000, QTimeZone::utc()).addSecs(-300);
                    from = from.isValid() ? qMax(from, overlapped) : overlapped;
                }
                result.cursor = from.isValid() ? from.toString(Qt::ISODate) : QString();
            }
            result.items = page.items;
            out->setResult(std::move(result));
            out->finish();
        });
    return out;
}

} // namespace g2p
