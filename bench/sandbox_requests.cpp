// sandbox_get_individual and sandbox_batch_enroll_1000: request rates of g2p-sandbox through the
// client over loopback, six requests in flight (QNAM's connections per host), next to one at a
// time ("sequential") in the same run.
//
//   sandbox_requests --sandbox PATH [--gets N] [--batches N]
#include "apiclient.h"
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QProcess>

using namespace g2p;

// Runs `total` operations with `window` in flight; returns operations per second.
static double pump(int total, int window, const std::function<ApiJob *(int)> &start, int *failures)
{
    QEventLoop loop;
    int next = 0, done = 0, inFlight = 0;
    QElapsedTimer t;
    t.start();
    std::function<void()> launch = [&] {
        while (inFlight < window && next < total) {
            ApiJob *job = start(next++);
            ++inFlight;
            QObject::connect(job, &ApiJob::finished, &loop, [&, job] {
                if (!job->succeeded())
                    ++*failures;
                --inFlight;
                if (++done == total)
                    loop.quit();
                else
                    launch();
            });
        }
    };
    launch();
    loop.exec();
    return total / (t.nsecsElapsed() / 1e9);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption gets(
        QStringLiteral("gets"), QString(), QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption batches(
        QStringLiteral("batches"), QString(), QStringLiteral("N"), QStringLiteral("12"));
    p.addOptions({sandbox, gets, batches});
    p.process(app);

    const int individuals = 30000;
    QProcess server;
    const QUrl url = bench::startSandbox(
        server, p.value(sandbox), {QStringLiteral("--seed"), QString::number(individuals)});
    if (!url.isValid()) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ClientConfig cfg;
    cfg.baseUrl = url;
    cfg.user = cfg.password = QStringLiteral("demo");
    ApiClient client(&nam, cfg);
    int failures = 0;

    // Ids of individuals: the registrants of an individual program.
    QList<qint64> ids;
    {
        MembershipFilter f;
        f.programId = 1;
        auto *job = client.listMemberships(f, 1000, 0);
        job->setAutoDelete(false);
        QEventLoop loop;
        QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        for (const ProgramMembership &m : job->result().items)
            ids << m.registrantId;
        delete job;
    }
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no individuals found\n");
        return 1;
    }
    const int n = p.value(gets).toInt();
    const auto get = [&](int i) { return client.getIndividual(ids[i % ids.size()]); };
    pump(200, 6, get, &failures); // warm up connections and caches
    bench::emit(
        "sandbox_get_individual", QStringLiteral("sequential"), "requests_per_s", pump(n, 1, get, &failures));
    bench::emit(
        "sandbox_get_individual", QStringLiteral("g2p"), "requests_per_s", pump(n, 6, get, &failures));

    // Each batch enrols 1000 registrants in the Cash Transfer Program as drafts (individuals and
    // groups alike: the wrong kind is a per-item error, which costs the server the same checks).
    const int b = p.value(batches).toInt();
    int offset = 0;
    const auto batch = [&](int) {
        BatchEnrollRequest req;
        req.programId = 1;
        req.state = MembershipState::Draft;
        for (int k = 0; k < 1000; ++k) {
            BatchEnrollItem item;
            item.registrantId = 1 + (offset++ % (individuals + individuals / 4));
            req.items.append(item);
        }
        return client.batchEnroll(req);
    };
    bench::emit("sandbox_batch_enroll_1000", QStringLiteral("sequential"), "requests_per_s",
        pump(b, 1, batch, &failures));
    bench::emit(
        "sandbox_batch_enroll_1000", QStringLiteral("g2p"), "requests_per_s", pump(b, 6, batch, &failures));
    server.terminate();
    server.waitForFinished(5000);
    if (failures)
        std::fprintf(stderr, "%d requests failed\n", failures);
    return failures ? 1 : 0;
}
