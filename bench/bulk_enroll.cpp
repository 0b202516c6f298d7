// bulk_enroll_10k_50ms: enrolling 10,000 individuals in a program against g2p-sandbox answering
// every request 50 ms late (--latency-ms 50, a registry across a network). "g2p" is the client's
// BatchEnroller (batch_enroll chunks of 1000, six in flight); "sequential" enrols the next 10,000
// one request at a time and waits for each answer, as a script or a form-per-person would.
//
//   bulk_enroll --sandbox PATH [--count N] [--sequential N] [--latency-ms MS]
// --sequential takes a smaller sample for a quick run; its seconds are then scaled to --count and
// the line says so ("sequential_extrapolated").
// --backend odoo runs both against the sandbox's Odoo face (started --upstream-only, as a stock
// OpenG2P 17 server): the impl names then end in "_odoo".
#include "backenddetector.h"
#include "batchenroller.h"
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QProcess>
#include <QSet>

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

// Registrant ids of every membership of a program, all pages.
QSet<qint64> members(RegistryBackend &backend, qint64 programId)
{
    QSet<qint64> ids;
    for (int offset = 0;; offset += 1000) {
        MembershipFilter f;
        f.programId = RecordRef(programId);
        std::unique_ptr<Call<Page<ProgramMembership>>> job(await(backend.memberships(f, 1000, offset)));
        if (!job->succeeded())
            break;
        for (const ProgramMembership &m : job->result().items)
            ids.insert(m.registrantId);
        if (!job->result().hasMore() || job->result().items.isEmpty())
            break;
    }
    return ids;
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
        QStringLiteral("backend"), QString(), QStringLiteral("rest|odoo"), QStringLiteral("rest"));
    p.addOptions({sandbox, count, sequential, latency, kind});
    p.process(app);
    const bool odoo = p.value(kind) == QLatin1String("odoo");
    const QString suffix = odoo ? QStringLiteral("_odoo") : QString();
    const int n = p.value(count).toInt();
    const int seqN = qBound(1, p.value(sequential).toInt(), n);

    // Individuals in the Cash Transfer Program (1) or School Feeding (4) and not yet in the Elderly
    // Pension (5) are enrolled in the Elderly Pension: about half of all individuals qualify.
    const qint64 individuals = qMax<qint64>(20000, qint64(n + seqN) * 5 / 2);
    QProcess server;
    const QUrl url = bench::startSandbox(server, p.value(sandbox),
        QStringList {QStringLiteral("--seed"), QString::number(individuals), QStringLiteral("--latency-ms"),
            p.value(latency)}
            + (odoo ? QStringList {QStringLiteral("--upstream-only")} : QStringList {}));
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
    cfg.backend = odoo ? BackendKind::Odoo : BackendKind::Rest;
    cfg.database = QStringLiteral("openg2p");
    const auto backend = createBackend(&nam, cfg);
    std::unique_ptr<Call<BackendCapabilities>> in(await(backend->signIn()));
    if (!in->succeeded()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(in->error().toString()));
        return 1;
    }

    const QSet<qint64> already = members(*backend, 5);
    QList<qint64> candidates;
    for (qint64 program : {1, 4})
        for (qint64 id : members(*backend, program))
            if (!already.contains(id))
                candidates << id;
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    if (candidates.size() < n + seqN) {
        std::fprintf(stderr, "only %d individuals to enrol, %d needed\n", int(candidates.size()), n + seqN);
        return 1;
    }

    int failures = 0;
    {
        QList<BatchEnrollItem> items;
        for (int i = 0; i < n; ++i) {
            BatchEnrollItem item;
            item.registrantId = candidates[i];
            items << item;
        }
        BatchEnroller enroller(backend.get(), 5);
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
    }
    {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < seqN; ++i) {
            BatchEnrollRequest req;
            req.programId = 5;
            req.state = MembershipState::Enrolled;
            BatchEnrollItem item;
            item.registrantId = candidates[n + i];
            req.items << item;
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
