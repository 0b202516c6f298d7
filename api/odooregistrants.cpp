// OdooBackend: registrants (search, read, change pages), with their ID numbers, phones, memberships and
// members.
#include "odoobackend.h"

#include "odoocalls.h"
#include "odoorecords.h"

#include <QUuid>
#include <algorithm>
#include <memory>

namespace g2p {
using namespace odoo_detail;

namespace {
// The children of a page of registrants, each kind in one request, all at once.
struct Assembly
{
    QJsonArray rows;
    odoo::Children children;
    int pending = 0;
    bool failed = false;
};
} // namespace

template<class R>
Call<QList<R>> *OdooBackend::registrants(const QJsonArray &domain,
    bool groups,
    int limit,
    const QJsonObject &extraKw,
    std::shared_ptr<QList<qint64>> gone)
{
    auto *out = new Call<QList<R>>(this);
    QJsonObject kw = extraKw;
    kw.insert(QStringLiteral("fields"), odoo::registrantFields());
    if (!kw.contains(QStringLiteral("order")))
        kw.insert(QStringLiteral("order"), QStringLiteral("name asc, id asc"));
    if (limit > 0)
        kw.insert(QStringLiteral("limit"), limit);
    auto *search = execute(P, QStringLiteral("search_read"), one(domain), kw, true, tr("search registrants"));
    step(out, search, [this, out, groups, gone](const QJsonValue &v) {
        auto a = std::make_shared<Assembly>();
        for (const QJsonValue &r : v.toArray()) {
            // Archived or disabled registrants have left the registry (only change lists ask for them).
            const QJsonObject o = r.toObject();
            if (gone
                && (!o.value(QStringLiteral("active")).toBool(true)
                    || o.value(QStringLiteral("disabled")).isString()))
                *gone << o.value(QStringLiteral("id")).toInteger();
            else
                a->rows << r;
        }
        QList<qint64> partners, regIds, phones;
        for (const QJsonValue &r : std::as_const(a->rows)) {
            const QJsonObject o = r.toObject();
            partners << o.value(QStringLiteral("id")).toInteger();
            regIds += intsOf(o.value(QStringLiteral("reg_ids")).toArray());
            phones += intsOf(o.value(QStringLiteral("phone_number_ids")).toArray());
        }
        const auto finishIfDone = [out, a] {
            if (--a->pending > 0 || a->failed || out->isFinished())
                return;
            QList<R> list;
            list.reserve(a->rows.size());
            for (const QJsonValue &r : std::as_const(a->rows)) {
                if constexpr (std::is_same_v<R, Group>)
                    list << odoo::groupFrom(r.toObject(), a->children);
                else
                    list << odoo::individualFrom(r.toObject(), a->children);
            }
            out->setResult(std::move(list));
            out->finish();
        };
        const auto fetch = [this, out, a, finishIfDone](
                               Call<QJsonValue> *c, std::function<void(const QJsonArray &)> take) {
            ++a->pending;
            connect(c, &PendingCall::finished, out, [out, a, c, take, finishIfDone] {
                if (a->failed || out->isFinished())
                    return;
                if (!c->succeeded()) {
                    a->failed = true;
                    out->finish(c->error());
                    return;
                }
                take(c->result().toArray());
                finishIfDone();
            });
        };
        ++a->pending; // held until every request is on its way
        if (!regIds.isEmpty())
            fetch(execute(QStringLiteral("g2p.reg.id"), QStringLiteral("read"), one(jsonIds(regIds)),
                      {{QStringLiteral("fields"),
                          QJsonArray {QStringLiteral("id_type_as_str"), QStringLiteral("value"),
                              QStringLiteral("expiry_date")}}},
                      true, tr("read ID numbers")),
                [a](const QJsonArray &rows) {
                    for (const QJsonValue &r : rows) {
                        const QJsonObject o = r.toObject();
                        RegistrantId id;
                        id.id = o.value(QStringLiteral("id")).toInteger();
                        id.idType = odoo::text(o.value(QStringLiteral("id_type_as_str")));
                        id.value = odoo::text(o.value(QStringLiteral("value")));
                        id.expiryDate = odoo::date(o.value(QStringLiteral("expiry_date")));
                        a->children.regIds.insert(id.id, id);
                    }
                });
        if (!phones.isEmpty())
            fetch(execute(QStringLiteral("g2p.phone.number"), QStringLiteral("read"), one(jsonIds(phones)),
                      {{QStringLiteral("fields"),
                          QJsonArray {QStringLiteral("phone_no"), QStringLiteral("phone_sanitized"),
                              QStringLiteral("date_collected")}}},
                      true, tr("read phone numbers")),
                [a](const QJsonArray &rows) {
                    for (const QJsonValue &r : rows) {
                        const QJsonObject o = r.toObject();
                        Phone p;
                        p.id = o.value(QStringLiteral("id")).toInteger();
                        p.phoneNo = odoo::text(o.value(QStringLiteral("phone_no")));
                        p.phoneSanitized = odoo::text(o.value(QStringLiteral("phone_sanitized")));
                        p.dateCollected = odoo::date(o.value(QStringLiteral("date_collected")));
                        a->children.phones.insert(p.id, p);
                    }
                });
        if (!partners.isEmpty())
            fetch(execute(M, QStringLiteral("search_read"),
                      one(QJsonArray {
                          leaf(QStringLiteral("partner_id"), QStringLiteral("in"), jsonIds(partners))}),
                      {{QStringLiteral("fields"),
                           QJsonArray {QStringLiteral("partner_id"), QStringLiteral("program_id"),
                               QStringLiteral("state"), QStringLiteral("enrollment_date"),
                               QStringLiteral("exit_date")}},
                          {QStringLiteral("order"), QStringLiteral("id asc")}},
                      true, tr("read program memberships")),
                [a](const QJsonArray &rows) {
                    for (const QJsonValue &r : rows) {
                        const ProgramMembership m = odoo::membershipFrom(r.toObject());
                        MembershipSummary s;
                        s.programId = m.programId;
                        s.state = m.state;
                        s.enrollmentDate = m.enrollmentDate;
                        s.exitDate = m.exitDate;
                        a->children.memberships[m.registrantId] << s;
                    }
                });
        if (groups && !partners.isEmpty()) {
            // Members: the group memberships, then the individuals they name and the kinds' names.
            auto *links = execute(QStringLiteral("g2p.group.membership"), QStringLiteral("search_read"),
                one(QJsonArray {leaf(QStringLiteral("group"), QStringLiteral("in"), jsonIds(partners))}),
                {{QStringLiteral("fields"),
                     QJsonArray {QStringLiteral("group"), QStringLiteral("individual"),
                         QStringLiteral("kind"), QStringLiteral("create_date"),
                         QStringLiteral("write_date")}},
                    {QStringLiteral("order"), QStringLiteral("id asc")}},
                true, tr("read household members"));
            ++a->pending;
            connect(links, &PendingCall::finished, out, [this, out, a, links, fetch, finishIfDone] {
                if (a->failed || out->isFinished())
                    return;
                if (!links->succeeded()) {
                    a->failed = true;
                    out->finish(links->error());
                    return;
                }
                const QJsonArray linkRows = links->result().toArray();
                QList<qint64> people;
                for (const QJsonValue &l : linkRows)
                    people << odoo::many2oneId(l.toObject().value(QStringLiteral("individual")));
                auto kinds = std::make_shared<QHash<qint64, QString>>();
                auto persons = std::make_shared<QHash<qint64, QJsonObject>>();
                const auto build = [a, linkRows, kinds, persons] {
                    for (const QJsonValue &l : linkRows) {
                        const QJsonObject o = l.toObject();
                        GroupMember gm;
                        gm.id = o.value(QStringLiteral("id")).toInteger();
                        const qint64 person = odoo::many2oneId(o.value(QStringLiteral("individual")));
                        gm.individual = odoo::individualFrom(persons->value(person), {});
                        gm.individual.id = person;
                        if (gm.individual.name.isEmpty())
                            gm.individual.name = odoo::many2oneName(o.value(QStringLiteral("individual")));
                        for (const QJsonValue &k : o.value(QStringLiteral("kind")).toArray())
                            gm.kinds << MembershipKind {{}, kinds->value(k.toInteger())};
                        gm.createDate = odoo::datetime(o.value(QStringLiteral("create_date")));
                        gm.writeDate = odoo::datetime(o.value(QStringLiteral("write_date")));
                        a->children.members[odoo::many2oneId(o.value(QStringLiteral("group")))] << gm;
                    }
                };
                auto left = std::make_shared<int>(people.isEmpty() ? 1 : 2);
                const auto partDone = [left, build] {
                    if (--*left == 0)
                        build();
                };
                fetch(
                    execute(QStringLiteral("g2p.group.membership.kind"), QStringLiteral("search_read"),
                        one(QJsonArray {}), {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}},
                        true, tr("read membership kinds")),
                    [kinds, partDone](const QJsonArray &rows) {
                        for (const QJsonValue &r : rows)
                            kinds->insert(r.toObject().value(QStringLiteral("id")).toInteger(),
                                r.toObject().value(QStringLiteral("name")).toString());
                        partDone();
                    });
                if (!people.isEmpty())
                    fetch(execute(P, QStringLiteral("read"), one(jsonIds(people)),
                              {{QStringLiteral("fields"),
                                  QJsonArray {QStringLiteral("name"), QStringLiteral("given_name"),
                                      QStringLiteral("family_name"), QStringLiteral("addl_name"),
                                      QStringLiteral("gender"), QStringLiteral("birthdate"),
                                      QStringLiteral("is_group")}}},
                              true, tr("read household members")),
                        [persons, partDone](const QJsonArray &rows) {
                            for (const QJsonValue &r : rows)
                                persons->insert(
                                    r.toObject().value(QStringLiteral("id")).toInteger(), r.toObject());
                            partDone();
                        });
                finishIfDone();
            });
        }
        finishIfDone();
    });
    return out;
}

