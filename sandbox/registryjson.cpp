// The registry's rows as the wire shapes them (FastAPI or base_rest JSON): registrants with the
// child rows their JSON carries (ids, phones, memberships, group members), programs, memberships,
// history. The SQL of the rows themselves is in registrystore.cpp.
#include "registrystore.h"

#include "wiretime.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

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

struct RegistryStore::Children
{
    QHash<qint64, QJsonArray> regIds, phones, summaries;
    QHash<qint64, QJsonArray> members;
};

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
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QString in = sqlIdList(ids, from, chunk);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT partner_id, id, id_type, value, expiry_date FROM reg_id WHERE partner_id IN (%1) "
            "ORDER BY id")
                   .arg(in));
        while (q.next()) {
            c.regIds[q.value(0).toLongLong()].append(QJsonObject {
                {QStringLiteral("id"), q.value(1).toLongLong()},
                {baseRest ? QStringLiteral("id_type") : QStringLiteral("id_type_as_str"),
                    q.value(2).toString()},
                {QStringLiteral("value"),
                    q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toString())},
                {QStringLiteral("expiry_date"),
                    q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())},
            });
        }
        q.exec(QStringLiteral("SELECT partner_id, id, phone_no, phone_sanitized, date_collected FROM phone "
                              "WHERE partner_id IN (%1) ORDER BY id")
                   .arg(in));
        while (q.next()) {
            QJsonObject ph {
                {QStringLiteral("id"), q.value(1).toLongLong()},
                {QStringLiteral("phone_no"), q.value(2).toString()},
                {QStringLiteral("phone_sanitized"), q.value(3).toString()},
                {QStringLiteral("date_collected"),
                    q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())},
            };
            if (baseRest)
                ph.insert(QStringLiteral("disabled"), QJsonValue());
            c.phones[q.value(0).toLongLong()].append(ph);
        }
        q.exec(
            QStringLiteral("SELECT partner_id, program_id, state, enrollment_date, exit_date FROM membership "
                           "WHERE partner_id IN (%1) ORDER BY id")
                .arg(in));
        while (q.next()) {
            c.summaries[q.value(0).toLongLong()].append(QJsonObject {
                {QStringLiteral("program_id"), q.value(1).toLongLong()},
                {QStringLiteral("state"), q.value(2).toString()},
                {QStringLiteral("enrollment_date"),
                    microsOrNull(q.value(3).isNull() ? QVariant() : QVariant(q.value(3).toLongLong()))},
                {QStringLiteral("exit_date"),
                    q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())},
            });
        }
        if (!withMembers)
            continue;
        q.exec(QStringLiteral("SELECT group_id, id, individual_id, kinds, create_date, write_date FROM "
                              "group_membership WHERE group_id IN (%1) ORDER BY id")
                   .arg(in));
        QList<QPair<qint64, QJsonObject>> memberRows;
        QList<qint64> individualIds;
        while (q.next()) {
            QJsonArray kinds;
            for (const QString &k : q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                kinds.append(QJsonObject {{QStringLiteral("name"), k}});
            memberRows.append({q.value(0).toLongLong(),
                QJsonObject {{QStringLiteral("id"), q.value(1).toLongLong()},
                    {QStringLiteral("individual"), q.value(2).toLongLong()}, {QStringLiteral("kind"), kinds},
                    {QStringLiteral("create_date"), formatMicros(q.value(4).toLongLong())},
                    {QStringLiteral("write_date"), formatMicros(q.value(5).toLongLong())}}});
            individualIds.append(q.value(2).toLongLong());
        }
        const QList<QJsonObject> individuals = partnersJson(individualIds, false, false, baseRest);
        QHash<qint64, QJsonObject> byId;
        for (const QJsonObject &o : individuals)
            byId.insert(o.value(QStringLiteral("id")).toInteger(), o);
        for (auto &[groupId, row] : memberRows) {
            row.insert(QStringLiteral("individual"),
                byId.value(row.value(QStringLiteral("individual")).toInteger()));
            c.members[groupId].append(row);
        }
    }
    return c;
}

