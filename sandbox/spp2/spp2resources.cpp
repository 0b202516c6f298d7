// The sandbox's API v2 resources: Individual, Group, Program, ProgramMembership (section 2).
#include "spp2face.h"

#include "wiretime.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>

namespace g2p::sandbox::spp2 {

namespace {

const QString kIdTypeNs = QStringLiteral("urn:openspp:vocab:id-type#");
const QString kSystemId = QStringLiteral("urn:openspp:vocab:id-type#system_id");
const QString kProgramSystem = QStringLiteral("urn:openspp:program");
const QStringList kStates {QStringLiteral("draft"), QStringLiteral("enrolled"), QStringLiteral("paused"),
    QStringLiteral("exited"), QStringLiteral("not_eligible"), QStringLiteral("duplicated")};

// "2024-06-10T06:13:20.123456": Python's isoformat() of a naive UTC datetime.
QString isoNaive(qint64 micros)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(micros / 1000, QTimeZone::utc());
    QString s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const qint64 frac = ((micros % 1000000) + 1000000) % 1000000;
    if (frac != 0)
        s += QStringLiteral(".%1").arg(frac, 6, 10, QLatin1Char('0'));
    return s;
}

QJsonObject meta(qint64 writeMicros, bool withSource)
{
    QJsonObject m {
        {QStringLiteral("versionId"), writeMicros > 0 ? QString::number(writeMicros) : QStringLiteral("1")},
        {QStringLiteral("lastUpdated"), isoNaive(writeMicros)}};
    if (withSource)
        m.insert(QStringLiteral("source"), QJsonValue());
    return m;
}

Reply validation(const QString &type, const QJsonArray &loc, const QString &msg)
{
    return Reply::json(QJsonObject {{QStringLiteral("detail"),
                           QJsonArray {QJsonObject {{QStringLiteral("type"), type},
                               {QStringLiteral("loc"), loc}, {QStringLiteral("msg"), msg}}}}},
        422);
}

// Search envelope [SR]: links are paths without host; null links left out when `omitNull`.
QJsonObject envelope(const QJsonArray &data,
    qint64 total,
    int offset,
    const QString &self,
    const QString &next,
    const QString &prev,
    bool omitNull)
{
    QJsonObject links {{QStringLiteral("self"), self}};
    if (!next.isEmpty() || !omitNull)
        links.insert(QStringLiteral("next"), next.isEmpty() ? QJsonValue() : QJsonValue(next));
    if (!prev.isEmpty() || !omitNull)
        links.insert(QStringLiteral("prev"), prev.isEmpty() ? QJsonValue() : QJsonValue(prev));
    return QJsonObject {{QStringLiteral("data"), data},
        {QStringLiteral("meta"),
            QJsonObject {{QStringLiteral("total"), total}, {QStringLiteral("count"), data.size()},
                {QStringLiteral("offset"), offset}}},
        {QStringLiteral("links"), links}};
}

// "ge2024-01-15" → (">=", micros of that midnight UTC). Odoo compares write_date with the date's
// midnight (unverified in Odoo 19: the most likely reading, section 2.2).
bool datePrefix(const QString &text, QString *op, qint64 *micros)
{
    static const QRegularExpression re(QStringLiteral("^(eq|ne|gt|ge|lt|le)?(\\d{4}-\\d{2}-\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate d = QDate::fromString(m.captured(2), Qt::ISODate);
    if (!d.isValid())
        return false;
    static const QHash<QString, QString> ops {{QStringLiteral("eq"), QStringLiteral("=")},
        {QStringLiteral("ne"), QStringLiteral("!=")}, {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("ge"), QStringLiteral(">=")}, {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("le"), QStringLiteral("<=")}};
    *op = ops.value(m.captured(1).isEmpty() ? QStringLiteral("eq") : m.captured(1));
    *micros = d.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    return true;
}

QString rawJoin(const QList<QPair<QString, QString>> &pairs)
{
    QStringList parts;
    for (const auto &[k, v] : pairs)
        parts << k + QLatin1Char('=') + v;
    return parts.join(QLatin1Char('&'));
}

} // namespace

QString Spp2Face::slugOf(const QString &name)
{
    QString s = name.toLower();
    s.replace(QLatin1Char(' '), QLatin1Char('-'));
    return s;
}

QString Spp2Face::idTypeSystem(const QString &idTypeName)
{
    QString code = idTypeName.toLower();
    code.replace(QLatin1Char(' '), QLatin1Char('_'));
    return kIdTypeNs + code;
}

std::optional<int> Spp2Face::pageCount(const Spp2Request &r, Reply *failure) const
{
    const QString text = r.query.queryItemValue(QStringLiteral("_count"));
    if (text.isNull())
        return 20;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > 100) {
        *failure = Reply::json(
            QJsonObject {{QStringLiteral("detail"),
                QJsonArray {QJsonObject {{QStringLiteral("type"),
                                             !ok ? QStringLiteral("int_parsing")
                                                 : (n < 1 ? QStringLiteral("greater_than_equal")
                                                          : QStringLiteral("less_than_equal"))},
                    {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), QStringLiteral("_count")}},
                    {QStringLiteral("msg"),
                        n > 100 ? QStringLiteral("Input should be less than or equal to 100")
                                : QStringLiteral("Input should be a valid count")},
                    {QStringLiteral("input"), text},
                    {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("le"), 100}}}}}}},
            422);
        return std::nullopt;
    }
    return n;
}

