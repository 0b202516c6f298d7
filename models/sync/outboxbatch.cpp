#include "outboxbatch.h"

namespace g2p {

OutboxBatch::OutboxBatch(OutboxSync *sync, QList<OutboxDraft> drafts, QObject *parent)
    : OutboxBatch(
        sync, int(drafts.size()), [drafts] { return drafts; }, parent)
{ }

OutboxBatch::OutboxBatch(
    OutboxSync *sync, int count, std::function<QList<OutboxDraft>()> make, QObject *parent)
    : QObject(parent), m_sync(sync), m_count(count), m_make(std::move(make))
{
    connect(m_sync, &OutboxSync::itemFinished, this, [this](const OutboxOutcome &o) {
        const auto it = m_index.constFind(o.id);
        if (it == m_index.cend() || m_finished.contains(*it))
            return;
        m_finished.insert(*it);
        const bool wasWaiting = m_waiting.remove(*it);
        m_outcomes.insert(*it, o);
        Q_EMIT itemFinished(*it, o);
        if (!wasWaiting)
            settle(*it, false);
    });
    connect(m_sync, &OutboxSync::itemWaiting, this, [this](qint64 id, const QString &why) {
        const auto it = m_index.constFind(id);
        if (it == m_index.cend() || m_finished.contains(*it) || m_waiting.contains(*it))
            return;
        m_waiting.insert(*it);
        Q_EMIT itemWaiting(*it, why);
        settle(*it, true);
    });
}

void OutboxBatch::start()
{
    if (m_count == 0) {
        Q_EMIT queued(true, QString());
        Q_EMIT settled();
        return;
    }
    m_sync->submitMade(m_make, this, [this](const QList<qint64> &ids) {
        if (ids.isEmpty()) {
            Q_EMIT queued(false, m_sync->lastError());
            Q_EMIT settled();
            return;
        }
        for (int i = 0; i < ids.size(); ++i)
            m_index.insert(ids[i], i);
        m_ids = ids;
        Q_EMIT queued(true, QString());
        if (m_cancelled)
            m_sync->cancel(ids);
    });
}

void OutboxBatch::cancel()
{
    m_cancelled = true;
    m_sync->cancel(m_index.keys());
}

void OutboxBatch::settle(int, bool)
{
    ++m_settled;
    Q_EMIT progress(m_settled, size());
    if (m_settled >= size() && !m_emittedSettled) {
        m_emittedSettled = true;
        Q_EMIT settled();
    }
}

bool OutboxBatch::isOutcomeUnknown(int index) const
{
    return index >= 0 && index < m_ids.size() && m_sync->isOutcomeUnknown(m_ids[index]);
}

} // namespace g2p
