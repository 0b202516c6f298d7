// The contract's rules for a change of one membership, for backends whose server enforces none
// (Odoo's external API, OpenSPP2's API v2): the transition table, an exit's reason, dates that only
// an exit carries, no date after today, no exit before the enrolment. One place, each rule with the
// G2P code the REST extension answers with.
#pragma once

#include "apierror.h"
#include "records.h"

#include <optional>

namespace g2p {

struct ChangePlan
{
    ApiError error; // null: the change may be written
    MembershipState target = MembershipState::Draft;
    bool stateChanges = false;
    bool exited = false; // the membership ends exited
    QDate exitDate; // the date to write (today for an exit without one), or null
};

// `current` as the server has it now; `label` names the membership in messages ("1351", a name).
ChangePlan planChange(const ProgramMembership &current, const MembershipUpdate &update, const QString &label);

// An ApiError with a G2P code.
ApiError codedError(ApiError::Kind kind, const QString &code, const QString &message);

// A row of a bulk enrolment refused by the backend itself, in the shape the server's refusals have.
void failItem(BatchItemResult &r, const QString &code, const QString &description);

} // namespace g2p
