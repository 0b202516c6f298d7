// Sends the grid's changes: enrolments through batch_enroll (grouped by program, target state and
// date), other changes as one PATCH per membership with the write_date it was read with. Each row
// ends as done, conflict (someone changed it since it was read: their version is kept for the
// officer to compare), error (the server's words) or not sent (cancelled).
// Nothing is applied twice: a PATCH whose outcome is unknown (connection dropped, timeout) is
// re-read before anything else is done; batch_enroll answers "unchanged" when re-sent.
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
        NotSent
    };
    Status status = Status::Pending;
    QString message;
    ProgramMembership membership; // Done: as the server now has it; Conflict: their version
};

class GridSubmission : public Command
{
    Q_OBJECT
public:
    GridSubmission(ApiClient *client, QList<GridChange> changes, QObject *parent = nullptr);
    QString title() const override;
    void start() override;
    void cancel() override;
    // Keyed by grid row.
    const QHash<int, RowOutcome> &outcomes() const { return m_outcomes; }
    static QString statusText(RowOutcome::Status s);

Q_SIGNALS:
    void rowFinished(int row, const g2p::RowOutcome &outcome);

private:
    void pumpPatches();
    void patch(const GridChange &c, int attempt);
    void verifyUnknown(const GridChange &c, const ApiError &why, int attempt);
    void finishRow(int row, RowOutcome outcome);
    void maybeFinish();

    ApiClient *m_client;
    QList<GridChange> m_changes;
    QList<GridChange> m_patches;
    QHash<int, RowOutcome> m_outcomes;
    int m_nextPatch = 0, m_inFlight = 0, m_done = 0, m_enrollersRunning = 0;
    bool m_cancelled = false;
    QList<QPointer<BatchEnroller>> m_enrollers;
};

} // namespace g2p
