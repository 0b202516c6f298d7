// bulk_enroll_10k_50ms: enrolling 10,000 individuals in a program against g2p-sandbox answering
// every request 50 ms late (--latency-ms 50, a registry across a network). "g2p" is the client's
// BatchEnroller (batch_enroll chunks of 1000, six in flight); "sequential" enrols the next 10,000
// one request at a time and waits for each answer, as a script or a form-per-person would.
//
//   bulk_enroll --sandbox PATH [--count N] [--sequential N] [--latency-ms MS]
// --sequential takes a smaller sample for a quick run; its seconds are then scaled to --count and
// the line says so ("sequential_extrapolated").
// --backend odoo runs both against the sandbox's Odoo face (started --upstream-only, as a stock
// OpenG2P 17 server): the impl names then end in "_odoo". --backend spp2 against its OpenSPP2 API v2
// face (--api-v2), where there is no batch endpoint for memberships: one POST each, 8 on the wire at
// once; the line "latency_bound_spp2" is what that window allows at best (count / 8 × latency), so
// the two figures say how close the client gets to it. Impl names end in "_spp2".
#include "backenddetector.h"
#include "batchenroller.h"
#include "benchutil.h"
#include "spp2backend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QNetworkProxy>
#include <QProcess>

using namespace g2p;

namespace {

template<class J>
J *await(J *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &PendingCall::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    return job;
}

// The demo data's program `name`: its local id and, on API v2, its identifier.
RecordRef programNamed(RegistryBackend &backend, const QString &name)
{
    ProgramFilter f;
    f.name = name;
    std::unique_ptr<Call<Page<Program>>> job(await(backend.programs(f, 100, 0)));
    if (job->succeeded())
        for (const Program &p : job->result().items)
            if (p.name == name)
                return RecordRef(p.id, p.key);
    return RecordRef();
}

// Registrants of every membership of a program, all pages (as long as the server's pages are).
QHash<qint64, QString> members(RegistryBackend &backend, const RecordRef &program)
{
    QHash<qint64, QString> refs; // local id → key
    const int page = qMin(1000, backend.capabilities().maxPageSize);
    for (int offset = 0;;) {
        MembershipFilter f;
        f.programId = program;
        std::unique_ptr<Call<Page<ProgramMembership>>> job(await(backend.memberships(f, page, offset)));
        if (!job->succeeded())
            break;
        for (const ProgramMembership &m : job->result().items)
            refs.insert(m.registrantId, m.registrantKey);
        offset += int(job->result().items.size());
        if (!job->result().hasMore() || job->result().items.isEmpty())
            break;
    }
    return refs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption count(
        QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption sequential(
        QStringLiteral("sequential"), QString(), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latency(
        QStringLiteral("latency-ms"), QString(), QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption kind(
        QStringLiteral("backend"), QString(), QStringLiteral("rest|odoo|spp2"), QStringLiteral("rest"));
    p.addOptions({sandbox, count, sequential, latency, kind});
    p.process(app);
    const bool odoo = p.value(kind) == QLatin1String("odoo");
    const bool spp2 = p.value(kind) == QLatin1String("spp2");
    const QString suffix = odoo ? QStringLiteral("_odoo") : spp2 ? QStringLiteral("_spp2") : QString();
    const int n = p.value(count).toInt();
    const int seqN = qBound(1, p.value(sequential).toInt(), n);

    // Individuals in the Cash Transfer Program (1) or School Feeding (4) and not yet in the Elderly
    // Pension (5) are enrolled in the Elderly Pension: about half of all individuals qualify.
    const qint64 individuals = qMax<qint64>(20000, qint64(n + seqN) * 5 / 2);
    QProcess server;
    const QUrl url = bench::startSandbox(server, p.value(sandbox),
        QStringList {QStringLiteral("--seed"), QString::number(individuals), QStringLiteral("--latency-ms"),
            p.value(latency)}
            + (odoo        ? QStringList {QStringLiteral("--upstream-only")}
                    : spp2 ? QStringList {QStringLiteral("--api-v2"), QStringLiteral("--token-rate"),
                          QStringLiteral("1000:100000")}
                           : QStringList {}));
    if (!url.isValid()) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ClientConfig cfg;
    cfg.baseUrl = url;
    cfg.user = cfg.password = QStringLiteral("demo");
    cfg.timeoutMs = 120000;
    cfg.backend = odoo ? BackendKind::Odoo : spp2 ? BackendKind::Spp2 : BackendKind::Rest;
    cfg.database = QStringLiteral("openg2p");
    const auto backend = createBackend(&nam, cfg);
    std::unique_ptr<Call<BackendCapabilities>> in(await(backend->signIn()));
    if (!in->succeeded()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(in->error().toString()));
        return 1;
    }

    const RecordRef pension = programNamed(*backend, QStringLiteral("Elderly Pension"));
    const QHash<qint64, QString> already = members(*backend, pension);
    QMap<qint64, QString> eligible; // ordered: the same candidates on every run
    for (const QString &name : {QStringLiteral("Cash Transfer Program"), QStringLiteral("School Feeding")}) {
        const QHash<qint64, QString> inProgram = members(*backend, programNamed(*backend, name));
        for (auto it = inProgram.cbegin(); it != inProgram.cend(); ++it)
            if (!already.contains(it.key()))
                eligible.insert(it.key(), it.value());
    }
    QList<BatchEnrollItem> candidates;
    for (auto it = eligible.cbegin(); it != eligible.cend(); ++it) {
        BatchEnrollItem item;
        item.registrantId = it.key();
        item.registrantKey = it.value();
        candidates << item;
    }
    if (candidates.size() < n + seqN) {
        std::fprintf(stderr, "only %d individuals to enrol, %d needed\n", int(candidates.size()), n + seqN);
        return 1;
    }

    int failures = 0;
    {
        const QList<BatchEnrollItem> items = candidates.mid(0, n);
        BatchEnroller enroller(backend.get(), pension);
        enroller.setWindow(6);
        QEventLoop loop;
        QObject::connect(&enroller, &BatchEnroller::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        enroller.start(items);
        if (enroller.isRunning())
            loop.exec();
        const double seconds = t.nsecsElapsed() / 1e9;
        failures += enroller.failedCount();
        bench::emit("bulk_enroll_10k_50ms", QStringLiteral("g2p") + suffix, "seconds", seconds);
        if (spp2)
            bench::emit("bulk_enroll_10k_50ms", QStringLiteral("latency_bound") + suffix, "seconds",
                double(n) / Spp2Backend::kEnrolWindow * p.value(latency).toDouble() / 1000.0);
    }
    {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < seqN; ++i) {
            BatchEnrollRequest req;
            req.programId = pension.id;
            req.programKey = pension.key;
            req.state = MembershipState::Enrolled;
            req.items << candidates[n + i];
            std::unique_ptr<Call<BatchEnrollResponse>> job(await(backend->enrol(req)));
            if (!job->succeeded())
                ++failures;
        }
        const double seconds = t.nsecsElapsed() / 1e9;
        if (seqN == n)
            bench::emit("bulk_enroll_10k_50ms", QStringLiteral("sequential") + suffix, "seconds", seconds);
        else
            bench::emit("bulk_enroll_10k_50ms", QStringLiteral("sequential_extrapolated") + suffix, "seconds",
                seconds * n / seqN);
    }
    server.terminate();
    server.waitForFinished(5000);
    if (failures)
        std::fprintf(stderr, "%d enrolments failed\n", failures);
    return failures ? 1 : 0;
}
