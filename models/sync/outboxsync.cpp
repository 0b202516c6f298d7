#include "outboxsync.h"

#include "batchenroller.h"
#include "cachemapping.h"
#include "codec.h"
#include "membershiptablemodel.h"

#include <algorithm>

#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace g2p {

namespace {
constexpr int kWindow = 4; // requests (or batches) on the wire at once
constexpr int kBatchMax = 200; // registrants per batch_enroll
constexpr int kMaxDelayMs = 60000;

bool unreachableKind(const ApiError &e)
{
    switch (e.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

} // namespace

bool changeAlreadyApplied(const ProgramMembership &now, const MembershipUpdate &u, const Timestamp &readWith)
{
    if (u.state && now.state != *u.state)
        return false;
    if (u.exitDate.isValid() && now.exitDate != u.exitDate)
        return false;
    // A server that does not say the reason (Odoo keeps it in a note, which may not have been
    // posted) cannot contradict it: the state and dates decide.
    if (!u.exitReason.isNull() && !now.exitReason.isNull() && now.exitReason != u.exitReason)
        return false;
    if (u.enrollmentDate.isValid() && now.enrollmentDate.utcDate() != u.enrollmentDate)
        return false;
    return readWith.isNull() || now.writeDate.toUtcMicros() != readWith.toUtcMicros();
}

OutboxSync::OutboxSync(RegistryBackend *backend, LocalStore *store, QObject *parent)
    : QObject(parent), m_client(backend), m_store(store)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_online = true; // try again; the first answer tells
        pump();
    });
    m_lockRetry.setSingleShot(true);
    m_lockRetry.setInterval(5000);
    connect(&m_lockRetry, &QTimer::timeout, this, &OutboxSync::pump);
    // Changes another program queued while this one holds the send lock.
    m_poll.setInterval(30000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_online && !m_paused && m_requests == 0 && m_sendLock && m_sendLock->isLocked()) {
            m_resumed = false;
            resume();
        }
    });
    m_poll.start();
}

bool OutboxSync::holdSendLock()
{
    if (!m_store || m_store->outboxPath().isEmpty())
        return true;
    if (!m_sendLock)
        m_sendLock = std::make_unique<QLockFile>(m_store->outboxPath() + QStringLiteral(".send-lock"));
    // A lock left by a program that died (kill -9, power cut) is stale and taken over.
    return m_sendLock->isLocked() || m_sendLock->tryLock(0);
}

void OutboxSync::waitForTheOtherSender()
{
    const QString why = tr("Another G2P Desk or g2p-desk-cli is sending this profile's outbox; it sends this "
                           "change too.");
    for (auto &[id, e] : m_queue)
        if (e.phase == Phase::Queued && !m_toldLocked.contains(id)) {
            m_toldLocked.insert(id);
            Q_EMIT itemWaiting(id, why);
        }
    if (!m_lockRetry.isActive())
        m_lockRetry.start();
}

void OutboxSync::submit(
    const QList<OutboxDraft> &drafts, QObject *context, std::function<void(QList<qint64>)> queued)
{
    submitMade([drafts] { return drafts; }, context, std::move(queued));
}

void OutboxSync::submitMade(
    std::function<QList<OutboxDraft>()> make, QObject *context, std::function<void(QList<qint64>)> queued)
{
    QPointer<QObject> ctx(context);
    m_store->run(
        this,
        [make](StoreHandles &h) -> std::pair<QList<OutboxItem>, QString> {
            const QList<OutboxDraft> drafts = make();
            if (!h.outboxOk)
                return {{}, h.outbox.error()};
            const QList<qint64> ids = h.outbox.enqueueMany(drafts);
            if (ids.isEmpty())
                return {{}, h.outbox.error()};
            QList<OutboxItem> items;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < ids.size(); ++i) {
                OutboxItem it;
                it.id = ids[i];
                it.kind = drafts[i].kind;
                it.payload = drafts[i].payload;
                it.registrantId = drafts[i].registrantId;
                it.created = it.updated = now;
                items << it;
            }
            return {items, QString()};
        },
        [this, ctx, queued](std::pair<QList<OutboxItem>, QString> r) {
            QList<qint64> ids;
            for (const OutboxItem &i : r.first)
                ids << i.id;
            if (ids.isEmpty())
                m_lastError
                    = tr("The outbox could not be written: %1. Nothing was queued or sent.").arg(r.second);
            enqueue(r.first);
            if (ctx && queued)
                queued(ids);
            if (!ids.isEmpty())
                Q_EMIT changed();
            pump();
        });
}