namespace {
QJsonArray registrantDomain(const RegistrantQuery &q, bool groups)
{
    QJsonArray d {leaf(QStringLiteral("is_registrant"), QStringLiteral("="), true),
        leaf(QStringLiteral("is_group"), QStringLiteral("="), groups)};
    if (q.id)
        d << leaf(QStringLiteral("id"), QStringLiteral("="), *q.id);
    if (!q.name.isNull() && !q.name.isEmpty()) {
        d << QStringLiteral("|") << QStringLiteral("|")
          << leaf(QStringLiteral("name"), QStringLiteral("ilike"), q.name)
          << leaf(QStringLiteral("given_name"), QStringLiteral("ilike"), q.name)
          << leaf(QStringLiteral("family_name"), QStringLiteral("ilike"), q.name);
    }
    if (!q.idNumber.isEmpty())
        d << leaf(QStringLiteral("reg_ids.value"), QStringLiteral("="), q.idNumber);
    return d;
}
} // namespace

Call<QList<Individual>> *OdooBackend::findIndividuals(const RegistrantQuery &query)
{
    return registrants<Individual>(registrantDomain(query, false), false, 0);
}

Call<QList<Group>> *OdooBackend::findGroups(const RegistrantQuery &query)
{
    return registrants<Group>(registrantDomain(query, true), true, 0);
}

