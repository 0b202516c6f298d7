#include "odoorecords.h"

#include "enums.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace g2p::odoo {
namespace {
const QLatin1String kMarker("[g2p-desk] ");

QString stateWord(MembershipState s)
{
    static const char *const words[]
        = {"Draft", "Enrolled", "Paused", "Exited", "Not eligible", "Duplicated"};
    return QLatin1String(words[int(s)]);
}
} // namespace

QJsonArray registrantFields()
{
    return {QStringLiteral("name"), QStringLiteral("given_name"), QStringLiteral("family_name"),
        QStringLiteral("addl_name"), QStringLiteral("gender"), QStringLiteral("birthdate"),
        QStringLiteral("birth_place"), QStringLiteral("age"), QStringLiteral("registration_date"),
        QStringLiteral("is_group"), QStringLiteral("email"), QStringLiteral("address"),
        QStringLiteral("disabled"), QStringLiteral("active"), QStringLiteral("reg_ids"),
        QStringLiteral("phone_number_ids"), QStringLiteral("create_date"), QStringLiteral("write_date")};
}

QJsonArray membershipFields()
{
    // is_group comes through _inherits (the registrant's field, read on the membership).
    return {QStringLiteral("partner_id"), QStringLiteral("program_id"), QStringLiteral("state"),
        QStringLiteral("enrollment_date"), QStringLiteral("exit_date"), QStringLiteral("is_group"),
        QStringLiteral("create_date"), QStringLiteral("write_date")};
}

QJsonArray programFields()
{
    return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("target_type"),
        QStringLiteral("state"), QStringLiteral("active"), QStringLiteral("date_ended"),
        QStringLiteral("beneficiaries_count"), QStringLiteral("eligible_beneficiaries_count"),
        QStringLiteral("create_date"), QStringLiteral("write_date")};
}

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

QDate date(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString().left(10), Qt::ISODate) : QDate();
}

Timestamp datetime(const QJsonValue &v)
{
    if (!v.isString())
        return Timestamp();
    QDateTime t = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        return Timestamp();
    t.setTimeZone(QTimeZone::utc());
    return Timestamp::fromUtcMicros(t.toMSecsSinceEpoch() * 1000);
}

