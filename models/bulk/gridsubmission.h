// Sends the grid's changes through the outbox: all are written there first (one transaction),
// then OutboxSync sends enrolments through batch_enroll (grouped by program, target state and
// date) and other changes as one PATCH per membership with the write_date it was read with. Each
// row ends as done, conflict (someone changed it since it was read: their version is kept for the
// officer to compare), error (the server's words), not sent (cancelled) or queued (the server
// cannot be reached: it waits in the outbox and is sent when it answers).
// Nothing is applied twice: a change whose outcome is unknown is checked before it is re-sent.
#pragma once

#include "membershipcommands.h"
#include "membershipgridmodel.h"

#include <QHash>

namespace g2p {

struct RowOutcome
{
    enum class Status
    {
        Pending,
        Done,
        Conflict,
        Error,
        NotSent,
        Queued
    };
    Status status = Status::Pending;
    QString message;
    ProgramMembership membership; // Done: as the server now has it; Conflict: their version
};

class GridSubmission : public Command
{
    Q_OBJECT
public:
    GridSubmission(OutboxSync *sync, QList<GridChange> changes, QObject *parent = nullptr);
    QString title() const override;
    void start() override;
    void cancel() override;
    // Keyed by grid row.
    const QHash<int, RowOutcome> &outcomes() const { return m_outcomes; }
    static QString statusText(RowOutcome::Status s);

Q_SIGNALS:
    void rowFinished(int row, const g2p::RowOutcome &outcome);

private:
    void finishRow(int row, RowOutcome outcome);
    void summarize();

    OutboxSync *m_sync;
    QList<GridChange> m_changes;
    QHash<int, RowOutcome> m_outcomes;
    OutboxBatch *m_batch = nullptr;
    int m_done = 0;
};

} // namespace g2p
