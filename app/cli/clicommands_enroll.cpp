// `g2p-desk-cli enroll`: a CSV of registrants into one program through batch_enroll, in chunks.
#include "batchenroller.h"
#include "clicommands.h"
#include "csvreader.h"
#include "datepolicy.h"
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

std::optional<DatePolicy> CliRunner::datePolicyOption(DatePolicy fallback)
{
    const QString &f = m_opt.dateFormat;
    if (f.isEmpty())
        return fallback;
    if (f == QLatin1String("iso"))
        return DatePolicy::Iso;
    if (f == QLatin1String("dmy"))
        return DatePolicy::DayFirst;
    if (f == QLatin1String("mdy"))
        return DatePolicy::MonthFirst;
    if (f == QLatin1String("auto"))
        return DatePolicy::Automatic;
    return std::nullopt;
}

int CliRunner::cmdEnroll()
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
    struct SheetRow
    {
        int line;
        QStringList fields;
    };
    QList<SheetRow> dataRows;
    for (int i = 0; i < table.rows.size(); ++i)
        dataRows.append({table.lines[i], table.rows[i]});
    int idColumn = 0, dateColumn = 1;
    bool header = false;
    if (!dataRows.isEmpty()) {
        const QStringList first = dataRows.first().fields;
        bool numeric = false;
        first.value(0).trimmed().toLongLong(&numeric);
        if (!numeric) {
            header = true;
            idColumn = dateColumn = -1;
            for (int i = 0; i < first.size(); ++i) {
                const QString h = first[i].trimmed().toLower();
                if (h == QLatin1String("registrant_id"))
                    idColumn = i;
                else if (h == QLatin1String("enrollment_date"))
                    dateColumn = i;
            }
            if (idColumn < 0) {
                m_err << "g2p-desk-cli: " << m_opt.registrantsFile
                      << ": the header has no registrant_id column (expected "
                         "registrant_id[,enrollment_date])\n";
                return ExitUsage;
            }
            dataRows.removeFirst();
        }
    }
    if (dataRows.isEmpty()) {
        m_err << "g2p-desk-cli: " << m_opt.registrantsFile << " has no rows to enroll\n";
        return ExitUsage;
    }

    // Local checks first: nothing invalid is sent.
    QList<EnrollRow> rows;
    QHash<qint64, int> seenAt;
    for (int i = 0; i < dataRows.size(); ++i) {
        const SheetRow &csvRow = dataRows[i];
        EnrollRow r;
        r.row = i + 1;
        r.line = csvRow.line;
        const auto invalid = [&r](const QString &msg) {
            r.status = QStringLiteral("invalid");
            r.message = msg;
        };
        if (!header && csvRow.fields.size() > 2) {
            invalid(QStringLiteral("expected registrant_id[,enrollment_date], found %1 columns")
                        .arg(csvRow.fields.size()));
        } else {
            const QString idText = csvRow.fields.value(idColumn).trimmed();
            bool ok = false;
            r.registrantId = idText.toLongLong(&ok);
            const QString dateTextValue
                = dateColumn >= 0 ? csvRow.fields.value(dateColumn).trimmed() : QString();
            if (!dateTextValue.isEmpty())
                r.date = parseSpreadsheetDate(dateTextValue, policy).date;
            if (!ok || r.registrantId <= 0) {
                invalid(QStringLiteral("registrant_id: expected a whole number, got \"%1\"").arg(idText));
            } else if (!dateTextValue.isEmpty() && !parseSpreadsheetDate(dateTextValue, policy).ok()) {
                invalid(QStringLiteral("enrollment_date: %1")
                            .arg(parseSpreadsheetDate(dateTextValue, policy).problem));
            } else if (const QString why = MembershipRules::futureDateProblem(r.date, today);
                       !why.isEmpty()) {
                invalid(QStringLiteral("enrollment_date: ") + why);
            } else if (seenAt.contains(r.registrantId)) {
                invalid(QStringLiteral("registrant %1 already appears on line %2")
                            .arg(r.registrantId)
                            .arg(seenAt.value(r.registrantId)));
            } else {
                seenAt.insert(r.registrantId, r.line);
            }
        }
        rows.append(r);
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
