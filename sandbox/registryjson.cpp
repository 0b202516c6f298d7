// The registry's rows as the wire shapes them (FastAPI or base_rest JSON): registrants with the
// child rows their JSON carries (ids, phones, memberships, group members), programs, memberships,
// history. The SQL of the rows themselves is in registrystore.cpp.
#include "registrystore.h"

#include "jsontext.h"
#include "sqlitestatement.h"
#include "wiretime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace g2p::sandbox {

QString ageOf(const QString &birthdate)
{
    const QDate b = parseIsoDate(birthdate);
    if (!b.isValid())
        return QStringLiteral("No Birthdate!");
    const QDate today = utcToday();
    int years = today.year() - b.year();
    if (today.month() < b.month() || (today.month() == b.month() && today.day() < b.day()))
        --years;
    return QString::number(years);
}

QString formatMicros(qint64 micros)
{
    return Timestamp::fromUtcMicros(micros).text();
}

QJsonValue microsOrNull(const QVariant &micros)
{
    return micros.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(formatMicros(micros.toLongLong()));
}

QJsonValue textOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Each partner's child rows as the items of a JSON array, comma-separated (no brackets).
struct RegistryStore::Children
{
    QHash<qint64, QByteArray> regIds, phones, summaries, members;
    static void add(QHash<qint64, QByteArray> &to, qint64 partner, JsonText &item)
    {
        QByteArray &items = to[partner];
        if (!items.isEmpty())
            items.append(',');
        items.append(item.take());
    }
};

namespace {
void writeMicrosOrNull(JsonText &out, const QVariant &micros)
{
    if (micros.isNull())
        out.null();
    else
        out.value(formatMicros(micros.toLongLong()));
}
} // namespace

QList<QJsonObject> RegistryStore::history(qint64 membershipId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, membership_id, changed_at, changed_by, from_state, to_state, "
                             "enrollment_date, exit_date, exit_reason, note, source FROM history "
                             "WHERE membership_id = ? ORDER BY changed_at, id"));
    q.addBindValue(membershipId);
    QList<QJsonObject> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto text = [&q](int i) { return q.value(i).isNull() ? QString() : q.value(i).toString(); };
        out.append(QJsonObject {
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("membership_id"), q.value(1).toLongLong()},
            {QStringLiteral("changed_at"), formatMicros(q.value(2).toLongLong())},
            {QStringLiteral("changed_by"), textOrNull(text(3))},
            {QStringLiteral("from_state"), textOrNull(text(4))},
            {QStringLiteral("to_state"), text(5)},
            {QStringLiteral("enrollment_date"),
                microsOrNull(q.value(6).isNull() ? QVariant() : QVariant(q.value(6).toLongLong()))},
            {QStringLiteral("exit_date"), textOrNull(text(7))},
            {QStringLiteral("exit_reason"), textOrNull(text(8))},
            {QStringLiteral("note"), textOrNull(text(9))},
            {QStringLiteral("source"), text(10)},
        });
    }
    return out;
}

