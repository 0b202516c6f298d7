// The durable outbox: every change is written here (synchronous=FULL, one transaction) before
// anything is sent, and moves through pending → sending → confirmed, or failed / conflict with the
// server's words. An item found "sending" after a restart has an unknown outcome: it must be
// checked against the server before it is sent again (see unknownOutcome()).
// One Outbox object per thread (each holds its own SQLite connection).
#pragma once

#include "sqlitefile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace g2p {

struct OutboxItem
{
    enum class State
    {
        Pending,
        Sending,
        Confirmed,
        Failed,
        Conflict,
        Discarded
    };
    qint64 id = 0;
    QString kind; // "patch_membership", "batch_enroll", ...
    QJsonObject payload; // what to send, as the contract shapes it
    qint64 registrantId = 0;
    State state = State::Pending;
    int attempts = 0;
    QString message; // the server's words for failed and conflict
    QJsonObject serverVersion; // conflict: theirs; confirmed: what the server answered
    QDateTime created, updated;
};

QString outboxStateName(OutboxItem::State s);

// A change to write to the outbox.
struct OutboxDraft
{
    QString kind;
    QJsonObject payload;
    qint64 registrantId = 0;
};

class Outbox
{
public:
    static SqliteSchema schema();

    bool open(const QString &path);
    void close() { m_file.close(); }
    QString error() const { return m_error; }
    QString setAsidePath() const { return m_file.setAsidePath(); }

    // Durable when it returns a non-zero id.
    qint64 enqueue(const QString &kind, const QJsonObject &payload, qint64 registrantId);
    // All or nothing, in one transaction: the ids in order, or empty with error().
    QList<qint64> enqueueMany(const QList<OutboxDraft> &drafts);

    // Every transition below happens only while the item is still in the state the caller names
    // (`from`), in one UPDATE: another program on the same outbox (g2p-desk-cli beside G2P Desk)
    // may have sent, discarded or retried it meanwhile. When the item was not in that state,
    // nothing is written and wasStale() is true; any other failure leaves wasStale() false.
    //
    // Marks the item as on its way: from now on its outcome is unknown until confirmed or failed.
    // `payload`, when given, replaces the stored one (what is about to be sent, e.g. with the
    // membership id and write_date just read), so a check after a crash knows what was sent.
    bool markSending(
        qint64 id, const QJsonObject *payload = nullptr, OutboxItem::State from = OutboxItem::State::Pending);
    // Back to pending, e.g. refused before the server acted on it (401): it is sent again later.
    bool markPending(qint64 id, const QString &why, OutboxItem::State from = OutboxItem::State::Sending);
    // Only while the item is not on its way (pending, failed, conflict).
    bool replacePayload(qint64 id, const QJsonObject &payload);
    bool markConfirmed(
        qint64 id, const QJsonObject &serverAnswer, OutboxItem::State from = OutboxItem::State::Sending);
    bool markFailed(qint64 id, const QString &message, OutboxItem::State from = OutboxItem::State::Sending);
    bool markConflict(qint64 id,
        const QString &message,
        const QJsonObject &theirs,
        OutboxItem::State from = OutboxItem::State::Sending);
    bool retry(qint64 id); // failed or conflict → pending, atomically
    // Pending, failed or conflict → discarded, atomically. Never an item on its way (its outcome is
    // unknown until checked) nor a confirmed one.
    bool discard(qint64 id);
    // The last transition found the item in another state than the one named (nothing written).
    bool wasStale() const { return m_stale; }

    // Copies the changes that were not settled (pending, on their way, failed, conflict) from an
    // outbox that was set aside as damaged into this one, in their order and states (an item that
    // was on its way is checked against the server before anything is sent again). What SQLite
    // can still read is recovered; the copy is then renamed ".recovered-<time>" so it is not
    // recovered twice. The number of items recovered, or -1 with error().
    int recoverFrom(const QString &setAsidePath);

    std::optional<OutboxItem> item(qint64 id) const;
    QList<OutboxItem> items(std::optional<OutboxItem::State> state = std::nullopt) const;
    // Items in any of these states (all states when empty), the newest `limit`, oldest first.
    QList<OutboxItem> itemsIn(const QList<OutboxItem::State> &states, int limit) const;
    // Items that were being sent when the last session ended: check before re-sending.
    QList<OutboxItem> unknownOutcome() const { return items(OutboxItem::State::Sending); }
    int count(OutboxItem::State state) const;
    // Confirmed and discarded items settled before `before` are deleted (the retention period);
    // nothing unsettled is ever touched. How many went, or -1 with error().
    int pruneSettled(const QDateTime &before);
    // Every item about one registrant, oldest first (the local timeline).
    QList<OutboxItem> itemsOfRegistrant(qint64 registrantId) const;

private:
    bool transition(qint64 id,
        const QList<OutboxItem::State> &from,
        OutboxItem::State to,
        const QString &message,
        const QJsonObject *server,
        const QJsonObject *payload,
        bool countAttempt);

    SqliteFile m_file;
    mutable QString m_error;
    bool m_stale = false;
};

} // namespace g2p
