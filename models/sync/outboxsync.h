// Sends the outbox. Every change is first written to the outbox (LocalStore's thread, FULL
// durability), then sent from there, in order per registrant, several registrants at a time,
// enrolments grouped into batch_enroll requests. Each item ends confirmed (with the server's
// version), failed (the server's words), conflict (someone else changed the membership since it
// was read: theirs is kept beside ours) or discarded. An item whose answer was lost — dropped
// connection, timeout, a crash of this program — is checked against the server before anything
// is sent again, so nothing is applied twice. When the server cannot be reached the items wait,
// and sending resumes by itself when it answers again.
// One sender per outbox: a lock file beside it (outbox.sqlite.send-lock) keeps a second program
// (G2P Desk and g2p-desk-cli on the same profile) from sending at the same time; the holder picks
// up the other's changes (it reads the outbox again every `setPollInterval`).
#pragma once

#include "localstore.h"
#include "outboxchange.h"
#include "registrybackend.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>

namespace g2p {

struct OutboxOutcome
{
    qint64 id = 0;
    OutboxItem::State state = OutboxItem::State::Pending;
    QString message; // failed, conflict: the server's words; confirmed: how (e.g. "unchanged")
    ProgramMembership membership; // confirmed: as the server now has it; conflict: theirs
    ApiError error; // failed: the error, when the server's answer was one
    bool unchanged = false; // confirmed: the server had it so already (nothing was changed)
};

class OutboxSync : public QObject
{
    Q_OBJECT
public:
    OutboxSync(RegistryBackend *backend, LocalStore *store, QObject *parent = nullptr);

    // Writes the changes durably, then calls `queued` with their ids (same order) on `context`,
    // and sends them when it can. An empty id list means the outbox could not be written:
    // nothing was queued (lastError() says why).
    void submit(
        const QList<OutboxDraft> &drafts, QObject *context, std::function<void(QList<qint64>)> queued);
    // The same, the drafts made by `make` on the store's thread (10,000 of a grid took the window
    // tens of milliseconds to build).
    void submitMade(std::function<QList<OutboxDraft>()> make,
        QObject *context,
        std::function<void(QList<qint64>)> queued);
    // Picks up what earlier sessions left: pending items, and items of unknown outcome (checked
    // first). Call once the store is open.
    void resume();
    // Items not yet on the wire are discarded; those already sent finish as they will.
    void cancel(const QList<qint64> &ids);
    // Failed or conflict → sent again. A conflict is sent over the server's newer version ("keep
    // mine"): the membership is read again just before sending.
    void retry(qint64 id);
    // Reads the outbox again and sends whatever waits, now (also after the server came back).
    void syncNow();
    void discard(qint64 id);
    // Settles an item of unknown outcome now, without sending anything: the server is asked
    // whether it has the change. Applied → confirmed; not applied → failed ("checked: not
    // applied"), for the officer to send again (retry) or discard; changed by someone else →
    // conflict. Other items are left alone; itemFinished() tells the result.
    void check(qint64 id);
    // Copies the unsettled changes of an outbox that was set aside as damaged into this profile's
    // outbox, then sends them (those that were on their way are checked first). `done` gets the
    // number recovered, or -1 and why.
    void recover(const QString &setAsidePath, QObject *context, std::function<void(int, QString)> done);
    // Stop sending (offline mode) or go on; going on also tries the server at once.
    void setPaused(bool paused);
    // After a 401 nothing more is sent (a retry loop could lock the account): signInNeeded() is
    // emitted once; call this when the officer has signed in again.
    void signedInAgain();
    bool needsSignIn() const { return m_needsSignIn; }
    bool isPaused() const { return m_paused; }
    bool isOnline() const { return m_online; }
    // The item was sent but its answer was lost (or the program stopped while it was on its way):
    // it is checked against the server before anything is sent again.
    bool isOutcomeUnknown(qint64 id) const
    {
        const auto it = m_queue.find(id);
        return it != m_queue.end() && it->second.verify;
    }
    // The items this object knows the outcome of so far: on their way now, or turned back before
    // the server had them (a refused connection: sent again as they are, nothing to check).
    QSet<qint64> outcomeKnown() const;
    // Items waiting or on their way in this session.
    int queuedCount() const { return int(m_queue.size()); }
    QString lastError() const { return m_lastError; }
    // How long to wait before trying an unreachable server again (doubles up to a minute).
    void setRetryDelay(int ms) { m_baseDelayMs = ms; }
    // How often the outbox is read again for changes queued by another program (default 30 s).
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

Q_SIGNALS:
    void itemFinished(const g2p::OutboxOutcome &outcome);
    // Not sent for now: the server cannot be reached (or the sign-in expired); it stays queued.
    void itemWaiting(qint64 id, const QString &why);
    void onlineChanged(bool online, const QString &why);
    // The server refused the sign-in (401): sending stopped until signedInAgain(). Emitted once.
    void signInNeeded(const QString &why);
    // Something in the outbox changed (for the outbox view and counters).
    void changed();
    // Nothing queued and nothing on the wire.
    void idle();

private:
    enum class Phase
    {
        Queued, // nothing sent in this session
        Claiming, // being marked "sending" in the outbox
        OnWire,
    };
    struct Entry
    {
        OutboxItem item;
        Phase phase = Phase::Queued;
        bool verify = false; // outcome unknown: check before sending again
        bool checkOnly = false; // check(): settle after the check, never send
        int staleRereads = 0; // refused as stale although the re-read found it untouched
    };
    struct ClaimResult
    {
        QList<qint64> claimed; // now "sending" in the outbox
        QList<qint64> stale; // another program settled, discarded or retried them meanwhile
        QString error; // the outbox could not be written
    };