RegistryStore::Children RegistryStore::loadChildren(
    const QList<qint64> &ids, bool withMembers, bool baseRest) const
{
    Children c;
    JsonText item;
    // Read on SQLite's own handle (UTF-8 text straight into the JSON): through QSqlQuery each value
    // became a QVariant and a UTF-16 QString first, a quarter of the sandbox's time in a full sync.
    const auto query = [this](const char *sql, const QString &in) {
        return std::make_unique<SqliteStatement>(db(), QString::fromLatin1(sql).arg(in).toUtf8());
    };
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QString in = sqlIdList(ids, from, chunk);
        auto q = query("SELECT partner_id, id, id_type, value, expiry_date FROM reg_id "
                       "WHERE partner_id IN (%1) ORDER BY id",
            in);
        while (q->next()) {
            item.beginObject()
                .field("id", q->int64(1))
                .utf8Field(baseRest ? "id_type" : "id_type_as_str", q->text(2))
                .utf8Field("value", q->text(3))
                .utf8Field("expiry_date", q->text(4))
                .endObject();
            Children::add(c.regIds, q->int64(0), item);
        }
        q = query("SELECT partner_id, id, phone_no, phone_sanitized, date_collected FROM phone "
                  "WHERE partner_id IN (%1) ORDER BY id",
            in);
        while (q->next()) {
            item.beginObject()
                .field("id", q->int64(1))
                .utf8Field("phone_no", q->text(2))
                .utf8Field("phone_sanitized", q->text(3))
                .utf8Field("date_collected", q->text(4));
            if (baseRest)
                item.key("disabled").null();
            item.endObject();
            Children::add(c.phones, q->int64(0), item);
        }
        q = query("SELECT partner_id, program_id, state, enrollment_date, exit_date FROM membership "
                  "WHERE partner_id IN (%1) ORDER BY id",
            in);
        while (q->next()) {
            item.beginObject().field("program_id", q->int64(1)).utf8Field("state", q->text(2));
            writeMicrosOrNull(item.key("enrollment_date"), q->isNull(3) ? QVariant() : QVariant(q->int64(3)));
            item.utf8Field("exit_date", q->text(4)).endObject();
            Children::add(c.summaries, q->int64(0), item);
        }
        if (!withMembers)
            continue;
        q = query("SELECT group_id, id, individual_id, kinds, create_date, write_date FROM "
                  "group_membership WHERE group_id IN (%1) ORDER BY id",
            in);
        struct Member
        {
            qint64 group, id, individual;
            QString kinds;
            qint64 created, written;
        };
        QList<Member> memberRows;
        QList<qint64> individualIds;
        while (q->next()) {
            memberRows.append({q->int64(0), q->int64(1), q->int64(2), QString::fromUtf8(q->text(3)),
                q->int64(4), q->int64(5)});
            individualIds.append(memberRows.last().individual);
        }
        const QHash<qint64, QByteArray> individuals = partnerTexts(individualIds, false, false, baseRest);
        for (const Member &m : std::as_const(memberRows)) {
            item.beginObject().field("id", m.id).key("individual");
            if (const auto it = individuals.constFind(m.individual); it != individuals.cend())
                item.raw(*it);
            else
                item.beginObject().endObject(); // (a member whose record is gone)
            item.key("kind").beginArray();
            for (const QString &k : m.kinds.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                item.beginObject().field("name", k).endObject();
            item.endArray()
                .field("create_date", formatMicros(m.created))
                .field("write_date", formatMicros(m.written))
                .endObject();
            Children::add(c.members, m.group, item);
        }
    }
    return c;
}

void RegistryStore::writePartner(
    JsonText &o, const PartnerRow &p, const Children &c, bool full, bool baseRest, const bool *active) const
{
    const auto list = [&o](const char *name, const QHash<qint64, QByteArray> &items, qint64 id) {
        o.key(name).beginArray();
        if (const auto it = items.constFind(id); it != items.cend())
            o.raw(*it);
        o.endArray();
    };
    o.beginObject().field("id", p.id).field("name", p.name);
    list(baseRest ? "ids" : "reg_ids", c.regIds, p.id);
    o.field("is_group", p.isGroup);
    if (active)
        o.field("active", *active);
    o.field("registration_date", p.registrationDate);
    list(baseRest ? "phone_numbers" : "phone_number_ids", c.phones, p.id);
    o.field("email", p.email)
        .field("address", p.address)
        .field("create_date", formatMicros(p.createDate))
        .field("write_date", formatMicros(p.writeDate));
    list("program_membership_ids", c.summaries, p.id);
    if (!p.image1920.isNull())
        o.field("image_1920", p.image1920);
    if (!p.isGroup) {
        o.field("given_name", p.givenName)
            .field("addl_name", p.addlName)
            .field("family_name", p.familyName)
            .field("gender", p.gender)
            .field("birthdate", p.birthdate)
            .field("age", ageOf(p.birthdate))
            .field("birth_place", p.birthPlace)
            .endObject();
        return;
    }
    if (baseRest)
        o.field("kind", p.kind);
    if (full) {
        list(baseRest ? "members" : "group_membership_ids", c.members, p.id);
        o.field("is_partial_group", p.isPartialGroup.isNull() ? false : p.isPartialGroup.toBool());
    }
    o.endObject();
}

