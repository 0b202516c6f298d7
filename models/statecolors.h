// One colour per membership state, the same on the Programs chart and in printed summaries. Never
// the only carrier of meaning: every bar and row also says its state in words.
#pragma once

#include "enums.h"

#include <QColor>

namespace g2p {

inline QColor stateColor(MembershipState s)
{
    switch (s) {
    case MembershipState::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case MembershipState::Enrolled:
        return QColor(0x2e, 0x7d, 0x32);
    case MembershipState::Paused:
        return QColor(0xe0, 0x8e, 0x0b);
    case MembershipState::Exited:
        return QColor(0x45, 0x6b, 0x9a);
    case MembershipState::NotEligible:
        return QColor(0xb7, 0x1c, 0x1c);
    case MembershipState::Duplicated:
        return QColor(0x7b, 0x4f, 0xa0);
    }
    return QColor(Qt::gray);
}

} // namespace g2p
