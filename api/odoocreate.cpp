// OdooBackend: creating individuals and households (res.partner with its ID numbers, phones,
// program memberships and, for a household, its members) — each registrant in one create call, so
// it is whole or not there. OpenG2P builds `name` in an onchange only: it is always sent.
#include "odoobackend.h"

#include "odoocalls.h"
#include "odoorecords.h"

#include <QHash>

#include <memory>

namespace g2p {
using namespace odoo_detail;

namespace {

// The reference data new registrants name, read once per creation.
struct Lookups
{
    QHash<QString, qint64> idTypes; // by name, lower-case
    QHash<QString, qint64> kinds; // group membership kinds, by name, lower-case
    QHash<QString, QString> genders; // selection key by key and by label, lower-case
    QHash<QString, qint64> programs; // "individual|name" / "group|name", lower-case name
};

struct Creation
{
    std::shared_ptr<Lookups> lookups = std::make_shared<Lookups>();
    QString problem;
    QList<QPair<qint64, QDate>> dates; // program, enrolment date: written after the create
};

QJsonArray command(const QJsonObject &vals)
{
    return QJsonArray {0, 0, vals};
}

template<class In>
void commonVals(const In &in, bool group, Creation &c, QJsonObject &v)
{
    v.insert(QStringLiteral("name"), in.name.trimmed());
    v.insert(QStringLiteral("is_registrant"), true);
    v.insert(QStringLiteral("is_group"), group);
    if (in.registrationDate.isValid())
        v.insert(QStringLiteral("registration_date"), in.registrationDate.toString(Qt::ISODate));
    if (!in.email.isEmpty())
        v.insert(QStringLiteral("email"), in.email);
    if (!in.address.isEmpty())
        v.insert(QStringLiteral("address"), in.address);
    QJsonArray ids, phones, memberships;
    for (const RegistrantIdInput &id : in.ids) {
        const qint64 type = c.lookups->idTypes.value(id.idType.trimmed().toLower());
        if (!type) {
            c.problem = OdooBackend::tr("This server has no ID type “%1”.").arg(id.idType);
            return;
        }
        QJsonObject o {{QStringLiteral("id_type"), type}, {QStringLiteral("value"), id.value}};
        if (id.expiryDate.isValid())
            o.insert(QStringLiteral("expiry_date"), id.expiryDate.toString(Qt::ISODate));
        ids << command(o);
    }
    for (const PhoneInput &p : in.phones) {
        QJsonObject o {{QStringLiteral("phone_no"), p.phoneNo}};
        if (p.dateCollected.isValid())
            o.insert(QStringLiteral("date_collected"), p.dateCollected.toString(Qt::ISODate));
        phones << command(o);
    }
    for (const ProgramMembershipInput &m : in.programMemberships) {
        const QString key
            = (group ? QStringLiteral("group|") : QStringLiteral("individual|")) + m.name.trimmed().toLower();
        const qint64 program = c.lookups->programs.value(key);
        if (!program) {
            c.problem
                = OdooBackend::tr("This server has no active program “%1” for %2.")
                      .arg(m.name, group ? OdooBackend::tr("households") : OdooBackend::tr("individuals"));
            return;
        }
        memberships << command(
            {{QStringLiteral("program_id"), program}, {QStringLiteral("state"), QStringLiteral("draft")}});
        if (m.enrollmentDate.isValid())
            c.dates << qMakePair(program, m.enrollmentDate);
    }
    if (!ids.isEmpty())
        v.insert(QStringLiteral("reg_ids"), ids);
    if (!phones.isEmpty())
        v.insert(QStringLiteral("phone_number_ids"), phones);
    if (!memberships.isEmpty())
        v.insert(QStringLiteral("program_membership_ids"), memberships);
}

template<class In>
QJsonObject individualVals(const In &in, Creation &c)
{
    QJsonObject v;
    commonVals(in, false, c, v);
    for (const auto &[key, value] : {std::pair {"given_name", in.givenName}, {"family_name", in.familyName},
             {"addl_name", in.addlName}, {"birth_place", in.birthPlace}})
        if (!value.isEmpty())
            v.insert(QLatin1String(key), value);
    if (in.birthdate.isValid())
        v.insert(QStringLiteral("birthdate"), in.birthdate.toString(Qt::ISODate));
    if (!in.gender.isEmpty()) {
        const QString key = c.lookups->genders.value(in.gender.trimmed().toLower());
        if (key.isEmpty())
            c.problem = OdooBackend::tr("This server has no gender “%1”.").arg(in.gender);
        v.insert(QStringLiteral("gender"), key);
    }
    return v;
}

// Reads what the values will name, in parallel; `then` runs once all answered.
void readLookups(OdooBackend *b,
    PendingCall *owner,
    bool needKinds,
    bool needPrograms,
    std::shared_ptr<Lookups> l,
    std::function<void(const ApiError &)> then)
{
    auto left = std::make_shared<int>(0);
    auto failed = std::make_shared<bool>(false);
    const auto ask = [&](Call<QJsonValue> *c, std::function<void(const QJsonValue &)> take) {
        ++*left;
        QObject::connect(c, &PendingCall::finished, owner, [c, take, left, failed, then] {
            if (*failed)
                return;
            if (!c->succeeded()) {
                *failed = true;
                then(c->error());
                return;
            }
            take(c->result());
            if (--*left == 0)
                then(ApiError());
        });
    };
    const QString what = OdooBackend::tr("read the registry's reference data");
    ask(b->execute(QStringLiteral("g2p.id.type"), QStringLiteral("search_read"), one(QJsonArray {}),
            {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}}, true, what),
        [l](const QJsonValue &rows) {
            for (const QJsonValue &r : rows.toArray())
                l->idTypes.insert(
                    r[QStringLiteral("name")].toString().toLower(), r[QStringLiteral("id")].toInteger());
        });
    // Gender values are per deployment (gender.type): fields_get gives [key, label] pairs.
    ask(b->execute(P, QStringLiteral("fields_get"), {},
            {{QStringLiteral("allfields"), QJsonArray {QStringLiteral("gender")}},
                {QStringLiteral("attributes"), QJsonArray {QStringLiteral("selection")}}},
            true, what),
        [l](const QJsonValue &fields) {
            for (const QJsonValue &pair :
                fields[QStringLiteral("gender")][QStringLiteral("selection")].toArray()) {
                const QString key = pair[0].toString();
                l->genders.insert(key.toLower(), key);
                l->genders.insert(pair[1].toString().toLower(), key);
            }
        });
    if (needKinds)
        ask(b->execute(QStringLiteral("g2p.group.membership.kind"), QStringLiteral("search_read"),
                one(QJsonArray {}), {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}}, true,
                what),
            [l](const QJsonValue &rows) {
                for (const QJsonValue &r : rows.toArray())
                    l->kinds.insert(
                        r[QStringLiteral("name")].toString().toLower(), r[QStringLiteral("id")].toInteger());
            });
    if (needPrograms)
        ask(b->execute(QStringLiteral("g2p.program"), QStringLiteral("search_read"),
                one(QJsonArray {
                    leaf(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("active"))}),
                {{QStringLiteral("fields"),
                     QJsonArray {QStringLiteral("name"), QStringLiteral("target_type")}},
                    {QStringLiteral("order"), QStringLiteral("id asc")}},
                true, what),
            [l](const QJsonValue &rows) {
                for (const QJsonValue &r : rows.toArray()) {
                    const QString key = r[QStringLiteral("target_type")].toString() + QLatin1Char('|')
                        + r[QStringLiteral("name")].toString().toLower();
                    if (!l->programs.contains(key)) // the lowest id of a name, as the REST face does
                        l->programs.insert(key, r[QStringLiteral("id")].toInteger());
                }
            });
}

