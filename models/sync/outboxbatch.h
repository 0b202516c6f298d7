// One action's changes on their way through the outbox (a form's enrolment, a grid submission):
// writes them to the outbox together, then follows each one until it is settled — confirmed,
// failed, in conflict, discarded, or waiting in the outbox because the server cannot be reached.
// Outcomes that arrive later (after a reconnect) are still reported while the object lives.
#pragma once

#include "outboxsync.h"

#include <QSet>

namespace g2p {

class OutboxBatch : public QObject
{
    Q_OBJECT
public:
    OutboxBatch(OutboxSync *sync, QList<OutboxDraft> drafts, QObject *parent = nullptr);
    // `count` drafts, made by `make` on the store's thread when the batch starts.
    OutboxBatch(
        OutboxSync *sync, int count, std::function<QList<OutboxDraft>()> make, QObject *parent = nullptr);
    void start();
    // Changes not yet sent are discarded from the outbox.
    void cancel();
    int size() const { return m_count; }
    int settledCount() const { return m_settled; }
    int waitingCount() const { return int(m_waiting.size()); }
    bool isCancelled() const { return m_cancelled; }
    // A waiting change whose answer was lost: checked against the server before it is sent again.
    bool isOutcomeUnknown(int index) const;
    // Final outcomes so far, by index.
    const QHash<int, OutboxOutcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    // Written to the outbox, or not (then nothing was sent: `error` says why).
    void queued(bool ok, const QString &error);
    void itemFinished(int index, const g2p::OutboxOutcome &outcome);
    void itemWaiting(int index, const QString &why);
    void progress(int settled, int total);
    // Every change is settled for now (finished, or waiting for the server).
    void settled();

private:
    void settle(int index, bool waiting);

    OutboxSync *m_sync;
    int m_count;
    std::function<QList<OutboxDraft>()> m_make;
    QHash<qint64, int> m_index; // outbox id → index
    QList<qint64> m_ids; // index → outbox id
    QSet<int> m_finished, m_waiting;
    QHash<int, OutboxOutcome> m_outcomes;
    int m_settled = 0;
    bool m_cancelled = false, m_emittedSettled = false;
};

} // namespace g2p
