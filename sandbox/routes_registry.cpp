// Upstream registry operations: individuals, groups and the base_rest legacy paths.
#include "routes.h"

#include "wiretime.h"

#include <QRegularExpression>

namespace g2p::sandbox {
namespace {

const QString kCriteriaNotMatched = QStringLiteral("The specified criteria did not match any records.");
const QString kIndividualMissing = QStringLiteral("Record is not present in the database.");
const QString kGroupMissing = QStringLiteral("ID/Name not present.");

enum class BodyKind
{
    Individual,
    Member,
    Update
};

void checkObjectList(BodyReader &parent,
    const QString &key,
    unsigned flags,
    Issues &issues,
    const std::function<void(BodyReader &)> &each)
{
    const QJsonArray items = parent.list(key, flags);
    for (int i = 0; i < items.size(); ++i) {
        QJsonArray loc = parent.loc(key);
        loc.append(i);
        if (!items[i].isObject()) {
            issues.add(QStringLiteral("model_attributes_type"), loc,
                QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                items[i]);
            continue;
        }
        BodyReader item(items[i].toObject(), loc, issues);
        each(item);
    }
}

void checkIds(BodyReader &b, unsigned flags, Issues &issues)
{
    checkObjectList(b, QStringLiteral("ids"), flags, issues, [](BodyReader &id) {
        id.string(QStringLiteral("id_type"), BodyReader::Required | BodyReader::NonEmpty);
        id.string(QStringLiteral("value"), BodyReader::Required | BodyReader::NonEmpty);
        id.date(QStringLiteral("expiry_date"), BodyReader::Nullable | BodyReader::EmptyDateIsNull);
        id.enumValue(QStringLiteral("status"), {QStringLiteral("valid"), QStringLiteral("invalid")},
            BodyReader::Nullable);
        id.string(QStringLiteral("description"));
    });
}

void checkPhones(BodyReader &b, Issues &issues)
{
    checkObjectList(b, QStringLiteral("phone_numbers"), BodyReader::Nullable, issues, [](BodyReader &p) {
        p.string(QStringLiteral("phone_no"), BodyReader::Required);
        p.date(QStringLiteral("date_collected"), BodyReader::Nullable | BodyReader::EmptyDateIsNull);
    });
}

void checkProgramMemberships(BodyReader &b, Issues &issues)
{
    checkObjectList(
        b, QStringLiteral("program_memberships"), BodyReader::Nullable, issues, [](BodyReader &p) {
            p.string(QStringLiteral("name"));
            p.date(QStringLiteral("enrollment_date"), BodyReader::Nullable | BodyReader::EmptyDateIsNull);
        });
}

// Schema of IndividualInfoRequest, GroupMembersInfoRequest and UpdateIndividualInfoRequest.
void checkPersonBody(BodyReader &b, BodyKind kind, Issues &issues)
{
    using F = BodyReader::Flag;
    const unsigned reqNullable = F::Required | F::Nullable;
    const unsigned dateFlags = F::Nullable | F::EmptyDateIsNull;
    if (kind == BodyKind::Update)
        b.string(QStringLiteral("updateId"), F::Required | F::NonEmpty);
    b.string(QStringLiteral("name"), kind == BodyKind::Update ? reqNullable : (F::Required | F::NonEmpty));
    checkIds(b, kind == BodyKind::Member ? unsigned(F::Nullable) : unsigned(F::Required), issues);
    b.date(QStringLiteral("registration_date"), dateFlags);
    checkPhones(b, issues);
    const unsigned contact = kind == BodyKind::Member ? reqNullable : unsigned(F::Nullable);
    b.string(QStringLiteral("email"), contact);
    b.string(QStringLiteral("address"), contact);
    if (kind != BodyKind::Member)
        b.string(QStringLiteral("image_1920"));
    b.string(
        QStringLiteral("given_name"), kind == BodyKind::Update ? reqNullable : (F::Required | F::NonEmpty));
    b.string(QStringLiteral("addl_name"));
    b.string(QStringLiteral("family_name"));
    b.string(QStringLiteral("gender"), reqNullable);
    b.date(QStringLiteral("birthdate"), dateFlags);
    b.string(QStringLiteral("birth_place"), reqNullable);
    b.boolean(QStringLiteral("is_group"), F::Nullable);
    if (kind == BodyKind::Member) {
        checkObjectList(b, QStringLiteral("kind"), F::Nullable, issues, [](BodyReader &k) {
            k.string(QStringLiteral("name"), BodyReader::Required | BodyReader::Nullable);
        });
    }
    if (kind != BodyKind::Update)
        checkProgramMemberships(b, issues);
}

QString textOrNullString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

QString dateOrNull(const QJsonObject &o, const QString &key)
{
    const QString s = textOrNullString(o, key);
    return s.isEmpty() ? QString() : s;
}

QJsonArray arrayOf(const QJsonObject &o, const QString &key)
{
    return o.value(key).toArray();
}

} // namespace

// Checks that do not depend on the database state beyond reference data: unknown id types,
// phone numbers Odoo cannot sanitise. Returns the first failure as a 400 (FastAPI shape).
static std::optional<Reply> firstReferenceError(const RegistryStore &store,
    const QJsonObject &body,
    const std::function<QString(const QString &)> &sanitize)
{
    QStringList seenTypes;
    for (const QJsonValue &v : arrayOf(body, QStringLiteral("ids"))) {
        const QString type = v.toObject().value(QStringLiteral("id_type")).toString();
        if (!store.idTypeExists(type))
            return Reply::detail(
                400, QStringLiteral("ID type - %1 is not present in the database.").arg(type));
        if (seenTypes.contains(type))
            return Reply::detail(400, QStringLiteral("ID Type must be unique."));
        seenTypes << type;
    }
    for (const QJsonValue &v : arrayOf(body, QStringLiteral("phone_numbers"))) {
        const QString phone = v.toObject().value(QStringLiteral("phone_no")).toString();
        if (sanitize(phone).isEmpty())
            return Reply::detail(400, QStringLiteral("Invalid phone number: %1").arg(phone));
    }
    return std::nullopt;
}

qint64 Routes::createMembership(qint64 partnerId,
    qint64 programId,
    const QString &state,
    const QVariant &enrollment,
    const QString &user,
    const QString &note,
    const QString &source)
{
    MembershipRow m;
    m.partnerId = partnerId;
    m.programId = programId;
    m.state = state;
    m.enrollmentDate = enrollment;
    m.createDate = m.writeDate = m_store.nowMicros();
    if (!m_store.insertMembership(m))
        return 0;
    HistoryRow h;
    h.membershipId = m.id;
    h.changedAt = m.createDate;
    h.changedBy = user;
    h.toState = state;
    h.enrollmentDate = enrollment;
    h.note = note.trimmed().isEmpty() ? QString() : note;
    h.source = source;
    m_store.insertHistory(h);
    return m.id;
}

// Ids, phones and `program_memberships` of a new registrant.
std::optional<Reply> Routes::createRegistrantParts(
    qint64 partnerId, const QJsonObject &body, bool isGroup, const QString &user)
{
    for (const QJsonValue &v : arrayOf(body, QStringLiteral("ids"))) {
        const QJsonObject id = v.toObject();
        m_store.insertRegId(partnerId, id.value(QStringLiteral("id_type")).toString(),
            id.value(QStringLiteral("value")).toString(), dateOrNull(id, QStringLiteral("expiry_date")),
            textOrNullString(id, QStringLiteral("status")),
            textOrNullString(id, QStringLiteral("description")));
    }
    for (const QJsonValue &v : arrayOf(body, QStringLiteral("phone_numbers"))) {
        const QJsonObject p = v.toObject();
        const QString phone = p.value(QStringLiteral("phone_no")).toString();
        m_store.insertPhone(
            partnerId, phone, sanitizedPhone(phone), dateOrNull(p, QStringLiteral("date_collected")));
    }
    const QString target = isGroup ? QStringLiteral("group") : QStringLiteral("individual");
    for (const QJsonValue &v : arrayOf(body, QStringLiteral("program_memberships"))) {
        const QJsonObject pm = v.toObject();
        const QString name = textOrNullString(pm, QStringLiteral("name"));
        if (name.isNull())
            continue;
        const auto programId = m_store.programByName(name, target);
        if (!programId || m_store.membershipOf(partnerId, *programId))
            continue; // unknown names and repeated programs are ignored, as upstream does
        const QDate d = parseIsoDate(dateOrNull(pm, QStringLiteral("enrollment_date")));
        const QVariant enrollment
            = d.isValid() ? QVariant(QDate(1970, 1, 1).daysTo(d) * 86400000000LL) : QVariant();
        createMembership(partnerId, *programId, QStringLiteral("draft"), enrollment, user, QString(),
            QStringLiteral("api"));
    }
    return std::nullopt;
}

static PartnerRow personFromBody(const RegistryStore &store, const QJsonObject &o)
{
    PartnerRow p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.givenName = textOrNullString(o, QStringLiteral("given_name"));
    p.addlName = textOrNullString(o, QStringLiteral("addl_name"));
    p.familyName = textOrNullString(o, QStringLiteral("family_name"));
    const QString genderCode = textOrNullString(o, QStringLiteral("gender"));
    p.gender = genderCode.isNull() ? QString() : store.genderValue(genderCode); // unknown codes are dropped
    if (p.gender.isEmpty())
        p.gender = QString();
    p.birthdate = dateOrNull(o, QStringLiteral("birthdate"));
    p.birthPlace = textOrNullString(o, QStringLiteral("birth_place"));
    p.registrationDate = dateOrNull(o, QStringLiteral("registration_date"));
    p.email = textOrNullString(o, QStringLiteral("email"));
    p.address = textOrNullString(o, QStringLiteral("address"));
    p.image1920 = textOrNullString(o, QStringLiteral("image_1920"));
    return p;
}

Reply Routes::getIndividual(Request &r)
{
    Issues issues;
    const auto id = pathId(r.segments[1], issues);
    if (!issues.isEmpty())
        return issues.reply();
    const auto p = m_store.partner(*id, false);
    if (!p)
        return Reply::detail(400, kIndividualMissing);
    return Reply::json(m_store.individualJson(*p, false));
}

Reply Routes::searchPartners(Request &r, bool isGroup, bool baseRest)
{
    Issues issues;
    const QString idParam = baseRest ? QStringLiteral("id") : QStringLiteral("_id");
    const auto id = queryInt(r, idParam, issues);
    const QString name = queryString(r, QStringLiteral("name"));
    const auto full = isGroup ? queryBool(r, QStringLiteral("include_members_full"), issues) : std::nullopt;
    if (!issues.isEmpty())
        return issues.reply(baseRest);
    const QList<qint64> ids = m_store.searchPartners(isGroup, id, name);
    if (ids.isEmpty()) {
        if (!baseRest)
            return Reply::detail(400, kCriteriaNotMatched);
        QString description;
        if (id && !name.isNull())
            description = QStringLiteral("The ID Number or Name entered does not exist.");
        else if (id)
            description = QStringLiteral(
                "The ID Number you have entered does not exist. Please enter a valid ID Number.");
        else
            description = QStringLiteral("This Name does not exist. Please enter a valid Name.");
        return Reply::baseRest(
            400, QStringLiteral("G2P-REQ-010"), g2pMessage(QStringLiteral("G2P-REQ-010")), description);
    }
    return Reply::jsonText(m_store.partnersArray(ids, isGroup, full.value_or(false), baseRest));
}

Reply Routes::searchIndividuals(Request &r)
{
    return searchPartners(r, false, false);
}

Reply Routes::searchIndividualsBaseRest(Request &r)
{
    return searchPartners(r, false, true);
}

Reply Routes::searchGroups(Request &r)
{
    return searchPartners(r, true, false);
}

Reply Routes::searchGroupsBaseRest(Request &r)
{
    return searchPartners(r, true, true);
}

Reply Routes::createIndividual(Request &r)
{
    Issues issues;
    const QJsonObject o = objectBody(r, issues);
    if (!issues.isEmpty())
        return issues.reply();
    BodyReader b(o, QJsonArray {QStringLiteral("body")}, issues);
    checkPersonBody(b, BodyKind::Individual, issues);
    if (!issues.isEmpty())
        return issues.reply();
    if (auto err = firstReferenceError(m_store, o, sanitizedPhone))
        return *err;
    m_store.begin();
    PartnerRow p = personFromBody(m_store, o);
    p.isGroup = false;
    if (!m_store.insertPartner(p)) {
        m_store.rollback();
        return Reply::detail(500, QStringLiteral("Internal Server Error"));
    }
    createRegistrantParts(p.id, o, false, r.user);
    m_store.commit();
    return Reply::json(m_store.individualJson(*m_store.partner(p.id, false), false));
}

Reply Routes::updateIndividuals(Request &r)
{
    Issues issues;
    const QString idType = queryString(r, QStringLiteral("id_type"));
    if (idType.isNull())
        issues.add(QStringLiteral("missing"), QJsonArray {QStringLiteral("query"), QStringLiteral("id_type")},
            QStringLiteral("Field required"), QJsonValue(QJsonValue::Null));
    const auto body = parseBody(r, issues);
    if (body && !body->isArray())
        issues.add(QStringLiteral("list_type"), QJsonArray {QStringLiteral("body")},
            QStringLiteral("Input should be a valid list"), *body);
    if (!issues.isEmpty())
        return issues.reply();
    const QJsonArray items = body->toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonArray loc {QStringLiteral("body"), i};
        if (!items[i].isObject()) {
            issues.add(QStringLiteral("model_attributes_type"), loc,
                QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                items[i]);
            continue;
        }
        BodyReader b(items[i].toObject(), loc, issues);
        checkPersonBody(b, BodyKind::Update, issues);
    }
    if (!issues.isEmpty())
        return issues.reply();
    if (idType.isEmpty() || !m_store.idTypeExists(idType))
        return Reply::detail(400, QStringLiteral("Unknown ID type: %1").arg(idType));

