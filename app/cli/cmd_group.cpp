// `group get ID | search NAME [--members] | create FILE.json`: read, search or create households.
#include "commands.h"
#include "jsonout.h"

#include "clitext.h"
#include "textable.h"

#include <QFile>
#include <QJsonDocument>

namespace g2p::cli {

int GroupCommand::run()
{
    if (m_opt.words.size() != 3)
        return usage(QStringLiteral("group needs: get ID | search NAME | create FILE.json"));
    const QString sub = m_opt.words[1];
    const QString arg = m_opt.words[2];
    int code = ExitOk;
    if (sub == QLatin1String("get")) {
        const auto id = parseRef(
            RecordKind::Registrant, QStringLiteral("the group id"), arg, &code, QStringLiteral("Group/"));
        if (!id)
            return code;
        auto job = await(m_client->group(*id));
        if (!job->succeeded())
            return report(job->error());
        m_opt.json ? printJson(jsonOut(job->result())) : printGroup(job->result());
        return ExitOk;
    }
    if (sub == QLatin1String("search")) {
        auto job = await(m_client->findGroups(nameQuery(arg, m_opt.members)));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json) {
            printJson(jsonOutList(job->result()));
            return ExitOk;
        }
        TextTable t({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("REGISTERED"),
            QStringLiteral("ADDRESS"), QStringLiteral("MEMBERS")});
        for (const Group &g : job->result())
            t.addRow({idText(RecordKind::Registrant, g.id, g.key), g.name, dateText(g.registrationDate),
                g.address, g.isShortForm() ? QString() : QString::number(g.members.size())});
        t.print(m_out);
        m_out << job->result().size() << " group(s)\n";
        return ExitOk;
    }
    if (sub == QLatin1String("create")) {
        const auto input = readRequestFile<GroupInput>(arg, m_err, &code);
        if (!input)
            return code;
        auto job = await(m_client->createGroup(*input));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json)
            printJson(jsonOut(job->result()));
        else
            m_out << "created group " << job->result().id << ": " << job->result().name << " with "
                  << job->result().members.size() << " member(s)\n";
        return ExitOk;
    }
    return usage(QStringLiteral("group: unknown action \"%1\"").arg(sub));
}

} // namespace g2p::cli