void OutboxSync::resume()
{
    if (m_resumed)
        return;
    m_resumed = true;
    m_store->run(
        this,
        [](StoreHandles &h) {
            QList<OutboxItem> items;
            if (h.outboxOk) {
                items = h.outbox.items(OutboxItem::State::Sending);
                items += h.outbox.items(OutboxItem::State::Pending);
                std::sort(items.begin(), items.end(),
                    [](const OutboxItem &a, const OutboxItem &b) { return a.id < b.id; });
            }
            return items;
        },
        [this](QList<OutboxItem> items) {
            enqueue(items);
            if (!items.isEmpty())
                Q_EMIT changed();
            pump();
            if (m_queue.empty() && m_requests == 0)
                Q_EMIT idle();
        });
}

void OutboxSync::enqueue(const QList<OutboxItem> &items)
{
    for (const OutboxItem &i : items) {
        if (entry(i.id))
            continue;
        Entry e;
        e.item = i;
        e.verify = i.state == OutboxItem::State::Sending;
        m_queue.emplace(i.id, e); // in outbox order (ids grow): an earlier session's items go first
    }
}

OutboxSync::Entry *OutboxSync::entry(qint64 id)
{
    const auto it = m_queue.find(id);
    return it == m_queue.end() ? nullptr : &it->second;
}

void OutboxSync::pump()
{
    if (!m_store || m_needsSignIn)
        return;
    // Paused (offline mode) or while the server seemed gone, only what the officer asked to check
    // goes to the server: a check sends nothing.
    const bool onlyChecks = m_paused || !m_online;
    if (onlyChecks
        && std::none_of(m_queue.cbegin(), m_queue.cend(), [](const auto &q) { return q.second.checkOnly; }))
        return;
    if (!m_queue.empty() && !holdSendLock()) {
        waitForTheOtherSender();
        return;
    }
    // Every slot taken: nothing can go now. (Without this, each of 10,000 enrolments' answers read
    // up to 6,000 queued changes again before finding no slot free: 1.5 s without an event.)
    if (m_requests >= kWindow)
        return;
    QSet<qint64> blocked;
    QMap<QString, QList<qint64>> batches;
    QList<qint64> singles;
    int batched = 0;
    for (auto &[id, e] : m_queue) {
        if (onlyChecks && !e.checkOnly)
            continue;
        // Enough to fill every free slot: the rest waits for the next turn (a long queue is not
        // read again on every answer).
        if ((singles.size() >= kWindow && batched >= kBatchMax) || batched >= kWindow * kBatchMax)
            break;
        const qint64 reg = e.item.registrantId;
        if (reg) {
            if (blocked.contains(reg))
                continue; // an earlier change of this registrant is not finished
            blocked.insert(reg);
        }
        if (e.phase != Phase::Queued)
            continue;
        if (e.item.kind == outboxkind::enroll && !e.verify) {
            const auto c = enrollChange(e.item);
            if (!c) {
                singles << e.item.id; // reported as unreadable
                continue;
            }
            const QString key = QStringLiteral("%1|%2|%3|%4")
                                    .arg(c->programId)
                                    .arg(int(c->target))
                                    .arg(c->date.isValid() ? c->date.toJulianDay() : 0)
                                    .arg(c->note);
            if (batches[key].size() < kBatchMax) {
                batches[key] << e.item.id;
                ++batched;
            }
        } else {
            singles << e.item.id;
        }
    }
    // A request below may finish at once and pump again (nested): what that turn took is skipped.
    const auto stillQueued = [this](qint64 id) {
        const Entry *e = entry(id);
        return e && e->phase == Phase::Queued;
    };
    for (QList<qint64> ids : std::as_const(batches)) {
        if (m_requests >= kWindow)
            return;
        ids.removeIf([&](qint64 id) { return !stillQueued(id); });
        if (!ids.isEmpty())
            sendEnrollBatch(ids);
    }
    for (qint64 id : std::as_const(singles)) {
        if (m_requests >= kWindow)
            return;
        if (!stillQueued(id))
            continue;
        Entry *e = entry(id);
        const bool readable = e->item.kind == outboxkind::enroll ? enrollChange(e->item).has_value()
            : e->item.kind == outboxkind::membership             ? membershipChange(e->item).has_value()
                                                                 : false;
        if (!readable)
            failUnreadable(id);
        else if (e->item.kind == outboxkind::enroll)
            verifyEnroll(id); // only verified enrolments come here: the others go in batches
        else if (e->verify)
            verifyMembershipChange(id);
        else
            sendMembershipChange(id);
    }
}

