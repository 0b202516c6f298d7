// `programs [--target T] [--state S] [--archived]`: the programs, with their counts.
#include "commands.h"
#include "jsonout.h"

#include "clitext.h"

#include "textable.h"

namespace g2p::cli {

int ProgramsCommand::run()
{
    ProgramFilter f;
    if (!m_opt.target.isEmpty()) {
        f.targetType = enumFromWire<TargetType>(QStringView(m_opt.target));
        if (!f.targetType)
            return usage(QStringLiteral("--target must be individual or group"));
    }
    if (!m_opt.state.isEmpty()) {
        f.state = enumFromWire<ProgramState>(QStringView(m_opt.state));
        if (!f.state)
            return usage(QStringLiteral("--state must be active or ended for programs"));
    }
    f.includeArchived = m_opt.archived;
    int code = ExitOk;
    const auto programs = allPages<Program>([&](int l, int o) { return m_client->programs(f, l, o); }, &code);
    if (!programs)
        return code;
    if (m_opt.json) {
        printJson(jsonOutList(*programs));
        return ExitOk;
    }
    TextTable t(
        {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("TARGET"), QStringLiteral("STATE"),
            QStringLiteral("ENROLLED"), QStringLiteral("MEMBERS"), QStringLiteral("ENDED")});
    for (const Program &p : *programs)
        t.addRow({idText(RecordKind::Program, p.id, p.key), p.name, enumToWire(p.targetType),
            p.active ? enumToWire(p.state) : QStringLiteral("archived"),
            p.enrolledCount ? QString::number(*p.enrolledCount) : QString(),
            p.beneficiariesCount ? QString::number(*p.beneficiariesCount) : QString(),
            dateText(p.dateEnded)});
    t.print(m_out);
    return ExitOk;
}

} // namespace g2p::cli
