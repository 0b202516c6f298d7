// `history ID | history --registrant ID`: the server's history of memberships.
#include "commands.h"

#include "clitext.h"
#include "textable.h"

namespace g2p::cli {

int HistoryCommand::run()
{
    int code = ExitOk;
    struct Row
    {
        HistoryEntry entry;
        QString program;
    };
    QList<Row> rows;
    if (m_opt.words.size() == 2) {
        const auto id
            = parseRef(RecordKind::Membership, QStringLiteral("the membership id"), m_opt.words[1], &code);
        if (!id)
            return code;
        auto job = await(m_client->history(*id));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json) {
            printJson(encodeList(job->result()));
            return ExitOk;
        }
        for (const HistoryEntry &e : job->result())
            rows.append({e, QString()});
    } else if (m_opt.words.size() == 1 && !m_opt.registrant.isEmpty()) {
        MembershipFilter f;
        f.registrantId
            = parseRef(RecordKind::Registrant, QStringLiteral("--registrant"), m_opt.registrant, &code);
        if (!f.registrantId)
            return code;
        const auto memberships = allPages<ProgramMembership>(
            [&](int l, int o) { return m_client->memberships(f, l, o); }, &code);
        if (!memberships)
            return code;
        QJsonArray json;
        for (const ProgramMembership &m : *memberships) {
            auto job = await(m_client->history(m.id));
            if (!job->succeeded())
                return report(job->error());
            for (const HistoryEntry &e : job->result()) {
                rows.append({e, m.programName});
                QJsonObject o = encode(e);
                o.insert(QStringLiteral("program_id"), m.programId);
                o.insert(QStringLiteral("program_name"), m.programName);
                json.append(o);
            }
        }
        if (m_opt.json) {
            printJson(json);
            return ExitOk;
        }
        // A timeline across programs, newest first.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.entry.changedAt.toUtcMicros() > b.entry.changedAt.toUtcMicros();
        });
    } else {
        return usage(QStringLiteral("history needs MEMBERSHIP_ID or --registrant ID"));
    }
    QStringList headers {QStringLiteral("CHANGED AT (UTC)"), QStringLiteral("BY"), QStringLiteral("CHANGE"),
        QStringLiteral("ENROLLED"), QStringLiteral("EXIT"), QStringLiteral("REASON"), QStringLiteral("NOTE"),
        QStringLiteral("SOURCE")};
    if (!m_opt.registrant.isEmpty())
        headers.insert(0, QStringLiteral("PROGRAM"));
    TextTable t(headers);
    for (const Row &r : rows) {
        const HistoryEntry &e = r.entry;
        const QString change = e.fromState
            ? QStringLiteral("%1 -> %2").arg(enumToWire(*e.fromState), enumToWire(e.toState))
            : QStringLiteral("created as %1").arg(enumToWire(e.toState));
        QStringList cells {Timestamp::fromUtcMicros(e.changedAt.toUtcMicros())
                               .text()
                               .left(19)
                               .replace(QLatin1Char('T'), QLatin1Char(' ')),
            e.changedBy, change, tsDate(e.enrollmentDate), dateText(e.exitDate), e.exitReason, e.note,
            enumToWire(e.source)};
        if (!m_opt.registrant.isEmpty())
            cells.insert(0, r.program);
        t.addRow(cells);
    }
    t.print(m_out);
    return ExitOk;
}

} // namespace g2p::cli
