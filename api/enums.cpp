#include "enums.h"

#include <QList>

namespace g2p {

bool isTransitionAllowed(MembershipState from, MembershipState to)
{
    using S = MembershipState;
    switch (from) {
    case S::Draft:
        return to == S::Enrolled || to == S::NotEligible || to == S::Duplicated;
    case S::Enrolled:
        return to == S::Paused || to == S::Exited || to == S::NotEligible || to == S::Duplicated;
    case S::Paused:
        return to == S::Enrolled || to == S::Exited;
    case S::NotEligible:
        return to == S::Draft || to == S::Enrolled;
    case S::Duplicated:
        return to == S::Draft;
    case S::Exited:
        return false;
    }
    return false;
}

QList<MembershipState> allowedTransitions(MembershipState from)
{
    QList<MembershipState> out;
    for (std::size_t i = 0; i < EnumNames<MembershipState>::names.size(); ++i)
        if (isTransitionAllowed(from, MembershipState(i)))
            out.append(MembershipState(i));
    return out;
}

} // namespace g2p
