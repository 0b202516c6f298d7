#include "localtimeline.h"

#include "cachemapping.h"
#include "membershiptablemodel.h"
#include "outboxchange.h"

#include <QCoreApplication>

namespace g2p {

namespace {
Timestamp at(const QDateTime &when)
{
    return Timestamp::fromUtcMicros(when.toMSecsSinceEpoch() * 1000);
}

QString outcome(const OutboxItem &item)
{
    switch (item.state) {
    case OutboxItem::State::Pending:
        return QCoreApplication::translate("LocalTimeline", "This desktop — waiting in the outbox");
    case OutboxItem::State::Sending:
        return QCoreApplication::translate("LocalTimeline", "This desktop — sent, not yet confirmed");
    case OutboxItem::State::Confirmed:
        return QCoreApplication::translate("LocalTimeline", "This desktop — confirmed by the server");
    case OutboxItem::State::Failed:
        return QCoreApplication::translate("LocalTimeline", "This desktop — failed: %1").arg(item.message);
    case OutboxItem::State::Conflict:
        return QCoreApplication::translate("LocalTimeline", "This desktop — conflict: %1").arg(item.message);
    case OutboxItem::State::Discarded:
        return QCoreApplication::translate("LocalTimeline", "This desktop — discarded");
    }
    return QString();
}
} // namespace

QList<TimelineEntry> localTimeline(const QList<OutboxItem> &changes,
    const QList<Observation> &observations,
    const QHash<qint64, QString> &names)
{
    QList<TimelineEntry> out;
    for (const OutboxItem &item : changes) {
        TimelineEntry t;
        t.programId = programOf(item);
        t.programName
            = names.value(t.programId, item.payload.value(QStringLiteral("program_name")).toString());
        t.localSource = outcome(item);
        t.origin = item.state == OutboxItem::State::Confirmed ? TimelineEntry::Origin::DesktopConfirmed
                                                              : TimelineEntry::Origin::DesktopChange;
        t.entry.changedAt = at(item.created);
        t.entry.changedBy = QCoreApplication::translate("LocalTimeline", "this desktop");
        if (const auto e = enrollChange(item)) {
            t.entry.toState = e->target;
            if (e->date.isValid())
                t.entry.enrollmentDate = Timestamp::fromDate(e->date);
            t.entry.note = e->note;
        } else if (const auto m = membershipChange(item)) {
            if (m->original)
                t.entry.fromState = m->original->state;
            t.entry.toState
                = m->update.state.value_or(m->original ? m->original->state : MembershipState::Enrolled);
            if (m->update.enrollmentDate.isValid())
                t.entry.enrollmentDate = Timestamp::fromDate(m->update.enrollmentDate);
            t.entry.exitDate = m->update.exitDate;
            t.entry.exitReason = m->update.exitReason;
            t.entry.note = m->update.note;
        } else {
            continue;
        }
        out << t;
    }
    for (const Observation &o : observations) {
        TimelineEntry t;
        t.programId = o.programId;
        t.localSource = QCoreApplication::translate("LocalTimeline", "Seen on the server by this desktop");
        t.origin = TimelineEntry::Origin::Observed;
        if (const auto m = membershipFrom(o.json)) {
            t.programName = names.value(o.programId, m->programName);
            t.entry.toState = m->state;
            t.entry.enrollmentDate = m->enrollmentDate;
            t.entry.exitDate = m->exitDate;
            t.entry.exitReason = m->exitReason;
        } else {
            t.programName = names.value(o.programId);
            const auto state = enumFromWire<MembershipState>(QStringView(o.state));
            t.entry.toState = state.value_or(MembershipState::Draft);
        }
        t.entry.changedAt = at(o.observedAt);
        out << t;
    }
    return out;
}

QList<TimelineEntry> mergeTimelines(QList<TimelineEntry> server, const QList<TimelineEntry> &local)
{
    constexpr qint64 skewMicros = 10 * 60 * qint64(1000000); // clocks of desktop and server differ
    QList<TimelineEntry> out;
    for (const TimelineEntry &l : local) {
        if (l.origin == TimelineEntry::Origin::Observed) {
            const bool known = std::any_of(server.begin(), server.end(), [&l](const TimelineEntry &s) {
                return s.programId == l.programId && s.entry.toState == l.entry.toState;
            });
            if (!known)
                out << l;
            continue;
        }
        if (l.origin == TimelineEntry::Origin::DesktopConfirmed) {
            auto match = std::find_if(server.begin(), server.end(), [&l, skewMicros](const TimelineEntry &s) {
                return s.localSource.isEmpty() && s.programId == l.programId
                    && s.entry.toState == l.entry.toState
                    && s.entry.changedAt.toUtcMicros() >= l.entry.changedAt.toUtcMicros() - skewMicros;
            });
            if (match != server.end()) {
                match->localSource = l.localSource;
                match->origin = l.origin;
                continue;
            }
        }
        out << l;
    }
    return server + out;
}

} // namespace g2p
