// What a caller asks a registry backend for, in domain terms (no wire format): filters and pages.
#pragma once

#include "enums.h"
#include "recordkey.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace g2p {

// A page of a list (limit/offset; total when the server says it).
template<class T>
struct Page
{
    QList<T> items;
    qint64 total = -1; // -1 when the server did not say
    int limit = 0;
    int offset = 0;
    // Whether the server says a page follows (API v2's links.next), where it does: it wins over
    // `total`, which consent filtering may make the length of this page.
    std::optional<bool> more;
    bool hasMore() const
    {
        if (more)
            return *more;
        return total >= 0 ? offset + items.size() < total : items.size() == limit;
    }
};

struct ProgramFilter
{
    std::optional<qint64> id;
    QString name; // case-insensitive substring
    std::optional<TargetType> targetType;
    std::optional<ProgramState> state;
    bool includeArchived = false;
};

struct MembershipFilter
{
    std::optional<RecordRef> registrantId;
    std::optional<RecordRef> programId;
    std::optional<MembershipState> state;
    // Only memberships written at or after this instant (UTC), where the backend can say
    // (capabilities().changedSince); a backend that cannot returns them all.
    QDateTime changedSince;
};

// Find registrants: by database id, by (part of) a name, or by an ID number; nothing set = all.
struct RegistrantQuery
{
    std::optional<qint64> id;
    QString name; // null: any name
    QString idNumber; // empty: any
    QString idType; // with idNumber: of this ID type ("National ID"), where the backend can say; empty: any
    bool withMembers = false; // groups: members in full
    bool isEmpty() const { return !id && name.isNull() && idNumber.isEmpty(); }
};

// A page of the registrants changed since a point. `cursor` is the backend's own (opaque to the
// caller, kept so that a refresh resumes where it stopped); `complete` says no page follows.
template<class R>
struct ChangedPage
{
    QList<R> items;
    QList<qint64> left; // registrants that left the registry (archived, disabled) since the point
    QString cursor;
    bool complete = true;
    qint64 remaining = -1; // records from this page on, where the server says (-1: unknown)
};

struct ChangesQuery
{
    QString cursor; // empty: from the beginning (every registrant)
    int limit = 1000;
    bool withMembers = true; // groups only
};

} // namespace g2p
