// The contract's rules for changing a membership, in one place: the bulk-edit grid, the forms, the
// importer and g2p-desk-cli all ask here. Each check answers in the officer's words (translated
// where a translator is loaded), or with an empty string when the rule holds.
#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

#include <optional>

namespace g2p {

class MembershipRules
{
    Q_DECLARE_TR_FUNCTIONS(MembershipRules)
public:
    // What a membership may become: the contract's transition table; a new one (no `from`)
    // starts as enrolled or draft.
    static QList<MembershipState> targetsFrom(std::optional<MembershipState> from);
    // `from` → `to` (the same state is no change). `stateName` shows a state (screen words or wire names).
    static QString transitionProblem(std::optional<MembershipState> from,
        MembershipState to,
        const std::function<QString(MembershipState)> &stateName);
    // Becoming enrolled in a program that has ended or is archived.
    static QString closedProgramProblem(
        const Program &program, std::optional<MembershipState> from, MembershipState to);
    // Dates are never in the future; "today" is the UTC date, as the server counts.
    static QString futureDateProblem(QDate date, QDate todayUtc);
    // An exit (a membership becoming exited) needs a reason that is not blank.
    static QString exitReasonProblem(
        std::optional<MembershipState> from, MembershipState to, const QString &reason);
    // The exit date (today when none is given) is not before the enrollment date.
    static QString exitBeforeEnrolmentProblem(QDate exitDate, QDate enrollmentDate);
};

} // namespace g2p
