// `history ID | history --registrant ID`: the server's history of memberships — or, where the
// server keeps none (OpenSPP2's API v2), the changes made from this machine (the outbox G2P Desk
// and g2p-desk-cli share keeps them after they are confirmed), said as such.
#include "commands.h"

#include "clitext.h"
#include "localtimeline.h"
#include "textable.h"

#include <QEventLoop>

namespace g2p::cli {

int HistoryCommand::run()
{
    int code = ExitOk;
    struct Row
    {
        HistoryEntry entry;
        QString program;
        QString source; // empty: the server's history
    };
    QList<Row> rows;
    const BackendCapabilities caps = m_client->capabilities();
    if (caps.programs && !caps.serverHistory
        && (m_opt.words.size() == 2 || (m_opt.words.size() == 1 && !m_opt.registrant.isEmpty()))) {
        // The registrant (and the program, for one membership) whose local changes to show.
        std::optional<RecordRef> registrant;
        std::optional<qint64> program;
        if (m_opt.words.size() == 2) {
            const auto id = parseRef(
                RecordKind::Membership, QStringLiteral("the membership id"), m_opt.words[1], &code);
            if (!id)
                return code;
            auto job = await(m_client->membership(*id));
            if (!job->succeeded())
                return report(job->error());
            registrant = RecordRef(job->result().registrantId, job->result().registrantKey);
            program = job->result().programId;
        } else {
            registrant
                = parseRef(RecordKind::Registrant, QStringLiteral("--registrant"), m_opt.registrant, &code);
            if (!registrant)
                return code;
        }
        if (!outboxSync(&code))
            return code;
        QList<TimelineEntry> local;
        QEventLoop loop;
        m_store->run(
            &loop,
            [id = registrant->id](StoreHandles &h) {
                return localTimeline(
                    h.outboxOk ? h.outbox.itemsOfRegistrant(id) : QList<OutboxItem>(), {}, {});
            },
            [&](const QList<TimelineEntry> &entries) {
                local = entries;
                loop.quit();
            });
        loop.exec();
        m_err << "g2p-desk-cli: this server keeps no history of program memberships (and no exit "
                 "reasons): these are the changes made from this machine, with what was sent.\n";
        QJsonArray json;
        for (const TimelineEntry &t : std::as_const(local)) {
            if (program && t.programId != *program)
                continue;
            rows.append({t.entry, t.programName, t.localSource});
            QJsonObject o = encode(t.entry);
            o.insert(QStringLiteral("program_name"), t.programName);
            o.insert(QStringLiteral("local_source"), t.localSource);
            json.append(o);
        }
        if (m_opt.json) {
            printJson(json);
            return ExitOk;
        }
    } else if (m_opt.words.size() == 2) {
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
            rows.append({e, QString(), QString()});
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
                rows.append({e, m.programName, QString()});
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
    } else {
        return usage(QStringLiteral("history needs MEMBERSHIP_ID or --registrant ID"));
    }
    // A timeline across programs, newest first.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.entry.changedAt.toUtcMicros() > b.entry.changedAt.toUtcMicros();
    });
    QStringList headers {QStringLiteral("CHANGED AT (UTC)"), QStringLiteral("BY"), QStringLiteral("CHANGE"),
        QStringLiteral("ENROLLED"), QStringLiteral("EXIT"), QStringLiteral("REASON"), QStringLiteral("NOTE"),
        QStringLiteral("SOURCE")};
    const bool programColumn = !m_opt.registrant.isEmpty();
    if (programColumn)
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
            r.source.isEmpty() ? enumToWire(e.source) : r.source};
        if (programColumn)
            cells.insert(0, r.program);
        t.addRow(cells);
    }
    t.print(m_out);
    return ExitOk;
}

} // namespace g2p::cli
