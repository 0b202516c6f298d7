#include "startsummary.h"

#include "outboxchange.h"
#include "registrysession.h"

namespace g2p {

namespace {

// Kept in the local copy as "i:12 g:40 i:7" (newest first).
QList<std::pair<qint64, bool>> parseRecent(const QString &text)
{
    QList<std::pair<qint64, bool>> out;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.mid(2).toLongLong(&ok);
        if (ok && id != 0 && part.size() > 2 && part[1] == QLatin1Char(':'))
            out.append({id, part[0] == QLatin1Char('g')});
    }
    return out;
}

QString writeRecent(const QList<std::pair<qint64, bool>> &recent)
{
    QStringList parts;
    for (const auto &[id, isGroup] : recent)
        parts << QStringLiteral("%1:%2").arg(isGroup ? QLatin1Char('g') : QLatin1Char('i')).arg(id);
    return parts.join(QLatin1Char(' '));
}

} // namespace

StartSummary::StartSummary(RegistrySession *session, QObject *parent) : QObject(parent), m_session(session)
{ }

void StartSummary::remember(qint64 id, bool isGroup)
{
    if (id == 0 || !m_session->store())
        return;
    m_session->store()->post([id, isGroup](StoreHandles &h) {
        if (!h.cacheOk)
            return;
        QList<std::pair<qint64, bool>> recent = parseRecent(h.cache.recentlyOpened());
        recent.removeIf([id](const auto &entry) { return entry.first == id; });
        recent.prepend({id, isGroup});
        while (recent.size() > recentLimit)
            recent.removeLast();
        h.cache.setRecentlyOpened(writeRecent(recent));
    });
}

void StartSummary::countSent(const OutboxItem &item, SentCounts *counts)
{
    if (enrollChange(item)) {
        ++counts->enrolments;
        return;
    }
    const auto change = membershipChange(item);
    const std::optional<MembershipState> state = change ? change->update.state : std::nullopt;
    if (state == MembershipState::Exited)
        ++counts->exits;
    else if (state == MembershipState::Paused)
        ++counts->pauses;
    else if (state == MembershipState::Enrolled)
        ++counts->resumptions;
    else
        ++counts->other;
}

void StartSummary::read()
{
    if (!m_session->store())
        return;
    m_session->store()->run(
        this,
        [](StoreHandles &h) {
            using S = OutboxItem::State;
            StartFacts facts;
            facts.readable = h.cacheOk || h.outboxOk;
            if (h.cacheOk)
                for (const auto &[id, isGroup] : parseRecent(h.cache.recentlyOpened()))
                    if (const auto r = h.cache.get(id))
                        facts.recent.append({id, r->isGroup, r->name});
            if (!h.outboxOk)
                return facts;
            facts.waiting = h.outbox.count(S::Pending) + h.outbox.count(S::Sending);
            facts.problems = h.outbox.itemsIn({S::Failed, S::Conflict}, problemLimit);
            std::reverse(facts.problems.begin(), facts.problems.end()); // newest first
            if (h.cacheOk)
                for (const OutboxItem &item : std::as_const(facts.problems))
                    if (const auto r = h.cache.get(item.registrantId))
                        facts.registrantNames.insert(item.registrantId, r->name);
            const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
            // The retention keeps confirmed items 90 days by default: the newest are enough.
            for (const OutboxItem &item : h.outbox.itemsIn({S::Confirmed}, 20000))
                if (item.updated >= weekAgo)
                    countSent(item, &facts.sentThisWeek);
            return facts;
        },
        [this](const StartFacts &facts) { Q_EMIT factsRead(facts); });
}

void StartSummary::countPrograms()
{
    if (!m_session->can(RegistrySession::Action::ReadPrograms) || !m_session->isConnected())
        return;
    const int generation = ++m_countGeneration;
    for (const Program &p : m_session->programs()) {
        auto *call = m_session->backend()->membershipCounts(refOf(p));
        connect(call, &PendingCall::finished, this, [this, call, generation, id = p.id] {
            if (generation != m_countGeneration)
                return;
            Q_EMIT programCounted(id, call->succeeded() ? call->result() : QList<qint64>(),
                call->succeeded() ? QString() : call->error().toString());
        });
    }
}

} // namespace g2p