// A damaged or unknown item (a newer version's kind, a payload cut short) fails with a plain
// word; it never stops the others.
void OutboxSync::failUnreadable(qint64 id)
{
    ++m_requests;
    Entry *e = entry(id);
    e->phase = Phase::OnWire;
    finish(id, OutboxItem::State::Failed,
        tr("This change cannot be read (kind “%1”): it was not sent. Discard it and make the change again.")
            .arg(e->item.kind),
        {});
    requestDone();
}

void OutboxSync::claimThen(const QList<qint64> &ids,
    const QHash<qint64, QJsonObject> &payloads,
    std::function<void(QList<qint64>)> then)
{
    QHash<qint64, OutboxItem::State> from;
    for (qint64 id : ids)
        if (Entry *e = entry(id)) {
            e->phase = Phase::Claiming;
            from.insert(id, e->item.state);
        }
    m_store->run(
        this,
        [ids, payloads, from](StoreHandles &h) {
            ClaimResult r;
            for (qint64 id : ids) {
                const auto p = payloads.constFind(id);
                if (h.outbox.markSending(id, p == payloads.cend() ? nullptr : &p.value(),
                        from.value(id, OutboxItem::State::Pending)))
                    r.claimed << id;
                else if (h.outbox.wasStale())
                    r.stale << id;
                else {
                    r.error = h.outbox.error();
                    break; // nothing more is claimed: the rest stays as it is
                }
            }
            return r;
        },
        [this, ids, payloads, then](ClaimResult r) {
            for (qint64 id : ids)
                if (Entry *e = entry(id)) {
                    if (r.claimed.contains(id)) {
                        e->phase = Phase::OnWire;
                        e->item.state = OutboxItem::State::Sending;
                        if (payloads.contains(id))
                            e->item.payload = payloads.value(id);
                    } else {
                        e->phase = Phase::Queued; // nothing may be sent that the outbox does not know is on
                                                  // its way
                    }
                }
            if (!r.stale.isEmpty())
                reload(r.stale);
            if (!r.error.isEmpty())
                stopOnWriteError(r.error);
            if (r.claimed.isEmpty()) {
                requestDone();
                return;
            }
            then(r.claimed);
        });
}

void OutboxSync::reload(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_queue.erase(id);
    m_store->run(
        this,
        [ids](StoreHandles &h) {
            QList<OutboxItem> now;
            for (qint64 id : ids)
                if (const auto it = h.outbox.item(id))
                    now << *it;
            return now;
        },
        [this](QList<OutboxItem> now) {
            QList<OutboxItem> again;
            for (const OutboxItem &i : std::as_const(now)) {
                if (i.state == OutboxItem::State::Pending || i.state == OutboxItem::State::Sending)
                    again << i;
                else // settled elsewhere: whoever waits for it hears how
                    Q_EMIT itemFinished(OutboxOutcome {i.id, i.state, settledElsewhere(i.state), {}, {}});
            }
            enqueue(again);
            Q_EMIT changed();
            pump();
            if (m_queue.empty() && m_requests == 0)
                Q_EMIT idle();
        });
}

