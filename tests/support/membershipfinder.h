// Test data from a running sandbox, read through G2P Desk's own clients: a membership in a given
// state and what an officer types to find its registrant; a membership's state now.
#pragma once

#include "enums.h"

#include <QString>

#include <QUrl>
#include <optional>

namespace g2p::test {

struct FoundMembership
{
    qint64 id = 0; // 0: none found (or the server did not answer)
    qint64 registrantId = 0;
    QString registrantKey; // the backend's own key where it is not the id (API v2)
    QString searchText; // the registrant's number where the server has numbers, else an ID number (API v2)
    QString programName;
    QString registrantName;
};

// A membership of the server's first program in `state`. `kind` is "rest", "odoo" or "spp2"; a
// plain address (no path) is a stock server's Odoo external API (database openg2p).
FoundMembership findMembership(const QUrl &url, MembershipState state, const QString &kind = QString());

// The state of membership `id` of `registrantId` now, as the server says; nullopt when unreadable.
std::optional<MembershipState> membershipStateNow(
    const QUrl &url, const QString &kind, const FoundMembership &membership);

// The state of `membership`'s registrant in the program named `programName` now; nullopt when they
// have no membership there or it is unreadable.
std::optional<MembershipState> stateIn(
    const QUrl &url, const QString &kind, const FoundMembership &membership, const QString &programName);

} // namespace g2p::test
