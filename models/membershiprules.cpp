#include "membershiprules.h"

#include "wiretime.h"

namespace g2p {

QList<MembershipState> MembershipRules::targetsFrom(std::optional<MembershipState> from)
{
    if (!from)
        return {MembershipState::Enrolled, MembershipState::Draft};
    return allowedTransitions(*from);
}

QString MembershipRules::transitionProblem(std::optional<MembershipState> from,
    MembershipState to,
    const std::function<QString(MembershipState)> &stateName)
{
    if (from && *from == to)
        return QString();
    const QList<MembershipState> targets = targetsFrom(from);
    if (targets.contains(to))
        return QString();
    if (!from)
        return tr("A new membership starts as %1 or %2.")
            .arg(stateName(MembershipState::Enrolled), stateName(MembershipState::Draft));
    if (targets.isEmpty())
        return tr("An exited membership is final: it cannot become %1.").arg(stateName(to));
    QStringList allowed;
    for (MembershipState s : targets)
        allowed << stateName(s);
    return tr("A %1 membership cannot become %2 (it can become: %3).")
        .arg(stateName(*from), stateName(to), allowed.join(QStringLiteral(", ")));
}

QString MembershipRules::closedProgramProblem(
    const Program &program, std::optional<MembershipState> from, MembershipState to)
{
    const bool becomesEnrolled = to == MembershipState::Enrolled && from != MembershipState::Enrolled;
    if (!becomesEnrolled || program.acceptsEnrollment())
        return QString();
    return tr("%1 has ended or is archived: nobody can be enrolled in it.").arg(program.name);
}

QString MembershipRules::futureDateProblem(QDate date, QDate todayUtc)
{
    if (!date.isValid() || date <= todayUtc)
        return QString();
    return tr("%1 is in the future (today is %2, UTC).").arg(formatIsoDate(date), formatIsoDate(todayUtc));
}

QString MembershipRules::exitReasonProblem(
    std::optional<MembershipState> from, MembershipState to, const QString &reason)
{
    if (to != MembershipState::Exited || from == MembershipState::Exited || !reason.trimmed().isEmpty())
        return QString();
    return tr("An exit needs a reason.");
}

QString MembershipRules::exitBeforeEnrolmentProblem(QDate exitDate, QDate enrollmentDate)
{
    if (!exitDate.isValid() || !enrollmentDate.isValid() || exitDate >= enrollmentDate)
        return QString();
    return tr("The exit date %1 is before the enrollment date %2.")
        .arg(formatIsoDate(exitDate), formatIsoDate(enrollmentDate));
}

} // namespace g2p