QHash<qint64, QByteArray> RegistryStore::partnerTexts(
    const QList<qint64> &ids, bool isGroup, bool full, bool baseRest, const QHash<qint64, bool> *active) const
{
    QHash<qint64, QByteArray> out;
    out.reserve(ids.size());
    JsonText o;
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<qint64> part = ids.mid(from, chunk);
        const Children c = loadChildren(part, isGroup && full, baseRest);
        for (const PartnerRow &p : partnerRows(part)) {
            const auto a = active ? active->constFind(p.id) : QHash<qint64, bool>::const_iterator();
            writePartner(o, p, c, full, baseRest, active && a != active->cend() ? &*a : nullptr);
            out.insert(p.id, o.take());
        }
    }
    return out;
}

QByteArray RegistryStore::partnersArray(
    const QList<qint64> &ids, bool isGroup, bool full, bool baseRest) const
{
    const QHash<qint64, QByteArray> texts = partnerTexts(ids, isGroup, full, baseRest);
    JsonText a;
    a.beginArray();
    for (qint64 id : ids)
        if (const auto it = texts.constFind(id); it != texts.cend())
            a.raw(*it);
    a.endArray();
    return a.take();
}

QList<QJsonObject> RegistryStore::partnersJson(
    const QList<qint64> &ids, bool isGroup, bool full, bool baseRest) const
{
    const QHash<qint64, QByteArray> texts = partnerTexts(ids, isGroup, full, baseRest);
    QList<QJsonObject> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (const auto it = texts.constFind(id); it != texts.cend())
            out.append(QJsonDocument::fromJson(*it).object());
    return out;
}

QJsonObject RegistryStore::individualJson(const PartnerRow &p, bool baseRest) const
{
    JsonText o;
    writePartner(o, p, loadChildren({p.id}, false, baseRest), false, baseRest, nullptr);
    return QJsonDocument::fromJson(o.bytes()).object();
}

QJsonObject RegistryStore::groupJson(const PartnerRow &p, bool full, bool baseRest) const
{
    JsonText o;
    writePartner(o, p, loadChildren({p.id}, full, baseRest), full, baseRest, nullptr);
    return QJsonDocument::fromJson(o.bytes()).object();
}

void RegistryStore::writeMembership(JsonText &o, const MembershipRow &m)
{
    o.beginObject()
        .field("id", m.id)
        .field("registrant_id", m.partnerId)
        .field("registrant_name", m.registrantName)
        .field("registrant_is_group", m.registrantIsGroup)
        .field("program_id", m.programId)
        .field("program_name", m.programName)
        .field("state", m.state);
    writeMicrosOrNull(o.key("enrollment_date"), m.enrollmentDate);
    o.field("exit_date", m.exitDate) // a null QString is null
        .field("exit_reason", m.exitReason)
        .field("create_date", formatMicros(m.createDate))
        .field("write_date", formatMicros(m.writeDate))
        .endObject();
}

QJsonObject RegistryStore::membershipJson(const MembershipRow &m)
{
    JsonText o;
    writeMembership(o, m);
    return QJsonDocument::fromJson(o.bytes()).object();
}

QJsonObject RegistryStore::programJson(const ProgramRow &p)
{
    return QJsonObject {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), textOrNull(p.description)},
        {QStringLiteral("target_type"), p.targetType},
        {QStringLiteral("state"), p.state},
        {QStringLiteral("active"), p.active},
        {QStringLiteral("date_ended"), textOrNull(p.dateEnded)},
        {QStringLiteral("beneficiaries_count"), p.beneficiaries},
        {QStringLiteral("enrolled_count"), p.enrolled},
        {QStringLiteral("create_date"), formatMicros(p.createDate)},
        {QStringLiteral("write_date"), formatMicros(p.writeDate)},
    };
}

} // namespace g2p::sandbox