QJsonObject RegistryStore::partnerJson(const PartnerRow &p, const Children &c, bool full, bool baseRest) const
{
    QJsonObject o {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {baseRest ? QStringLiteral("ids") : QStringLiteral("reg_ids"), c.regIds.value(p.id)},
        {QStringLiteral("is_group"), p.isGroup},
        {QStringLiteral("registration_date"), textOrNull(p.registrationDate)},
        {baseRest ? QStringLiteral("phone_numbers") : QStringLiteral("phone_number_ids"),
            c.phones.value(p.id)},
        {QStringLiteral("email"), textOrNull(p.email)},
        {QStringLiteral("address"), textOrNull(p.address)},
        {QStringLiteral("create_date"), formatMicros(p.createDate)},
        {QStringLiteral("write_date"), formatMicros(p.writeDate)},
        {QStringLiteral("program_membership_ids"), c.summaries.value(p.id)},
    };
    if (!p.image1920.isNull())
        o.insert(QStringLiteral("image_1920"), p.image1920);
    if (!p.isGroup) {
        o.insert(QStringLiteral("given_name"), textOrNull(p.givenName));
        o.insert(QStringLiteral("addl_name"), textOrNull(p.addlName));
        o.insert(QStringLiteral("family_name"), textOrNull(p.familyName));
        o.insert(QStringLiteral("gender"), textOrNull(p.gender));
        o.insert(QStringLiteral("birthdate"), textOrNull(p.birthdate));
        o.insert(QStringLiteral("age"), ageOf(p.birthdate));
        o.insert(QStringLiteral("birth_place"), textOrNull(p.birthPlace));
        return o;
    }
    if (baseRest)
        o.insert(QStringLiteral("kind"), textOrNull(p.kind));
    if (full) {
        o.insert(baseRest ? QStringLiteral("members") : QStringLiteral("group_membership_ids"),
            c.members.value(p.id));
        o.insert(QStringLiteral("is_partial_group"),
            p.isPartialGroup.isNull() ? false : p.isPartialGroup.toBool());
    }
    return o;
}

QList<QJsonObject> RegistryStore::partnersJson(
    const QList<qint64> &ids, bool isGroup, bool full, bool baseRest) const
{
    QList<QJsonObject> out;
    out.reserve(ids.size());
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<qint64> part = ids.mid(from, chunk);
        const Children c = loadChildren(part, isGroup && full, baseRest);
        QHash<qint64, PartnerRow> rows;
        for (const PartnerRow &p : partnerRows(part))
            rows.insert(p.id, p);
        for (qint64 id : part)
            if (rows.contains(id))
                out.append(partnerJson(rows.value(id), c, full, baseRest));
    }
    return out;
}

QJsonObject RegistryStore::individualJson(const PartnerRow &p, bool baseRest) const
{
    return partnerJson(p, loadChildren({p.id}, false, baseRest), false, baseRest);
}

QJsonObject RegistryStore::groupJson(const PartnerRow &p, bool full, bool baseRest) const
{
    return partnerJson(p, loadChildren({p.id}, full, baseRest), full, baseRest);
}

QJsonObject RegistryStore::membershipJson(const MembershipRow &m)
{
    return QJsonObject {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("registrant_id"), m.partnerId},
        {QStringLiteral("registrant_name"), m.registrantName},
        {QStringLiteral("registrant_is_group"), m.registrantIsGroup},
        {QStringLiteral("program_id"), m.programId},
        {QStringLiteral("program_name"), m.programName},
        {QStringLiteral("state"), m.state},
        {QStringLiteral("enrollment_date"), microsOrNull(m.enrollmentDate)},
        {QStringLiteral("exit_date"), textOrNull(m.exitDate)},
        {QStringLiteral("exit_reason"), textOrNull(m.exitReason)},
        {QStringLiteral("create_date"), formatMicros(m.createDate)},
        {QStringLiteral("write_date"), formatMicros(m.writeDate)},
    };
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