// Live identifiers in reg_id order, then system_id (the install hook added it last) [SYSID, RES].
QJsonArray Spp2Face::identifiersOf(qint64 partnerId) const
{
    QJsonArray out;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id_type, value FROM reg_id WHERE partner_id = ? AND status != 'invalid' "
                             "AND value IS NOT NULL ORDER BY id"));
    q.addBindValue(partnerId);
    if (q.exec())
        while (q.next())
            out.append(QJsonObject {{QStringLiteral("system"), idTypeSystem(q.value(0).toString())},
                {QStringLiteral("value"), q.value(1).toString()}});
    out.append(QJsonObject {
        {QStringLiteral("system"), kSystemId}, {QStringLiteral("value"), systemUuid(partnerId)}});
    return out;
}

QString Spp2Face::primaryReference(qint64 partnerId, bool isGroup) const
{
    const QJsonObject first = identifiersOf(partnerId).first().toObject();
    return (isGroup ? QStringLiteral("Group/") : QStringLiteral("Individual/"))
        + first.value(QLatin1String("system")).toString() + QLatin1Char('|')
        + first.value(QLatin1String("value")).toString();
}

Spp2Face::Resolved Spp2Face::resolve(
    const QString &identifier, std::optional<bool> isGroup, const QString &notFound) const
{
    Resolved out;
    const qsizetype bar = identifier.indexOf(QLatin1Char('|'));
    if (bar < 0) {
        out.failure
            = Reply::detail(400, QStringLiteral("Invalid identifier format. Expected: {system}|{value}"));
        return out;
    }
    const QString system = QUrl::fromPercentEncoding(identifier.left(bar).toUtf8());
    const QString value = identifier.mid(bar + 1);
    QList<qint64> found;
    if (system == kSystemId) {
        if (const auto id = partnerOfSystemUuid(value))
            found << *id;
    } else if (system.startsWith(kIdTypeNs)) {
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral(
            "SELECT r.partner_id, r.id_type FROM reg_id r WHERE r.value = ? AND r.status != 'invalid'"));
        q.addBindValue(value);
        if (q.exec())
            while (q.next())
                if (idTypeSystem(q.value(1).toString()) == system)
                    found << q.value(0).toLongLong();
    }
    // Kind and activity: Individual endpoints resolve individuals only, Group endpoints groups only.
    QList<qint64> kept;
    for (qint64 id : std::as_const(found)) {
        const auto p = m_store.anyPartner(id);
        if (p && p->active && (!isGroup || p->isGroup == *isGroup))
            kept << id;
    }
    if (kept.isEmpty()) {
        out.failure = Reply::detail(404, notFound);
        return out;
    }
    if (kept.size() > 1) {
        out.failure = Reply::detail(409, QStringLiteral("Identifier matches more than one registrant"));
        return out;
    }
    out.partnerId = kept.first();
    return out;
}

std::optional<qint64> Spp2Face::programOfSlug(const QString &reference, Reply *failure) const
{
    // "Program/urn:openspp:program|<slug>": looked up as name =ilike slug with '-' → ' ', limit 1 [PS].
    const QString ref = QUrl::fromPercentEncoding(reference.toUtf8());
    const qsizetype bar = ref.indexOf(QLatin1Char('|'));
    if (!ref.startsWith(QLatin1String("Program/")) || bar < 0) {
        *failure = Reply::detail(400, QStringLiteral("Invalid program reference format: %1").arg(reference));
        return std::nullopt;
    }
    QString name = ref.mid(bar + 1);
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id FROM program WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    *failure = Reply::detail(404, QStringLiteral("Program not found"));
    return std::nullopt;
}