// A new membership's enrolment date is a second write (the create's compute wins over a value).
void writeDates(OdooBackend *b,
    PendingCall *owner,
    const QList<qint64> &partners,
    const QList<QPair<qint64, QDate>> &dates,
    std::function<void(const ApiError &)> then)
{
    if (dates.isEmpty() || partners.isEmpty()) {
        then(ApiError());
        return;
    }
    auto *found = b->execute(M, QStringLiteral("search_read"),
        one(QJsonArray {leaf(QStringLiteral("partner_id"), QStringLiteral("in"), jsonIds(partners))}),
        {{QStringLiteral("fields"), QJsonArray {QStringLiteral("program_id")}}}, true,
        OdooBackend::tr("read program memberships"));
    QObject::connect(found, &PendingCall::finished, owner, [b, owner, found, dates, then] {
        if (!found->succeeded()) {
            then(found->error());
            return;
        }
        auto writes = std::make_shared<QList<QPair<qint64, QString>>>();
        for (const QJsonValue &r : found->result().toArray())
            for (const auto &[program, day] : dates)
                if (odoo::many2oneId(r[QStringLiteral("program_id")]) == program)
                    *writes << qMakePair(r[QStringLiteral("id")].toInteger(), odoo::datetimeText(day));
        auto next = std::make_shared<std::function<void()>>();
        *next = [b, owner, writes, next, then] {
            if (writes->isEmpty()) {
                then(ApiError());
                return;
            }
            const auto [id, day] = writes->takeFirst();
            auto *w = b->execute(M, QStringLiteral("write"),
                {QJsonArray {id}, QJsonObject {{QStringLiteral("enrollment_date"), day}}}, {}, false,
                OdooBackend::tr("change program memberships"));
            QObject::connect(w, &PendingCall::finished, owner, [w, next, then] {
                if (!w->succeeded())
                    then(w->error());
                else
                    (*next)();
            });
        };
        (*next)();
    });
}

} // namespace