    m_store.begin();
    QList<qint64> updated;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString updateId = o.value(QStringLiteral("updateId")).toString();
        const auto partnerId = m_store.partnerByRegId(idType, updateId);
        if (!partnerId) {
            m_store.rollback();
            return Reply::detail(
                400, QStringLiteral("No individual has a %1 with value %2.").arg(idType, updateId));
        }
        if (auto err = firstReferenceError(m_store, o, sanitizedPhone)) {
            m_store.rollback();
            return *err;
        }
        PartnerRow p = *m_store.partner(*partnerId, false);
        const PartnerRow in = personFromBody(m_store, o);
        // Null or absent fields are left unchanged: nothing can be cleared through this API.
        const auto keep = [](QString &target, const QString &value) {
            if (!value.isNull())
                target = value;
        };
        if (!in.name.isEmpty())
            p.name = in.name;
        keep(p.givenName, in.givenName);
        keep(p.addlName, in.addlName);
        keep(p.familyName, in.familyName);
        keep(p.gender, in.gender);
        keep(p.birthdate, in.birthdate);
        keep(p.birthPlace, in.birthPlace);
        keep(p.registrationDate, in.registrationDate);
        keep(p.email, in.email);
        keep(p.address, in.address);
        keep(p.image1920, in.image1920);
        p.writeDate = m_store.nowMicros();
        m_store.updatePartner(p);
        for (const QJsonValue &idv : arrayOf(o, QStringLiteral("ids"))) {
            const QJsonObject id = idv.toObject();
            const QString type = id.value(QStringLiteral("id_type")).toString();
            const QString value = id.value(QStringLiteral("value")).toString();
            const QString expiry = dateOrNull(id, QStringLiteral("expiry_date"));
            const QString status = textOrNullString(id, QStringLiteral("status"));
            const QString description = textOrNullString(id, QStringLiteral("description"));
            if (const auto existing = m_store.regIdOfType(p.id, type))
                m_store.updateRegId(*existing, value, expiry, status, description);
            else
                m_store.insertRegId(p.id, type, value, expiry, status, description);
        }
        for (const QJsonValue &pv : arrayOf(o, QStringLiteral("phone_numbers"))) {
            const QJsonObject ph = pv.toObject();
            const QString phone = ph.value(QStringLiteral("phone_no")).toString();
            m_store.insertPhone(
                p.id, phone, sanitizedPhone(phone), dateOrNull(ph, QStringLiteral("date_collected")));
        }
        updated.append(p.id);
    }
    m_store.commit();
    return Reply::jsonText(m_store.partnersArray(updated, false, false, false));
}