    void enqueue(const QList<OutboxItem> &items);
    void pump();
    Entry *entry(qint64 id);
    void sendEnrollBatch(const QList<qint64> &ids);
    void verifyEnroll(qint64 id);
    void sendMembershipChange(qint64 id);
    void patch(qint64 id, const MembershipChange &change, const ProgramMembership &read);
    void verifyMembershipChange(qint64 id);
    // Marks the items "sending" (each only from the state this object last saw it in), then calls
    // `then` with those that were claimed; the others are dropped and read again.
    void claimThen(const QList<qint64> &ids,
        const QHash<qint64, QJsonObject> &payloads,
        std::function<void(QList<qint64>)> then);
    // Items another program changed: forget what this object knew and read them again.
    void reload(const QList<qint64> &ids);
    static QString settledElsewhere(OutboxItem::State now);
    void failUnreadable(qint64 id);
    static QString notAppliedAfterCheck();
    // The outbox could not be written: stop sending, say so (the items stay as they are).
    void stopOnWriteError(const QString &error);
    void finish(qint64 id,
        OutboxItem::State state,
        const QString &message,
        const ProgramMembership &membership,
        const ApiError &error = ApiError(),
        bool unchanged = false);
    // A read or send failed: waits (unreachable, sign-in refused) or fails with the server's words.
    void settleError(qint64 id, const ApiError &error, bool maybeApplied);
    // The server could not be reached: keep the item (checked first when it was maybe applied).
    void unreachable(qint64 id, bool maybeApplied, const ApiError &why);
    void authExpired(qint64 id, const ApiError &why);
    void requestDone();
    // True while this object may send (it holds the outbox's send lock, or there is none).
    bool holdSendLock();
    void waitForTheOtherSender();

    RegistryBackend *m_client;
    QPointer<LocalStore> m_store;
    std::map<qint64, Entry> m_queue; // by outbox id: in outbox order
    int m_requests = 0; // requests (or batches) on the wire
    bool m_online = true;
    bool m_paused = false;
    bool m_resumed = false;
    bool m_needsSignIn = false;
    int m_baseDelayMs = 2000;
    int m_delayMs = 2000;
    QTimer m_retryTimer;
    QTimer m_poll;
    QTimer m_lockRetry;
    std::unique_ptr<QLockFile> m_sendLock;
    QSet<qint64> m_toldLocked;
    QString m_lastError;
};

// The server already carries what the change asked for (and, when the original is known, a
// newer write_date than the one the change was read with).
bool changeAlreadyApplied(
    const ProgramMembership &now, const MembershipUpdate &update, const Timestamp &readWith);

} // namespace g2p

Q_DECLARE_METATYPE(g2p::OutboxOutcome)
