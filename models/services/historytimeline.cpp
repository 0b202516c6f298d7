#include "historytimeline.h"

#include "registrysession.h"

namespace g2p {

HistoryTimeline::HistoryTimeline(RegistrySession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    qRegisterMetaType<Timeline>();
}

HistoryTimeline::~HistoryTimeline()
{
    for (const auto &call : std::exchange(m_calls, {}))
        if (call)
            call->abort();
}

void HistoryTimeline::load(qint64 registrantId, const QList<ProgramMembership> &memberships)
{
    m_timeline = Timeline();
    m_server.clear();
    m_local.clear();
    const BackendCapabilities caps = m_session->capabilities();
    if (!caps.programs) {
        m_timeline.coverage = Timeline::Coverage::CurrentOnly;
        for (const ProgramMembership &m : memberships) {
            TimelineEntry t;
            t.programId = m.programId;
            t.programName = m.programName;
            t.entry.toState = m.state;
            t.entry.enrollmentDate = m.enrollmentDate;
            t.entry.exitDate = m.exitDate;
            t.entry.changedAt = m.enrollmentDate;
            m_timeline.entries.append(t);
        }
        QTimer::singleShot(0, this, [this] { Q_EMIT loaded(m_timeline); });
        return;
    }
    m_timeline.coverage
        = caps.serverHistory ? Timeline::Coverage::ServerAndLocal : Timeline::Coverage::LocalOnly;
    m_pending = 1 + (caps.serverHistory ? int(memberships.size()) : 0);
    const QHash<qint64, QString> names = m_session->programNames();
    m_session->store()->run(
        this,
        [registrantId, names](StoreHandles &h) {
            const QList<OutboxItem> changes
                = h.outboxOk ? h.outbox.itemsOfRegistrant(registrantId) : QList<OutboxItem>();
            const QList<Observation> seen
                = h.memberships ? h.memberships->observations(registrantId) : QList<Observation>();
            return localTimeline(changes, seen, names);
        },
        [this](const QList<TimelineEntry> &local) {
            m_local = local;
            partDone();
        });
    if (!caps.serverHistory)
        return;
    for (const ProgramMembership &m : memberships) {
        auto *call = m_session->backend()->history(refOf(m));
        m_calls.append(call);
        connect(call, &PendingCall::finished, this, [this, call, m] {
            if (call->succeeded()) {
                for (const HistoryEntry &e : call->result())
                    m_server.append(TimelineEntry {
                        e, m.programId, m.programName, QString(), TimelineEntry::Origin::Server});
            } else {
                m_timeline.problem = call->error().toString();
            }
            partDone();
        });
    }
}

void HistoryTimeline::partDone()
{
    if (--m_pending > 0)
        return;
    m_timeline.entries = mergeTimelines(m_server, m_local);
    Q_EMIT loaded(m_timeline);
}

} // namespace g2p
