// --json output: the contract's encoding of a record, plus the backend's own keys where it names
// records by them rather than by number (API v2 identifiers: "key", "registrant_key",
// "program_key"), so a script can hand them back to the next command. Numbers alone would be
// local ids derived from those keys, which no server knows.
#pragma once

#include "records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace g2p::cli {

QJsonObject jsonOut(const Individual &r);
QJsonObject jsonOut(const Group &r);
QJsonObject jsonOut(const Program &r);
QJsonObject jsonOut(const ProgramMembership &r);

template<class T>
QJsonArray jsonOutList(const QList<T> &records)
{
    QJsonArray a;
    for (const T &r : records)
        a.append(jsonOut(r));
    return a;
}

} // namespace g2p::cli
