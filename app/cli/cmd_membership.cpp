// `membership set ID ...`: pause, resume, exit or correct one membership, through the outbox.
#include "commands.h"
#include "jsonout.h"

#include "clitext.h"
#include "membershiprules.h"
#include "outboxchange.h"
#include "textable.h"
#include "wiretime.h"

namespace g2p::cli {

int MembershipSetCommand::run()
{
    if (m_opt.words.size() != 3 || m_opt.words[1] != QLatin1String("set"))
        return usage(
            QStringLiteral("membership needs: set ID [--state S] [--enrollment-date D] [--exit-date D] "
                           "[--reason R] [--note N]"));
    int code = ExitOk;
    const auto id
        = parseRef(RecordKind::Membership, QStringLiteral("the membership id"), m_opt.words[2], &code);
    if (!id)
        return code;
    MembershipUpdate u;
    if (!m_opt.state.isEmpty()) {
        u.state = enumFromWire<MembershipState>(QStringView(m_opt.state));
        if (!u.state)
            return usage(QStringLiteral("--state must be one of %1").arg(enumChoices<MembershipState>()));
    }
    if (!parseDateOption(QStringLiteral("--enrollment-date"), m_opt.enrollmentDate, &u.enrollmentDate, &code)
        || !parseDateOption(QStringLiteral("--exit-date"), m_opt.exitDate, &u.exitDate, &code))
        return code;
    if (m_opt.reasonSet)
        u.exitReason = m_opt.reason;
    u.note = m_opt.note;
    if (!u.state && u.enrollmentDate.isNull() && u.exitDate.isNull() && u.exitReason.isNull()
        && u.note.isNull())
        return usage(
            QStringLiteral("membership set needs at least one of --state, --enrollment-date, --exit-date, "
                           "--reason, --note"));
    // Read it first: check the transition here, and send its write_date so that a change made
    // by someone else in between is refused (409) instead of overwritten.
    auto current = await(m_client->membership(*id));
    if (!current->succeeded())
        return report(current->error());
    const ProgramMembership &m = current->result();
    const auto wireName = [](MembershipState s) { return enumToWire(s); };
    if (const QString why
        = u.state ? MembershipRules::transitionProblem(m.state, *u.state, wireName) : QString();
        !why.isEmpty()) {
        m_err << "g2p-desk-cli: membership " << displayKey(RecordKind::Membership, id->id, id->key) << ": "
              << why << '\n';
        return ExitSomeFailed;
    }
    if (const QString why
        = u.state ? MembershipRules::exitReasonProblem(m.state, *u.state, m_opt.reason) : QString();
        !why.isEmpty()) {
        m_err << "g2p-desk-cli: " << why << " Give it with --reason (for example --reason \"Graduated\").\n";
        return ExitUsage;
    }
    u.writeDate = m.writeDate;
    OutboxSync *sync = outboxSync(&code);
    if (!sync)
        return code;
    MembershipChange change;
    change.membershipId = m.id;
    change.registrantId = m.registrantId;
    change.programId = m.programId;
    change.membershipKey = m.key;
    change.registrantKey = m.registrantKey;
    change.programKey = m.programKey;
    change.update = u;
    change.original = m;
    change.programName = m.programName;
    change.registrantName = m.registrantName;
    bool queued = false;
    OutboxBatch *batch = sendThroughOutbox({toDraft(change)}, &queued);
    if (!queued)
        return ExitUsage;
    if (batch->waitingCount()) {
        reportWaiting(1);
        return ExitUnreachable;
    }
    const OutboxOutcome outcome = batch->outcomes().value(0);
    if (outcome.state == OutboxItem::State::Conflict) {
        m_err << "g2p-desk-cli: membership " << displayKey(RecordKind::Membership, id->id, id->key)
              << " was changed by someone else after it was read; nothing was changed. Look at it again "
                 "and retry.\n";
        return ExitSomeFailed;
    }
    if (outcome.state != OutboxItem::State::Confirmed) {
        if (!outcome.error.isNull())
            return report(outcome.error);
        m_err << "g2p-desk-cli: membership " << displayKey(RecordKind::Membership, id->id, id->key) << ": "
              << outcome.message << '\n';
        return ExitSomeFailed;
    }
    if (m_opt.json)
        printJson(jsonOut(outcome.membership));
    else
        printMemberships({outcome.membership}, -1);
    return ExitOk;
}

} // namespace g2p::cli