Reply Routes::updateIdentification(Request &r)
{
    Issues issues;
    const QJsonObject o = objectBody(r, issues);
    if (!issues.isEmpty())
        return issues.reply(true);
    BodyReader b(o, QJsonArray {QStringLiteral("body")}, issues);
    const auto partnerId = b.integer(QStringLiteral("partner_id"), BodyReader::Required);
    const QString idType = b.string(QStringLiteral("id_type"), BodyReader::Required);
    const QString value = b.string(QStringLiteral("value"), BodyReader::Required);
    const QDate expiry = b.date(QStringLiteral("expiry_date"));
    if (!issues.isEmpty())
        return issues.reply(true);
    if (!m_store.idTypeExists(idType))
        return Reply::baseRest(400, QStringLiteral("G2P-REQ-005"), g2pMessage(QStringLiteral("G2P-REQ-005")),
            QStringLiteral("ID type - %1 is not present in the database.").arg(idType));
    if (!m_store.partner(*partnerId, false))
        return Reply::baseRest(400, QStringLiteral("G2P-REQ-013"), g2pMessage(QStringLiteral("G2P-REQ-013")),
            QStringLiteral("Partner %1 is not present in the database.").arg(*partnerId));
    const QString expiryText = expiry.isValid() ? formatIsoDate(expiry) : QString();
    qint64 regId = 0;
    if (const auto existing = m_store.regIdOfType(*partnerId, idType)) {
        regId = *existing;
        m_store.updateRegId(regId, value, expiryText, QString(), QString());
    } else {
        regId = m_store.insertRegId(*partnerId, idType, value, expiryText, QString(), QString());
    }
    m_store.touchPartner(*partnerId);
    return Reply::json(QJsonObject {{QStringLiteral("id"), regId}, {QStringLiteral("id_type"), idType},
        {QStringLiteral("value"), value}, {QStringLiteral("expiry_date"), textOrNull(expiryText)},
        {QStringLiteral("partner_id"), *partnerId}});
}

