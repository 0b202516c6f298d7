// `g2p-desk-cli enroll`: a sheet of registrants into one program. Rows are read by the import
// engine and checked by the membership rules, then go through the outbox and the backend's batch
// enrolment, in chunks.
#include "batchenroller.h"
#include "commands.h"
#include "csvreader.h"
#include "datepolicy.h"
#include "importmapping.h"
#include "membershipimport.h"
#include "membershiprules.h"
#include "tablefile.h"
#include "textable.h"
#include "wiretime.h"
#include "xlsxreader.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>

namespace g2p::cli {

namespace {

struct EnrollRow
{
    int row = 0; // 1-based data row
    int line = 0; // line in the file
    qint64 registrantId = 0;
    QDate date;
    QString status; // created, updated, unchanged, error, invalid, not_sent
    qint64 membershipId = 0;
    QString code;
    QString message;
    bool done() const { return !status.isEmpty(); }
};

} // namespace

int EnrollFileCommand::run()
{
    if (m_opt.words.size() != 1 || m_opt.program.isEmpty() || m_opt.registrantsFile.isEmpty())
        return usage(QStringLiteral("enroll needs --program ID|NAME and --registrants FILE.csv"));
    int code = ExitOk;
    MembershipState target = MembershipState::Enrolled;
    if (!m_opt.state.isEmpty()) {
        const auto s = enumFromWire<MembershipState>(QStringView(m_opt.state));
        if (!s || (*s != MembershipState::Enrolled && *s != MembershipState::Draft))
            return usage(QStringLiteral("--state for enroll must be enrolled or draft"));
        target = *s;
    }
    QDate defaultDate;
    if (!parseDateOption(QStringLiteral("--date"), m_opt.date, &defaultDate, &code))
        return code;
    const QDate today = utcToday();
    if (const QString why = MembershipRules::futureDateProblem(defaultDate, today); !why.isEmpty())
        return usage(QStringLiteral("--date: ") + why);

    const std::optional<DatePolicy> policyOption = datePolicyOption(DatePolicy::Iso);
    if (!policyOption)
        return usage(QStringLiteral("--date-format must be iso, dmy, mdy or auto"));
    const DatePolicy policy = *policyOption;

    const TableText table = readTableFile(m_opt.registrantsFile);
    if (!table.ok()) {
        m_err << "g2p-desk-cli: " << m_opt.registrantsFile << ": " << table.error << '\n';
        return ExitUsage;
    }
    for (const QString &w : table.warnings)
        m_err << "g2p-desk-cli: " << m_opt.registrantsFile << ": " << w << '\n';
    // The rows are read by the import engine (the same reading as `import` and the desktop's grid:
    // blank rows skipped, ragged rows and duplicates refused); a file without a header row is
    // registrant_id[,enrollment_date].
    TableText sheet = table;
    if (!sheet.rows.isEmpty()) {
        bool numeric = false;
        sheet.rows.first().value(0).trimmed().toLongLong(&numeric);
        if (numeric) {
            sheet.rows.prepend(
                {importFieldKey(ImportField::RegistrantId), importFieldKey(ImportField::EnrollmentDate)});
            sheet.lines.prepend(0);
        }
    }
    const ImportMapping mapping
        = sheet.rows.isEmpty() ? ImportMapping() : ImportMapping::guess(sheet.rows.first());
    if (!sheet.rows.isEmpty() && !mapping.has(ImportField::RegistrantId)) {
        m_err << "g2p-desk-cli: " << m_opt.registrantsFile
              << ": the header has no registrant_id column (expected registrant_id[,enrollment_date])\n";
        return ExitUsage;
    }
    QList<ImportProblem> problems;
    const QList<ImportLine> lines = MembershipImport::readLines(sheet, mapping, m_opt.program, &problems);
    if (lines.isEmpty() && problems.size() == 1 && problems.first().field.isEmpty()
        && sheet.rows.size() < 2) {
        m_err << "g2p-desk-cli: " << m_opt.registrantsFile << " has no rows to enroll\n";
        return ExitUsage;
    }

    // Local checks first (the membership rules, as the desktop applies them): nothing invalid is sent.
    QList<EnrollRow> rows;
    for (const ImportLine &l : lines) {
        EnrollRow r;
        r.line = l.line;
        r.registrantId = l.registrantId;
        const auto invalid = [&r](const QString &msg) {
            r.status = QStringLiteral("invalid");
            r.message = msg;
        };
        const ParsedDate date = parseSpreadsheetDate(l.enrollmentDate, policy);
        if (!l.registrantId)
            invalid(
                QStringLiteral("registrant_id: this command enrols by registrant_id; rows naming an ID type "
                               "and number go through `g2p-desk-cli import`"));
        else if (!l.enrollmentDate.isEmpty() && !date.ok())
            invalid(QStringLiteral("enrollment_date: %1").arg(date.problem));
        else if (const QString why = MembershipRules::futureDateProblem(date.date, today); !why.isEmpty())
            invalid(QStringLiteral("enrollment_date: ") + why);
        else
            r.date = date.date;
        rows.append(r);
    }
    for (const ImportProblem &p : std::as_const(problems)) {
        EnrollRow r;
        r.line = p.line;
        r.status = QStringLiteral("invalid");
        r.message = p.field.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.field, p.message);
        rows.append(r);
    }
    std::sort(
        rows.begin(), rows.end(), [](const EnrollRow &x, const EnrollRow &y) { return x.line < y.line; });
    for (int i = 0; i < rows.size(); ++i)
        rows[i].row = i + 1;
    if (rows.isEmpty()) {
        m_err << "g2p-desk-cli: " << m_opt.registrantsFile << " has no rows to enroll\n";
        return ExitUsage;
    }