QString OutboxSync::settledElsewhere(OutboxItem::State now)
{
    switch (now) {
    case OutboxItem::State::Discarded:
        return tr("Discarded by another program on this profile; it was not sent.");
    case OutboxItem::State::Confirmed:
        return tr("Sent and confirmed by another program on this profile.");
    default:
        return tr("Settled by another program on this profile (%1).").arg(outboxStateName(now));
    }
}

void OutboxSync::stopOnWriteError(const QString &error)
{
    m_lastError = tr("The outbox could not be written: %1. Sending stopped; nothing more is sent until it "
                     "can be written again.")
                      .arg(error);
    m_paused = true;
    Q_EMIT onlineChanged(false, m_lastError);
}

void OutboxSync::sendEnrollBatch(const QList<qint64> &ids)
{
    ++m_requests;
    claimThen(ids, {}, [this](QList<qint64> claimed) {
        const auto first = enrollChange(entry(claimed.first())->item);
        auto *enroller = new BatchEnroller(m_client, programRef(*first), this);
        enroller->setTargetState(first->target);
        enroller->setDefaultDate(first->date);
        enroller->setNote(first->note);
        QList<BatchEnrollItem> items;
        for (qint64 id : claimed) {
            BatchEnrollItem i;
            i.registrantId = entry(id)->item.registrantId;
            if (const auto change = enrollChange(entry(id)->item))
                i.registrantKey = change->registrantKey;
            items << i;
        }
        connect(enroller, &BatchEnroller::finished, this, [this, enroller, claimed] {
            enroller->deleteLater();
            const ApiError fatal = enroller->fatalError();
            for (int k = 0; k < claimed.size(); ++k) {
                const BatchEnroller::Outcome &o = enroller->outcomes().value(k);
                if (o.succeeded()) {
                    finish(claimed[k], OutboxItem::State::Confirmed, BatchEnroller::statusName(o.status),
                        o.membership, {}, o.status == BatchEnroller::Status::Unchanged);
                } else if (fatal.kind() == ApiError::Kind::Unauthorized) {
                    authExpired(claimed[k], fatal); // the whole request was refused: nothing was done
                } else if (o.status == BatchEnroller::Status::Error) {
                    finish(claimed[k], OutboxItem::State::Failed,
                        o.code.isEmpty() ? o.message : o.code + QLatin1Char(' ') + o.message, {});
                } else if (!fatal.isNull() && !unreachableKind(fatal)) {
                    finish(claimed[k], OutboxItem::State::Failed, fatal.toString(), {}, fatal);
                } else {
                    unreachable(claimed[k], o.status == BatchEnroller::Status::Unknown,
                        fatal.isNull() ? ApiError(ApiError::Kind::Network, o.message) : fatal);
                }
            }
            requestDone();
        });
        enroller->start(items);
    });
}

