// The officer's actions on memberships as command objects: each knows which selections it
// applies to, runs asynchronously with progress and cancel, and reports one outcome per row.
#pragma once

#include "activitylog.h"
#include "apiclient.h"
#include "batchenroller.h"

#include <QObject>
#include <QPointer>

namespace g2p {

enum class MembershipAction
{
    Enroll,
    Pause,
    Resume,
    Exit,
    ChangeEnrollmentDate
};

// Whether the action applies to a membership in this state (the contract's transition table).
bool actionApplies(MembershipAction action, MembershipState state);
// Why it does not, in words for a tooltip; empty when it applies.
QString actionUnavailableReason(MembershipAction action, MembershipState state);
QString actionTitle(MembershipAction action);

class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString title() const = 0;
    virtual void start() = 0;
    virtual void cancel() = 0;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    // Each membership the server changed, as it now is.
    void membershipChanged(const g2p::ProgramMembership &membership);
    void finished(g2p::ActivityLog::Status status, const QString &summary, const QString &detail);

protected:
    bool m_running = false;
};

// PATCH per membership (pause, resume, exit, enroll a draft, correct the enrollment date), each
// with the write_date it was read with: a change made by someone else in between is refused.
class ChangeMembershipsCommand : public Command
{
    Q_OBJECT
public:
    ChangeMembershipsCommand(ApiClient *client,
        MembershipAction action,
        QList<ProgramMembership> targets,
        MembershipUpdate change,
        QObject *parent = nullptr);
    QString title() const override;
    void start() override;
    void cancel() override;

private:
    void pump();
    ApiClient *m_client;
    MembershipAction m_action;
    QList<ProgramMembership> m_targets;
    MembershipUpdate m_change;
    int m_next = 0, m_inFlight = 0, m_done = 0;
    bool m_cancelled = false;
    QStringList m_problems;
    int m_failed = 0;
    QList<QPointer<ApiJob>> m_jobs;
};

// batch_enroll of registrants into one program.
class EnrollCommand : public Command
{
    Q_OBJECT
public:
    EnrollCommand(ApiClient *client,
        const Program &program,
        QList<qint64> registrantIds,
        QDate date,
        QString note,
        QObject *parent = nullptr);
    QString title() const override;
    void start() override;
    void cancel() override;

private:
    BatchEnroller m_enroller;
    QString m_programName;
    QList<qint64> m_ids;
    QDate m_date;
};

} // namespace g2p
