// cache_refresh: filling a profile's local copy from a sandbox registry of N individuals (default
// 50,000, plus the demo households and memberships), through CacheRefresh — every registrant
// read, converted and written to SQLite with its FTS index on the store's thread, memberships page
// by page. Baseline in the same run: the same requests decoded without storing anything, so the
// difference is the cost of the local copy.
//   cache_refresh --sandbox PATH [--count N] [--dir DIR]
//   cache_refresh --server URL --refresh-only [--dir DIR]: only the fill of an empty copy, from a
//     sandbox already running on this machine (e.g. g2p-sandbox --db FILE of a million, seeded once).
// Metrics: registrants_per_s, total_ms, memberships (count). On a backend with change lists (Odoo),
// also refresh_incremental_ms (on the REST contract too, where the server has its change lists):
// 1% of the registrants and of the memberships are changed on the server,
// then the same local copy is refreshed again (baseline: the full refresh just measured).
// --backend odoo: the same against the sandbox's Odoo face (started --upstream-only, as a stock
// OpenG2P 17 server); the impl names then end in "_odoo". --backend spp2: against its OpenSPP2 API v2
// face (--api-v2; impl names end in "_spp2"), where a refresh reads individuals changed since the
// day before the last one (_lastUpdated has whole days) and groups and memberships whole; the 1%
// is changed through the sandbox's Odoo face, over the same database.
#include "backenddetector.h"
#include "benchutil.h"
#include "cacherefresh.h"
#include "odoobackend.h"
#include "registrybench.h"
#include "resttransport.h"
#include "stallprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>

using namespace g2p;
using g2p::bench::await;