namespace {
template<class R>
Call<R> *firstOf(Call<QList<R>> *list, QObject *parent, qint64 id)
{
    auto *out = new Call<R>(parent);
    step(out, list, [out, id](const QList<R> &rows) {
        if (rows.isEmpty()) {
            out->finish(problem(ApiError::Kind::NotFound, QStringLiteral("G2P-REQ-013"),
                OdooBackend::tr("No registrant with id %1 on this server.").arg(id)));
            return;
        }
        out->setResult(rows.first());
        out->finish();
    });
    return out;
}
} // namespace

Call<Individual> *OdooBackend::individual(const RecordRef &registrant)
{
    RegistrantQuery q;
    q.id = registrant.id;
    return firstOf(findIndividuals(q), this, registrant.id);
}

Call<Group> *OdooBackend::group(const RecordRef &registrant)
{
    RegistrantQuery q;
    q.id = registrant.id;
    return firstOf(findGroups(q), this, registrant.id);
}

// Cursor "SINCE|LAST_ID|MAX_SEEN|STARTED": registrants written at or after SINCE (empty: all), in
// id order after LAST_ID, so a page is never skipped or repeated while others write (a registrant
// changed behind the cursor is seen by the next refresh). STARTED is the server's time at the
// walk's first page. When the last page is read, the cursor becomes the next refresh's start:
// RegistryBackend::nextChangeStart() of them (STARTED less six minutes; without a Date header
// from the server, the newest write_date seen less five).
template<class R>
Call<ChangedPage<R>> *OdooBackend::changed(const ChangesQuery &query, bool groups)
{
    const QStringList parts = query.cursor.split(QLatin1Char('|'));
    const QString since = parts.value(0);
    const qint64 lastId = parts.value(1).toLongLong();
    const QString maxSeen = parts.value(2);
    const QString started = parts.value(3);
    const bool first = lastId == 0 && parts.size() < 4; // (a cursor of an older version has no STARTED)
    QJsonArray domain {leaf(QStringLiteral("is_registrant"), QStringLiteral("="), true),
        leaf(QStringLiteral("is_group"), QStringLiteral("="), groups),
        leaf(QStringLiteral("id"), QStringLiteral(">"), lastId)};
    if (!since.isEmpty())
        domain << leaf(QStringLiteral("write_date"), QStringLiteral(">="), since);
    const int limit = qMax(1, query.limit);
    auto *out = new Call<ChangedPage<R>>(this);
    // Archived registrants are asked for too: they are the ones that left.
    auto gone = std::make_shared<QList<qint64>>();
    auto *rows = registrants<R>(domain, groups, limit,
        {{QStringLiteral("order"), QStringLiteral("id asc")},
            {QStringLiteral("context"), QJsonObject {{QStringLiteral("active_test"), false}}}},
        gone);
    step(out, rows, [this, out, since, maxSeen, started, first, limit, gone](const QList<R> &list) {
        QString walkStarted = started;
        if (first && !serverTime().isNull())
            walkStarted = odoo::datetimeText(serverTime());
        ChangedPage<R> page;
        page.left = *gone;
        QString newest = maxSeen;
        qint64 last = gone->isEmpty() ? 0 : *std::max_element(gone->begin(), gone->end());
        for (const R &r : list) {
            last = qMax(last, r.id);
            const QString written = odoo::datetimeText(r.writeDate);
            if (written > newest)
                newest = written;
            page.items << r;
        }
        page.complete = list.size() + gone->size() < limit;
        if (!page.complete) {
            page.cursor = QStringLiteral("%1|%2|%3|%4").arg(since).arg(last).arg(newest, walkStarted);
        } else {
            const auto time = [](const QString &text) {
                return text.isEmpty() ? Timestamp() : odoo::datetime(QJsonValue(text));
            };
            const Timestamp next = nextChangeStart(time(since), time(walkStarted), time(newest));
            page.cursor = next.isNull() ? QString() : odoo::datetimeText(next) + QStringLiteral("|0|");
        }
        out->setResult(std::move(page));
        out->finish();
    });
    return out;
}

Call<ChangedPage<Individual>> *OdooBackend::changedIndividuals(const ChangesQuery &query)
{
    return changed<Individual>(query, false);
}

Call<ChangedPage<Group>> *OdooBackend::changedGroups(const ChangesQuery &query)
{
    return changed<Group>(query, true);
}

} // namespace g2p
