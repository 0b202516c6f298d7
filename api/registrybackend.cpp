#include "registrybackend.h"

#include <QTimeZone>

#include <memory>

namespace g2p {

void RegistryBackend::learnRights(const AccountRights &rights)
{
    if (rights == m_rights)
        return;
    m_rights = rights;
    Q_EMIT capabilitiesChanged();
}

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

Timestamp RegistryBackend::nextChangeStart(
    const Timestamp &since, const Timestamp &walkStarted, const Timestamp &newest)
{
    constexpr qint64 minute = 60 * qint64(1000000);
    Timestamp next = !walkStarted.isNull() ? Timestamp::fromUtcMicros(walkStarted.toUtcMicros() - 6 * minute)
        : !newest.isNull()                 ? Timestamp::fromUtcMicros(newest.toUtcMicros() - 5 * minute)
                                           : Timestamp();
    if (next.isNull() || (!since.isNull() && since.toUtcMicros() > next.toUtcMicros()))
        next = since;
    return next;
}

Call<ChangedPage<ProgramMembership>> *RegistryBackend::changedMemberships(const ChangesQuery &query)
{
    const QStringList parts = query.cursor.split(QLatin1Char('|'));
    const QString since = parts.value(0);
    const int offset = parts.value(1).toInt();
    const qint64 newest = parts.value(2).toLongLong(); // UTC microseconds
    // The server's time at the walk's first page (UTC microseconds); a walk resumed from a cursor of
    // an older version has none and ends on the newest write_date seen.
    const qint64 startedBefore = parts.value(3).toLongLong();
    MembershipFilter changed;
    changed.changedSince = QDateTime::fromString(since, Qt::ISODate);
    auto *out = new Call<ChangedPage<ProgramMembership>>(this);
    const bool first = offset == 0 && parts.size() < 4;
    step(out, memberships(changed, query.limit, offset),
        [this, out, since, offset, newest, startedBefore, first](const Page<ProgramMembership> &page) {
            const qint64 started
                = first && !serverTime().isNull() ? serverTime().toUtcMicros() : startedBefore;
            ChangedPage<ProgramMembership> result;
            qint64 latest = newest;
            for (const ProgramMembership &m : page.items)
                latest = qMax(latest, m.writeDate.toUtcMicros());
            const int next = offset + int(page.items.size());
            result.complete = !page.hasMore() || page.items.isEmpty();
            result.remaining = page.total >= 0 ? qMax<qint64>(0, page.total - offset) : -1;
            if (!result.complete) {
                result.cursor = QStringLiteral("%1|%2|%3|%4").arg(since).arg(next).arg(latest).arg(started);
            } else {
                const QDateTime sinceTime = QDateTime::fromString(since, Qt::ISODate);
                const Timestamp from = nextChangeStart(sinceTime.isValid()
                        ? Timestamp::fromUtcMicros(sinceTime.toMSecsSinceEpoch() * 1000)
                        : Timestamp(),
                    started ? Timestamp::fromUtcMicros(started) : Timestamp(),
                    latest > 0 ? Timestamp::fromUtcMicros(latest) : Timestamp());
                // Whole seconds, rounded down (earlier reads a little more, never less).
                result.cursor = from.isNull()
                    ? QString()
                    : QDateTime::fromMSecsSinceEpoch(from.toUtcMicros() / 1000, QTimeZone::utc())
                          .toString(Qt::ISODate);
            }
            result.items = page.items;
            out->setResult(std::move(result));
            out->finish();
        });
    return out;
}

} // namespace g2p
