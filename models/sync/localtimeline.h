// The local timeline of a registrant: every change made from this desktop (the outbox keeps them
// after they are confirmed) and every server state this desktop observed (the cache records a
// state when it first sees a membership or sees it change), as history entries to merge with the
// server's history.
#pragma once

#include "historymodel.h"
#include "membershipcache.h"
#include "outbox.h"

namespace g2p {

QList<TimelineEntry> localTimeline(const QList<OutboxItem> &changes,
    const QList<Observation> &observations,
    const QHash<qint64, QString> &programNames);

// The server's history with the local timeline merged in: a confirmed change from this desktop
// marks the server's entry it became (instead of a second row); a state this desktop saw that the
// server's history already shows is left out; everything else (waiting, failed, conflicts, states
// seen while the server's history is unavailable) is added.
QList<TimelineEntry> mergeTimelines(QList<TimelineEntry> server, const QList<TimelineEntry> &local);

} // namespace g2p
