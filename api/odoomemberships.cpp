// OdooBackend: programs, memberships, history, and changing one membership.
#include "odoobackend.h"

#include "membershipchange.h"
#include "odoocalls.h"
#include "odoorecords.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <memory>

namespace g2p {
using namespace odoo_detail;

namespace {
// A page: the rows and, in a second request, the total.
template<class T, class Convert>
Call<Page<T>> *paged(OdooBackend *b,
    const QString &model,
    const QJsonArray &domain,
    const QJsonArray &fields,
    int limit,
    int offset,
    const QJsonObject &context,
    const QString &what,
    Convert convert)
{
    auto *out = new Call<Page<T>>(b);
    QJsonObject kw {{QStringLiteral("fields"), fields}, {QStringLiteral("order"), QStringLiteral("id asc")},
        {QStringLiteral("offset"), offset}, {QStringLiteral("context"), context}};
    if (limit > 0)
        kw.insert(QStringLiteral("limit"), limit);
    // The total and the rows are asked for at once (two requests in flight, not one after the other).
    auto *count = b->execute(model, QStringLiteral("search_count"), one(domain),
        {{QStringLiteral("context"), context}}, true, what);
    auto *rows = b->execute(model, QStringLiteral("search_read"), one(domain), kw, true, what);
    out->setAbortHandler([c = QPointer<PendingCall>(count), r = QPointer<PendingCall>(rows)] {
        for (PendingCall *p : {c.data(), r.data()})
            if (p)
                p->abort();
    });
    auto page = std::make_shared<Page<T>>();
    page->limit = limit;
    page->offset = offset;
    auto left = std::make_shared<int>(2);
    const auto settle = [out, page, left](PendingCall *c) {
        if (out->isFinished())
            return;
        if (!c->succeeded()) {
            out->finish(c->error());
            return;
        }
        if (--*left == 0) {
            out->setResult(std::move(*page));
            out->finish();
        }
    };
    QObject::connect(count, &PendingCall::finished, out, [count, page, settle] {
        page->total = count->result().toInteger();
        settle(count);
    });
    QObject::connect(rows, &PendingCall::finished, out, [rows, page, settle, convert] {
        for (const QJsonValue &r : rows->result().toArray())
            page->items << convert(r.toObject());
        settle(rows);
    });
    return out;
}

template<class T, class Convert>
Call<T> *readOne(OdooBackend *b,
    const QString &model,
    qint64 id,
    const QJsonArray &fields,
    const QString &what,
    const QString &code,
    const QString &missing,
    Convert convert)
{
    auto *out = new Call<T>(b);
    auto *c = b->execute(model, QStringLiteral("read"), one(QJsonArray {id}),
        {{QStringLiteral("fields"), fields}}, true, what);
    step(out, c, [out, code, missing, convert](const QJsonValue &v) {
        const QJsonArray rows = v.toArray();
        if (rows.isEmpty()) { // read drops a deleted id instead of failing
            out->finish(problem(ApiError::Kind::NotFound, code, missing));
            return;
        }
        out->setResult(convert(rows.first().toObject()));
        out->finish();
    });
    return out;
}
} // namespace

Call<Page<Program>> *OdooBackend::programs(const ProgramFilter &filter, int limit, int offset)
{
    QJsonArray d;
    if (filter.id)
        d << leaf(QStringLiteral("id"), QStringLiteral("="), *filter.id);
    if (!filter.name.isEmpty())
        d << leaf(QStringLiteral("name"), QStringLiteral("ilike"), filter.name);
    if (filter.targetType)
        d << leaf(QStringLiteral("target_type"), QStringLiteral("="), enumToWire(*filter.targetType));
    if (filter.state)
        d << leaf(QStringLiteral("state"), QStringLiteral("="), enumToWire(*filter.state));
    QJsonObject context;
    if (filter.includeArchived)
        context.insert(QStringLiteral("active_test"), false);
    return paged<Program>(this, QStringLiteral("g2p.program"), d, odoo::programFields(), limit, offset,
        context, tr("list programs"), [](const QJsonObject &o) { return odoo::programFrom(o); });
}

Call<Program> *OdooBackend::program(const RecordRef &ref)
{
    return readOne<Program>(this, QStringLiteral("g2p.program"), ref.id, odoo::programFields(),
        tr("read a program"), QStringLiteral("G2P-REQ-014"),
        tr("No program with id %1 on this server.").arg(ref.id),
        [](const QJsonObject &o) { return odoo::programFrom(o); });
}

namespace {
// An exited membership's reason lives in the notes (there is no field): the latest exit note's
// reason is given with the record, as the REST contract gives exit_reason. One request for all the
// exited memberships of a list; `then` gets the list back (unchanged when nothing was exited).
void addExitReasons(OdooBackend *b,
    QList<ProgramMembership> list,
    PendingCall *owner,
    std::function<void(const ApiError &, QList<ProgramMembership>)> then)
{
    QList<qint64> exited;
    for (const ProgramMembership &m : list)
        if (m.state == MembershipState::Exited)
            exited << m.id;
    if (exited.isEmpty()) {
        then(ApiError(), std::move(list));
        return;
    }
    auto *notes = b->execute(QStringLiteral("mail.message"), QStringLiteral("search_read"),
        one(QJsonArray {leaf(QStringLiteral("model"), QStringLiteral("="), M),
            leaf(QStringLiteral("res_id"), QStringLiteral("in"), jsonIds(exited)),
            leaf(QStringLiteral("body"), QStringLiteral("like"), odoo::noteMarker())}),
        {{QStringLiteral("fields"),
             QJsonArray {QStringLiteral("res_id"), QStringLiteral("body"), QStringLiteral("date"),
                 QStringLiteral("author_id")}},
            {QStringLiteral("order"), QStringLiteral("id desc")}},
        true, OdooBackend::tr("read a membership's history"));
    QObject::connect(notes, &PendingCall::finished, owner, [notes, list, then]() mutable {
        if (!notes->succeeded()) {
            then(notes->error(), {});
            return;
        }
        QHash<qint64, QString> reasons; // the newest exit note's reason of each membership
        for (const QJsonValue &row : notes->result().toArray()) {
            const qint64 id = row[QStringLiteral("res_id")].toInteger();
            const auto e = odoo::entryFromMessage(row.toObject(), id);
            if (e && e->toState == MembershipState::Exited && !e->exitReason.isEmpty()
                && !reasons.contains(id))
                reasons.insert(id, e->exitReason);
        }
        for (ProgramMembership &m : list)
            if (reasons.contains(m.id))
                m.exitReason = reasons.value(m.id);
        then(ApiError(), std::move(list));
    });
}
} // namespace

Call<Page<ProgramMembership>> *OdooBackend::memberships(const MembershipFilter &filter, int limit, int offset)
{
    QJsonArray d;
    if (filter.registrantId)
        d << leaf(QStringLiteral("partner_id"), QStringLiteral("="), filter.registrantId->id);
    if (filter.programId)
        d << leaf(QStringLiteral("program_id"), QStringLiteral("="), filter.programId->id);
    if (filter.state)
        d << leaf(QStringLiteral("state"), QStringLiteral("="), enumToWire(*filter.state));
    if (filter.changedSince.isValid())
        d << leaf(QStringLiteral("write_date"), QStringLiteral(">="),
            filter.changedSince.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    auto *out = new Call<Page<ProgramMembership>>(this);
    auto *page = paged<ProgramMembership>(this, M, d, odoo::membershipFields(), limit, offset, {},
        tr("list program memberships"), [](const QJsonObject &o) { return odoo::membershipFrom(o); });
    step(out, page, [this, out](Page<ProgramMembership> p) {
        QList<ProgramMembership> items = std::move(p.items);
        addExitReasons(this, std::move(items), out,
            [out, p](const ApiError &e, QList<ProgramMembership> withReasons) mutable {
                if (!e.isNull()) {
                    out->finish(e);
                    return;
                }
                p.items = std::move(withReasons);
                out->setResult(std::move(p));
                out->finish();
            });
    });
    return out;
}

Call<ProgramMembership> *OdooBackend::membership(const RecordRef &ref)
{
    auto *out = new Call<ProgramMembership>(this);
    auto *read = readOne<ProgramMembership>(this, M, ref.id, odoo::membershipFields(),
        tr("read a program membership"), QStringLiteral("G2P-REQ-015"),
        tr("No program membership with id %1 on this server.").arg(ref.id),
        [](const QJsonObject &o) { return odoo::membershipFrom(o); });
    step(out, read, [this, out](const ProgramMembership &m) {
        addExitReasons(this, {m}, out, [out](const ApiError &e, const QList<ProgramMembership> &withReason) {
            if (!e.isNull()) {
                out->finish(e);
                return;
            }
            out->setResult(withReason.first());
            out->finish();
        });
    });
    return out;
}

Call<QList<qint64>> *OdooBackend::membershipCounts(const RecordRef &programRef)
{
    auto *out = new Call<QList<qint64>>(this);
    auto *c = execute(M, QStringLiteral("read_group"),
        {QJsonArray {leaf(QStringLiteral("program_id"), QStringLiteral("="), programRef.id)},
            QJsonArray {QStringLiteral("state")}, QJsonArray {QStringLiteral("state")}},
        {{QStringLiteral("lazy"), true}}, true, tr("count program members"));
    step(out, c, [out](const QJsonValue &v) {
        QList<qint64> counts(6, 0);
        for (const QJsonValue &r : v.toArray()) {
            const QJsonObject o = r.toObject();
            const auto s
                = enumFromWire<MembershipState>(QStringView(odoo::text(o.value(QStringLiteral("state")))));
            if (s) // groups with no rows are not returned: their count stays 0
                counts[int(*s)] = o.value(QStringLiteral("state_count"))
                                      .toInteger(o.value(QStringLiteral("__count")).toInteger());
        }
        out->setResult(counts);
        out->finish();
    });
    return out;
}

Call<QList<HistoryEntry>> *OdooBackend::history(const RecordRef &ref)
{
    // OpenG2P 17 tracks no membership field: the server's history is the notes G2P Desk posted
    // (from any desktop). Changes made in the web UI or by jobs leave nothing to read here.
    auto *out = new Call<QList<HistoryEntry>>(this);
    auto *c = execute(QStringLiteral("mail.message"), QStringLiteral("search_read"),
        one(QJsonArray {leaf(QStringLiteral("model"), QStringLiteral("="), M),
            leaf(QStringLiteral("res_id"), QStringLiteral("="), ref.id)}),
        {{QStringLiteral("fields"),
             QJsonArray {QStringLiteral("body"), QStringLiteral("date"), QStringLiteral("author_id")}},
            {QStringLiteral("order"), QStringLiteral("date asc, id asc")}},
        true, tr("read a membership's history"));
    const qint64 id = ref.id;
    step(out, c, [out, id](const QJsonValue &v) {
        QList<HistoryEntry> entries;
        QSet<QString> seen;
        for (const QJsonValue &m : v.toArray()) {
            QString token;
            const auto e = odoo::entryFromMessage(m.toObject(), id, &token);
            if (!e || (!token.isEmpty() && seen.contains(token)))
                continue; // the same note twice is one change
            seen.insert(token);
            entries << *e;
        }
        out->setResult(entries);
        out->finish();
    });
    return out;
}

// ------------------------------------------------------------------ changes

// Posts a change's note; after a failure whose outcome is unknown, looks for the note's token first
// and posts again only when it is not there (message_post is not idempotent). `then` runs either
// way: the change is made, and a note that could not be posted leaves the reason in this desktop's
// own timeline only.
void OdooBackend::postChangeNote(qint64 membershipId,
    const odoo::ChangeNote &note,
    PendingCall *owner,
    std::function<void()> then,
    int attempts)
{
    auto *post = execute(M, QStringLiteral("message_post"), one(QJsonArray {membershipId}),
        {{QStringLiteral("body"), odoo::noteText(note)},
            {QStringLiteral("message_type"), QStringLiteral("comment")},
            {QStringLiteral("subtype_xmlid"), QStringLiteral("mail.mt_note")}},
        false, tr("note the change on the membership"));
    connect(post, &PendingCall::finished, owner, [this, post, membershipId, note, owner, then, attempts] {
        qCDebug(lcOdoo) << "note for membership" << membershipId << note.token
                        << "posted:" << post->succeeded() << post->error().toString();
        const ApiError::Kind k = post->error().kind();
        if (post->succeeded() || attempts <= 1 || k == ApiError::Kind::Forbidden
            || k == ApiError::Kind::Validation || k == ApiError::Kind::Unauthorized
            || k == ApiError::Kind::Cancelled) {
            if (!post->succeeded())
                qCWarning(lcOdoo) << "change note not posted:" << post->error().toString();
            then();
            return;
        }
        auto *look = execute(QStringLiteral("mail.message"), QStringLiteral("search_count"),
            one(QJsonArray {leaf(QStringLiteral("model"), QStringLiteral("="), M),
                leaf(QStringLiteral("res_id"), QStringLiteral("="), membershipId),
                leaf(QStringLiteral("body"), QStringLiteral("like"), note.token)}),
            {}, true, tr("look for the change's note"));
        connect(look, &PendingCall::finished, owner, [this, look, membershipId, note, owner, then, attempts] {
            if (look->succeeded() && look->result().toInteger() == 0)
                postChangeNote(membershipId, note, owner, then, attempts - 1);
            else
                then();
        });
    });
}

// Read → check (version, transition table, dates, program) → write (two writes where Odoo's
// enrollment_date quirk needs it) → note in the chatter → read again. The check and the write are
// two transactions: a change landing between them (one round trip) is overwritten; a change made
// within the same second as the one read is not seen (write_date has whole seconds).
Call<ProgramMembership> *OdooBackend::changeMembership(const RecordRef &ref, const MembershipUpdate &u)
{
    auto *out = new Call<ProgramMembership>(this);
    const qint64 id = ref.id;
    auto *now = membership(ref);
    step(out, now, [this, out, id, u](const ProgramMembership &m) {
        if (!u.writeDate.isNull() && odoo::datetimeText(u.writeDate) != odoo::datetimeText(m.writeDate)) {
            out->finish(problem(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-021"),
                tr("Membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was "
                   "written.")
                    .arg(id)
                    .arg(odoo::datetimeText(m.writeDate), odoo::datetimeText(u.writeDate))));
            return;
        }
        const ChangePlan plan = planChange(m, u, QString::number(id));
        if (!plan.error.isNull()) {
            out->finish(plan.error);
            return;
        }
        const MembershipState target = plan.target;
        const bool stateChanges = plan.stateChanges;
        const QDate exitDate = plan.exitDate;
        QJsonObject first;
        if (stateChanges)
            first.insert(QStringLiteral("state"), enumToWire(target));
        // Only what differs is written (and noted): a change sent again after a lost answer — already
        // applied, the server's write_date too coarse (whole seconds) to tell — changes nothing.
        if (exitDate.isValid() && exitDate != m.exitDate)
            first.insert(QStringLiteral("exit_date"), exitDate.toString(Qt::ISODate));
        // Writing state=enrolled stamps enrollment_date = now, whatever the same write says (as the
        // contract has it when no date is given): a date given is a second write of that field alone.
        QString secondDate;
        const bool becomesEnrolled = stateChanges && target == MembershipState::Enrolled;
        if (u.enrollmentDate.isValid())
            secondDate = odoo::datetimeText(u.enrollmentDate);
        QJsonObject second;
        if (!becomesEnrolled && secondDate == odoo::datetimeText(m.enrollmentDate))
            secondDate.clear(); // the date it already has
        if (!secondDate.isEmpty()) {
            if (becomesEnrolled || first.isEmpty())
                second.insert(QStringLiteral("enrollment_date"), secondDate);
            if (!becomesEnrolled && !first.isEmpty())
                first.insert(QStringLiteral("enrollment_date"), secondDate);
        }
        if (first.isEmpty() && second.isEmpty() && u.note.trimmed().isEmpty()) {
            out->setResult(m); // nothing to change
            out->finish();
            return;
        }
        odoo::ChangeNote note;
        note.from = stateChanges ? std::optional<MembershipState>(m.state) : std::nullopt;
        note.to = target;
        note.exitDate = stateChanges ? exitDate : QDate();
        note.reason = u.exitReason.trimmed();
        note.note = u.note.trimmed();
        note.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!secondDate.isEmpty())
            note.enrollmentDate = odoo::datetime(QJsonValue(secondDate));
        const QString what = tr("change program memberships");
        const auto finishWithRead = [this, out, id] {
            auto *again = membership(RecordRef(id));
            step(out, again, [out](const ProgramMembership &after) {
                out->setResult(after);
                out->finish();
            });
        };
        const auto postNote
            = [this, out, id, note, finishWithRead] { postChangeNote(id, note, out, finishWithRead, 2); };
        const auto writeSecond = [this, out, id, second, what, postNote] {
            if (second.isEmpty()) {
                postNote();
                return;
            }
            auto *w = execute(M, QStringLiteral("write"), {QJsonArray {id}, second}, {}, false, what);
            step(out, w, [postNote](const QJsonValue &) { postNote(); });
        };
        if (first.isEmpty()) {
            writeSecond();
            return;
        }
        auto *w = execute(M, QStringLiteral("write"), {QJsonArray {id}, first}, {}, false, what);
        step(out, w, [writeSecond](const QJsonValue &) { writeSecond(); });
    });
    return out;
}

} // namespace g2p
