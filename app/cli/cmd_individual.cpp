// `individual get ID | search NAME | create FILE.json`: read, search or create individuals.
#include "commands.h"
#include "jsonout.h"

#include "clitext.h"
#include "textable.h"

#include <QFile>
#include <QJsonDocument>

namespace g2p::cli {

int IndividualCommand::run()
{
    if (m_opt.words.size() != 3)
        return usage(QStringLiteral("individual needs: get ID | search NAME | create FILE.json"));
    const QString sub = m_opt.words[1];
    const QString arg = m_opt.words[2];
    int code = ExitOk;
    if (sub == QLatin1String("get")) {
        const auto id = parseRef(RecordKind::Registrant, QStringLiteral("the individual id"), arg, &code,
            QStringLiteral("Individual/"));
        if (!id)
            return code;
        auto job = await(m_client->individual(*id));
        if (!job->succeeded())
            return report(job->error());
        m_opt.json ? printJson(jsonOut(job->result())) : printIndividual(job->result());
        return ExitOk;
    }
    if (sub == QLatin1String("search")) {
        auto job = await(m_client->findIndividuals(nameQuery(arg)));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json) {
            printJson(jsonOutList(job->result()));
            return ExitOk;
        }
        TextTable t({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("GENDER"),
            QStringLiteral("BIRTH DATE"), QStringLiteral("IDS")});
        for (const Individual &i : job->result()) {
            QStringList ids;
            for (const RegistrantId &r : i.regIds)
                ids << r.value;
            t.addRow({idText(RecordKind::Registrant, i.id, i.key), i.name, i.gender, dateText(i.birthdate),
                ids.join(QStringLiteral(", "))});
        }
        t.print(m_out);
        m_out << job->result().size() << " individual(s)\n";
        return ExitOk;
    }
    if (sub == QLatin1String("create")) {
        const auto input = readRequestFile<IndividualInput>(arg, m_err, &code);
        if (!input)
            return code;
        auto job = await(m_client->createIndividual(*input));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json)
            printJson(jsonOut(job->result()));
        else
            m_out << "created individual " << job->result().id << ": " << job->result().name << '\n';
        return ExitOk;
    }
    return usage(QStringLiteral("individual: unknown action \"%1\"").arg(sub));
}

} // namespace g2p::cli
