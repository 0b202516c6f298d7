// What a list of households shows of their members: the head and how many. A household read for a
// list (the local copy, a search) lets its members go on the store's thread; this is what is kept.
#pragma once

#include "records.h"

#include <QHash>
#include <QString>

namespace g2p {

struct HouseholdSummary
{
    QString head; // the name of the first member whose role (membership kind) is "Head"; may be empty
    int size = 0; // members
};

inline HouseholdSummary householdSummary(const Group &group)
{
    HouseholdSummary s;
    s.size = int(group.members.size());
    for (const GroupMember &m : group.members)
        for (const MembershipKind &k : m.kinds)
            if (s.head.isEmpty() && k.name.compare(QLatin1String("Head"), Qt::CaseInsensitive) == 0)
                s.head = m.individual.name;
    return s;
}

using HouseholdSummaries = QHash<qint64, HouseholdSummary>; // by group id

} // namespace g2p
