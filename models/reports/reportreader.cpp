#include "reportreader.h"

#include "pendingcall.h"
#include "registrybackend.h"

#include <QCoreApplication>

#include <algorithm>

namespace g2p {

ReportReader::ReportReader(RegistryBackend *backend, QObject *parent) : QObject(parent), m_backend(backend)
{ }

ReportReader::~ReportReader()
{
    cancel();
}

void ReportReader::cancel()
{
    ++m_generation;
    if (m_call)
        m_call->abort();
}

ReportHeader ReportReader::header() const
{
    return {QCoreApplication::translate("Report", "%1 as %2")
                .arg(m_backend->address().toDisplayString(QUrl::RemoveUserInfo), m_backend->user()),
        QDateTime::currentDateTime()};
}

// `onSuccess` runs with the call's result unless it failed (failed() then) or was overtaken.
template<class C, class F>
void ReportReader::follow(C *call, F onSuccess)
{
    m_call = call;
    const int generation = m_generation;
    connect(call, &PendingCall::finished, this, [this, call, generation, onSuccess] {
        if (generation != m_generation)
            return;
        if (!call->succeeded()) {
            Q_EMIT failed(call->error());
            return;
        }
        onSuccess(call->result());
    });
}

void ReportReader::readAll(
    const MembershipFilter &filter, int limit, std::function<void(QList<ProgramMembership>, qint64)> done)
{
    auto rows = std::make_shared<QList<ProgramMembership>>();
    auto next = std::make_shared<std::function<void()>>();
    const int page = qMax(1, qMin(1000, m_backend->capabilities().maxPageSize));
    // The step holds itself weakly; the page being read holds it strongly, so it goes with the last
    // page's call whether that one succeeded, failed or was abandoned.
    *next = [this, filter, limit, done, rows, self = std::weak_ptr(next), page] {
        follow(m_backend->memberships(filter, qMin(page, limit - int(rows->size())), int(rows->size())),
            [this, limit, done, rows, step = self.lock()](const Page<ProgramMembership> &p) {
                *rows += p.items;
                Q_EMIT progress(rows->size(), p.total);
                if (p.hasMore() && !p.items.isEmpty() && rows->size() < limit)
                    (*step)();
                else {
                    const qint64 total = qMax<qint64>(p.total, rows->size());
                    done(std::move(*rows), total);
                }
            });
    };
    (*next)();
}

void ReportReader::readRegistrant(const RecordRef &registrant, bool isGroup)
{
    cancel();
    auto report = std::make_shared<RegistrantReport>();
    report->header = header();
    report->isGroup = isGroup;
    const auto memberships = [this, report, registrant] {
        if (!m_backend->capabilities().programs) {
            report->historyNote
                = QCoreApplication::translate("Report", "This server keeps no program memberships.");
            Q_EMIT registrantReady(*report);
            return;
        }
        MembershipFilter f;
        f.registrantId = registrant;
        readAll(f, maxListRows, [this, report](QList<ProgramMembership> list, qint64) {
            report->memberships = std::move(list);
            for (const ProgramMembership &m : report->memberships)
                report->programNames.insert(m.id, m.programName);
            if (!m_backend->capabilities().serverHistory) {
                report->historyNote = QCoreApplication::translate(
                    "Report", "This server keeps no history of program memberships.");
                Q_EMIT registrantReady(*report);
                return;
            }
            readHistory(report, 0);
        });
    };
    if (isGroup)
        follow(m_backend->group(registrant), [report, memberships](const Group &g) {
            report->group = g;
            memberships();
        });
    else
        follow(m_backend->individual(registrant), [report, memberships](const Individual &i) {
            report->individual = i;
            memberships();
        });
}

void ReportReader::readHistory(std::shared_ptr<RegistrantReport> report, int next)
{
    if (next >= report->memberships.size()) {
        std::sort(
            report->history.begin(), report->history.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
                return a.changedAt.toUtcMicros() > b.changedAt.toUtcMicros();
            });
        Q_EMIT registrantReady(*report);
        return;
    }
    const ProgramMembership &m = report->memberships[next];
    follow(m_backend->history(RecordRef(m.id, m.key)), [this, report, next](const QList<HistoryEntry> &h) {
        report->history += h;
        readHistory(report, next + 1);
    });
}

void ReportReader::readMembers(
    const RecordRef &program, std::optional<MembershipState> state, const QString &nameFilter)
{
    cancel();
    auto report = std::make_shared<MemberListReport>();
    report->header = header();
    report->state = state;
    report->nameFilter = nameFilter.trimmed();
    follow(m_backend->program(program), [this, report, program](const Program &p) {
        report->program = p;
        MembershipFilter f;
        f.programId = program;
        f.state = report->state;
        readAll(f, maxListRows, [this, report](QList<ProgramMembership> list, qint64 total) {
            report->cut = list.size() < total;
            if (!report->nameFilter.isEmpty())
                list.removeIf([&report](const ProgramMembership &m) {
                    return !m.registrantName.contains(report->nameFilter, Qt::CaseInsensitive);
                });
            report->total = report->nameFilter.isEmpty() ? total : list.size();
            report->members = std::move(list);
            Q_EMIT membersReady(*report);
        });
    });
}

void ReportReader::readSummary(const RecordRef &program)
{
    cancel();
    auto report = std::make_shared<ProgramSummaryReport>();
    report->header = header();
    follow(m_backend->program(program), [this, report, program](const Program &p) {
        report->program = p;
        follow(m_backend->membershipCounts(program), [this, report, program](const QList<qint64> &counts) {
            report->counts = counts;
            MembershipFilter f;
            f.programId = program;
            readAll(f, maxSummaryRows, [this, report](const QList<ProgramMembership> &list, qint64 total) {
                report->membershipsRead = list.size();
                report->cut = list.size() < total;
                const auto month = [](const QDate &d) { return QDate(d.year(), d.month(), 1); };
                for (const ProgramMembership &m : list) {
                    if (const QDate d = m.enrollmentDate.date(); d.isValid())
                        ++report->months[month(d)].enrolments;
                    if (m.exitDate.isValid())
                        ++report->months[month(m.exitDate)].exits;
                    if (m.state == MembershipState::Paused && !m.writeDate.isNull())
                        ++report->months[month(m.writeDate.date())].pauses;
                }
                Q_EMIT summaryReady(*report);
            });
        });
    });
}

} // namespace g2p
