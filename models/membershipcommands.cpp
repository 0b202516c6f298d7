#include "membershipcommands.h"

#include "membershiptablemodel.h"

namespace g2p {

bool actionApplies(MembershipAction action, MembershipState s)
{
    switch (action) {
    case MembershipAction::Enroll:
        return isTransitionAllowed(s, MembershipState::Enrolled) && s != MembershipState::Paused;
    case MembershipAction::Pause:
        return s == MembershipState::Enrolled;
    case MembershipAction::Resume:
        return s == MembershipState::Paused;
    case MembershipAction::Exit:
        return s == MembershipState::Enrolled || s == MembershipState::Paused;
    case MembershipAction::ChangeEnrollmentDate:
        return s == MembershipState::Enrolled || s == MembershipState::Paused || s == MembershipState::Exited;
    }
    return false;
}

QString actionTitle(MembershipAction action)
{
    switch (action) {
    case MembershipAction::Enroll:
        return QObject::tr("Enroll");
    case MembershipAction::Pause:
        return QObject::tr("Pause");
    case MembershipAction::Resume:
        return QObject::tr("Resume");
    case MembershipAction::Exit:
        return QObject::tr("Exit");
    case MembershipAction::ChangeEnrollmentDate:
        return QObject::tr("Change enrollment date");
    }
    return QString();
}

QString actionUnavailableReason(MembershipAction action, MembershipState s)
{
    if (actionApplies(action, s))
        return QString();
    const QString state = MembershipTableModel::stateText(s);
    switch (action) {
    case MembershipAction::Enroll:
        return QObject::tr("Only a draft or not-eligible membership can be enrolled; this one is %1.")
            .arg(state);
    case MembershipAction::Pause:
        return QObject::tr("Only an enrolled membership can be paused; this one is %1.").arg(state);
    case MembershipAction::Resume:
        return QObject::tr("Only a paused membership can be resumed; this one is %1.").arg(state);
    case MembershipAction::Exit:
        return s == MembershipState::Exited
            ? QObject::tr("This membership has already exited; an exit is final.")
            : QObject::tr("Only an enrolled or paused membership can exit; this one is %1.").arg(state);
    case MembershipAction::ChangeEnrollmentDate:
        return QObject::tr("A %1 membership has no enrollment date to change.").arg(state);
    }
    return QString();
}

ChangeMembershipsCommand::ChangeMembershipsCommand(ApiClient *client,
    MembershipAction action,
    QList<ProgramMembership> targets,
    MembershipUpdate change,
    QObject *parent)
    : Command(parent)
    , m_client(client)
    , m_action(action)
    , m_targets(std::move(targets))
    , m_change(std::move(change))
{ }

QString ChangeMembershipsCommand::title() const
{
    if (m_targets.size() == 1)
        return tr("%1: %2 in %3")
            .arg(actionTitle(m_action), m_targets.first().registrantName, m_targets.first().programName);
    return tr("%1: %n membership(s)", nullptr, int(m_targets.size())).arg(actionTitle(m_action));
}

void ChangeMembershipsCommand::start()
{
    m_running = true;
    pump();
}

void ChangeMembershipsCommand::cancel()
{
    m_cancelled = true;
    if (m_inFlight == 0 && m_running)
        pump();
}

void ChangeMembershipsCommand::pump()
{
    constexpr int window = 4;
    while (!m_cancelled && m_inFlight < window && m_next < m_targets.size()) {
        const ProgramMembership target = m_targets[m_next++];
        MembershipUpdate u = m_change;
        u.writeDate = target.writeDate;
        ++m_inFlight;
        auto *job = m_client->updateMembership(target.id, u);
        m_jobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job, target] {
            --m_inFlight;
            ++m_done;
            if (job->succeeded()) {
                Q_EMIT membershipChanged(job->result());
            } else {
                ++m_failed;
                QString why = job->error().toString();
                if (job->error().code() == QLatin1String("G2P-REQ-021"))
                    why = tr("changed by someone else since it was read; reload it and try again");
                m_problems << tr("%1 in %2: %3").arg(target.registrantName, target.programName, why);
            }
            Q_EMIT progress(m_done, int(m_targets.size()));
            pump();
        });
    }
    if (m_inFlight > 0 || !m_running)
        return;
    m_running = false;
    const int notSent = int(m_targets.size()) - m_done;
    const int ok = m_done - m_failed;
    const ActivityLog::Status status = ActivityLog::statusFor(m_cancelled, ok, m_failed, notSent);
    QString summary = tr("%n changed", nullptr, ok);
    if (m_failed)
        summary += tr(", %n failed", nullptr, m_failed);
    if (notSent)
        summary += tr(", %n not sent", nullptr, notSent);
    Q_EMIT finished(status, summary, m_problems.join(QLatin1Char('\n')));
}

EnrollCommand::EnrollCommand(ApiClient *client,
    const Program &program,
    QList<qint64> registrantIds,
    QDate date,
    QString note,
    QObject *parent)
    : Command(parent)
    , m_enroller(client, program.id)
    , m_programName(program.name)
    , m_ids(std::move(registrantIds))
    , m_date(date)
{
    m_enroller.setDefaultDate(date);
    m_enroller.setNote(note);
    connect(&m_enroller, &BatchEnroller::progress, this, &Command::progress);
    connect(&m_enroller, &BatchEnroller::finished, this, [this] {
        m_running = false;
        QStringList problems;
        for (const BatchEnroller::Outcome &o : m_enroller.outcomes()) {
            if (o.succeeded())
                Q_EMIT membershipChanged(o.membership);
            else
                problems << tr("Registrant %1: %2 %3").arg(o.registrantId).arg(o.code, o.message);
        }
        const int ok = m_enroller.succeededCount(), failed = m_enroller.failedCount();
        ActivityLog::Status status = failed == 0 ? ActivityLog::Status::Succeeded
            : ok > 0                             ? ActivityLog::Status::PartlyFailed
                                                 : ActivityLog::Status::Failed;
        QString summary = tr("%n enrolled", nullptr, ok);
        if (failed)
            summary += tr(", %n failed", nullptr, failed);
        if (!m_enroller.fatalError().isNull())
            summary = m_enroller.fatalError().toString();
        Q_EMIT finished(status, summary, problems.join(QLatin1Char('\n')));
    });
}

QString EnrollCommand::title() const
{
    return tr("Enroll %n registrant(s) in %1", nullptr, int(m_ids.size())).arg(m_programName);
}

void EnrollCommand::start()
{
    m_running = true;
    QList<BatchEnrollItem> items;
    for (qint64 id : m_ids) {
        BatchEnrollItem i;
        i.registrantId = id;
        items.append(i);
    }
    m_enroller.start(items);
}

void EnrollCommand::cancel()
{
    m_enroller.cancel();
}

} // namespace g2p
