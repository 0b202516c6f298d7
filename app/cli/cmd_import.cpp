// `g2p-desk-cli import FILE [--dry-run] [--mapping FILE]`: the desktop's import engine on the
// command line. Rows become the bulk-edit grid's rows, are checked by its rules, and unless
// --dry-run are sent: enrolments through batch_enroll, changes as PATCH with write_date.
#include "commands.h"
#include "csvreader.h"
#include "gridsubmission.h"
#include "membershipimport.h"
#include "tablefile.h"
#include "xlsxreader.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace g2p::cli {

int ImportCommand::run()
{
    if (m_opt.words.size() != 2)
        return usage(
            QStringLiteral("import needs one file: import FILE.csv|FILE.xlsx [--dry-run] [--mapping FILE]"));
    const QString path = m_opt.words[1];
    const std::optional<DatePolicy> policy = datePolicyOption(DatePolicy::Automatic);
    if (!policy)
        return usage(QStringLiteral("--date-format must be iso, dmy, mdy or auto"));

    const TableText table = readTableFile(path);
    if (!table.ok()) {
        m_err << "g2p-desk-cli: " << path << ": " << table.error << '\n';
        return ExitUsage;
    }
    for (const QString &w : table.warnings)
        m_err << "g2p-desk-cli: " << path << ": " << w << '\n';
    if (table.rows.isEmpty()) {
        m_err << "g2p-desk-cli: " << path << " is empty\n";
        return ExitUsage;
    }
    const QStringList headers = table.rows.first();

    ImportMapping mapping;
    if (!m_opt.mappingFile.isEmpty()) {
        QFile mf(m_opt.mappingFile);
        if (!mf.open(QIODevice::ReadOnly)) {
            m_err << "g2p-desk-cli: cannot read " << m_opt.mappingFile << ": " << mf.errorString() << '\n';
            return ExitUsage;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &pe);
        if (!doc.isObject())
            return usage(
                QStringLiteral("%1 is not a JSON object {\"header\": \"field\"}: %2")
                    .arg(m_opt.mappingFile, pe.error ? pe.errorString() : QStringLiteral("not an object")));
        QString error;
        mapping = ImportMapping::fromJson(doc.object(), headers, &error);
        if (!error.isEmpty())
            return usage(QStringLiteral("%1: %2").arg(m_opt.mappingFile, error));
    } else {
        mapping = ImportMapping::guess(headers);
    }
    if (const QString problem = mapping.problem(!m_opt.program.isEmpty()); !problem.isEmpty())
        return usage(
            QStringLiteral("%1: %2 Its columns: %3. Give --mapping FILE with {\"header\": \"field\"} "
                           "(fields: registrant_id, id_type, id_value, registrant_name, program, "
                           "state, enrollment_date, exit_date, exit_reason).")
                .arg(path, problem, headers.join(QStringLiteral(", "))));
    if (!m_opt.json)
        for (int c = 0; c < headers.size(); ++c)
            if (mapping.columns.value(c) != ImportField::Ignore)
                m_err << "g2p-desk-cli: column \"" << headers[c] << "\" → "
                      << importFieldKey(mapping.columns[c]) << '\n';

    int code = ExitOk;
    const auto programs
        = allPages<Program>([&](int l, int o) { return m_client->programs({}, l, o); }, &code);
    if (!programs)
        return code;
    MembershipGridModel grid;
    grid.setPrograms(*programs);
    grid.setDatePolicy(*policy);

    QList<ImportProblem> local;
    const QList<ImportLine> lines = MembershipImport::readLines(table, mapping, m_opt.program, &local);
    MembershipImport import(m_client.get(), &grid);
    {
        QEventLoop loop;
        QObject::connect(&import, &MembershipImport::finished, &loop, &QEventLoop::quit);
        import.start(lines);
        if (import.isRunning())
            loop.exec();
    }
    QList<ImportProblem> problems = local + import.problems();
    std::stable_sort(problems.begin(), problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    const GridSummary s = grid.summary();
    const QList<GridChange> changes = grid.changes();

    QJsonArray problemsJson;
    for (const ImportProblem &p : problems) {
        if (m_opt.json)
            problemsJson.append(QJsonObject {{QStringLiteral("line"), p.line},
                {QStringLiteral("field"), p.field}, {QStringLiteral("message"), p.message}});
        else
            m_out << "line " << p.line << (p.field.isEmpty() ? QString() : QStringLiteral(", ") + p.field)
                  << ": " << p.message << '\n';
    }
    const QJsonObject summaryJson {{QStringLiteral("rows_read"), int(lines.size() + local.size())},
        {QStringLiteral("to_send"), int(changes.size())}, {QStringLiteral("enrollments"), s.enrollments},
        {QStringLiteral("exits"), s.exits}, {QStringLiteral("pauses"), s.pauses},
        {QStringLiteral("resumes"), s.resumes}, {QStringLiteral("other_state_changes"), s.otherStateChanges},
        {QStringLiteral("date_changes"), s.dateChanges}, {QStringLiteral("problems"), int(problems.size())}};
    if (!m_opt.json)
        m_out << changes.size() << " change(s) " << (m_opt.dryRun ? "would be sent" : "to send") << ": "
              << s.enrollments << " enrolment(s), " << s.exits << " exit(s), " << s.pauses << " pause(s), "
              << s.resumes << " resumption(s), " << s.otherStateChanges << " other state change(s), "
              << s.dateChanges << " date change(s); " << problems.size() << " problem(s)"
              << (problems.isEmpty() ? "" : ", those rows are not sent") << ".\n";
    if (m_opt.dryRun || changes.isEmpty()) {
        if (m_opt.json)
            printJson(QJsonObject {{QStringLiteral("dry_run"), m_opt.dryRun},
                {QStringLiteral("summary"), summaryJson}, {QStringLiteral("problems"), problemsJson}});
        return problems.isEmpty() ? ExitOk : ExitSomeFailed;
    }

    OutboxSync *sync = outboxSync(&code);
    if (!sync)
        return code;
    GridSubmission submission(sync, changes);
    {
        QEventLoop loop;
        QObject::connect(&submission, &Command::finished, &loop, &QEventLoop::quit);
        submission.start();
        loop.exec();
    }
    int failed = 0, waiting = 0;
    QJsonArray results;
    QList<int> rows = submission.outcomes().keys();
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        const RowOutcome &o = submission.outcomes()[row];
        if (o.status == RowOutcome::Status::Queued)
            ++waiting;
        else if (o.status != RowOutcome::Status::Done)
            ++failed;
        const QString status = GridSubmission::statusText(o.status);
        if (m_opt.json)
            results.append(QJsonObject {{QStringLiteral("line"), import.lineOfRow(row)},
                {QStringLiteral("status"), status}, {QStringLiteral("membership_id"), o.membership.id},
                {QStringLiteral("message"), o.message}});
        else
            m_out << "line " << import.lineOfRow(row) << ": " << status
                  << (o.message.isEmpty() ? QString() : QStringLiteral(": ") + o.message) << '\n';
    }
    if (m_opt.json)
        printJson(QJsonObject {{QStringLiteral("dry_run"), false}, {QStringLiteral("summary"), summaryJson},
            {QStringLiteral("problems"), problemsJson}, {QStringLiteral("results"), results}});
    else
        m_out << rows.size() - failed - waiting << " done, " << failed << " not done"
              << (waiting ? QStringLiteral(", %1 waiting in the outbox").arg(waiting) : QString()) << ".\n";
    reportWaiting(waiting);
    if (waiting && !failed && problems.isEmpty())
        return ExitUnreachable;
    return failed || !problems.isEmpty() ? ExitSomeFailed : ExitOk;
}

} // namespace g2p::cli
