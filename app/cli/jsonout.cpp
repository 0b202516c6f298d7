#include "jsonout.h"

#include "codec.h"
#include "recordkey.h"

namespace g2p::cli {

namespace {
// The key as the tables show it (in short), which every command takes back.
void addKey(QJsonObject &o, const char *name, RecordKind kind, qint64 id, const QString &key)
{
    if (!key.isEmpty())
        o.insert(QLatin1String(name), displayKey(kind, id, key));
}
} // namespace

QJsonObject jsonOut(const Individual &r)
{
    QJsonObject o = encode(r);
    addKey(o, "key", RecordKind::Registrant, r.id, r.key);
    return o;
}

QJsonObject jsonOut(const Group &r)
{
    QJsonObject o = encode(r);
    addKey(o, "key", RecordKind::Registrant, r.id, r.key);
    // Members carry their individual's key too.
    QJsonArray members = o.value(QLatin1String("group_membership_ids")).toArray();
    for (int i = 0; i < members.size() && i < r.members.size(); ++i) {
        QJsonObject m = members[i].toObject();
        QJsonObject person = m.value(QLatin1String("individual")).toObject();
        addKey(
            person, "key", RecordKind::Registrant, r.members[i].individual.id, r.members[i].individual.key);
        m.insert(QLatin1String("individual"), person);
        members[i] = m;
    }
    if (!members.isEmpty())
        o.insert(QLatin1String("group_membership_ids"), members);
    return o;
}

QJsonObject jsonOut(const Program &r)
{
    QJsonObject o = encode(r);
    addKey(o, "key", RecordKind::Program, r.id, r.key);
    return o;
}

QJsonObject jsonOut(const ProgramMembership &r)
{
    QJsonObject o = encode(r);
    addKey(o, "key", RecordKind::Membership, r.id, r.key);
    addKey(o, "registrant_key", RecordKind::Registrant, r.registrantId, r.registrantKey);
    addKey(o, "program_key", RecordKind::Program, r.programId, r.programKey);
    return o;
}

} // namespace g2p::cli
