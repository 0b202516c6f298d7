// The two kinds of change the outbox carries, and how each is written into an outbox item and
// read back: an enrolment (batch_enroll of one registrant in one program) and a change to a
// membership (PATCH, sent with the write_date it was read with, so a change made by someone
// else in between is refused instead of overwritten). A membership change may name the
// membership by registrant and program only (an exit queued after its enrolment): the sender
// reads the membership when it is about to send.
#pragma once

#include <QHash>

#include "outbox.h"
#include "records.h"

#include <optional>

namespace g2p {

// Records are named by their local ids (recordkey.h), with the backend's own keys beside them where
// it has keys of its own: the item is then sent by key after a restart too.
struct EnrollChange
{
    qint64 programId = 0;
    qint64 registrantId = 0;
    QString programKey, registrantKey;
    MembershipState target = MembershipState::Enrolled;
    QDate date; // null: the server's today
    QString note;
    QString programName, registrantName; // for people reading the outbox
};

struct MembershipChange
{
    qint64 membershipId = 0; // 0: found by registrant and program when sent
    qint64 registrantId = 0;
    qint64 programId = 0;
    QString membershipKey, registrantKey, programKey;
    MembershipUpdate update; // its writeDate: as the officer read it (null: as read when sent)
    std::optional<ProgramMembership> original; // as read, when known (a conflict shows both)
    QString programName, registrantName;
};

namespace outboxkind {
inline const QString enroll = QStringLiteral("enroll");
inline const QString membership = QStringLiteral("update_membership");
} // namespace outboxkind

OutboxDraft toDraft(const EnrollChange &c);
OutboxDraft toDraft(const MembershipChange &c);
std::optional<EnrollChange> enrollChange(const OutboxItem &item);
std::optional<MembershipChange> membershipChange(const OutboxItem &item);
QJsonObject toPayload(const MembershipChange &c);
inline RecordRef programRef(const EnrollChange &c)
{
    return {c.programId, c.programKey};
}
inline RecordRef registrantRef(const EnrollChange &c)
{
    return {c.registrantId, c.registrantKey};
}
inline RecordRef membershipRef(const MembershipChange &c)
{
    return {c.membershipId, c.membershipKey};
}
inline RecordRef registrantRef(const MembershipChange &c)
{
    return {c.registrantId, c.registrantKey};
}
inline RecordRef programRef(const MembershipChange &c)
{
    return {c.programId, c.programKey};
}

// One line for the outbox view and the history: "Exit from Cash Transfer on 2024-03-01 (Moved)".
// `programNames`: the session's programs, for a change whose payload names none (written by the
// CLI or an older G2P Desk): "Enroll in Cash Transfer", never "program 5" when the name is known.
QString describeChange(const OutboxItem &item, const QHash<qint64, QString> &programNames = {});
// The program a change is about (0 when the item is of an unknown kind).
qint64 programOf(const OutboxItem &item);

} // namespace g2p
