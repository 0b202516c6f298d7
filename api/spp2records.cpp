#include "spp2records.h"

#include <QUrl>

namespace g2p::spp2 {

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

QDate dateOf(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString().left(10), Qt::ISODate) : QDate();
}

QString codingDisplay(const QJsonObject &concept)
{
    const QJsonArray coding = concept.value(QLatin1String("coding")).toArray();
    for (const QJsonValue &c : coding) {
        const QString d = c.toObject().value(QLatin1String("display")).toString();
        if (!d.isEmpty())
            return d;
    }
    const QString text = str(concept, QLatin1String("text"));
    if (!text.isEmpty())
        return text;
    return coding.isEmpty() ? QString() : coding.first().toObject().value(QLatin1String("code")).toString();
}

void readCommon(const QJsonObject &o, bool isGroup, RegistrantCommon &r)
{
    const QJsonArray identifiers = o.value(QLatin1String("identifier")).toArray();
    r.key = registrantKeyFrom(isGroup, identifiers, QString());
    r.id = localIdOf(RecordKind::Registrant, r.key);
    r.isGroup = isGroup;
    qint64 n = 0;
    for (const QJsonValue &v : identifiers) {
        const QJsonObject i = v.toObject();
        const QString system = str(i, QLatin1String("system"));
        if (system == kSystemIdSystem)
            continue; // the registrant's key; not an ID number an officer reads
        RegistrantId id;
        id.id = ++n;
        id.idType = idTypeName(system);
        id.value = str(i, QLatin1String("value"));
        r.regIds << id;
    }
    const QJsonArray telecom = o.value(QLatin1String("telecom")).toArray();
    n = 0;
    for (const QJsonValue &v : telecom) {
        const QJsonObject t = v.toObject();
        const QString system = str(t, QLatin1String("system"));
        if (system == QLatin1String("email")) {
            r.email = str(t, QLatin1String("value"));
        } else if (system == QLatin1String("phone")) {
            Phone p;
            p.id = ++n;
            p.phoneNo = str(t, QLatin1String("value"));
            p.phoneSanitized = p.phoneNo;
            r.phones << p;
        }
    }
    const QJsonArray addresses = o.value(QLatin1String("address")).toArray();
    if (!addresses.isEmpty()) {
        const QJsonObject a = addresses.first().toObject();
        r.address = str(a, QLatin1String("text"));
        if (r.address.isEmpty()) {
            QStringList parts;
            for (const QJsonValue &l : a.value(QLatin1String("line")).toArray())
                parts << l.toString();
            for (const char *k : {"city", "state", "country"})
                if (!str(a, QLatin1String(k)).isEmpty())
                    parts << str(a, QLatin1String(k));
            r.address = parts.join(QLatin1String(", "));
        }
    }
    r.writeDate = versionTime(o.value(QLatin1String("meta")).toObject());
    // Archived registrants (active false) are kept, never enrolled (as a disabled one elsewhere).
    if (o.contains(QLatin1String("active")) && !o.value(QLatin1String("active")).toBool(true))
        r.disabled = r.writeDate.isNull() ? Timestamp::fromUtcMicros(0) : r.writeDate;
}

} // namespace

QString registrantKey(bool isGroup, const QString &system, const QString &value)
{
    return (isGroup ? QStringLiteral("Group/") : QStringLiteral("Individual/")) + system + QLatin1Char('|')
        + value;
}

QString registrantKeyFrom(bool isGroup, const QJsonArray &identifiers, const QString &fallbackReference)
{
    for (const QJsonValue &v : identifiers) {
        const QJsonObject i = v.toObject();
        if (i.value(QLatin1String("system")).toString() == kSystemIdSystem)
            return registrantKey(isGroup, kSystemIdSystem, i.value(QLatin1String("value")).toString());
    }
    if (!fallbackReference.isEmpty())
        return QUrl::fromPercentEncoding(fallbackReference.toUtf8());
    if (!identifiers.isEmpty()) {
        const QJsonObject i = identifiers.first().toObject();
        return registrantKey(
            isGroup, i.value(QLatin1String("system")).toString(), i.value(QLatin1String("value")).toString());
    }
    return QString();
}

namespace {
const QString kProgramSystem = QStringLiteral("urn:openspp:program");

QString compactIdentifier(const QString &identifier)
{
    return identifier.startsWith(kIdTypeNamespace) ? identifier.mid(kIdTypeNamespace.size()) : identifier;
}

QString expandIdentifier(const QString &text)
{
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    if (bar > 0 && !text.left(bar).contains(QLatin1Char(':')))
        return kIdTypeNamespace + text;
    return text;
}
} // namespace