QString datetimeText(const Timestamp &t)
{
    if (t.isNull())
        return QString();
    return QDateTime::fromMSecsSinceEpoch(t.toUtcMicros() / 1000, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString datetimeText(QDate day)
{
    return day.toString(Qt::ISODate) + QStringLiteral(" 00:00:00");
}

qint64 many2oneId(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray().at(0).toInteger();
    return v.isDouble() ? v.toInteger() : 0;
}

QString many2oneName(const QJsonValue &v)
{
    return v.isArray() ? v.toArray().at(1).toString() : QString();
}

namespace {
void fillCommon(RegistrantCommon &r, const QJsonObject &row, const Children &c)
{
    r.id = row.value(QStringLiteral("id")).toInteger();
    r.name = text(row.value(QStringLiteral("name")));
    r.isGroup = row.value(QStringLiteral("is_group")).toBool();
    r.registrationDate = date(row.value(QStringLiteral("registration_date")));
    r.email = text(row.value(QStringLiteral("email")));
    r.address = text(row.value(QStringLiteral("address")));
    r.createDate = datetime(row.value(QStringLiteral("create_date")));
    r.writeDate = datetime(row.value(QStringLiteral("write_date")));
    r.disabled = datetime(row.value(QStringLiteral("disabled")));
    for (const QJsonValue &id : row.value(QStringLiteral("reg_ids")).toArray())
        if (c.regIds.contains(id.toInteger()))
            r.regIds << c.regIds.value(id.toInteger());
    for (const QJsonValue &id : row.value(QStringLiteral("phone_number_ids")).toArray())
        if (c.phones.contains(id.toInteger()))
            r.phones << c.phones.value(id.toInteger());
    r.programMemberships = c.memberships.value(r.id);
}
} // namespace

Individual individualFrom(const QJsonObject &row, const Children &c)
{
    Individual i;
    fillCommon(i, row, c);
    i.givenName = text(row.value(QStringLiteral("given_name")));
    i.familyName = text(row.value(QStringLiteral("family_name")));
    i.addlName = text(row.value(QStringLiteral("addl_name")));
    i.gender = text(row.value(QStringLiteral("gender")));
    i.birthdate = date(row.value(QStringLiteral("birthdate")));
    i.birthPlace = text(row.value(QStringLiteral("birth_place")));
    i.age = text(row.value(QStringLiteral("age"))); // computed by the server, not stored
    return i;
}

Group groupFrom(const QJsonObject &row, const Children &c)
{
    Group g;
    fillCommon(g, row, c);
    g.members = c.members.value(g.id);
    return g;
}

ProgramMembership membershipFrom(const QJsonObject &row)
{
    ProgramMembership m;
    m.id = row.value(QStringLiteral("id")).toInteger();
    const QJsonValue partner = row.value(QStringLiteral("partner_id"));
    m.registrantId = many2oneId(partner);
    m.registrantName = many2oneName(partner);
    if (row.contains(QStringLiteral("is_group")))
        m.registrantIsGroup = row.value(QStringLiteral("is_group")).toBool();
    const QJsonValue program = row.value(QStringLiteral("program_id"));
    m.programId = many2oneId(program);
    m.programName = many2oneName(program);
    m.state = enumFromWire<MembershipState>(QStringView(text(row.value(QStringLiteral("state")))))
                  .value_or(MembershipState::Draft);
    m.enrollmentDate = datetime(row.value(QStringLiteral("enrollment_date")));
    m.exitDate = date(row.value(QStringLiteral("exit_date")));
    m.createDate = datetime(row.value(QStringLiteral("create_date")));
    m.writeDate = datetime(row.value(QStringLiteral("write_date")));
    return m;
}

Program programFrom(const QJsonObject &row)
{
    Program p;
    p.id = row.value(QStringLiteral("id")).toInteger();
    p.name = text(row.value(QStringLiteral("name")));
    p.description = text(row.value(QStringLiteral("description")));
    p.targetType = text(row.value(QStringLiteral("target_type"))) == QLatin1String("individual")
        ? TargetType::Individual
        : TargetType::Group;
    p.state = text(row.value(QStringLiteral("state"))) == QLatin1String("ended") ? ProgramState::Ended
                                                                                 : ProgramState::Active;
    p.active = row.value(QStringLiteral("active")).toBool(true);
    p.dateEnded = date(row.value(QStringLiteral("date_ended")));
    if (row.contains(QStringLiteral("beneficiaries_count")))
        p.beneficiariesCount = row.value(QStringLiteral("beneficiaries_count")).toInteger();
    if (row.contains(QStringLiteral("eligible_beneficiaries_count")))
        p.enrolledCount = row.value(QStringLiteral("eligible_beneficiaries_count")).toInteger();
    p.createDate = datetime(row.value(QStringLiteral("create_date")));
    p.writeDate = datetime(row.value(QStringLiteral("write_date")));
    return p;
}

// The note is written for any officer who opens the membership in Odoo's web UI, in English (the
// server's users read many languages; the History view shows it in the desktop's own words).
QString noteText(const ChangeNote &n)
{
    QString human = QStringLiteral("G2P Desk: ");
    human += n.from ? QStringLiteral("%1 → %2").arg(stateWord(*n.from), stateWord(n.to))
                    : QStringLiteral("enrolment as %1").arg(stateWord(n.to));
    if (n.exitDate.isValid())
        human += QStringLiteral(", exit date %1").arg(n.exitDate.toString(Qt::ISODate));
    if (!n.reason.isEmpty())
        human += QStringLiteral(". Reason: %1").arg(n.reason);
    if (!n.note.isEmpty())
        human += QStringLiteral(". Note: %1").arg(n.note);
    QJsonObject o {{QStringLiteral("v"), 1}, {QStringLiteral("to"), enumToWire(n.to)},
        {QStringLiteral("token"), n.token}};
    if (n.from)
        o.insert(QStringLiteral("from"), enumToWire(*n.from));
    if (!n.enrollmentDate.isNull())
        o.insert(QStringLiteral("enrollment_date"), datetimeText(n.enrollmentDate));
    if (n.exitDate.isValid())
        o.insert(QStringLiteral("exit_date"), n.exitDate.toString(Qt::ISODate));
    if (!n.reason.isEmpty())
        o.insert(QStringLiteral("reason"), n.reason);
    if (!n.note.isEmpty())
        o.insert(QStringLiteral("note"), n.note);
    if (n.batch)
        o.insert(QStringLiteral("batch"), true);
    return human + QLatin1Char('\n') + kMarker
        + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString noteMarker()
{
    return kMarker;
}

QString htmlToText(const QString &html)
{
    QString s = html;
    static const QRegularExpression breaks(
        QStringLiteral("<br\\s*/?>|</p>\\s*<p>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    s.replace(breaks, QStringLiteral("\n"));
    s.remove(tags);
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#34;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

std::optional<HistoryEntry> entryFromMessage(const QJsonObject &message, qint64 membershipId, QString *token)
{
    const QString body = htmlToText(text(message.value(QStringLiteral("body"))));
    const qsizetype at = body.indexOf(kMarker);
    if (at < 0)
        return std::nullopt;
    QString json = body.mid(at + kMarker.size());
    const qsizetype end = json.lastIndexOf(QLatin1Char('}'));
    if (end < 0)
        return std::nullopt;
    json.truncate(end + 1);
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto to = enumFromWire<MembershipState>(QStringView(o.value(QStringLiteral("to")).toString()));
    if (!to)
        return std::nullopt; // not a note this version can read: left out rather than guessed
    if (token)
        *token = o.value(QStringLiteral("token")).toString();
    HistoryEntry e;
    e.id = message.value(QStringLiteral("id")).toInteger();
    e.membershipId = membershipId;
    e.changedAt = datetime(message.value(QStringLiteral("date")));
    e.changedBy = many2oneName(message.value(QStringLiteral("author_id")));
    e.fromState = enumFromWire<MembershipState>(QStringView(o.value(QStringLiteral("from")).toString()));
    e.toState = *to;
    e.enrollmentDate = datetime(o.value(QStringLiteral("enrollment_date")));
    e.exitDate = date(o.value(QStringLiteral("exit_date")));
    e.exitReason = o.value(QStringLiteral("reason")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    e.source = o.value(QStringLiteral("batch")).toBool() ? HistorySource::BatchEnroll : HistorySource::Api;
    return e;
}

} // namespace g2p::odoo
