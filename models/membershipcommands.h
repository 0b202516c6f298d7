// The officer's actions on memberships as command objects: each knows which selections it
// applies to, runs asynchronously with progress and cancel, and reports one outcome per row.
#pragma once

#include "activitylog.h"
#include "outboxbatch.h"
#include "records.h"

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

// A command whose changes go through the outbox: written there first, then sent; it ends when
// each is settled (done, failed, conflict, not sent, or waiting in the outbox while the server
// cannot be reached).
class OutboxCommand : public Command
{
    Q_OBJECT
public:
    OutboxCommand(OutboxSync *sync, QObject *parent = nullptr) : Command(parent), m_sync(sync) { }
    void start() override;
    void cancel() override;

protected:
    virtual QList<OutboxDraft> drafts() const = 0;
    // "Amina in Cash Transfer" for the problems list.
    virtual QString label(int index) const = 0;
    virtual QString doneWord(int count) const = 0;
    // Those the server had so already: "already enrolled — nothing changed".
    virtual QString unchangedWord(int count) const;

private:
    void summarize();
    OutboxSync *m_sync;
    OutboxBatch *m_batch = nullptr;
    QStringList m_problems;
    int m_ok = 0, m_failed = 0, m_notSent = 0;
    int m_unchanged = 0; // of m_ok
};

// PATCH per membership (pause, resume, exit, enroll a draft, correct the enrollment date), each
// with the write_date it was read with: a change made by someone else in between is refused.
class ChangeMembershipsCommand : public OutboxCommand
{
    Q_OBJECT
public:
    ChangeMembershipsCommand(OutboxSync *sync,
        MembershipAction action,
        QList<ProgramMembership> targets,
        MembershipUpdate change,
        QObject *parent = nullptr);
    QString title() const override;

protected:
    QList<OutboxDraft> drafts() const override;
    QString label(int index) const override;
    QString doneWord(int count) const override;

private:
    MembershipAction m_action;
    QList<ProgramMembership> m_targets;
    MembershipUpdate m_change;
};

// Enrolment of registrants into one program (batch_enroll).
class EnrollCommand : public OutboxCommand
{
    Q_OBJECT
public:
    EnrollCommand(OutboxSync *sync,
        const Program &program,
        QList<RecordRef> registrants,
        QDate date,
        QString note,
        QObject *parent = nullptr);
    QString title() const override;
    // Names known to the caller, kept with each change for the outbox and the activity lines.
    void setRegistrantNames(const QHash<qint64, QString> &names) { m_names = names; }

protected:
    QList<OutboxDraft> drafts() const override;
    QString label(int index) const override;
    QString doneWord(int count) const override;
    QString unchangedWord(int count) const override;

private:
    Program m_program;
    QList<RecordRef> m_ids;
    QHash<qint64, QString> m_names;
    QDate m_date;
    QString m_note;
};

} // namespace g2p
