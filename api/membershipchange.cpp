#include "membershipchange.h"

#include <QCoreApplication>

namespace g2p {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("g2p::MembershipChange", text);
}
} // namespace

ApiError codedError(ApiError::Kind kind, const QString &code, const QString &message)
{
    ApiError e(kind, message);
    e.setCode(code);
    return e;
}

ChangePlan planChange(const ProgramMembership &m, const MembershipUpdate &u, const QString &label)
{
    ChangePlan p;
    p.target = u.state.value_or(m.state);
    p.stateChanges = p.target != m.state;
    if (p.stateChanges && !isTransitionAllowed(m.state, p.target)) {
        p.error = codedError(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-016"),
            tr("Membership %1 is %2; it cannot become %3.")
                .arg(label, enumToWire(m.state), enumToWire(p.target)));
        return p;
    }
    p.exited = p.target == MembershipState::Exited;
    if (p.exited && p.stateChanges && u.exitReason.trimmed().isEmpty()) {
        p.error = codedError(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-018"),
            tr("Membership %1 cannot be exited without a reason.").arg(label));
        return p;
    }
    if (!p.exited && (u.exitDate.isValid() || !u.exitReason.isNull())) {
        p.error = codedError(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-022"),
            tr("An exit date and reason apply only to an exited membership; membership %1 would be %2.")
                .arg(label, enumToWire(p.target)));
        return p;
    }
    const QDate today = utcToday();
    if ((u.enrollmentDate.isValid() && u.enrollmentDate > today)
        || (u.exitDate.isValid() && u.exitDate > today)) {
        p.error = codedError(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-011"),
            tr("Dates after %1 (today, UTC) are not accepted.").arg(today.toString(Qt::ISODate)));
        return p;
    }
    p.exitDate = p.exited && p.stateChanges ? (u.exitDate.isValid() ? u.exitDate : today) : u.exitDate;
    const QDate enrolled = u.enrollmentDate.isValid() ? u.enrollmentDate
        : m.enrollmentDate.isNull()                   ? QDate()
                                                      : m.enrollmentDate.utcDate();
    if (p.exited && p.exitDate.isValid() && enrolled.isValid() && p.exitDate < enrolled) {
        p.error = codedError(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-022"),
            tr("The exit date %1 is before the enrollment date %2.")
                .arg(p.exitDate.toString(Qt::ISODate), enrolled.toString(Qt::ISODate)));
        return p;
    }
    return p;
}

void failItem(BatchItemResult &r, const QString &code, const QString &description)
{
    r.status = BatchItemStatus::Error;
    r.error.errorCode = code;
    r.error.errorMessage = description;
    r.error.detail = description;
    r.error.errorDescription = description;
}

} // namespace g2p
