// What the three printed reports hold, read from the registry by ReportReader (the desktop and
// g2p-desk-cli alike): a registrant's record with memberships and history, a program's members as
// filtered, and a program's summary with its counts and its months.
#pragma once

#include "records.h"

#include <QDateTime>
#include <QMap>

#include <optional>

namespace g2p {

struct ReportHeader
{
    QString server; // address and user: where the figures come from
    QDateTime printedAt; // local time
};

struct RegistrantReport
{
    ReportHeader header;
    bool isGroup = false;
    std::optional<Individual> individual;
    std::optional<Group> group;
    QList<ProgramMembership> memberships;
    QList<HistoryEntry> history; // newest first; empty where the server keeps none
    QHash<qint64, QString> programNames; // by membership id, for the history
    QString historyNote; // why the history is empty or partial
};

struct MemberListReport
{
    ReportHeader header;
    Program program;
    std::optional<MembershipState> state; // the filter; none: every state
    QString nameFilter; // the desktop's "find among the members" text; empty: none
    QList<ProgramMembership> members;
    qint64 total = 0; // in the registry for this filter
    bool cut = false; // more than the report holds (see ReportReader::maxRows)
};

// A month's movements of a program's memberships.
struct MonthCounts
{
    int enrolments = 0; // by enrolment date
    int exits = 0; // by exit date
    int pauses = 0; // memberships paused now, by their last change
};

struct ProgramSummaryReport
{
    ReportHeader header;
    Program program;
    QList<qint64> counts; // by MembershipState
    QMap<QDate, MonthCounts> months; // first day of each month
    qint64 membershipsRead = 0;
    bool cut = false;
};

} // namespace g2p