// An enrolment whose answer was lost: the registrant's membership in the program tells.
void OutboxSync::verifyEnroll(qint64 id)
{
    ++m_requests;
    Entry *e = entry(id);
    e->phase = Phase::OnWire;
    const auto c = enrollChange(e->item);
    MembershipFilter f;
    f.registrantId = registrantRef(*c);
    f.programId = programRef(*c);
    auto *job = m_client->memberships(f, 10, 0);
    const QDateTime queuedAt = e->item.created;
    connect(job, &PendingCall::finished, this, [this, job, id, c, queuedAt] {
        if (!job->succeeded()) {
            settleError(id, job->error(), true);
            requestDone();
            return;
        }
        // Evidence that this change was applied: the target state, written after the change was
        // queued. Anything else (a paused, not eligible or exited membership, or one in the target
        // state since before) is sent again: batch_enroll is idempotent ("unchanged" when it is so
        // already), so a second request can never double it, while a wrong "applied" loses it.
        // The day asked for is evidence too: a backend that writes the state and the date in two
        // requests (Odoo) may have written only the first.
        const QList<ProgramMembership> &found = job->result().items;
        const bool dayAsAsked = c->target != MembershipState::Enrolled || !c->date.isValid()
            || (!found.isEmpty() && found.first().enrollmentDate.utcDate() == c->date);
        if (!found.isEmpty() && found.first().state == c->target && dayAsAsked && queuedAt.isValid()
            && found.first().writeDate.toUtcMicros() >= queuedAt.toMSecsSinceEpoch() * 1000) {
            finish(id, OutboxItem::State::Confirmed, tr("applied (confirmed after a lost answer)"),
                found.first());
        } else if (Entry *again = entry(id)) {
            if (again->checkOnly) {
                finish(id, OutboxItem::State::Failed, notAppliedAfterCheck(),
                    found.isEmpty() ? ProgramMembership() : found.first());
            } else {
                again->verify = false; // not applied: send it (again)
                again->phase = Phase::Queued;
            }
        }
        requestDone();
    });
}

QSet<qint64> OutboxSync::outcomeKnown() const
{
    QSet<qint64> ids;
    for (const auto &[id, e] : m_queue)
        if (!e.verify)
            ids.insert(id);
    return ids;
}

QString OutboxSync::notAppliedAfterCheck()
{
    return tr("Checked: the server does not have this change. Send it again (Retry) or discard it.");
}

void OutboxSync::check(qint64 id)
{
    if (Entry *e = entry(id)) {
        if (e->verify) {
            e->checkOnly = true;
            pump();
        }
        return;
    }
    m_store->run(
        this, [id](StoreHandles &h) { return h.outboxOk ? h.outbox.item(id) : std::optional<OutboxItem>(); },
        [this, id](const std::optional<OutboxItem> &item) {
            if (entry(id))
                return check(id); // queued by now: as above
            if (!item || item->state != OutboxItem::State::Sending) {
                // Settled by another program meanwhile: nothing to check, and the caller hears so.
                OutboxOutcome o;
                o.id = id;
                o.state = item ? item->state : OutboxItem::State::Discarded;
                o.message
                    = item ? tr("Settled by another program meanwhile.") : tr("No longer in the outbox.");
                Q_EMIT itemFinished(o);
                Q_EMIT changed();
                return;
            }
            enqueue({*item});
            entry(id)->checkOnly = true;
            pump();
        });
}

void OutboxSync::sendMembershipChange(qint64 id)
{
    ++m_requests;
    Entry *e = entry(id);
    e->phase = Phase::Claiming;
    const auto c = membershipChange(e->item);
    if (!c) {
        finish(id, OutboxItem::State::Failed, tr("This change cannot be read."), {});
        requestDone();
        return;
    }
    if (c->membershipId && !c->update.writeDate.isNull()) {
        patch(id, *c, c->original.value_or(ProgramMembership()));
        return;
    }
    // Read it first: the membership to change and the write_date that guards it.
    PendingCall *read;
    if (c->membershipId) {
        read = m_client->membership(membershipRef(*c));
    } else {
        MembershipFilter f;
        f.registrantId = registrantRef(*c);
        f.programId = programRef(*c);
        read = m_client->memberships(f, 10, 0);
    }
    connect(read, &PendingCall::finished, this, [this, read, id, c] {
        if (!read->succeeded()) {
            settleError(id, read->error(), false);
            requestDone();
            return;
        }
        ProgramMembership m;
        if (auto *one = dynamic_cast<Call<ProgramMembership> *>(read)) {
            m = one->result();
        } else if (auto *list = dynamic_cast<Call<Page<ProgramMembership>> *>(read)) {
            if (list->result().items.isEmpty()) {
                finish(id, OutboxItem::State::Failed,
                    tr("Registrant %1 has no membership in %2.")
                        .arg(c->registrantName.isEmpty()
                                ? displayKey(RecordKind::Registrant, c->registrantId, c->registrantKey)
                                : c->registrantName)
                        .arg(c->programName.isEmpty()
                                ? tr("program %1")
                                      .arg(displayKey(RecordKind::Program, c->programId, c->programKey))
                                : c->programName),
                    {});
                requestDone();
                return;
            }
            m = list->result().items.first();
        }
        if (changeAlreadyApplied(m, c->update, Timestamp())) {
            finish(id, OutboxItem::State::Confirmed, tr("already so on the server"), m, {}, true);
            requestDone();
            return;
        }
        MembershipChange sent = *c;
        sent.membershipId = m.id;
        sent.membershipKey = m.key;
        sent.update.writeDate = m.writeDate;
        if (!sent.original)
            sent.original = m;
        patch(id, sent, m);
    });
}

