// What the officer narrows a registrant table down to.
#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace g2p {

struct RegistrantFilter
{
    QString text; // case-insensitive substring of name or id numbers
    std::optional<qint64> programId; // has a membership in this program
    std::optional<MembershipState> state; // ... in this state (any program when programId is unset)
    QString gender; // exact, as the server stores it; empty = any
    QDate registeredFrom, registeredTo; // inclusive; invalid = open

    bool isEmpty() const
    {
        return text.isEmpty() && !programId && !state && gender.isEmpty() && !registeredFrom.isValid()
            && !registeredTo.isValid();
    }
    bool sameExceptText(const RegistrantFilter &o) const
    {
        return programId == o.programId && state == o.state && gender == o.gender
            && registeredFrom == o.registeredFrom && registeredTo == o.registeredTo;
    }
};

} // namespace g2p