QString compactKey(RecordKind kind, const QString &key)
{
    switch (kind) {
    case RecordKind::Registrant:
        if (key.startsWith(QLatin1String("Individual/")))
            return compactIdentifier(key.mid(11));
        if (key.startsWith(QLatin1String("Group/")))
            return QStringLiteral("Group/") + compactIdentifier(key.mid(6));
        return key;
    case RecordKind::Program:
        return key.startsWith(QLatin1String("Program/")) ? key.mid(8) : key;
    case RecordKind::Membership: {
        QString reg, prog;
        if (!splitMembershipKey(key, &reg, &prog))
            return key;
        QString p = compactKey(RecordKind::Program, prog);
        if (p.startsWith(kProgramSystem + QLatin1Char('|')))
            p = p.mid(kProgramSystem.size() + 1);
        return compactKey(RecordKind::Registrant, reg) + QLatin1String("?program=") + p;
    }
    }
    return key;
}

QString expandKey(RecordKind kind, const QString &text, const QString &registrantPrefix)
{
    const QString t = text.trimmed();
    switch (kind) {
    case RecordKind::Registrant:
        if (t.startsWith(QLatin1String("Individual/")))
            return QStringLiteral("Individual/") + expandIdentifier(t.mid(11));
        if (t.startsWith(QLatin1String("Group/")))
            return QStringLiteral("Group/") + expandIdentifier(t.mid(6));
        return registrantPrefix + expandIdentifier(t);
    case RecordKind::Program: {
        const QString bare = t.startsWith(QLatin1String("Program/")) ? t.mid(8) : t;
        return QStringLiteral("Program/")
            + (bare.contains(QLatin1Char('|')) ? bare : kProgramSystem + QLatin1Char('|') + bare);
    }
    case RecordKind::Membership: {
        QString reg, prog;
        if (!splitMembershipKey(t, &reg, &prog))
            return t;
        return membershipKey(
            expandKey(RecordKind::Registrant, reg, registrantPrefix), expandKey(RecordKind::Program, prog));
    }
    }
    return t;
}

QString membershipKey(const QString &registrantKey, const QString &programKey)
{
    return registrantKey + QLatin1String("?program=") + programKey;
}

bool splitMembershipKey(const QString &key, QString *registrantKey, QString *programKey)
{
    const qsizetype at = key.lastIndexOf(QLatin1String("?program="));
    if (at <= 0)
        return false;
    *registrantKey = key.left(at);
    *programKey = key.mid(at + 9);
    return !programKey->isEmpty();
}

QString referenceIdentifier(const QString &reference)
{
    const qsizetype slash = reference.indexOf(QLatin1Char('/'));
    const qsizetype bar = reference.indexOf(QLatin1Char('|'));
    return slash >= 0 && (bar < 0 || slash < bar) ? reference.mid(slash + 1) : reference;
}

bool isGroupReference(const QString &reference)
{
    return reference.startsWith(QLatin1String("Group/"));
}

QString idTypeSystem(const QString &idType)
{
    const QString t = idType.trimmed();
    if (t.startsWith(QLatin1String("urn:")))
        return t;
    QString code = t.toLower();
    code.replace(QLatin1Char(' '), QLatin1Char('_'));
    return kIdTypeNamespace + code;
}

QString idTypeName(const QString &system)
{
    const qsizetype hash = system.lastIndexOf(QLatin1Char('#'));
    if (hash < 0 || !system.startsWith(kIdTypeNamespace))
        return system;
    // "national_id" → "National ID", as OpenSPP names its ID types (and back in idTypeSystem()).
    QStringList words = system.mid(hash + 1).split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &w : words)
        w = w == QLatin1String("id") ? QStringLiteral("ID") : w.left(1).toUpper() + w.mid(1);
    return words.join(QLatin1Char(' '));
}

Timestamp versionTime(const QJsonObject &meta)
{
    bool ok = false;
    const qint64 micros = meta.value(QLatin1String("versionId")).toString().toLongLong(&ok);
    // Microseconds since 1970 from 2001 on: anything else ("1", another format) is not a time.
    if (ok && micros > qint64(1000000000) * 1000000)
        return Timestamp::fromUtcMicros(micros);
    QString updated = meta.value(QLatin1String("lastUpdated")).toString();
    if (updated.isEmpty())
        return {};
    if (!updated.endsWith(QLatin1Char('Z')) && !updated.contains(QLatin1Char('+')))
        updated += QLatin1String("+00:00"); // naive UTC
    return Timestamp::parse(updated);
}

Individual individualFrom(const QJsonObject &o)
{
    Individual r;
    readCommon(o, false, r);
    const QJsonObject name = o.value(QLatin1String("name")).toObject();
    r.givenName = str(name, QLatin1String("given"));
    r.familyName = str(name, QLatin1String("family"));
    r.addlName = str(name, QLatin1String("middle"));
    r.name = str(name, QLatin1String("text"));
    if (r.name.isEmpty()) {
        QStringList parts;
        for (const QString &p : {r.familyName, r.givenName, r.addlName})
            if (!p.isEmpty())
                parts << p;
        r.name = parts.join(QLatin1Char(' '));
    }
    r.birthdate = dateOf(o.value(QLatin1String("birthDate")));
    if (r.birthdate.isValid()) {
        const QDate today = utcToday();
        int years = today.year() - r.birthdate.year();
        if (today < r.birthdate.addYears(years))
            --years;
        r.age = QString::number(years);
    }
    r.gender = codingDisplay(o.value(QLatin1String("gender")).toObject());
    return r;
}

