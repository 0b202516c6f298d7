#include "gridsubmission.h"

#include "membershiptablemodel.h"

#include <QMap>

namespace g2p {
namespace {

bool outcomeUnknown(const ApiError &e)
{
    return e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout
        || e.kind() == ApiError::Kind::Server;
}

// The server's membership carries what the PATCH asked for.
bool alreadyApplied(const ProgramMembership &now, const GridChange &c)
{
    if (c.update.state && now.state != *c.update.state)
        return false;
    if (c.update.exitDate.isValid() && now.exitDate != c.update.exitDate)
        return false;
    if (!c.update.exitReason.isNull() && now.exitReason != c.update.exitReason)
        return false;
    if (c.update.enrollmentDate.isValid() && now.enrollmentDate.utcDate() != c.update.enrollmentDate)
        return false;
    return now.writeDate.toUtcMicros() != c.original.writeDate.toUtcMicros();
}

} // namespace

GridSubmission::GridSubmission(ApiClient *client, QList<GridChange> changes, QObject *parent)
    : Command(parent), m_client(client), m_changes(std::move(changes))
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
    }
    return QString();
}

void GridSubmission::start()
{
    m_running = true;
    // Enrolments: one batch run per program, target state and date.
    QMap<std::tuple<qint64, int, qint64>, QList<GridChange>> groups;
    for (const GridChange &c : std::as_const(m_changes)) {
        if (c.kind == GridChange::Kind::Enroll)
            groups[{c.programId, int(c.targetState),
                       c.enrollmentDate.isValid() ? c.enrollmentDate.toJulianDay() : 0}]
                .append(c);
        else
            m_patches.append(c);
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const QList<GridChange> group = it.value();
        auto *enroller = new BatchEnroller(m_client, std::get<0>(it.key()), this);
        enroller->setTargetState(MembershipState(std::get<1>(it.key())));
        enroller->setDefaultDate(group.first().enrollmentDate);
        QList<BatchEnrollItem> items;
        for (const GridChange &c : group) {
            BatchEnrollItem i;
            i.registrantId = c.registrantId;
            items.append(i);
        }
        ++m_enrollersRunning;
        m_enrollers.append(enroller);
        connect(enroller, &BatchEnroller::finished, this, [this, enroller, group] {
            for (int k = 0; k < group.size(); ++k) {
                const BatchEnroller::Outcome &o = enroller->outcomes()[k];
                RowOutcome r;
                if (o.succeeded()) {
                    r.status = RowOutcome::Status::Done;
                    r.membership = o.membership;
                    r.message = BatchEnroller::statusName(o.status);
                } else if (o.status == BatchEnroller::Status::NotSent) {
                    r.status = RowOutcome::Status::NotSent;
                } else {
                    r.status = RowOutcome::Status::Error;
                    r.message = o.code.isEmpty() ? o.message : o.code + QLatin1Char(' ') + o.message;
                }
                finishRow(group[k].row, r);
            }
            --m_enrollersRunning;
            maybeFinish();
        });
        enroller->start(items);
    }
    pumpPatches();
    maybeFinish();
}

void GridSubmission::cancel()
{
    m_cancelled = true;
    for (const auto &e : std::as_const(m_enrollers))
        if (e)
            e->cancel();
    maybeFinish();
}

void GridSubmission::pumpPatches()
{
    constexpr int window = 4;
    while (!m_cancelled && m_inFlight < window && m_nextPatch < m_patches.size())
        patch(m_patches[m_nextPatch++], 1);
}

