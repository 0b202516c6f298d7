#include "reportdocument.h"

#include "membershiptablemodel.h"
#include "registranttablemodel.h"
#include "statecolors.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace g2p {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString state(MembershipState s)
{
    return esc(MembershipTableModel::stateText(s));
}

QString head(const QString &title, const QString &subtitle, const ReportHeader &h)
{
    return QStringLiteral("<h2>%1</h2><p>%2</p><p style=\"color:#555\">%3</p>")
        .arg(esc(title), subtitle,
            esc(QCoreApplication::translate("Report", "From %1, printed on %2")
                    .arg(h.server, QLocale().toString(h.printedAt, QLocale::ShortFormat))));
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                 "style=\"border-color:#999\"><tr>");
    for (const QString &h : headers)
        out += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\">%1</th>").arg(esc(h));
    out += QStringLiteral("</tr>");
    for (const QStringList &r : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : r)
            out += QStringLiteral("<td>%1</td>").arg(cell);
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

// A bar as long as `value` is of `max`, in `colour`, its figure beside it.
QString bar(qint64 value, qint64 max, const QColor &colour)
{
    const int percent = max > 0 ? int(qBound(qint64(0), value * 100 / max, qint64(100))) : 0;
    QString cells;
    if (percent > 0)
        cells
            += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(percent).arg(colour.name());
    if (percent < 100)
        cells += QStringLiteral("<td width=\"%1%\">&nbsp;</td>").arg(100 - percent);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>%1</tr></table>")
        .arg(cells);
}

void membershipRows(const QList<ProgramMembership> &list, bool withRegistrant, QList<QStringList> *rows)
{
    for (const ProgramMembership &m : list) {
        QStringList r;
        r << esc(withRegistrant ? m.registrantName : m.programName) << state(m.state)
          << dateText(m.enrollmentDate.date()) << dateText(m.exitDate) << esc(m.exitReason);
        rows->append(r);
    }
}

} // namespace

QString registrantReportHtml(const RegistrantReport &r)
{
    const RegistrantCommon *who = r.isGroup
        ? static_cast<const RegistrantCommon *>(r.group ? &*r.group : nullptr)
        : (r.individual ? &*r.individual : nullptr);
    if (!who)
        return QString();
    QStringList ids;
    for (const RegistrantId &i : who->regIds)
        ids << QStringLiteral("%1: %2").arg(i.idType, i.value);
    QList<QStringList> facts;
    facts << QStringList {esc(QCoreApplication::translate("Report", "Record")), QString::number(who->id)};
    if (!ids.isEmpty())
        facts << QStringList {
            esc(QCoreApplication::translate("Report", "ID numbers")), esc(ids.join(QStringLiteral("; ")))};
    if (r.individual) {
        const Individual &i = *r.individual;
        facts << QStringList {esc(QCoreApplication::translate("Report", "Gender")),
            esc(RegistrantTableModel::genderText(i.gender))}
              << QStringList {
                     esc(QCoreApplication::translate("Report", "Birth date")), dateText(i.birthdate)};
    }
    if (r.group) {
        QStringList members;
        for (const GroupMember &m : r.group->members) {
            QStringList kinds;
            for (const MembershipKind &k : m.kinds)
                kinds << k.name;
            members << (kinds.isEmpty()
                    ? m.individual.name
                    : QStringLiteral("%1 (%2)").arg(m.individual.name, kinds.join(QStringLiteral(", "))));
        }
        facts << QStringList {
            esc(QCoreApplication::translate("Report", "Members")), esc(members.join(QStringLiteral("; ")))};
    }
    if (!who->phones.isEmpty())
        facts << QStringList {esc(QCoreApplication::translate("Report", "Phone")),
            QStringLiteral("<span dir=\"ltr\">%1</span>").arg(esc(who->phones.first().phoneNo))};
    if (!who->address.isEmpty())
        facts << QStringList {esc(QCoreApplication::translate("Report", "Address")), esc(who->address)};
    facts << QStringList {
        esc(QCoreApplication::translate("Report", "Registered")), dateText(who->registrationDate)};
    QString html = head(who->name,
        esc(r.isGroup ? QCoreApplication::translate("Report", "Household record")
                      : QCoreApplication::translate("Report", "Individual record")),
        r.header);
    html += table(
        {QCoreApplication::translate("Report", "Field"), QCoreApplication::translate("Report", "Value")},
        facts);
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(QCoreApplication::translate("Report", "Program memberships")));
    QList<QStringList> rows;
    membershipRows(r.memberships, false, &rows);
    html += rows.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("Report", "In no program.")))
        : table(
            {QCoreApplication::translate("Report", "Program"), QCoreApplication::translate("Report", "State"),
                QCoreApplication::translate("Report", "Enrolled on"),
                QCoreApplication::translate("Report", "Exit date"),
                QCoreApplication::translate("Report", "Exit reason")},
            rows);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("Report", "History")));
    if (!r.historyNote.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(r.historyNote));
    QList<QStringList> history;
    for (const HistoryEntry &e : r.history)
        history << QStringList {
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.changedAt.toUtcMicros() / 1000).toLocalTime(),
                QLocale::ShortFormat),
            esc(r.programNames.value(e.membershipId)),
            e.fromState ? QStringLiteral("%1 → %2").arg(state(*e.fromState), state(e.toState))
                        : state(e.toState),
            esc(e.exitReason.isEmpty() ? e.note : e.exitReason), esc(e.changedBy)};
    if (!history.isEmpty())
        html += table(
            {QCoreApplication::translate("Report", "When"), QCoreApplication::translate("Report", "Program"),
                QCoreApplication::translate("Report", "Change"),
                QCoreApplication::translate("Report", "Reason or note"),
                QCoreApplication::translate("Report", "By")},
            history);
    return html;
}