void OutboxSync::patch(qint64 id, const MembershipChange &change, const ProgramMembership &)
{
    claimThen({id}, {{id, toPayload(change)}}, [this, id, change](QList<qint64>) {
        auto *job = m_client->changeMembership(membershipRef(change), change.update);
        connect(job, &PendingCall::finished, this, [this, job, id, change] {
            if (job->succeeded()) {
                finish(id, OutboxItem::State::Confirmed, QString(), job->result());
                requestDone();
                return;
            }
            const ApiError &err = job->error();
            if (err.code() == QLatin1String("G2P-REQ-021") || unreachableKind(err)) {
                // Stale write_date (someone else, or our own first attempt whose answer was lost),
                // or no answer at all: read it to know.
                if (Entry *e = entry(id))
                    e->verify = true;
                --m_requests;
                verifyMembershipChange(id);
            } else if (err.kind() == ApiError::Kind::Unauthorized) {
                authExpired(id, err);
                requestDone();
            } else {
                finish(id, OutboxItem::State::Failed, err.toString(), {}, err);
                requestDone();
            }
        });
    });
}

// A change whose answer was lost, or refused as stale: applied (the server carries it, with a
// newer write_date), untouched (same write_date: send it again), or changed by someone else.
void OutboxSync::verifyMembershipChange(qint64 id)
{
    ++m_requests;
    Entry *e = entry(id);
    e->phase = Phase::OnWire;
    const auto c = membershipChange(e->item);
    if (!c || !c->membershipId) {
        e->verify = false;
        e->phase = Phase::Queued;
        requestDone();
        return;
    }
    auto *read = m_client->membership(membershipRef(*c));
    connect(read, &PendingCall::finished, this, [this, read, id, c] {
        if (!read->succeeded()) {
            settleError(id, read->error(), true);
            requestDone();
            return;
        }
        const ProgramMembership &now = read->result();
        if (changeAlreadyApplied(now, c->update, c->update.writeDate)) {
            finish(id, OutboxItem::State::Confirmed, tr("applied (confirmed after a lost answer)"), now);
        } else if (now.writeDate.toUtcMicros() == c->update.writeDate.toUtcMicros()) {
            if (Entry *again = entry(id)) {
                if (again->checkOnly) {
                    finish(id, OutboxItem::State::Failed, notAppliedAfterCheck(), now);
                } else if (++again->staleRereads > 3) {
                    finish(id, OutboxItem::State::Failed,
                        tr("The server refused this change as out of date %1 times although the membership "
                           "had not changed; nothing was written. Check the membership and send it again.")
                            .arg(again->staleRereads - 1),
                        now);
                } else {
                    again->verify = false; // untouched: safe to send again
                    patch(id, *c, now); // the same request goes on
                    return;
                }
            }
        } else {
            finish(id, OutboxItem::State::Conflict,
                tr("Changed on the server since it was read: now %1.")
                    .arg(MembershipTableModel::stateText(now.state)),
                now);
        }
        requestDone();
    });
}

