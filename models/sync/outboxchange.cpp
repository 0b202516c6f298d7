#include "outboxchange.h"

#include "codec.h"
#include "membershiptablemodel.h"
#include "wiretime.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace g2p {

namespace {

// The backend's own keys, when it has any: {"keys": {"registrant": ..., "program": ..., "membership": ...}}.
void putKeys(
    QJsonObject &payload, const QString &registrant, const QString &program, const QString &membership)
{
    QJsonObject keys;
    if (!registrant.isEmpty())
        keys.insert(QStringLiteral("registrant"), registrant);
    if (!program.isEmpty())
        keys.insert(QStringLiteral("program"), program);
    if (!membership.isEmpty())
        keys.insert(QStringLiteral("membership"), membership);
    if (!keys.isEmpty())
        payload.insert(QStringLiteral("keys"), keys);
}

QString keyIn(const QJsonObject &payload, const char *name)
{
    return payload.value(QStringLiteral("keys")).toObject().value(QLatin1String(name)).toString();
}

QString programLabel(const QString &name, qint64 id, const QHash<qint64, QString> &known)
{
    if (!name.isEmpty())
        return name;
    const QString fromSession = known.value(id);
    return fromSession.isEmpty() ? QCoreApplication::translate("OutboxChange", "program %1").arg(id)
                                 : fromSession;
}
} // namespace

OutboxDraft toDraft(const EnrollChange &c)
{
    QJsonObject p {{QStringLiteral("program_id"), c.programId},
        {QStringLiteral("registrant_id"), c.registrantId}, {QStringLiteral("state"), enumToWire(c.target)}};
    if (c.date.isValid())
        p.insert(QStringLiteral("enrollment_date"), formatIsoDate(c.date));
    if (!c.note.isEmpty())
        p.insert(QStringLiteral("note"), c.note);
    if (!c.programName.isEmpty())
        p.insert(QStringLiteral("program_name"), c.programName);
    if (!c.registrantName.isEmpty())
        p.insert(QStringLiteral("registrant_name"), c.registrantName);
    putKeys(p, c.registrantKey, c.programKey, QString());
    return OutboxDraft {outboxkind::enroll, p, c.registrantId};
}

QJsonObject toPayload(const MembershipChange &c)
{
    QJsonObject p {{QStringLiteral("membership_id"), c.membershipId},
        {QStringLiteral("registrant_id"), c.registrantId}, {QStringLiteral("program_id"), c.programId},
        {QStringLiteral("update"), encode(c.update)}};
    if (c.original)
        p.insert(QStringLiteral("original"), encode(*c.original));
    if (!c.programName.isEmpty())
        p.insert(QStringLiteral("program_name"), c.programName);
    if (!c.registrantName.isEmpty())
        p.insert(QStringLiteral("registrant_name"), c.registrantName);
    putKeys(p, c.registrantKey, c.programKey, c.membershipKey);
    return p;
}

OutboxDraft toDraft(const MembershipChange &c)
{
    return OutboxDraft {outboxkind::membership, toPayload(c), c.registrantId};
}

std::optional<EnrollChange> enrollChange(const OutboxItem &item)
{
    if (item.kind != outboxkind::enroll)
        return std::nullopt;
    const QJsonObject &p = item.payload;
    EnrollChange c;
    c.programId = p.value(QStringLiteral("program_id")).toInteger();
    c.registrantId = p.value(QStringLiteral("registrant_id")).toInteger();
    c.registrantKey = keyIn(p, "registrant");
    c.programKey = keyIn(p, "program");
    const auto state = enumFromWire<MembershipState>(p.value(QStringLiteral("state")).toString());
    if (!c.programId || !c.registrantId || !state)
        return std::nullopt;
    c.target = *state;
    c.date = parseIsoDate(p.value(QStringLiteral("enrollment_date")).toString());
    c.note = p.value(QStringLiteral("note")).toString();
    c.programName = p.value(QStringLiteral("program_name")).toString();
    c.registrantName = p.value(QStringLiteral("registrant_name")).toString();
    return c;
}

std::optional<MembershipChange> membershipChange(const OutboxItem &item)
{
    if (item.kind != outboxkind::membership)
        return std::nullopt;
    const QJsonObject &p = item.payload;
    MembershipChange c;
    c.membershipId = p.value(QStringLiteral("membership_id")).toInteger();
    c.registrantId = p.value(QStringLiteral("registrant_id")).toInteger();
    c.programId = p.value(QStringLiteral("program_id")).toInteger();
    c.membershipKey = keyIn(p, "membership");
    c.registrantKey = keyIn(p, "registrant");
    c.programKey = keyIn(p, "program");
    const QByteArray update = QJsonDocument(p.value(QStringLiteral("update")).toObject()).toJson();
    if (!decode(update, c.update).isNull() || (!c.membershipId && (!c.registrantId || !c.programId)))
        return std::nullopt;
    if (p.contains(QStringLiteral("original"))) {
        ProgramMembership m;
        if (decode(QJsonDocument(p.value(QStringLiteral("original")).toObject()).toJson(), m).isNull())
            c.original = m;
    }
    c.programName = p.value(QStringLiteral("program_name")).toString();
    c.registrantName = p.value(QStringLiteral("registrant_name")).toString();
    return c;
}

qint64 programOf(const OutboxItem &item)
{
    return item.payload.value(QStringLiteral("program_id")).toInteger();
}

QString describeChange(const OutboxItem &item, const QHash<qint64, QString> &programNames)
{
    if (const auto e = enrollChange(item)) {
        const QString program = programLabel(e->programName, e->programId, programNames);
        const QString what = e->target == MembershipState::Draft
            ? QCoreApplication::translate("OutboxChange", "Add to %1 as draft").arg(program)
            : QCoreApplication::translate("OutboxChange", "Enroll in %1").arg(program);
        return e->date.isValid() ? QCoreApplication::translate("OutboxChange", "%1 on %2")
                                       .arg(what, QLocale().toString(e->date, QLocale::ShortFormat))
                                 : what;
    }
    if (const auto m = membershipChange(item)) {
        const QString program = programLabel(m->programName, m->programId, programNames);
        const MembershipUpdate &u = m->update;
        QString text;
        if (u.state == MembershipState::Exited) {
            text = QCoreApplication::translate("OutboxChange", "Exit from %1").arg(program);
            if (u.exitDate.isValid())
                text = QCoreApplication::translate("OutboxChange", "%1 on %2")
                           .arg(text, QLocale().toString(u.exitDate, QLocale::ShortFormat));
            if (!u.exitReason.isEmpty())
                text += QStringLiteral(" (%1)").arg(u.exitReason);
        } else if (u.state) {
            text = QCoreApplication::translate("OutboxChange", "%1: set to %2")
                       .arg(program, MembershipTableModel::stateText(*u.state));
        } else {
            text = QCoreApplication::translate("OutboxChange", "%1: change").arg(program);
        }
        if (u.enrollmentDate.isValid())
            text += QCoreApplication::translate("OutboxChange", ", enrolled on %1")
                        .arg(QLocale().toString(u.enrollmentDate, QLocale::ShortFormat));
        return text;
    }
    return QCoreApplication::translate("OutboxChange", "Unknown change “%1”").arg(item.kind);
}

} // namespace g2p