QString memberListHtml(const MemberListReport &r)
{
    QString subtitle = r.state
        ? QCoreApplication::translate("Report", "Members in state %1: %2 of %3")
              .arg(MembershipTableModel::stateText(*r.state), number(r.members.size()), number(r.total))
        : QCoreApplication::translate("Report", "All members: %1 of %2")
              .arg(number(r.members.size()), number(r.total));
    if (!r.nameFilter.isEmpty())
        subtitle += QLatin1Char(' ')
            + QCoreApplication::translate("Report", "whose name contains “%1”").arg(r.nameFilter);
    if (r.cut)
        subtitle += QLatin1Char(' ')
            + QCoreApplication::translate("Report", "(the report stops at this many rows)");
    QString html = head(r.program.name, esc(subtitle), r.header);
    QList<QStringList> rows;
    membershipRows(r.members, true, &rows);
    html += table(
        {QCoreApplication::translate("Report", "Registrant"), QCoreApplication::translate("Report", "State"),
            QCoreApplication::translate("Report", "Enrolled on"),
            QCoreApplication::translate("Report", "Exit date"),
            QCoreApplication::translate("Report", "Exit reason")},
        rows);
    return html;
}

QString programSummaryHtml(const ProgramSummaryReport &r)
{
    QString html
        = head(r.program.name, esc(QCoreApplication::translate("Report", "Program summary")), r.header);
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(QCoreApplication::translate("Report", "Memberships by state")));
    qint64 max = 0;
    for (qint64 c : r.counts)
        max = qMax(max, c);
    QList<QStringList> rows;
    for (int s = 0; s < r.counts.size(); ++s)
        rows << QStringList {state(MembershipState(s)), number(r.counts[s]),
            bar(r.counts[s], max, stateColor(MembershipState(s)))};
    html += table({QCoreApplication::translate("Report", "State"),
                      QCoreApplication::translate("Report", "Memberships"), QString()},
        rows);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("Report", "Month by month")));
    const int read = r.membershipsRead > INT_MAX ? INT_MAX : int(r.membershipsRead);
    QString basis = QCoreApplication::translate("Report",
        "Enrolments by their enrolment date, exits by their exit date, pauses: memberships paused now, by "
        "their last change. From %n membership(s) read.",
        nullptr, read);
    if (r.cut)
        basis += QLatin1Char(' ')
            + QCoreApplication::translate("Report", "(the report stops at this many rows)");
    html += QStringLiteral("<p>%1</p>").arg(esc(basis));
    int monthMax = 0;
    for (const MonthCounts &m : r.months)
        monthMax = qMax(monthMax, qMax(m.enrolments, qMax(m.exits, m.pauses)));
    QList<QStringList> months;
    for (auto it = r.months.constBegin(); it != r.months.constEnd(); ++it)
        months << QStringList {esc(QLocale().toString(it.key(), QStringLiteral("MMM yyyy"))),
            number(it->enrolments) + bar(it->enrolments, monthMax, stateColor(MembershipState::Enrolled)),
            number(it->exits) + bar(it->exits, monthMax, stateColor(MembershipState::Exited)),
            number(it->pauses) + bar(it->pauses, monthMax, stateColor(MembershipState::Paused))};
    html += months.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("Report", "No dated change.")))
        : table({QCoreApplication::translate("Report", "Month"),
                    QCoreApplication::translate("Report", "Enrolments"),
                    QCoreApplication::translate("Report", "Exits"),
                    QCoreApplication::translate("Report", "Pauses")},
            months);
    return html;
}

void printHtml(const QString &html, QPagedPaintDevice *device, const QString &title)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    QFont font = doc.defaultFont();
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.print(device);
}

bool writePdf(const QString &html, const QString &path, const QString &title, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report", "%1 cannot be written: %2")
                         .arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("G2P Desk"));
    pdf.setResolution(300);
    printHtml(html, &pdf, title);
    return true;
}

} // namespace g2p
