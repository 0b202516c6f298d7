#include "gridsubmission.h"

#include "membershiptablemodel.h"

#include <QMap>

namespace g2p {

GridSubmission::GridSubmission(OutboxSync *sync, QList<GridChange> changes, QObject *parent)
    : Command(parent), m_sync(sync), m_changes(std::move(changes))
{ }

QString GridSubmission::title() const
{
    return tr("Submit %n change(s) from the grid", nullptr, int(m_changes.size()));
}

QString GridSubmission::statusText(RowOutcome::Status s)
{
    switch (s) {
    case RowOutcome::Status::Pending:
        return tr("pending");
    case RowOutcome::Status::Done:
        return tr("done");
    case RowOutcome::Status::Conflict:
        return tr("conflict");
    case RowOutcome::Status::Error:
        return tr("error");
    case RowOutcome::Status::NotSent:
        return tr("not sent");
    case RowOutcome::Status::Queued:
        return tr("queued");
    }
    return QString();
}

namespace {
// The outbox's drafts of a grid's changes (built on the store's thread).
QList<OutboxDraft> draftsOf(const QList<GridChange> &changes)
{
    QList<OutboxDraft> drafts;
    for (const GridChange &c : changes) {
        if (c.kind == GridChange::Kind::Enroll) {
            EnrollChange e;
            e.programId = c.programId;
            e.registrantId = c.registrantId;
            e.programKey = c.programKey;
            e.registrantKey = c.registrantKey;
            e.target = c.targetState;
            e.date = c.enrollmentDate;
            drafts << toDraft(e);
        } else {
            MembershipChange m;
            m.membershipId = c.original.id;
            m.registrantId = c.original.registrantId ? c.original.registrantId : c.registrantId;
            m.programId = c.original.programId ? c.original.programId : c.programId;
            m.membershipKey = c.original.key;
            m.registrantKey = c.original.registrantId ? c.original.registrantKey : c.registrantKey;
            m.programKey = c.original.programId ? c.original.programKey : c.programKey;
            m.update = c.update;
            if (m.update.writeDate.isNull())
                m.update.writeDate = c.original.writeDate;
            m.original = c.original;
            m.programName = c.original.programName;
            m.registrantName = c.original.registrantName;
            drafts << toDraft(m);
        }
    }
    return drafts;
}
} // namespace

void GridSubmission::start()
{
    m_running = true;
    m_batch = new OutboxBatch(
        m_sync, int(m_changes.size()), [changes = m_changes] { return draftsOf(changes); }, this);
    connect(m_batch, &OutboxBatch::queued, this, [this](bool ok, const QString &error) {
        if (ok)
            return;
        for (const GridChange &c : std::as_const(m_changes))
            m_outcomes.insert(c.row, RowOutcome {RowOutcome::Status::NotSent, error, ProgramMembership()});
    });
    connect(m_batch, &OutboxBatch::itemFinished, this, [this](int index, const OutboxOutcome &o) {
        const int row = m_changes.value(index).row;
        switch (o.state) {
        case OutboxItem::State::Confirmed:
            finishRow(row, RowOutcome {RowOutcome::Status::Done, o.message, o.membership});
            break;
        case OutboxItem::State::Conflict:
            finishRow(row, RowOutcome {RowOutcome::Status::Conflict, o.message, o.membership});
            break;
        case OutboxItem::State::Discarded:
            finishRow(row, RowOutcome {RowOutcome::Status::NotSent, tr("Cancelled before it was sent."), {}});
            break;
        default:
            finishRow(row, RowOutcome {RowOutcome::Status::Error, o.message, {}});
            break;
        }
    });
    connect(m_batch, &OutboxBatch::itemWaiting, this, [this](int index, const QString &why) {
        finishRow(m_changes.value(index).row,
            RowOutcome {RowOutcome::Status::Queued,
                tr("Waiting in the outbox: the server cannot be reached (%1). It is sent when it answers.")
                    .arg(why),
                {}});
    });
    connect(m_batch, &OutboxBatch::settled, this, &GridSubmission::summarize);
    m_batch->start();
}

void GridSubmission::cancel()
{
    if (m_batch)
        m_batch->cancel();
}

void GridSubmission::finishRow(int row, RowOutcome outcome)
{
    const bool isNew = !m_outcomes.contains(row); // a queued row may finish later
    m_outcomes.insert(row, outcome);
    if (isNew)
        ++m_done;
    if (outcome.status == RowOutcome::Status::Done && outcome.membership.id)
        Q_EMIT membershipChanged(outcome.membership);
    Q_EMIT rowFinished(row, outcome);
    Q_EMIT progress(m_done, int(m_changes.size()));
}

void GridSubmission::summarize()
{
    if (!m_running)
        return;
    m_running = false;
    const bool cancelled = m_batch->isCancelled();
    for (const GridChange &c : std::as_const(m_changes))
        if (!m_outcomes.contains(c.row))
            m_outcomes.insert(c.row,
                RowOutcome {
                    RowOutcome::Status::NotSent, tr("Cancelled before it was sent."), ProgramMembership()});
    int done = 0, conflicts = 0, errors = 0, notSent = 0, queued = 0;
    QStringList problems;
    for (auto it = m_outcomes.begin(); it != m_outcomes.end(); ++it) {
        switch (it->status) {
        case RowOutcome::Status::Done:
            ++done;
            break;
        case RowOutcome::Status::Conflict:
            ++conflicts;
            problems << tr("Row %1: %2").arg(it.key() + 1).arg(it->message);
            break;
        case RowOutcome::Status::Error:
            ++errors;
            problems << tr("Row %1: %2").arg(it.key() + 1).arg(it->message);
            break;
        case RowOutcome::Status::Queued:
            ++queued;
            break;
        default:
            ++notSent;
            break;
        }
    }
    ActivityLog::Status status = ActivityLog::statusFor(cancelled, done, conflicts + errors, notSent);
    if (queued && status == ActivityLog::Status::Succeeded)
        status = ActivityLog::Status::Queued;
    QString summary = tr("%n done", nullptr, done);
    if (conflicts)
        summary += tr(", %n conflict(s)", nullptr, conflicts);
    if (errors)
        summary += tr(", %n error(s)", nullptr, errors);
    if (notSent)
        summary += tr(", %n not sent", nullptr, notSent);
    if (queued)
        summary += tr(", %n waiting in the outbox until the server answers", nullptr, queued);
    Q_EMIT finished(status, summary, problems.join(QLatin1Char('\n')));
}

} // namespace g2p
