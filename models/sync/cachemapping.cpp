#include "cachemapping.h"

#include "codec.h"

#include <QJsonDocument>

namespace g2p {

namespace {
template<class R>
CachedRegistrant common(const R &r, bool isGroup)
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
    c.json = QJsonDocument(encode(r)).toJson(QJsonDocument::Compact);
    return c;
}
} // namespace

CachedRegistrant toCached(const Individual &individual)
{
    CachedRegistrant c = common(individual, false);
    c.birthDate = individual.birthdate;
    return c;
}

CachedRegistrant toCached(const Group &group)
{
    CachedRegistrant c = common(group, true);
    for (const GroupMember &m : group.members)
        c.memberIds << m.individual.id;
    return c;
}

CachedMembership toCached(const ProgramMembership &m)
{
    return CachedMembership {m.id, m.registrantId, m.programId, enumToWire(m.state),
        m.writeDate.isNull() ? QString() : m.writeDate.text(),
        QJsonDocument(encode(m)).toJson(QJsonDocument::Compact)};
}

std::optional<Individual> individualFrom(const CachedRegistrant &row)
{
    Individual i;
    if (row.isGroup || !decode(row.json, i).isNull())
        return std::nullopt;
    return i;
}

std::optional<Group> groupFrom(const CachedRegistrant &row)
{
    Group g;
    if (!row.isGroup || !decode(row.json, g).isNull())
        return std::nullopt;
    return g;
}

std::optional<ProgramMembership> membershipFrom(const QByteArray &json)
{
    ProgramMembership m;
    if (!decode(json, m).isNull())
        return std::nullopt;
    return m;
}

} // namespace g2p