Call<Individual> *OdooBackend::createIndividual(const IndividualInput &input)
{
    auto *out = new Call<Individual>(this);
    auto c = std::make_shared<Creation>();
    readLookups(this, out, false, !input.programMemberships.isEmpty(), c->lookups,
        [this, out, c, input](const ApiError &e) {
            if (!e.isNull()) {
                out->finish(e);
                return;
            }
            const QJsonObject vals = individualVals(input, *c);
            if (!c->problem.isEmpty()) {
                out->finish(problem(ApiError::Kind::Validation, QString(), c->problem)); // nothing was sent
                return;
            }
            auto *made = execute(P, QStringLiteral("create"), one(vals), {}, false, tr("create registrants"));
            step(out, made, [this, out, c](const QJsonValue &id) {
                writeDates(this, out, {id.toInteger()}, c->dates, [this, out, id](const ApiError &written) {
                    if (!written.isNull()) {
                        out->finish(written);
                        return;
                    }
                    step(out, individual(RecordRef(id.toInteger())), [out](const Individual &i) {
                        out->setResult(i);
                        out->finish();
                    });
                });
            });
        });
    return out;
}

// The members first (one create for all of them), then the household with its memberships and
// their roles (one create).
Call<Group> *OdooBackend::createGroup(const GroupInput &input)
{
    auto *out = new Call<Group>(this);
    auto c = std::make_shared<Creation>();
    bool programs = !input.programMemberships.isEmpty();
    for (const GroupMemberInput &m : input.members)
        programs = programs || !m.programMemberships.isEmpty();
    readLookups(this, out, true, programs, c->lookups, [this, out, c, input](const ApiError &e) {
        if (!e.isNull()) {
            out->finish(e);
            return;
        }
        QJsonArray people;
        for (const GroupMemberInput &m : input.members)
            people << individualVals(m, *c);
        QJsonObject household;
        commonVals(input, true, *c, household);
        QList<QJsonArray> roles;
        for (const GroupMemberInput &m : input.members) {
            QJsonArray kindIds;
            for (const MembershipKind &k : m.kinds) {
                const qint64 kind = c->lookups->kinds.value(k.name.trimmed().toLower());
                if (!kind)
                    c->problem = tr("This server has no household role “%1”.").arg(k.name);
                kindIds << kind;
            }
            roles << kindIds;
        }
        if (!c->problem.isEmpty()) {
            out->finish(problem(ApiError::Kind::Validation, QString(), c->problem)); // nothing was sent
            return;
        }
        const auto makeHousehold = [this, out, c, household, roles](const QList<qint64> &memberIds) {
            QJsonObject vals = household;
            QJsonArray links;
            for (int i = 0; i < memberIds.size(); ++i)
                links << command({{QStringLiteral("individual"), memberIds[i]},
                    {QStringLiteral("kind"), QJsonArray {QJsonArray {6, 0, roles.value(i)}}}});
            if (!links.isEmpty())
                vals.insert(QStringLiteral("group_membership_ids"), links);
            auto *made = execute(P, QStringLiteral("create"), one(vals), {}, false, tr("create registrants"));
            step(out, made, [this, out, c, memberIds](const QJsonValue &id) {
                writeDates(this, out, QList<qint64>(memberIds) << id.toInteger(), c->dates,
                    [this, out, id](const ApiError &written) {
                        if (!written.isNull()) {
                            out->finish(written);
                            return;
                        }
                        step(out, group(RecordRef(id.toInteger())), [out](const Group &g) {
                            out->setResult(g);
                            out->finish();
                        });
                    });
            });
        };
        if (people.isEmpty()) {
            makeHousehold({});
            return;
        }
        auto *members
            = execute(P, QStringLiteral("create"), one(people), {}, false, tr("create registrants"));
        step(out, members, [makeHousehold](const QJsonValue &ids) {
            QList<qint64> memberIds;
            for (const QJsonValue &id : ids.toArray())
                memberIds << id.toInteger();
            makeHousehold(memberIds);
        });
    });
    return out;
}

} // namespace g2p