void GridSubmission::patch(const GridChange &c, int attempt)
{
    ++m_inFlight;
    auto *job = m_client->updateMembership(c.original.id, c.update);
    connect(job, &ApiJob::finished, this, [this, job, c, attempt] {
        --m_inFlight;
        if (job->succeeded()) {
            finishRow(c.row, RowOutcome {RowOutcome::Status::Done, QString(), job->result()});
        } else if (job->error().code() == QLatin1String("G2P-REQ-021")) {
            // Someone changed it since it was read: fetch theirs, for the officer to compare.
            ++m_inFlight;
            auto *read = m_client->getMembership(c.original.id);
            connect(read, &ApiJob::finished, this, [this, read, c] {
                --m_inFlight;
                RowOutcome r {RowOutcome::Status::Conflict, tr("Changed by someone else since it was read."),
                    ProgramMembership()};
                if (read->succeeded() && alreadyApplied(read->result(), c)) {
                    // The server already has exactly this change: a first attempt whose answer was
                    // lost (the network layer may repeat a request by itself), or the same change
                    // made by someone else. Either way it is done, and it was not applied twice:
                    // the write_date lock refused the repeat.
                    r = RowOutcome {
                        RowOutcome::Status::Done, tr("already applied on the server"), read->result()};
                } else if (read->succeeded()) {
                    r.membership = read->result();
                    r.message = tr("Changed by someone else since it was read: now %1.")
                                    .arg(MembershipTableModel::stateText(read->result().state));
                }
                finishRow(c.row, r);
                pumpPatches();
                maybeFinish();
            });
        } else if (outcomeUnknown(job->error())) {
            verifyUnknown(c, job->error(), attempt);
        } else {
            finishRow(
                c.row, RowOutcome {RowOutcome::Status::Error, job->error().toString(), ProgramMembership()});
        }
        pumpPatches();
        maybeFinish();
    });
}

// The server may or may not have applied a PATCH whose answer was lost: read the membership; if
// it carries the change (and a new write_date) it was applied, if it is as it was it was not and
// can be sent again, anything else is a conflict.
void GridSubmission::verifyUnknown(const GridChange &c, const ApiError &why, int attempt)
{
    ++m_inFlight;
    auto *read = m_client->getMembership(c.original.id);
    connect(read, &ApiJob::finished, this, [this, read, c, why, attempt] {
        --m_inFlight;
        if (!read->succeeded()) {
            finishRow(c.row,
                RowOutcome {RowOutcome::Status::Error,
                    tr("No answer, and it could not be checked: %1. Check it before sending again.")
                        .arg(why.toString()),
                    ProgramMembership()});
        } else if (alreadyApplied(read->result(), c)) {
            finishRow(c.row,
                RowOutcome {
                    RowOutcome::Status::Done, tr("applied (confirmed after a lost answer)"), read->result()});
        } else if (read->result().writeDate == c.original.writeDate && attempt < 3 && !m_cancelled) {
            patch(c, attempt + 1); // untouched: safe to send again
        } else {
            finishRow(c.row,
                RowOutcome {RowOutcome::Status::Conflict,
                    tr("The answer was lost and the membership has changed since: now %1.")
                        .arg(MembershipTableModel::stateText(read->result().state)),
                    read->result()});
        }
        pumpPatches();
        maybeFinish();
    });
}

void GridSubmission::finishRow(int row, RowOutcome outcome)
{
    m_outcomes.insert(row, outcome);
    ++m_done;
    if (outcome.status == RowOutcome::Status::Done && outcome.membership.id)
        Q_EMIT membershipChanged(outcome.membership);
    Q_EMIT rowFinished(row, outcome);
    Q_EMIT progress(m_done, int(m_changes.size()));
}

void GridSubmission::maybeFinish()
{
    if (!m_running || m_inFlight > 0 || m_enrollersRunning > 0)
        return;
    if (!m_cancelled && m_nextPatch < m_patches.size())
        return;
    m_running = false;
    for (const GridChange &c : std::as_const(m_changes))
        if (!m_outcomes.contains(c.row))
            m_outcomes.insert(c.row,
                RowOutcome {
                    RowOutcome::Status::NotSent, tr("Cancelled before it was sent."), ProgramMembership()});
    int done = 0, conflicts = 0, errors = 0, notSent = 0;
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
        default:
            ++notSent;
            break;
        }
    }
    const ActivityLog::Status status = ActivityLog::statusFor(m_cancelled, done, conflicts + errors, notSent);
    QString summary = tr("%n done", nullptr, done);
    if (conflicts)
        summary += tr(", %n conflict(s)", nullptr, conflicts);
    if (errors)
        summary += tr(", %n error(s)", nullptr, errors);
    if (notSent)
        summary += tr(", %n not sent", nullptr, notSent);
    Q_EMIT finished(status, summary, problems.join(QLatin1Char('\n')));
}

} // namespace g2p
