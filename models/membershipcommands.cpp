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

void OutboxCommand::start()
{
    m_running = true;
    m_batch = new OutboxBatch(m_sync, drafts(), this);
    connect(m_batch, &OutboxBatch::queued, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_running = false;
            Q_EMIT finished(ActivityLog::Status::Failed, error, QString());
        }
    });
    connect(m_batch, &OutboxBatch::progress, this, &Command::progress);
    connect(m_batch, &OutboxBatch::itemFinished, this, [this](int index, const OutboxOutcome &o) {
        switch (o.state) {
        case OutboxItem::State::Confirmed:
            ++m_ok;
            m_unchanged += o.unchanged ? 1 : 0;
            if (o.membership.id)
                Q_EMIT membershipChanged(o.membership);
            break;
        case OutboxItem::State::Discarded:
            ++m_notSent;
            break;
        case OutboxItem::State::Conflict:
            ++m_failed;
            m_problems << tr("%1: changed by someone else since it was read (now %2); look at it again")
                              .arg(label(index), MembershipTableModel::stateText(o.membership.state));
            if (o.membership.id)
                Q_EMIT membershipChanged(o.membership);
            break;
        default:
            ++m_failed;
            m_problems << tr("%1: %2").arg(label(index), o.message);
            break;
        }
    });
    connect(m_batch, &OutboxBatch::settled, this, &OutboxCommand::summarize);
    m_batch->start();
}

void OutboxCommand::cancel()
{
    if (m_batch)
        m_batch->cancel();
}

void OutboxCommand::summarize()
{
    if (!m_running)
        return;
    m_running = false;
    const int waiting = m_batch->waitingCount();
    ActivityLog::Status status = ActivityLog::statusFor(m_batch->isCancelled(), m_ok, m_failed, m_notSent);
    // "1 enrolled" only when something was: an enrolment the server had already is said as such.
    QString summary = m_unchanged == 0 ? doneWord(m_ok)
        : m_unchanged == m_ok          ? unchangedWord(m_unchanged)
                              : tr("%1, %2").arg(doneWord(m_ok - m_unchanged), unchangedWord(m_unchanged));
    if (m_failed)
        summary += tr(", %n failed", nullptr, m_failed);
    if (m_notSent)
        summary += tr(", %n not sent", nullptr, m_notSent);
    if (waiting) {
        summary += tr(", %n waiting in the outbox until the server answers", nullptr, waiting);
        if (status == ActivityLog::Status::Succeeded)
            status = ActivityLog::Status::Queued;
    }
    Q_EMIT finished(status, summary, m_problems.join(QLatin1Char('\n')));
}

ChangeMembershipsCommand::ChangeMembershipsCommand(OutboxSync *sync,
    MembershipAction action,
    QList<ProgramMembership> targets,
    MembershipUpdate change,
    QObject *parent)
    : OutboxCommand(sync, parent)
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

QList<OutboxDraft> ChangeMembershipsCommand::drafts() const
{
    QList<OutboxDraft> out;
    for (const ProgramMembership &target : m_targets) {
        MembershipChange c;
        c.membershipId = target.id;
        c.registrantId = target.registrantId;
        c.programId = target.programId;
        c.membershipKey = target.key;
        c.registrantKey = target.registrantKey;
        c.programKey = target.programKey;
        c.update = m_change;
        c.update.writeDate = target.writeDate;
        c.original = target;
        c.programName = target.programName;
        c.registrantName = target.registrantName;
        out << toDraft(c);
    }
    return out;
}

QString ChangeMembershipsCommand::label(int index) const
{
    const ProgramMembership &t = m_targets.value(index);
    return tr("%1 in %2").arg(t.registrantName, t.programName);
}

QString OutboxCommand::unchangedWord(int count) const
{
    return tr("%n already so — nothing changed", nullptr, count);
}

QString ChangeMembershipsCommand::doneWord(int count) const
{
    return tr("%n changed", nullptr, count);
}

EnrollCommand::EnrollCommand(OutboxSync *sync,
    const Program &program,
    QList<RecordRef> registrants,
    QDate date,
    QString note,
    QObject *parent)
    : OutboxCommand(sync, parent)
    , m_program(program)
    , m_ids(std::move(registrants))
    , m_date(date)
    , m_note(std::move(note))
{ }

QString EnrollCommand::title() const
{
    return tr("Enroll %n registrant(s) in %1", nullptr, int(m_ids.size())).arg(m_program.name);
}

QList<OutboxDraft> EnrollCommand::drafts() const
{
    QList<OutboxDraft> out;
    for (const RecordRef &r : m_ids) {
        EnrollChange c;
        c.programId = m_program.id;
        c.programKey = m_program.key;
        c.registrantId = r.id;
        c.registrantKey = r.key;
        c.date = m_date;
        c.note = m_note;
        c.programName = m_program.name;
        c.registrantName = m_names.value(r.id);
        out << toDraft(c);
    }
    return out;
}

QString EnrollCommand::label(int index) const
{
    const RecordRef r = m_ids.value(index);
    const QString key = displayKey(RecordKind::Registrant, r.id, r.key);
    const QString name = m_names.value(r.id);
    return name.isEmpty() ? tr("Registrant %1").arg(key) : tr("%1 (%2)").arg(name, key);
}

QString EnrollCommand::doneWord(int count) const
{
    return tr("%n enrolled", nullptr, count);
}

QString EnrollCommand::unchangedWord(int count) const
{
    return tr("%n already enrolled — nothing changed", nullptr, count);
}

} // namespace g2p