    const auto program = resolveProgram(m_opt.program, &code);
    if (!program)
        return code;
    if (!program->acceptsEnrollment()) {
        m_err << "g2p-desk-cli: program " << program->id << " (" << program->name << ") is "
              << (program->active ? QStringLiteral("ended") : QStringLiteral("archived"))
              << " and accepts no enrolment\n";
        return ExitSomeFailed;
    }

    // Valid rows into the outbox, then through batch_enroll.
    QList<OutboxDraft> drafts;
    QList<int> rowOfItem;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].done())
            continue;
        EnrollChange c;
        c.programId = program->id;
        c.programKey = program->key;
        c.programName = program->name;
        c.registrantId = rows[i].registrantId;
        c.target = target;
        c.date = rows[i].date.isValid() ? rows[i].date : defaultDate;
        c.note = m_opt.note;
        drafts << toDraft(c);
        rowOfItem.append(i);
    }
    if (!outboxSync(&code))
        return code;
    bool queued = false;
    OutboxBatch *batch = sendThroughOutbox(drafts, &queued, [this](int done, int total) {
        m_err << "enroll: " << done << " / " << total << " rows sent\n";
        m_err.flush();
    });
    if (!queued)
        return ExitUsage;
    for (int k = 0; k < rowOfItem.size(); ++k) {
        EnrollRow &r = rows[rowOfItem[k]];
        if (!batch->outcomes().contains(k)) {
            if (batch->isOutcomeUnknown(k)) {
                r.status = QStringLiteral("unknown");
                r.message = QStringLiteral("sent, but the answer was lost; checked against the server before "
                                           "anything is sent again");
            } else {
                r.status = QStringLiteral("queued");
                r.message = QStringLiteral("waiting in the outbox, not sent yet");
            }
            continue;
        }
        const OutboxOutcome &o = batch->outcomes()[k];
        r.membershipId = o.membership.id;
        switch (o.state) {
        case OutboxItem::State::Confirmed: {
            static const QStringList known {
                QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("unchanged")};
            r.status = known.contains(o.message) ? o.message : QStringLiteral("unchanged");
            break;
        }
        case OutboxItem::State::Discarded:
            r.status = QStringLiteral("not_sent");
            break;
        default:
            r.status = QStringLiteral("error");
            r.message = o.message;
            if (o.message.startsWith(QLatin1String("G2P-"))) {
                r.code = o.message.section(QLatin1Char(' '), 0, 0);
                r.message = o.message.section(QLatin1Char(' '), 1);
            }
            break;
        }
    }
    const int waiting = batch->waitingCount();

    int ok = 0, failed = 0;
    for (const EnrollRow &r : rows)
        (r.status == QLatin1String("created") || r.status == QLatin1String("updated")
            || r.status == QLatin1String("unchanged"))
            ? ++ok
            : ++failed;
    if (m_opt.json) {
        QJsonArray out;
        for (const EnrollRow &r : rows) {
            QJsonObject o {{QStringLiteral("row"), r.row}, {QStringLiteral("line"), r.line},
                {QStringLiteral("registrant_id"), r.registrantId}, {QStringLiteral("status"), r.status}};
            if (r.membershipId)
                o.insert(QStringLiteral("membership_id"), r.membershipId);
            if (!r.code.isEmpty())
                o.insert(QStringLiteral("error_code"), r.code);
            if (!r.message.isEmpty())
                o.insert(QStringLiteral("message"), r.message);
            out.append(o);
        }
        printJson(QJsonObject {{QStringLiteral("program_id"), program->id},
            {QStringLiteral("program_name"), program->name}, {QStringLiteral("total"), rows.size()},
            {QStringLiteral("succeeded"), ok}, {QStringLiteral("failed"), failed},
            {QStringLiteral("rows"), out}});
    } else {
        QHash<QString, int> counts;
        for (const EnrollRow &r : rows)
            ++counts[r.status];
        m_out << "program " << program->id << " (" << program->name << "): " << rows.size() << " row(s): ";
        QStringList parts;
        for (const char *s :
            {"created", "updated", "unchanged", "error", "invalid", "queued", "unknown", "not_sent"})
            if (counts.value(QLatin1String(s)))
                parts << QStringLiteral("%1 %2").arg(counts.value(QLatin1String(s))).arg(QLatin1String(s));
        m_out << parts.join(QStringLiteral(", ")) << '\n';
        if (failed > 0) {
            TextTable t({QStringLiteral("LINE"), QStringLiteral("REGISTRANT"), QStringLiteral("STATUS"),
                QStringLiteral("CODE"), QStringLiteral("PROBLEM")});
            for (const EnrollRow &r : rows)
                if (r.status != QLatin1String("created") && r.status != QLatin1String("updated")
                    && r.status != QLatin1String("unchanged"))
                    t.addRow({QString::number(r.line),
                        r.registrantId ? QString::number(r.registrantId) : QString(), r.status, r.code,
                        r.message});
            t.print(m_out, 90);
            if (counts.value(QStringLiteral("queued")))
                m_out << "Rows marked queued wait in the outbox and are sent by `g2p-desk-cli sync` (or G2P "
                         "Desk) when the server answers; nothing needs to be entered again.\n";
            if (counts.value(QStringLiteral("unknown")))
                m_out
                    << "Rows marked unknown reached the server but its answer was lost. `g2p-desk-cli sync` "
                       "checks each against the server first: confirmed if it was applied, sent again if "
                       "not. Nothing is applied twice.\n";
        }
    }
    m_out.flush();
    reportWaiting(waiting);
    if (waiting > 0 && failed == waiting)
        return ExitUnreachable;
    return failed > 0 ? ExitSomeFailed : ExitOk;
}

} // namespace g2p::cli