// The contract's JSON of these registrants, reshaped as API v2 answers them (nulls left out).
QList<QJsonObject> Spp2Face::registrantsJson(const QList<qint64> &ids, bool groups) const
{
    QList<QJsonObject> out;
    const QList<QJsonObject> rows = m_store.partnersJson(ids, groups, true, false);
    for (const QJsonObject &c : rows) {
        const qint64 id = c.value(QLatin1String("id")).toInteger();
        QJsonObject o {
            {QStringLiteral("type"), groups ? QStringLiteral("Group") : QStringLiteral("Individual")},
            {QStringLiteral("identifier"), identifiersOf(id)}, {QStringLiteral("active"), true}};
        QJsonArray telecom;
        int rank = 0;
        for (const QJsonValue &ph : c.value(QLatin1String("phone_number_ids")).toArray())
            telecom.append(QJsonObject {{QStringLiteral("system"), QStringLiteral("phone")},
                {QStringLiteral("value"), ph.toObject().value(QLatin1String("phone_no"))},
                {QStringLiteral("use"), rank == 0 ? QStringLiteral("home") : QStringLiteral("mobile")},
                {QStringLiteral("rank"), ++rank}});
        if (c.value(QLatin1String("email")).isString())
            telecom.append(QJsonObject {{QStringLiteral("system"), QStringLiteral("email")},
                {QStringLiteral("value"), c.value(QLatin1String("email"))},
                {QStringLiteral("use"), QStringLiteral("work")}, {QStringLiteral("rank"), 3}});
        if (!telecom.isEmpty())
            o.insert(QStringLiteral("telecom"), telecom);
        if (c.value(QLatin1String("address")).isString())
            o.insert(QStringLiteral("address"),
                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("physical")},
                    {QStringLiteral("text"), c.value(QLatin1String("address"))}}});
        const qint64 written
            = Timestamp::parse(c.value(QLatin1String("write_date")).toString()).toUtcMicros();
        if (groups) {
            o.insert(QStringLiteral("groupType"), QStringLiteral("household"));
            o.insert(QStringLiteral("name"), c.value(QLatin1String("name")));
            QJsonArray members;
            for (const QJsonValue &v : c.value(QLatin1String("group_membership_ids")).toArray()) {
                const QJsonObject m = v.toObject();
                const QJsonObject ind = m.value(QLatin1String("individual")).toObject();
                QJsonObject member {{QStringLiteral("entity"),
                    QJsonObject {{QStringLiteral("reference"),
                                     primaryReference(ind.value(QLatin1String("id")).toInteger(), false)},
                        {QStringLiteral("display"), ind.value(QLatin1String("name"))}}}};
                const QJsonArray kinds = m.value(QLatin1String("kind")).toArray();
                if (!kinds.isEmpty()) {
                    const QString kind = kinds.first().toObject().value(QLatin1String("name")).toString();
                    member.insert(QStringLiteral("role"),
                        QJsonObject {{QStringLiteral("coding"),
                            QJsonArray {QJsonObject {
                                {QStringLiteral("system"), QStringLiteral("urn:openspp:vocab:relationship")},
                                {QStringLiteral("code"), kind.toLower()},
                                {QStringLiteral("display"), kind}}}}});
                }
                member.insert(QStringLiteral("inactive"), false);
                members.append(member);
            }
            o.insert(QStringLiteral("quantity"), members.size());
            o.insert(QStringLiteral("member"), members);
        } else {
            const auto part = [&c](const char *k) { return c.value(QLatin1String(k)).toString(); };
            o.insert(QStringLiteral("name"),
                QJsonObject {{QStringLiteral("family"), part("family_name")},
                    {QStringLiteral("given"), part("given_name")},
                    {QStringLiteral("middle"), part("addl_name")}, {QStringLiteral("text"), part("name")}});
            if (c.value(QLatin1String("birthdate")).isString())
                o.insert(QStringLiteral("birthDate"), c.value(QLatin1String("birthdate")));
            if (c.value(QLatin1String("gender")).isString()) {
                const QString g = part("gender");
                o.insert(QStringLiteral("gender"),
                    QJsonObject {
                        {QStringLiteral("coding"),
                            QJsonArray {QJsonObject {
                                {QStringLiteral("system"), QStringLiteral("urn:iso:std:iso:5218")},
                                {QStringLiteral("code"), g.toLower()}, {QStringLiteral("display"), g}}}},
                        {QStringLiteral("text"), g}});
            }
        }
        o.insert(QStringLiteral("meta"), meta(written, false));
        out.append(o);
    }
    return out;
}