void OutboxSync::finish(qint64 id,
    OutboxItem::State state,
    const QString &message,
    const ProgramMembership &m,
    const ApiError &error,
    bool unchanged)
{
    if (!m_online || m_delayMs != m_baseDelayMs) {
        const bool announce = !m_online;
        m_online = true;
        m_delayMs = m_baseDelayMs;
        if (announce)
            Q_EMIT onlineChanged(true, QString());
    }
    const QJsonObject server = m.id ? encode(m) : QJsonObject();
    const CachedMembership cached = m.id ? toCached(m) : CachedMembership();
    const Entry *known = entry(id);
    const OutboxItem::State from = known ? known->item.state : OutboxItem::State::Sending;
    struct Written
    {
        bool ok = false;
        bool stale = false;
        QString error;
        std::optional<OutboxItem> now;
    };
    m_store->run(
        this,
        [id, state, message, server, cached, from](StoreHandles &h) {
            Written w;
            switch (state) {
            case OutboxItem::State::Confirmed:
                w.ok = h.outbox.markConfirmed(id, server, from);
                break;
            case OutboxItem::State::Conflict:
                w.ok = h.outbox.markConflict(id, message, server, from);
                break;
            case OutboxItem::State::Discarded:
                w.ok = h.outbox.discard(id);
                break;
            default:
                w.ok = h.outbox.markFailed(id, message, from);
                break;
            }
            if (!w.ok) {
                w.stale = h.outbox.wasStale();
                w.error = h.outbox.error();
                w.now = h.outbox.item(id);
            }
            if (cached.id && h.cacheOk && h.memberships)
                h.memberships->upsert({cached}, QDateTime::currentDateTimeUtc());
            return w;
        },
        [this, id, state, message, m, error, unchanged](Written w) {
            if (!w.ok && w.stale && w.now
                && (w.now->state == OutboxItem::State::Pending
                    || w.now->state == OutboxItem::State::Sending)) {
                reload({id}); // retried or taken up by another program: as the outbox says now
                return;
            }
            if (!w.ok && !w.stale) {
                // The outcome is known here but could not be recorded: the item stays as the outbox
                // has it (on its way: checked against the server before anything is sent again).
                if (Entry *e = entry(id)) {
                    e->phase = Phase::Queued;
                    e->verify = e->item.state == OutboxItem::State::Sending;
                }
                stopOnWriteError(w.error);
                return;
            }
            m_queue.erase(id);
            if (w.ok)
                Q_EMIT itemFinished(OutboxOutcome {id, state, message, m, error, unchanged});
            else if (w.now) // settled by another program (discarded, sent) while this one held it
                Q_EMIT itemFinished(OutboxOutcome {
                    id, w.now->state, settledElsewhere(w.now->state), ProgramMembership(), ApiError()});
            Q_EMIT changed();
            pump();
            if (m_queue.empty() && m_requests == 0)
                Q_EMIT idle();
        });
}

void OutboxSync::settleError(qint64 id, const ApiError &error, bool maybeApplied)
{
    if (unreachableKind(error))
        unreachable(id, maybeApplied, error);
    else if (error.kind() == ApiError::Kind::Unauthorized)
        authExpired(id, error);
    else
        finish(id, OutboxItem::State::Failed, error.toString(), {}, error);
}

void OutboxSync::unreachable(qint64 id, bool maybeApplied, const ApiError &why)
{
    if (Entry *e = entry(id)) {
        e->phase = Phase::Queued;
        e->verify = e->verify || maybeApplied;
    }
    Q_EMIT itemWaiting(id, why.toString());
    if (m_online) {
        m_online = false;
        Q_EMIT onlineChanged(false, why.toString());
    }
    if (!m_retryTimer.isActive()) {
        m_retryTimer.start(m_delayMs);
        m_delayMs = qMin(m_delayMs * 2, kMaxDelayMs);
    }
}

