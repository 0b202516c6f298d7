// `memberships`: program memberships by registrant, program and state, paged or all.
#include "commands.h"
#include "jsonout.h"

#include "clitext.h"
#include "textable.h"

namespace g2p::cli {

int MembershipsCommand::run()
{
    if (m_opt.words.size() != 1)
        return usage(QStringLiteral("memberships takes options only"));
    if (m_opt.registrant.isEmpty() && m_opt.program.isEmpty())
        return usage(QStringLiteral("memberships needs --registrant ID or --program ID"));
    MembershipFilter f;
    int code = ExitOk;
    if (!m_opt.registrant.isEmpty()) {
        f.registrantId
            = parseRef(RecordKind::Registrant, QStringLiteral("--registrant"), m_opt.registrant, &code);
        if (!f.registrantId)
            return code;
    }
    if (!m_opt.program.isEmpty()) {
        const auto p = resolveProgram(m_opt.program, &code);
        if (!p)
            return code;
        f.programId = refOf(*p);
    }
    if (!m_opt.state.isEmpty()) {
        f.state = enumFromWire<MembershipState>(QStringView(m_opt.state));
        if (!f.state)
            return usage(QStringLiteral("--state must be one of %1").arg(enumChoices<MembershipState>()));
    }
    QList<ProgramMembership> list;
    qint64 total = -1;
    if (m_opt.all) {
        const auto all
            = allPages<ProgramMembership>([&](int l, int o) { return m_client->memberships(f, l, o); }, &code,
                QStringLiteral("memberships"));
        if (!all)
            return code;
        list = *all;
        total = list.size();
    } else {
        auto job = await(m_client->memberships(f, m_opt.limit.value_or(100), m_opt.offset));
        if (!job->succeeded())
            return report(job->error());
        list = job->result().items;
        total = job->result().total;
    }
    if (m_opt.json)
        printJson(jsonOutList(list));
    else
        printMemberships(list, m_opt.all ? -1 : total - m_opt.offset);
    return ExitOk;
}

} // namespace g2p::cli