Reply Spp2Face::searchRegistrants(const Spp2Request &r, bool groups)
{
    Reply failure;
    const auto count = pageCount(r, &failure);
    if (!count)
        return failure;
    const int offset = qMax(0, r.query.queryItemValue(QStringLiteral("_offset")).toInt());
    QStringList where {QStringLiteral("is_group = ?"), QStringLiteral("active = 1")};
    QVariantList binds {groups ? 1 : 0};
    QList<QPair<QString, QString>> echo;
    const QString name = r.query.queryItemValue(QStringLiteral("name"));
    if (!name.isEmpty()) {
        where << QStringLiteral("name LIKE ? ESCAPE '\\'");
        QString like = name;
        like.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        binds << QString(QLatin1Char('%') + like + QLatin1Char('%'));
        echo << qMakePair(QStringLiteral("name"), name);
    }
    const QString identifier = r.query.queryItemValue(QStringLiteral("identifier"));
    if (!identifier.isNull()) {
        const Resolved found = resolve(identifier, groups, QString());
        if (found.failure && found.failure->status == 409)
            return *found.failure;
        if (found.failure && found.failure->status == 400)
            return Reply::detail(
                400, QStringLiteral("Invalid identifier format. Expected: {system}|{value}"));
        where << QStringLiteral("id = ?");
        binds << (found.failure ? qint64(-1) : found.partnerId);
        echo << qMakePair(QStringLiteral("identifier"), identifier);
    }
    QString order = QStringLiteral("name ASC, id");
    if (!groups) {
        const QString updated = r.query.queryItemValue(QStringLiteral("_lastUpdated"));
        if (!updated.isNull()) {
            QString op;
            qint64 micros = 0;
            if (!datePrefix(updated, &op, &micros))
                return Reply::detail(400,
                    QStringLiteral(
                        "Invalid date for write_date: expected an optional prefix (eq, ne, gt, ge, lt, le) "
                        "and YYYY-MM-DD"));
            if (op == QLatin1String("="))
                where << QStringLiteral("write_date >= ? AND write_date < ?"),
                    binds << micros << micros + qint64(86400) * 1000000;
            else
                where << QStringLiteral("write_date %1 ?").arg(op), binds << micros;
            echo << qMakePair(QStringLiteral("_lastUpdated"), updated);
        }
        QString sort = r.query.queryItemValue(QStringLiteral("_sort"));
        const bool desc = sort.startsWith(QLatin1Char('-'));
        if (desc)
            sort = sort.mid(1);
        const QString column = sort == QLatin1String("birthDate") ? QStringLiteral("birthdate")
            : sort == QLatin1String("lastUpdated")                ? QStringLiteral("write_date")
                                                                  : QStringLiteral("name");
        order = column + (desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) + QStringLiteral(", id");
        if (!r.query.queryItemValue(QStringLiteral("_sort")).isNull())
            echo << qMakePair(QStringLiteral("_sort"), r.query.queryItemValue(QStringLiteral("_sort")));
    } else {
        const QString member = r.query.queryItemValue(QStringLiteral("member"));
        if (!member.isNull()) {
            const Resolved m = resolve(
                QUrl::fromPercentEncoding(member.toUtf8()).section(QLatin1Char('/'), 1), false, QString());
            where << QStringLiteral("id IN (SELECT group_id FROM group_membership WHERE individual_id = ?)");
            binds << (m.failure ? qint64(-1) : m.partnerId);
            echo << qMakePair(QStringLiteral("member"), member);
        }
    }
    const QString clause = QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    QSqlQuery c(m_store.db());
    c.prepare(QStringLiteral("SELECT COUNT(*) FROM partner") + clause);
    for (const QVariant &b : std::as_const(binds))
        c.addBindValue(b);
    qint64 total = 0;
    if (c.exec() && c.next())
        total = c.value(0).toLongLong();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM partner") + clause + QStringLiteral(" ORDER BY ") + order
        + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(*count);
    q.addBindValue(offset);
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    QJsonArray data;
    for (const QJsonObject &o : registrantsJson(ids, groups))
        data.append(o);
    // Individuals and groups build links with urlencode; null links are left out [IR, GR].
    const QString base = root() + (groups ? QStringLiteral("/Group?") : QStringLiteral("/Individual?"));
    const auto link = [&](int at) -> QString {
        QUrlQuery u;
        for (const auto &[k, v] : echo)
            u.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        u.addQueryItem(QStringLiteral("_count"), QString::number(*count));
        u.addQueryItem(QStringLiteral("_offset"), QString::number(at));
        return base + u.toString(QUrl::FullyEncoded);
    };
    const QString next = data.size() >= *count ? link(offset + *count) : QString();
    const QString prev = offset > 0 ? link(qMax(0, offset - *count)) : QString();
    return Reply::json(envelope(data, total, offset, link(offset), next, prev, true));
}

// GET /Individual[/{identifier}] and GET /Group[/{identifier}]: the search, or one record with its
// ETag (individuals also say the consent status they were read under).
Reply Spp2Face::registrantRoute(const Client &c, const Spp2Request &r, const QStringList &seg, bool group)
{
    if (r.method != QLatin1String("GET"))
        return Reply::detail(405, QStringLiteral("Method Not Allowed"));
    if (auto denied = requireScope(
            c, group ? QStringLiteral("group") : QStringLiteral("individual"), QStringLiteral("read")))
        return *denied;
    if (seg.size() == 1)
        return searchRegistrants(r, group);
    const Resolved found = resolve(seg.mid(1).join(QLatin1Char('/')), group,
        group ? QStringLiteral("Group not found") : QStringLiteral("Individual not found"));
    if (found.failure)
        return *found.failure;
    const QJsonObject o = registrantsJson({found.partnerId}, group).value(0);
    Reply out = Reply::json(o);
    out.header("ETag",
        '"'
            + o.value(QLatin1String("meta"))
                  .toObject()
                  .value(QLatin1String("versionId"))
                  .toString()
                  .toLatin1()
            + '"');
    if (!group)
        out.header("X-Consent-Status", "legal_basis");
    return out;
}