Group groupFrom(const QJsonObject &o)
{
    Group g;
    readCommon(o, true, g);
    g.name = str(o, QLatin1String("name"));
    g.kind = str(o, QLatin1String("groupType"));
    if (o.contains(QLatin1String("member"))) {
        g.isPartialGroup = false; // the full form: its members are listed
        qint64 n = 0;
        for (const QJsonValue &v : o.value(QLatin1String("member")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("inactive")).toBool(false))
                continue;
            const QJsonObject entity = m.value(QLatin1String("entity")).toObject();
            GroupMember member;
            member.id = ++n;
            member.individual.key
                = QUrl::fromPercentEncoding(str(entity, QLatin1String("reference")).toUtf8());
            member.individual.id = localIdOf(RecordKind::Registrant, member.individual.key);
            member.individual.name = str(entity, QLatin1String("display"));
            const QString role = codingDisplay(m.value(QLatin1String("role")).toObject());
            if (!role.isEmpty()) {
                MembershipKind k;
                k.name = role;
                member.kinds << k;
            }
            g.members << member;
        }
    }
    return g;
}

Program programFrom(const QJsonObject &o)
{
    Program p;
    const QJsonArray identifiers = o.value(QLatin1String("identifier")).toArray();
    if (!identifiers.isEmpty()) {
        const QJsonObject i = identifiers.first().toObject();
        p.key = QStringLiteral("Program/") + str(i, QLatin1String("system")) + QLatin1Char('|')
            + str(i, QLatin1String("value"));
    }
    p.id = localIdOf(RecordKind::Program, p.key);
    p.name = str(o, QLatin1String("name"));
    p.description = str(o, QLatin1String("description"));
    p.targetType = str(o, QLatin1String("targetType")) == QLatin1String("individual") ? TargetType::Individual
                                                                                      : TargetType::Group;
    p.active = true;
    p.state = o.value(QLatin1String("active")).toBool(true) ? ProgramState::Active : ProgramState::Ended;
    p.dateEnded = dateOf(o.value(QLatin1String("period")).toObject().value(QLatin1String("end")));
    p.writeDate = versionTime(o.value(QLatin1String("meta")).toObject());
    return p;
}

ProgramMembership membershipFrom(const QJsonObject &o)
{
    ProgramMembership m;
    const QJsonObject beneficiary = o.value(QLatin1String("beneficiary")).toObject();
    const QString reference = str(beneficiary, QLatin1String("reference"));
    const bool isGroup = isGroupReference(reference);
    m.registrantKey = registrantKeyFrom(isGroup, o.value(QLatin1String("identifier")).toArray(), QString());
    if (m.registrantKey.isEmpty())
        m.registrantKey = QUrl::fromPercentEncoding(reference.toUtf8());
    m.registrantId = localIdOf(RecordKind::Registrant, m.registrantKey);
    m.registrantName = str(beneficiary, QLatin1String("display"));
    m.registrantIsGroup = isGroup;
    const QJsonObject program = o.value(QLatin1String("program")).toObject();
    m.programKey = QUrl::fromPercentEncoding(str(program, QLatin1String("reference")).toUtf8());
    m.programId = localIdOf(RecordKind::Program, m.programKey);
    m.programName = str(program, QLatin1String("display"));
    m.key = membershipKey(m.registrantKey, m.programKey);
    m.id = localIdOf(RecordKind::Membership, m.key);
    m.state = enumFromWire<MembershipState>(str(o, QLatin1String("status"))).value_or(MembershipState::Draft);
    const QDate enrolled = dateOf(o.value(QLatin1String("enrollmentDate")));
    if (enrolled.isValid())
        m.enrollmentDate = Timestamp::fromDate(enrolled);
    m.exitDate = dateOf(o.value(QLatin1String("exitDate")));
    m.writeDate = versionTime(o.value(QLatin1String("meta")).toObject());
    return m;
}

QJsonObject membershipBody(const QJsonObject &read)
{
    QJsonObject body;
    body.insert(QStringLiteral("type"), QStringLiteral("ProgramMembership"));
    const auto reference = [&](QLatin1String key) {
        QJsonObject r;
        r.insert(QStringLiteral("reference"), read.value(key).toObject().value(QLatin1String("reference")));
        return r;
    };
    body.insert(QStringLiteral("program"), reference(QLatin1String("program")));
    body.insert(QStringLiteral("beneficiary"), reference(QLatin1String("beneficiary")));
    body.insert(QStringLiteral("status"), read.value(QLatin1String("status")));
    for (const char *k : {"enrollmentDate", "exitDate"})
        if (read.value(QLatin1String(k)).isString())
            body.insert(QLatin1String(k), read.value(QLatin1String(k)));
    return body;
}

} // namespace g2p::spp2