Reply Routes::getIndividualIds(Request &r)
{
    const QString include = queryString(r, QStringLiteral("include_id_type"));
    if (include.isEmpty())
        return Reply::detail(400, QStringLiteral("include_id_type is required."));
    const QStringList values = m_store.idValues(include, queryString(r, QStringLiteral("exclude_id_type")));
    return Reply::json(QJsonArray::fromStringList(values));
}

Reply Routes::getGroup(Request &r)
{
    Issues issues;
    const auto id = pathId(r.segments[1], issues);
    if (!issues.isEmpty())
        return issues.reply();
    const auto p = m_store.partner(*id, true);
    if (!p)
        return Reply::detail(400, kGroupMissing);
    return Reply::json(m_store.groupJson(*p, true, false));
}

Reply Routes::createGroup(Request &r)
{
    Issues issues;
    const QJsonObject o = objectBody(r, issues);
    if (!issues.isEmpty())
        return issues.reply();
    BodyReader b(o, QJsonArray {QStringLiteral("body")}, issues);
    using F = BodyReader::Flag;
    b.string(QStringLiteral("name"), F::Required | F::NonEmpty);
    checkIds(b, F::Required, issues);
    b.date(QStringLiteral("registration_date"), F::Nullable | F::EmptyDateIsNull);
    checkPhones(b, issues);
    b.string(QStringLiteral("email"));
    b.string(QStringLiteral("address"));
    b.string(QStringLiteral("image_1920"));
    b.boolean(QStringLiteral("is_group"), F::Nullable);
    checkObjectList(b, QStringLiteral("members"), F::Required, issues,
        [&issues](BodyReader &m) { checkPersonBody(m, BodyKind::Member, issues); });
    b.string(QStringLiteral("kind"), F::Required | F::Nullable);
    b.boolean(QStringLiteral("is_partial_group"), F::Required | F::Nullable);
    checkProgramMemberships(b, issues);
    if (!issues.isEmpty())
        return issues.reply();

    const auto sanitize = sanitizedPhone;
    if (auto err = firstReferenceError(m_store, o, sanitize))
        return *err;
    const QString kind = textOrNullString(o, QStringLiteral("kind"));
    if (!kind.isNull() && !m_store.groupKindExists(kind))
        return Reply::detail(
            400, QStringLiteral("Group type - %1 is not present in the database.").arg(kind));
    const QJsonArray members = arrayOf(o, QStringLiteral("members"));
    for (const QJsonValue &mv : members) {
        const QJsonObject m = mv.toObject();
        if (auto err = firstReferenceError(m_store, m, sanitize))
            return *err;
        for (const QJsonValue &kv : arrayOf(m, QStringLiteral("kind"))) {
            const QString k = textOrNullString(kv.toObject(), QStringLiteral("name"));
            if (!m_store.membershipKindExists(k))
                return Reply::detail(
                    400, QStringLiteral("Membership kind - %1 is not present in the database.").arg(k));
        }
    }

    m_store.begin();
    PartnerRow g = personFromBody(m_store, o);
    g.isGroup = true;
    g.givenName = g.familyName = g.addlName = g.gender = g.birthdate = g.birthPlace = QString();
    g.kind = kind;
    const QJsonValue partial = o.value(QStringLiteral("is_partial_group"));
    g.isPartialGroup = partial.isBool() ? QVariant(partial.toBool()) : QVariant();
    if (!m_store.insertPartner(g)) {
        m_store.rollback();
        return Reply::detail(500, QStringLiteral("Internal Server Error"));
    }
    for (const QJsonValue &mv : members) {
        const QJsonObject m = mv.toObject();
        PartnerRow ind = personFromBody(m_store, m);
        ind.isGroup = false;
        m_store.insertPartner(ind);
        createRegistrantParts(ind.id, m, false, r.user);
        QStringList kinds;
        for (const QJsonValue &kv : arrayOf(m, QStringLiteral("kind")))
            kinds << kv.toObject().value(QStringLiteral("name")).toString();
        m_store.insertGroupMembership(g.id, ind.id, kinds);
    }
    createRegistrantParts(g.id, o, true, r.user);
    m_store.commit();
    return Reply::json(m_store.groupJson(*m_store.partner(g.id, true), true, false));
}

} // namespace g2p::sandbox