QJsonObject Spp2Face::programJson(const ProgramRow &p) const
{
    const bool ended = p.state != QLatin1String("active");
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("Program")},
        {QStringLiteral("identifier"),
            QJsonArray {QJsonObject {
                {QStringLiteral("system"), kProgramSystem}, {QStringLiteral("value"), slugOf(p.name)}}}},
        {QStringLiteral("active"), !ended}, {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), p.description.isEmpty() ? QJsonValue() : QJsonValue(p.description)},
        {QStringLiteral("programType"),
            QJsonObject {{QStringLiteral("coding"),
                             QJsonArray {QJsonObject {
                                 {QStringLiteral("system"), QStringLiteral("urn:openspp:vocab:program-type")},
                                 {QStringLiteral("code"), QStringLiteral("social-protection")},
                                 {QStringLiteral("display"), QStringLiteral("Social Protection Program")}}}},
                {QStringLiteral("text"), QStringLiteral("Social Protection Program")}}},
        {QStringLiteral("targetType"), p.targetType}, {QStringLiteral("eligibilityCriteria"), QJsonValue()},
        {QStringLiteral("period"),
            ended ? QJsonValue(QJsonObject {{QStringLiteral("start"), QJsonValue()},
                {QStringLiteral("end"), p.dateEnded.isEmpty() ? QJsonValue() : QJsonValue(p.dateEnded)}})
                  : QJsonValue()},
        {QStringLiteral("meta"), meta(p.writeDate, true)}};
}