namespace {
// Every page of a change list, decoded and dropped; the number of registrants.
template<class Fetch>
qint64 readAll(Fetch fetch)
{
    qint64 n = 0;
    ChangesQuery q;
    q.limit = CacheRefresh::registrantPage;
    for (;;) {
        auto page = await(fetch(q));
        if (!page->succeeded())
            return n;
        n += page->result().items.size();
        if (page->result().complete)
            return n;
        q.cursor = page->result().cursor;
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption count(
        QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption dir(
        QStringLiteral("dir"), QString(), QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption kind(
        QStringLiteral("backend"), QString(), QStringLiteral("rest|odoo|spp2"), QStringLiteral("rest"));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption refreshOnly(QStringLiteral("refresh-only"));
    p.addOptions({sandbox, count, dir, kind, server, refreshOnly});
    p.process(app);
    const bool odoo = p.value(kind) == QLatin1String("odoo");
    const bool spp2 = p.value(kind) == QLatin1String("spp2");
    const QString suffix = odoo ? QStringLiteral("_odoo") : spp2 ? QStringLiteral("_spp2") : QString();
    QProcess sandboxProcess;
    const QUrl given(p.value(server));
    if (p.isSet(server) && !isLoopbackHost(given.host())) { // load goes only to this machine
        std::fprintf(stderr, "--server must be on this machine (127.0.0.1 or ::1)\n");
        return 1;
    }
    const QUrl url = p.isSet(server)
        ? given
        : bench::startSandbox(sandboxProcess, p.value(sandbox),
            QStringList {QStringLiteral("--seed"), p.value(count)}
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
    ClientConfig c;
    c.baseUrl = url;
    c.user = c.password = QStringLiteral("demo");
    c.timeoutMs = 600000;
    c.backend = odoo ? BackendKind::Odoo : spp2 ? BackendKind::Spp2 : BackendKind::Rest;
    c.database = QStringLiteral("openg2p");
    const auto made = createBackend(&nam, c);
    RegistryBackend &backend = *made;
    if (!bench::signIn(backend))
        return 1;

    // Baseline: the same reads through the same backend, decoded, nothing stored.
    QElapsedTimer t;
    t.start();
    const bool baseline = !p.isSet(refreshOnly);
    qint64 registrants = 0, memberships = 0;
    if (baseline) {
        registrants += readAll([&](const ChangesQuery &q) { return backend.changedIndividuals(q); });
        registrants += readAll([&](ChangesQuery q) {
            q.withMembers = true;
            return backend.changedGroups(q);
        });
    }
    const int membershipPage = qMin(CacheRefresh::membershipPage, backend.capabilities().maxPageSize);
    for (int offset = 0; baseline;) {
        auto m = await(backend.memberships({}, membershipPage, offset));
        const bool more = m->succeeded() && m->result().hasMore() && !m->result().items.isEmpty();
        memberships += m->succeeded() ? m->result().items.size() : 0;
        offset += m->succeeded() ? int(m->result().items.size()) : 0;
        if (!more)
            break;
    }
    const double fetchMs = double(t.elapsed());
    if (baseline) {
        bench::emit("cache_refresh", QStringLiteral("fetch_only") + suffix, "registrants_per_s",
            registrants / (fetchMs / 1000.0));
        bench::emit("cache_refresh", QStringLiteral("fetch_only") + suffix, "total_ms", fetchMs);
    }

    // Ours: into a fresh local copy.
    QTemporaryDir tmp(p.value(dir) + QStringLiteral("/cache_refresh-XXXXXX"));
    LocalStore store(tmp.filePath(QStringLiteral("cache.sqlite")), QString());
    {
        QEventLoop loop;
        QObject::connect(&store, &LocalStore::opened, &loop, &QEventLoop::quit);
        loop.exec();
    }
    CacheRefresh refresh(&backend, &store);
    StallProbe probe; // this thread's event loop while the refresh runs (on stderr)
    probe.start();
    t.restart();
    if (!bench::refreshOnce(refresh))
        return 1;
    const double ms = double(t.elapsed());
    probe.stop();
    std::fprintf(stderr,
        "  this thread's stalls: largest %.1f ms (ending %.1f s after the start), p99 %.1f ms\n",
        probe.maxMs(), probe.maxAtS(), probe.percentileMs(99));
    bench::emit("cache_refresh", QStringLiteral("g2p_refresh") + suffix, "registrants_per_s",
        double(refresh.registrantCount()) / (ms / 1000.0));
    bench::emit("cache_refresh", QStringLiteral("g2p_refresh") + suffix, "total_ms", ms);
    bench::emit("cache_refresh", QStringLiteral("g2p_refresh") + suffix, "memberships",
        double(refresh.membershipCount()));

    // Where the changes are made: the backend itself on Odoo; the sandbox's Odoo face beside API v2
    // and the REST contract (when the server lists changes: otherwise there is nothing incremental).
    auto *o = qobject_cast<OdooBackend *>(&backend);
    std::unique_ptr<RegistryBackend> odooFace;
    if (spp2 || (!odoo && backend.capabilities().changedSince)) {
        ClientConfig oc = c;
        oc.backend = BackendKind::Odoo;
        odooFace = createBackend(&nam, oc);
        if (auto in = await(odooFace->signIn()); !in->succeeded()) {
            std::fprintf(stderr, "sign-in to the Odoo face failed: %s\n", qPrintable(in->error().toString()));
            return 1;
        }
        o = qobject_cast<OdooBackend *>(odooFace.get());
    }
    if (o && baseline) {
        if (!bench::changeOnePercent(*o)) {
            std::fprintf(stderr, "could not change 1%% on the server\n");
            return 1;
        }
        CacheRefresh again(&backend, &store);
        t.restart();
        if (!bench::refreshOnce(again))
            return 1;
        bench::emit("refresh_incremental_ms", QStringLiteral("g2p") + suffix, "ms", double(t.elapsed()));
        bench::emit("refresh_incremental_ms", QStringLiteral("full_refresh") + suffix, "ms", ms);
        bench::emit("refresh_incremental_ms", QStringLiteral("g2p") + suffix, "registrants_read",
            double(again.registrantCount()));
    }
    sandboxProcess.kill(); // the sandbox this program started (none with --server)
    sandboxProcess.waitForFinished();
    return 0;
}
