#include "cachemapping.h"

#include "codec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace g2p {

namespace {

// The backend's own keys (recordkey.h) travel with the cached document, under a member no server
// sends: {"g2p_keys": {"self": ..., "registrant": ..., "program": ..., "members": [...]}}. Integer
// backends have none and write nothing.
const QLatin1String kKeys("g2p_keys");

// The record's JSON text (encodeText: written directly, it cost the store's thread two fifths of
// its time as a QJsonObject), with the keys member before its closing brace.
QByteArray document(QByteArray record, const QJsonObject &keys)
{
    if (keys.isEmpty())
        return record;
    record.chop(1);
    if (record.size() > 1)
        record.append(',');
    record.append('"').append(kKeys.data(), kKeys.size()).append("\":");
    record.append(QJsonDocument(keys).toJson(QJsonDocument::Compact)).append('}');
    return record;
}

void putKey(QJsonObject &keys, const char *name, const QString &key)
{
    if (!key.isEmpty())
        keys.insert(QLatin1String(name), key);
}

QJsonObject keysIn(const QByteArray &json)
{
    if (!json.contains("g2p_keys"))
        return {};
    return QJsonDocument::fromJson(json).object().value(kKeys).toObject();
}

// The wire bits (records.h WireInfo) of the fields named, as a record's visit() numbers them.
struct MarkSent
{
    std::initializer_list<const char *> names;
    quint64 bits = 0;
    int index = 0;
    template<class M>
    void field(const char *name, const M &, unsigned, const char * = nullptr)
    {
        for (const char *n : names)
            if (qstrcmp(n, name) == 0)
                bits |= quint64(1) << index;
        ++index;
    }
};

template<class R>
CachedRegistrant common(const R &r, bool isGroup, QJsonObject keys)
{
    CachedRegistrant c;
    c.id = r.id;
    c.isGroup = isGroup;
    c.name = r.name;
    QStringList ids;
    for (const RegistrantId &i : r.regIds)
        ids << i.value;
    c.idNumbers = ids.join(QStringLiteral(", "));
    c.phone = r.phones.isEmpty() ? QString() : r.phones.first().phoneNo;
    c.writeDate = r.writeDate.isNull() ? QString() : r.writeDate.text();
    putKey(keys, "self", r.key);
    c.json = document(encodeText(r), keys);
    return c;
}
} // namespace

CachedRegistrant toCached(const Individual &individual)
{
    CachedRegistrant c = common(individual, false, {});
    c.birthDate = individual.birthdate;
    return c;
}

CachedRegistrant toCached(const Group &group)
{
    QJsonObject keys;
    QJsonArray members;
    bool memberKeys = false;
    for (const GroupMember &m : group.members) {
        members.append(m.individual.key);
        memberKeys = memberKeys || !m.individual.key.isEmpty();
    }
    if (memberKeys)
        keys.insert(QStringLiteral("members"), members);
    // A household's document keeps each member as the pane lists them (id, name, role): their
    // whole records are cached as individuals already. Upstream embeds every member's record, which
    // made a household's document four times an individual's, and writing and reading it back cost
    // the local copy of a million a quarter of its time.
    // (Backends that assemble members themselves, as Odoo's does, left the member's record marked
    // absent, and the cached household lost its members' ids and names: the slim record is marked
    // as sent with its id, name and is_group.)
    static const quint64 kSent = [] {
        MarkSent mark {{"id", "name", "is_group"}};
        Individual().visit(mark);
        return mark.bits;
    }();
    Group slim = group;
    for (GroupMember &m : slim.members) {
        Individual person;
        person.wire.baseRest = m.individual.wire.baseRest;
        person.id = m.individual.id;
        person.key = m.individual.key;
        person.name = m.individual.name;
        person.wire.present = kSent;
        m.individual = std::move(person);
    }
    CachedRegistrant c = common(slim, true, keys);
    for (const GroupMember &m : group.members)
        c.memberIds << m.individual.id;
    return c;
}

CachedMembership toCached(const ProgramMembership &m)
{
    QJsonObject keys;
    putKey(keys, "self", m.key);
    putKey(keys, "registrant", m.registrantKey);
    putKey(keys, "program", m.programKey);
    return CachedMembership {m.id, m.registrantId, m.programId, enumToWire(m.state),
        m.writeDate.isNull() ? QString() : m.writeDate.text(), document(encodeText(m), keys)};
}

std::optional<Individual> individualFrom(const CachedRegistrant &row)
{
    Individual i;
    if (row.isGroup || !decode(row.json, i).isNull())
        return std::nullopt;
    i.key = keysIn(row.json).value(QLatin1String("self")).toString();
    return i;
}

std::optional<Group> groupFrom(const CachedRegistrant &row)
{
    Group g;
    if (!row.isGroup || !decode(row.json, g).isNull())
        return std::nullopt;
    const QJsonObject keys = keysIn(row.json);
    g.key = keys.value(QLatin1String("self")).toString();
    const QJsonArray members = keys.value(QLatin1String("members")).toArray();
    for (int i = 0; i < g.members.size() && i < members.size(); ++i)
        g.members[i].individual.key = members.at(i).toString();
    return g;
}

std::optional<ProgramMembership> membershipFrom(const QByteArray &json)
{
    ProgramMembership m;
    if (!decode(json, m).isNull())
        return std::nullopt;
    const QJsonObject keys = keysIn(json);
    m.key = keys.value(QLatin1String("self")).toString();
    m.registrantKey = keys.value(QLatin1String("registrant")).toString();
    m.programKey = keys.value(QLatin1String("program")).toString();
    return m;
}

} // namespace g2p

namespace g2p {

QByteArray cachedProgram(const Program &p)
{
    QJsonObject keys;
    putKey(keys, "self", p.key);
    return document(encodeText(p), keys);
}

std::optional<Program> programFrom(const QByteArray &json)
{
    Program p;
    if (!decode(json, p).isNull())
        return std::nullopt;
    p.key = keysIn(json).value(QLatin1String("self")).toString();
    return p;
}

} // namespace g2p