Reply Spp2Face::programRoute(const Client &c, const Spp2Request &r, const QStringList &seg)
{
    if (r.method != QLatin1String("GET"))
        return Reply::detail(405, QStringLiteral("Method Not Allowed"));
    if (seg.size() > 1) {
        if (auto denied = requireScope(c, QStringLiteral("program"), QStringLiteral("read")))
            return *denied;
        const QString id = seg.mid(1).join(QLatin1Char('/'));
        if (!id.contains(QLatin1Char('|')))
            return Reply::detail(
                400, QStringLiteral("Invalid identifier format. Expected: {system}|{value}"));
        Reply failure;
        const auto pid = programOfSlug(QStringLiteral("Program/") + id, &failure);
        if (!pid)
            return failure.status == 400 ? Reply::detail(400, QStringLiteral("Invalid identifier format"))
                                         : failure;
        const QJsonObject o = programJson(*m_store.program(*pid));
        Reply out = Reply::json(o);
        out.header("ETag",
            '"'
                + o.value(QLatin1String("meta"))
                      .toObject()
                      .value(QLatin1String("versionId"))
                      .toString()
                      .toLatin1()
                + '"');
        return out;
    }
    if (auto denied
        = requireScope(c, QStringLiteral("program"), QStringLiteral("search"), QStringLiteral("read")))
        return *denied;
    Reply failure;
    const auto count = pageCount(r, &failure);
    if (!count)
        return failure;
    // Ordered by id, archived included, paged by the last database id seen (_offset is ignored) [PR].
    QStringList where;
    QVariantList binds;
    const qint64 lastId = r.query.queryItemValue(QStringLiteral("_lastId")).toLongLong();
    if (lastId > 0)
        where << QStringLiteral("g.id > ?"), binds << lastId;
    const QString name = r.query.queryItemValue(QStringLiteral("name"));
    if (!name.isEmpty())
        where << QStringLiteral("g.name LIKE ?"),
            binds << QString(QLatin1Char('%') + name + QLatin1Char('%'));
    const QString status = r.query.queryItemValue(QStringLiteral("status"));
    if (status == QLatin1String("active") || status == QLatin1String("ended"))
        where << QStringLiteral("g.state = ?"), binds << status;
    const QString target = r.query.queryItemValue(QStringLiteral("targetType"));
    if (target == QLatin1String("individual") || target == QLatin1String("group"))
        where << QStringLiteral("g.target_type = ?"), binds << target;
    const QString clause = where.isEmpty()
        ? QString()
        : QString(QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")));
    qint64 total = 0;
    const QList<ProgramRow> rows = m_store.programs(clause, binds, *count, 0, &total);
    QJsonArray data;
    for (const ProgramRow &p : rows)
        data.append(programJson(p));
    const QString self = root() + QStringLiteral("/Program?_count=%1").arg(*count);
    const QString next = rows.size() >= *count
        ? root() + QStringLiteral("/Program?_count=%1&_lastId=%2").arg(*count).arg(rows.last().id)
        : QString();
    return Reply::json(envelope(data, total, int(lastId), self, next, QString(), false));
}

QJsonObject Spp2Face::membershipJson(const MembershipRow &m, bool forSearch) const
{
    const auto p = m_store.anyPartner(m.partnerId);
    const bool isGroup = p && p->isGroup;
    QJsonObject o {{QStringLiteral("type"), QStringLiteral("ProgramMembership")}};
    o.insert(QStringLiteral("identifier"), identifiersOf(m.partnerId));
    o.insert(QStringLiteral("program"),
        QJsonObject {{QStringLiteral("reference"),
                         QStringLiteral("Program/%1|%2").arg(kProgramSystem, slugOf(m.programName))},
            {QStringLiteral("display"), m.programName}});
    o.insert(QStringLiteral("beneficiary"),
        QJsonObject {{QStringLiteral("reference"), primaryReference(m.partnerId, isGroup)},
            {QStringLiteral("display"), m.registrantName}});
    o.insert(QStringLiteral("status"), m.state);
    const QJsonValue enrolled = m.enrollmentDate.isNull()
        ? QJsonValue()
        : QJsonValue(QDateTime::fromMSecsSinceEpoch(m.enrollmentDate.toLongLong() / 1000, QTimeZone::utc())
                         .date()
                         .toString(Qt::ISODate));
    const QJsonValue exited = m.exitDate.isEmpty() ? QJsonValue() : QJsonValue(m.exitDate);
    // Search items are raw dicts (no null keys, no exitReason); single bodies carry every key.
    if (!forSearch || !enrolled.isNull())
        o.insert(QStringLiteral("enrollmentDate"), enrolled);
    if (!forSearch || !exited.isNull())
        o.insert(QStringLiteral("exitDate"), exited);
    if (!forSearch)
        o.insert(QStringLiteral("exitReason"), QJsonValue()); // accepted and dropped [PMS]
    o.insert(QStringLiteral("meta"), meta(m.writeDate, !forSearch));
    return o;
}

Reply Spp2Face::membershipRoute(const Client &c, const Spp2Request &r, const QStringList &seg)
{
    if (seg.size() == 1 && r.method == QLatin1String("GET")) {
        if (auto denied = requireScope(
                c, QStringLiteral("program_membership"), QStringLiteral("search"), QStringLiteral("read")))
            return *denied;
        return membershipSearch(r);
    }
    if (seg.size() == 1 && r.method == QLatin1String("POST")) {
        if (auto denied = requireScope(c, QStringLiteral("program_membership"), QStringLiteral("create")))
            return *denied;
        return membershipCreate(r);
    }
    if (seg.size() > 1 && r.method == QLatin1String("GET")) {
        if (auto denied = requireScope(c, QStringLiteral("program_membership"), QStringLiteral("read")))
            return *denied;
        MembershipRow row;
        return membershipRead(r, seg.mid(1).join(QLatin1Char('/')), false, &row);
    }
    if (seg.size() > 1 && r.method == QLatin1String("PUT")) {
        if (auto denied = requireScope(c, QStringLiteral("program_membership"), QStringLiteral("update")))
            return *denied;
        return membershipUpdate(r, seg.mid(1).join(QLatin1Char('/')));
    }
    return Reply::detail(405, QStringLiteral("Method Not Allowed"));
}

// GET /ProgramMembership/{beneficiary}[?program=] [PMR, order of checks in section 2.5]. On success
// `row` is the membership and the reply its body with an ETag.
Reply Spp2Face::membershipRead(
    const Spp2Request &r, const QString &identifier, bool forUpdate, MembershipRow *row)
{
    if (!identifier.contains(QLatin1Char('|')))
        return Reply::detail(400,
            forUpdate ? QStringLiteral("Invalid identifier format")
                      : QStringLiteral("Invalid identifier format. Expected: {system}|{value}"));
    std::optional<qint64> programId;
    const QString program = r.query.queryItemValue(QStringLiteral("program"));
    if (!program.isNull() && !m_options.older) {
        Reply failure;
        programId = programOfSlug(program, &failure);
        if (!programId)
            return failure;
    }
    const Resolved found = resolve(identifier, std::nullopt, QStringLiteral("ProgramMembership not found"));
    if (found.failure)
        return *found.failure;
    QString where = QStringLiteral(" WHERE m.partner_id = ?");
    QVariantList binds {found.partnerId};
    if (programId)
        where += QStringLiteral(" AND m.program_id = ?"), binds << *programId;
    qint64 total = 0;
    const QList<MembershipRow> rows = m_store.memberships(where, binds, 2, 0, &total);
    if (rows.isEmpty())
        return Reply::detail(404, QStringLiteral("ProgramMembership not found"));
    if (total > 1 && !m_options.older)
        return Reply::detail(
            409, QStringLiteral("Beneficiary has %1 program memberships; specify the program").arg(total));
    // An older server returns the first membership of the beneficiary in any program.
    *row = m_options.older ? rows.last() : rows.first();
    Reply out = Reply::json(membershipJson(*row, false));
    out.header("ETag", '"' + QByteArray::number(row->writeDate) + '"');
    out.header("X-Consent-Status", "legal_basis");
    return out;
}

Reply Spp2Face::membershipSearch(const Spp2Request &r)
{
    Reply failure;
    const auto count = pageCount(r, &failure);
    if (!count)
        return failure;
    const int offset = qMax(0, r.query.queryItemValue(QStringLiteral("_offset")).toInt());
    QStringList where;
    QVariantList binds;
    QList<QPair<QString, QString>> echo;
    // A malformed filter value is ignored (the search returns everything); a well-formed unknown one
    // finds nothing [PMT].
    const QString beneficiary
        = QUrl::fromPercentEncoding(r.query.queryItemValue(QStringLiteral("beneficiary")).toUtf8());
    if ((beneficiary.startsWith(QLatin1String("Individual/"))
            || beneficiary.startsWith(QLatin1String("Group/")))
        && beneficiary.contains(QLatin1Char('|'))) {
        const Resolved b = resolve(beneficiary.section(QLatin1Char('/'), 1),
            beneficiary.startsWith(QLatin1String("Group/")), QString());
        if (b.failure && b.failure->status == 409)
            return *b.failure;
        where << QStringLiteral("m.partner_id = ?");
        binds << (b.failure ? qint64(-1) : b.partnerId);
        echo << qMakePair(QStringLiteral("beneficiary"), beneficiary);
    }
    const QString program = r.query.queryItemValue(QStringLiteral("program"));
    if (program.startsWith(QLatin1String("Program/")) && program.contains(QLatin1Char('|'))) {
        Reply ignored;
        const auto pid = programOfSlug(program, &ignored);
        where << QStringLiteral("m.program_id = ?");
        binds << (pid ? *pid : qint64(-1));
        echo << qMakePair(QStringLiteral("program"), program);
    }
    const QString status = r.query.queryItemValue(QStringLiteral("status"));
    if (!status.isNull()) {
        where << QStringLiteral("m.state = ?");
        binds << status;
        echo << qMakePair(QStringLiteral("status"), status);
    }
    const QString clause = where.isEmpty()
        ? QString()
        : QString(QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")));
    qint64 total = 0;
    const QList<MembershipRow> rows = m_store.memberships(clause, binds, *count, offset, &total);
    QJsonArray data;
    for (const MembershipRow &m : rows)
        data.append(membershipJson(m, true));
    // Links joined unencoded (a raw '#': clients rebuild them) [PMR]; `next` whenever the page is full.
    const auto link = [&](int at) -> QString {
        QList<QPair<QString, QString>> q = echo;
        q << qMakePair(QStringLiteral("_count"), QString::number(*count))
          << qMakePair(QStringLiteral("_offset"), QString::number(at));
        return root() + QStringLiteral("/ProgramMembership?") + rawJoin(q);
    };
    const QString next = data.size() >= *count ? link(offset + *count) : QString();
    const QString prev = offset > 0 ? link(qMax(0, offset - *count)) : QString();
    return Reply::json(envelope(data, total, offset, link(offset), next, prev, false));
}

// A ProgramMembership body as pydantic checks it before any handler runs: JSON, the three required
// fields, a known status.
std::optional<Reply> Spp2Face::membershipBody(const QByteArray &body, QJsonObject *out) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return validation(QStringLiteral("json_invalid"), QJsonArray {QStringLiteral("body")},
            QStringLiteral("JSON decode error"));
    *out = doc.object();
    for (const char *k : {"program", "beneficiary", "status"})
        if (!out->contains(QLatin1String(k)))
            return validation(QStringLiteral("missing"),
                QJsonArray {QStringLiteral("body"), QLatin1String(k)}, QStringLiteral("Field required"));
    const QString status = out->value(QLatin1String("status")).toString();
    if (!kStates.contains(status))
        return validation(QStringLiteral("string_pattern_mismatch"),
            QJsonArray {QStringLiteral("body"), QStringLiteral("status")},
            QStringLiteral(
                "String should match pattern '^(draft|enrolled|paused|exited|not_eligible|duplicated)$'"));
    return std::nullopt;
}

Reply Spp2Face::membershipCreate(const Spp2Request &r)
{
    QJsonObject b;
    if (auto refused = membershipBody(r.body, &b))
        return *refused;
    const QString status = b.value(QLatin1String("status")).toString();
    const QString programRef
        = b.value(QLatin1String("program")).toObject().value(QLatin1String("reference")).toString();
    const QString benRef = QUrl::fromPercentEncoding(b.value(QLatin1String("beneficiary"))
                                                         .toObject()
                                                         .value(QLatin1String("reference"))
                                                         .toString()
                                                         .toUtf8());
    const auto fail = [](const QString &why) {
        return Reply::detail(422, QStringLiteral("Failed to create program membership: ") + why);
    };
    Reply ignored;
    const auto programId = programOfSlug(programRef, &ignored);
    if (!programId)
        return fail(QStringLiteral("Program not found: %1").arg(programRef));
    const bool group = benRef.startsWith(QLatin1String("Group/"));
    if (!group && !benRef.startsWith(QLatin1String("Individual/")))
        return fail(QStringLiteral("Beneficiary not found: %1").arg(benRef));
    const Resolved ben = resolve(benRef.section(QLatin1Char('/'), 1), group, QString());
    if (ben.failure && ben.failure->status == 409)
        return *ben.failure;
    if (ben.failure)
        return fail(QStringLiteral("Beneficiary not found: %1").arg(benRef));
    if (m_store.membershipOf(ben.partnerId, *programId))
        // The exact database text is unverified: PostgreSQL's unique-violation message is the most likely.
        return fail(QStringLiteral("duplicate key value violates unique constraint "
                                   "\"spp_program_membership_partner_program_uniq\""));
    MembershipRow m;
    m.partnerId = ben.partnerId;
    m.programId = *programId;
    m.state = status;
    const qint64 now = m_store.nowMicros();
    const QDate enrolled
        = QDate::fromString(b.value(QLatin1String("enrollmentDate")).toString(), Qt::ISODate);
    if (enrolled.isValid())
        m.enrollmentDate = enrolled.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    else if (status == QLatin1String("enrolled"))
        m.enrollmentDate = now; // the stored compute
    m.exitDate = b.value(QLatin1String("exitDate")).toString();
    m.createDate = m.writeDate = now;
    if (!m_store.insertMembership(m))
        return fail(QStringLiteral("could not be stored"));
    const MembershipRow stored = *m_store.membership(m.id);
    Reply out = Reply::json(membershipJson(stored, false), 201);
    const QJsonObject first = identifiersOf(stored.partnerId).first().toObject();
    out.header("Location",
        (root() + QStringLiteral("/ProgramMembership/")).toUtf8()
            + QUrl::toPercentEncoding(first.value(QLatin1String("system")).toString(), ":") + '|'
            + QUrl::toPercentEncoding(first.value(QLatin1String("value")).toString()) + "?program="
            + QUrl::toPercentEncoding(
                QStringLiteral("Program/%1|%2").arg(kProgramSystem, slugOf(stored.programName)), ":/|"));
    return out;
}

Reply Spp2Face::membershipUpdate(const Spp2Request &r, const QString &identifier)
{
    MembershipRow row;
    const Reply read = membershipRead(r, identifier, true, &row);
    if (read.status != 200)
        return read;
    // If-Match: quotes stripped, compared as strings; weak tags never match; absent = unconditional.
    // An older server compared another format: every If-Match failed.
    if (!r.ifMatch.isEmpty()) {
        QByteArray tag = r.ifMatch.trimmed();
        if (tag.startsWith('"') && tag.endsWith('"') && tag.size() >= 2)
            tag = tag.mid(1, tag.size() - 2);
        if (m_options.older || tag != QByteArray::number(row.writeDate))
            return Reply::detail(
                409, QStringLiteral("Version conflict. Resource was modified by another request."));
    }
    QJsonObject b;
    if (auto refused = membershipBody(r.body, &b))
        return *refused;
    const QString status = b.value(QLatin1String("status")).toString();
    const auto fail = [](const QString &why) {
        return Reply::detail(422, QStringLiteral("Failed to update program membership: ") + why);
    };
    const QString programRef
        = b.value(QLatin1String("program")).toObject().value(QLatin1String("reference")).toString();
    Reply ignored;
    const auto programId = programOfSlug(programRef, &ignored);
    if (!programId || *programId != row.programId)
        return fail(
            QStringLiteral("Program %1 does not match the membership being updated; a membership cannot be "
                           "moved to another program")
                .arg(programRef));
    const QString benRef = QUrl::fromPercentEncoding(b.value(QLatin1String("beneficiary"))
                                                         .toObject()
                                                         .value(QLatin1String("reference"))
                                                         .toString()
                                                         .toUtf8());
    const Resolved ben = resolve(benRef.section(QLatin1Char('/'), 1), std::nullopt, QString());
    if (ben.failure || ben.partnerId != row.partnerId)
        return fail(
            QStringLiteral("Beneficiary does not match the membership being updated; a membership cannot be "
                           "moved to another beneficiary"));
    // State written directly (no transition check); dates only when sent (never cleared); the exit
    // reason dropped. The newer model keeps a persisted enrollment date; a first move into enrolled
    // stamps now.
    const QString before = row.state;
    row.state = status;
    const QDate enrolled
        = QDate::fromString(b.value(QLatin1String("enrollmentDate")).toString(), Qt::ISODate);
    if (enrolled.isValid())
        row.enrollmentDate = enrolled.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    else if (status == QLatin1String("enrolled") && before != status && row.enrollmentDate.isNull())
        row.enrollmentDate = m_store.nowMicros();
    if (b.value(QLatin1String("exitDate")).isString())
        row.exitDate = b.value(QLatin1String("exitDate")).toString();
    row.writeDate = m_store.nowMicros();
    if (!m_store.updateMembership(row))
        return fail(QStringLiteral("could not be stored"));
    return Reply::json(membershipJson(*m_store.membership(row.id), false));
}

} // namespace g2p::sandbox::spp2
