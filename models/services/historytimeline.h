// A registrant's history of program participation: the server's history of each membership (where
// the server keeps one) merged with this desktop's local timeline (its own changes from the outbox,
// and the states it saw on the server). A server with no programs gives the current memberships only.
#pragma once

#include "localtimeline.h"
#include "records.h"

#include <QObject>
#include <QPointer>

namespace g2p {

class PendingCall;
class RegistrySession;

struct Timeline
{
    enum class Coverage
    {
        ServerAndLocal, // the server's history and this desktop's timeline
        LocalOnly, // the server keeps no history: this desktop's timeline only
        CurrentOnly // the server has no programs: the current memberships as one row each
    };
    QList<TimelineEntry> entries; // newest first
    Coverage coverage = Coverage::ServerAndLocal;
    QString problem; // part of the server's history could not be read: why
};

class HistoryTimeline : public QObject
{
    Q_OBJECT
public:
    explicit HistoryTimeline(RegistrySession *session, QObject *parent = nullptr);
    ~HistoryTimeline() override;

    // Reads the history of `memberships` (the registrant's); emits loaded() once.
    void load(qint64 registrantId, const QList<ProgramMembership> &memberships);

Q_SIGNALS:
    void loaded(const g2p::Timeline &timeline);

private:
    void partDone();

    RegistrySession *m_session;
    int m_pending = 0;
    Timeline m_timeline;
    QList<TimelineEntry> m_server, m_local;
    QList<QPointer<PendingCall>> m_calls;
};

} // namespace g2p

Q_DECLARE_METATYPE(g2p::Timeline)
