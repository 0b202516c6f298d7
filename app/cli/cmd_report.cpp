// `report individual ID | report group ID | report members --program P [--state S] |
// report program --program P`, each `--pdf FILE`: the printed reports of G2P Desk, from the command
// line (the same reading and layout: ReportReader, reportdocument).
#include "commands.h"

#include "reportdocument.h"
#include "reportreader.h"

#include <QEventLoop>

namespace g2p::cli {

int ReportCommand::run()
{
    const QString what = m_opt.words.value(1);
    const bool registrant = what == QLatin1String("individual") || what == QLatin1String("group");
    if (m_opt.words.size() != (registrant ? 3 : 2)
        || !(registrant || what == QLatin1String("members") || what == QLatin1String("program")))
        return usage(QStringLiteral("report needs: individual ID | group ID | members --program P [--state "
                                    "S] | program --program P"));
    if (m_opt.pdf.isEmpty())
        return usage(QStringLiteral("report needs --pdf FILE (where the PDF is written)"));
    int code = ExitOk;
    // What the server keeps (programs, history) decides what the record holds.
    auto signedIn = await(m_client->signIn());
    if (!signedIn->succeeded())
        return report(signedIn->error());
    ReportReader reader(m_client.get());
    QEventLoop loop;
    QString html, title;
    ApiError failure;
    QObject::connect(&reader, &ReportReader::failed, &loop, [&](const ApiError &why) {
        failure = why;
        loop.quit();
    });
    QObject::connect(&reader, &ReportReader::registrantReady, &loop, [&](const RegistrantReport &r) {
        html = registrantReportHtml(r);
        title = r.individual ? r.individual->name : r.group ? r.group->name : QString();
        loop.quit();
    });
    QObject::connect(&reader, &ReportReader::membersReady, &loop, [&](const MemberListReport &r) {
        html = memberListHtml(r);
        title = r.program.name;
        if (r.cut)
            m_err << "g2p-desk-cli: the report holds the first " << r.members.size() << " of " << r.total
                  << " memberships\n";
        loop.quit();
    });
    QObject::connect(&reader, &ReportReader::summaryReady, &loop, [&](const ProgramSummaryReport &r) {
        html = programSummaryHtml(r);
        title = r.program.name;
        loop.quit();
    });
    if (registrant) {
        const auto id
            = parseRef(RecordKind::Registrant, QStringLiteral("the registrant id"), m_opt.words[2], &code);
        if (!id)
            return code;
        reader.readRegistrant(*id, what == QLatin1String("group"));
    } else {
        if (m_opt.program.isEmpty())
            return usage(QStringLiteral("report %1 needs --program ID|NAME").arg(what));
        const auto p = resolveProgram(m_opt.program, &code);
        if (!p)
            return code;
        std::optional<MembershipState> state;
        if (!m_opt.state.isEmpty()) {
            state = enumFromWire<MembershipState>(QStringView(m_opt.state));
            if (!state)
                return usage(QStringLiteral("--state must be one of %1").arg(enumChoices<MembershipState>()));
        }
        if (what == QLatin1String("members"))
            reader.readMembers(refOf(*p), state, QString());
        else
            reader.readSummary(refOf(*p));
    }
    loop.exec();
    if (!failure.isNull())
        return report(failure);
    QString error;
    if (!writePdf(html, m_opt.pdf, title, &error)) {
        m_err << "g2p-desk-cli: " << error << '\n';
        return ExitUsage;
    }
    if (!m_opt.json)
        m_out << "wrote " << m_opt.pdf << '\n';
    return ExitOk;
}

} // namespace g2p::cli