void OutboxSync::authExpired(qint64 id, const ApiError &why)
{
    if (Entry *e = entry(id)) {
        e->phase = Phase::Queued;
        if (!e->verify && e->item.state == OutboxItem::State::Sending) {
            // 401: the server did nothing; it waits as pending.
            e->item.state = OutboxItem::State::Pending;
            m_store->post([id, why = why.toString()](StoreHandles &h) { h.outbox.markPending(id, why); });
        }
    }
    Q_EMIT itemWaiting(id, why.toString());
    if (m_needsSignIn)
        return;
    // No retry: the same refused password sent again and again can lock the account.
    m_needsSignIn = true;
    m_lastError = tr("The server refused the sign-in (%1). Nothing more is sent until you sign in again; "
                     "the changes wait in the outbox.")
                      .arg(why.toString());
    Q_EMIT signInNeeded(why.toString());
}

void OutboxSync::signedInAgain()
{
    m_needsSignIn = false;
    m_online = true;
    m_delayMs = m_baseDelayMs;
    pump();
}

void OutboxSync::requestDone()
{
    --m_requests;
    pump();
    if (m_queue.empty() && m_requests == 0)
        Q_EMIT idle();
    else if (m_requests == 0 && (!m_online || m_needsSignIn || m_paused))
        Q_EMIT idle(); // nothing more can happen until the server answers again (or a sign-in)
}

void OutboxSync::cancel(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        Entry *e = entry(id);
        if (!e || e->phase != Phase::Queued || e->verify)
            continue;
        e->phase = Phase::OnWire; // no longer eligible
        ++m_requests;
        finish(id, OutboxItem::State::Discarded, tr("Cancelled before it was sent."), {});
        --m_requests;
    }
}

void OutboxSync::syncNow()
{
    m_needsSignIn = false; // the officer asked: one more try
    m_resumed = false;
    m_online = true;
    m_delayMs = m_baseDelayMs;
    resume();
}

void OutboxSync::retry(qint64 id)
{
    m_store->run(
        this,
        [id](StoreHandles &h) -> std::optional<OutboxItem> {
            const auto before = h.outbox.item(id);
            if (!before || !h.outbox.retry(id))
                return std::nullopt;
            if (before->state == OutboxItem::State::Conflict) {
                if (auto change = membershipChange(*before)) {
                    change->update.writeDate = Timestamp(); // read again when sent: mine over theirs
                    change->original.reset();
                    const QJsonObject payload = toPayload(*change);
                    h.outbox.replacePayload(id, payload);
                }
            }
            return h.outbox.item(id);
        },
        [this](std::optional<OutboxItem> item) {
            if (!item)
                return;
            enqueue({*item});
            Q_EMIT changed();
            m_online = true;
            pump();
        });
}

void OutboxSync::discard(qint64 id)
{
    if (Entry *e = entry(id)) {
        if (e->phase == Phase::Queued && !e->verify)
            cancel({id});
        return; // on its way, or maybe applied: it must be settled first
    }
    m_store->run(
        this, [id](StoreHandles &h) { return h.outbox.discard(id); }, [this](bool) { Q_EMIT changed(); });
}

void OutboxSync::recover(
    const QString &setAsidePath, QObject *context, std::function<void(int, QString)> done)
{
    QPointer<QObject> ctx(context);
    m_store->run(
        this,
        [setAsidePath](StoreHandles &h) -> std::pair<int, QString> {
            if (!h.outboxOk)
                return {-1, h.outbox.error()};
            const int n = h.outbox.recoverFrom(setAsidePath);
            return {n, n < 0 ? h.outbox.error() : QString()};
        },
        [this, ctx, done](std::pair<int, QString> r) {
            if (r.first > 0) {
                Q_EMIT changed();
                syncNow();
            }
            if (ctx && done)
                done(r.first, r.second);
        });
}

void OutboxSync::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        m_lastError.clear();
    if (!paused) {
        m_online = true;
        pump();
    }
}

} // namespace g2p
