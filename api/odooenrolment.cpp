// OdooBackend: bulk enrolment.
#include "membershipchange.h"
#include "odoobackend.h"

#include "odoocalls.h"
#include "odoorecords.h"

#include <QUuid>
#include <memory>

namespace g2p {
using namespace odoo_detail;

namespace {
struct Enrolment
{
    BatchEnrollRequest request;
    MembershipState target = MembershipState::Enrolled;
    QList<BatchItemResult> items;
    QHash<qint64, ProgramMembership> existing; // by registrant
    QList<int> toUpdate, toCreate; // item indexes
    QList<int> createFailed;
    QHash<QString, QList<qint64>> datesToWrite; // "YYYY-MM-DD 00:00:00" -> membership ids
    QHash<int, QString> itemDate;
    QList<qint64> changedMemberships;
    QList<qint64> createdMemberships;
};

} // namespace

// Section 5, row 11: read what exists, check every row here (kind, disabled, transition), write
// the existing memberships in one call, create the new ones in one all-or-nothing call — split in
// halves when it fails, so one bad row does not sink the others — then read the results back.
Call<BatchEnrollResponse> *OdooBackend::enrol(const BatchEnrollRequest &request)
{
    auto *out = new Call<BatchEnrollResponse>(this);
    auto e = std::make_shared<Enrolment>();
    e->request = request;
    e->target = request.state.value_or(MembershipState::Enrolled);
    const QDate today = utcToday();
    QList<qint64> ids;
    for (int i = 0; i < request.items.size(); ++i) {
        BatchItemResult r;
        r.index = i;
        r.registrantId = request.items[i].registrantId;
        r.status = BatchItemStatus::Unchanged;
        e->items << r;
        ids << r.registrantId;
        const QDate d = request.items[i].enrollmentDate.isValid() ? request.items[i].enrollmentDate
                                                                  : request.enrollmentDate;
        if (d.isValid() && e->target == MembershipState::Enrolled)
            e->itemDate.insert(i, odoo::datetimeText(d));
        if (d.isValid() && d > today)
            failItem(e->items[i], QStringLiteral("G2P-REQ-011"),
                tr("The enrollment date %1 is after today (%2, UTC).")
                    .arg(d.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    const qint64 programId = request.programId;
    const QString what = tr("enrol registrants in a program");
    auto *prog = program(RecordRef(programId));
    step(out, prog, [this, out, e, ids, programId, what](const Program &p) {
        if (e->target == MembershipState::Enrolled && !p.acceptsEnrollment()) {
            out->finish(problem(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-019"),
                tr("%1 has ended or is archived: nobody can be enrolled in it.").arg(p.name)));
            return;
        }
        auto *partners = execute(P, QStringLiteral("read"), one(jsonIds(ids)),
            {{QStringLiteral("fields"),
                 QJsonArray {
                     QStringLiteral("is_group"), QStringLiteral("disabled"), QStringLiteral("active")}},
                {QStringLiteral("context"), QJsonObject {{QStringLiteral("active_test"), false}}}},
            true, what);
        const bool wantsGroup = p.targetType == TargetType::Group;
        step(out, partners, [this, out, e, ids, programId, what, wantsGroup](const QJsonValue &v) {
            QHash<qint64, QJsonObject> found;
            for (const QJsonValue &r : v.toArray())
                found.insert(r.toObject().value(QStringLiteral("id")).toInteger(), r.toObject());
            for (BatchItemResult &r : e->items) {
                if (r.status == BatchItemStatus::Error)
                    continue;
                const QJsonObject o = found.value(r.registrantId);
                if (o.isEmpty() || !o.value(QStringLiteral("active")).toBool(true))
                    failItem(r, QStringLiteral("G2P-REQ-013"),
                        tr("No registrant with id %1.").arg(r.registrantId));
                else if (o.value(QStringLiteral("disabled")).isString())
                    failItem(r, QStringLiteral("G2P-REQ-013"),
                        tr("Registrant %1 is disabled in the registry: it cannot be enrolled.")
                            .arg(r.registrantId));
                else if (o.value(QStringLiteral("is_group")).toBool() != wantsGroup)
                    failItem(r, QStringLiteral("G2P-REQ-017"),
                        wantsGroup ? tr("Registrant %1 is an individual; the program enrols groups.")
                                         .arg(r.registrantId)
                                   : tr("Registrant %1 is a group; the program enrols individuals.")
                                         .arg(r.registrantId));
            }
            auto *existing = execute(M, QStringLiteral("search_read"),
                one(QJsonArray {leaf(QStringLiteral("program_id"), QStringLiteral("="), programId),
                    leaf(QStringLiteral("partner_id"), QStringLiteral("in"), jsonIds(ids))}),
                {{QStringLiteral("fields"), odoo::membershipFields()}}, true, what);
            step(out, existing, [this, out, e, programId, what](const QJsonValue &rows) {
                for (const QJsonValue &r : rows.toArray()) {
                    const ProgramMembership m = odoo::membershipFrom(r.toObject());
                    e->existing.insert(m.registrantId, m);
                }
                for (BatchItemResult &r : e->items) {
                    if (r.status == BatchItemStatus::Error)
                        continue;
                    const auto it = e->existing.constFind(r.registrantId);
                    if (it == e->existing.constEnd())
                        e->toCreate << int(r.index);
                    else if (it->state == e->target && e->itemDate.contains(int(r.index))
                        && odoo::datetimeText(it->enrollmentDate) != e->itemDate.value(int(r.index))) {
                        // Enrolled, but not on the day asked: an earlier attempt whose date write was
                        // lost (the state and the date are two writes here). Finish it.
                        r.status = BatchItemStatus::Updated;
                        e->datesToWrite[e->itemDate.value(int(r.index))] << it->id;
                    } else if (it->state == e->target)
                        r.status = BatchItemStatus::Unchanged;
                    else if (!isTransitionAllowed(it->state, e->target))
                        failItem(r, QStringLiteral("G2P-REQ-016"),
                            tr("Registrant %1 is %2 in this program; the membership cannot become %3.")
                                .arg(r.registrantId)
                                .arg(enumToWire(it->state), enumToWire(e->target)));
                    else
                        e->toUpdate << int(r.index);
                }
                // Step 4 (after the creations): dates, notes, and everything read back.
                const auto finishUp = [this, out, e, programId, what] {
                    for (int i : std::as_const(e->toUpdate))
                        if (e->items[i].status != BatchItemStatus::Error && e->itemDate.contains(i))
                            e->datesToWrite[e->itemDate.value(i)]
                                << e->existing.value(e->items[i].registrantId).id;
                    auto dates = std::make_shared<QList<QString>>(e->datesToWrite.keys());
                    auto writeDates = std::make_shared<std::function<void()>>();
                    *writeDates = [this, out, e, dates, writeDates, programId, what] {
                        if (dates->isEmpty()) {
                            // Notes for the history (one call; best effort: unverified on real servers).
                            QJsonArray notes;
                            for (const ProgramMembership &m : std::as_const(e->existing)) {
                                if (!e->changedMemberships.contains(m.id))
                                    continue;
                                odoo::ChangeNote n;
                                n.from = m.state;
                                n.to = e->target;
                                n.note = e->request.note;
                                n.batch = true;
                                n.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
                                notes << QJsonObject {{QStringLiteral("model"), M},
                                    {QStringLiteral("res_id"), m.id},
                                    {QStringLiteral("body"), odoo::noteText(n).toHtmlEscaped()},
                                    {QStringLiteral("message_type"), QStringLiteral("comment")}};
                            }
                            for (qint64 id : std::as_const(e->createdMemberships)) {
                                odoo::ChangeNote n;
                                n.to = e->target;
                                n.note = e->request.note;
                                n.batch = true;
                                n.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
                                notes << QJsonObject {{QStringLiteral("model"), M},
                                    {QStringLiteral("res_id"), id},
                                    {QStringLiteral("body"), odoo::noteText(n).toHtmlEscaped()},
                                    {QStringLiteral("message_type"), QStringLiteral("comment")}};
                            }
                            const auto readBack = [this, out, e, programId, what] {
                                QList<qint64> kept;
                                for (const BatchItemResult &r : std::as_const(e->items))
                                    if (r.status != BatchItemStatus::Error)
                                        kept << r.registrantId;
                                auto *after = execute(M, QStringLiteral("search_read"),
                                    one(QJsonArray {
                                        leaf(QStringLiteral("program_id"), QStringLiteral("="), programId),
                                        leaf(QStringLiteral("partner_id"), QStringLiteral("in"),
                                            jsonIds(kept))}),
                                    {{QStringLiteral("fields"), odoo::membershipFields()}}, true, what);
                                step(out, after, [out, e, programId](const QJsonValue &afterRows) {
                                    QHash<qint64, ProgramMembership> now;
                                    for (const QJsonValue &r : afterRows.toArray()) {
                                        const ProgramMembership m = odoo::membershipFrom(r.toObject());
                                        now.insert(m.registrantId, m);
                                    }
                                    BatchEnrollResponse resp;
                                    resp.programId = programId;
                                    resp.total = e->items.size();
                                    for (BatchItemResult &r : e->items) {
                                        if (r.status != BatchItemStatus::Error)
                                            r.membership = now.value(r.registrantId);
                                        (r.succeeded() ? resp.succeeded : resp.failed) += 1;
                                    }
                                    resp.items = e->items;
                                    out->setResult(std::move(resp));
                                    out->finish();
                                });
                            };
                            if (notes.isEmpty()) {
                                readBack();
                                return;
                            }
                            auto *post = execute(QStringLiteral("mail.message"), QStringLiteral("create"),
                                one(notes), {}, false, tr("note the enrolments on the memberships"));
                            connect(post, &PendingCall::finished, out, [post, readBack] {
                                if (!post->succeeded())
                                    qCWarning(lcOdoo)
                                        << "enrolment notes not posted:" << post->error().toString();
                                readBack();
                            });
                            return;
                        }
                        const QString date = dates->takeFirst();
                        auto *w = execute(M, QStringLiteral("write"),
                            {jsonIds(e->datesToWrite.value(date)),
                                QJsonObject {{QStringLiteral("enrollment_date"), date}}},
                            {}, false, what);
                        step(out, w, [writeDates](const QJsonValue &) { (*writeDates)(); });
                    };
                    (*writeDates)();
                };
                // Step 3: creations, in halves when a call fails.
                auto pending = std::make_shared<QList<QList<int>>>();
                if (!e->toCreate.isEmpty())
                    *pending << e->toCreate;
                auto createNext = std::make_shared<std::function<void()>>();
                *createNext = [this, out, e, pending, createNext, programId, what, finishUp] {
                    if (pending->isEmpty()) {
                        finishUp();
                        return;
                    }
                    const QList<int> chunk = pending->takeFirst();
                    QJsonArray vals;
                    for (int i : chunk)
                        vals << QJsonObject {{QStringLiteral("partner_id"), e->items[i].registrantId},
                            {QStringLiteral("program_id"), programId},
                            {QStringLiteral("state"), enumToWire(e->target)}};
                    auto *c = execute(M, QStringLiteral("create"), one(vals), {}, false, what);
                    step(
                        out, c,
                        [e, chunk, createNext](const QJsonValue &created) {
                            const QJsonArray newIds = created.toArray();
                            for (int k = 0; k < chunk.size(); ++k) {
                                BatchItemResult &r = e->items[chunk[k]];
                                r.status = BatchItemStatus::Created;
                                ProgramMembership m;
                                m.id = newIds.at(k).toInteger();
                                m.registrantId = r.registrantId;
                                e->createdMemberships << m.id;
                                if (e->itemDate.contains(chunk[k]))
                                    e->datesToWrite[e->itemDate.value(chunk[k])] << m.id;
                            }
                            (*createNext)();
                        },
                        [e, chunk, pending, createNext](const ApiError &err) {
                            const bool rowProblem = err.kind() == ApiError::Kind::Validation
                                || err.kind() == ApiError::Kind::Forbidden;
                            if (!rowProblem)
                                return false; // unknown outcome or a server failure: the caller verifies
                            if (chunk.size() > 1) {
                                const qsizetype half = chunk.size() / 2;
                                pending->prepend(chunk.mid(half));
                                pending->prepend(chunk.mid(0, half));
                            } else if (err.code() == QLatin1String("odoo.exceptions.ValidationError")) {
                                // Unique (registrant, program): it exists (created meanwhile, or by a
                                // first attempt whose answer was lost): read back as it is.
                                e->items[chunk.first()].status = BatchItemStatus::Unchanged;
                            } else {
                                failItem(e->items[chunk.first()], err.code(), err.message());
                            }
                            (*createNext)();
                            return true;
                        });
                };
                // Step 2: the existing memberships, in one write.
                QList<qint64> updateIds;
                for (int i : std::as_const(e->toUpdate)) {
                    updateIds << e->existing.value(e->items[i].registrantId).id;
                    e->items[i].status = BatchItemStatus::Updated;
                }
                e->changedMemberships = updateIds;
                if (updateIds.isEmpty()) {
                    (*createNext)();
                    return;
                }
                auto *w = execute(M, QStringLiteral("write"),
                    {jsonIds(updateIds), QJsonObject {{QStringLiteral("state"), enumToWire(e->target)}}}, {},
                    false, what);
                step(out, w, [createNext](const QJsonValue &) { (*createNext)(); });
            });
        });
    });
    return out;
}

} // namespace g2p
