// cache_refresh: filling a profile's local copy from a sandbox registry of N individuals (default
// 50,000, plus the demo households and memberships), through CacheRefresh — every registrant
// read, converted and written to SQLite with its FTS index on the store's thread, memberships page
// by page. Baseline in the same run: the same requests decoded without storing anything, so the
// difference is the cost of the local copy.
//   cache_refresh --sandbox PATH [--count N] [--dir DIR]
// Metrics: registrants_per_s, total_ms, memberships (count).
#include "apiclient.h"
#include "benchutil.h"
#include "cacherefresh.h"
#include "restcontractbackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>

using namespace g2p;

namespace {
template<class J>
void await(J *job)
{
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
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
    p.addOptions({sandbox, count, dir});
    p.process(app);
    QProcess server;
    const QUrl url
        = bench::startSandbox(server, p.value(sandbox), {QStringLiteral("--seed"), p.value(count)});
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
    ApiClient client(&nam, c);
    await(client.detectCapabilities());
    RestContractBackend backend(&client);

    // Baseline: the same reads, decoded, nothing stored.
    QElapsedTimer t;
    t.start();
    qint64 registrants = 0, memberships = 0;
    {
        auto *i = client.searchIndividuals(std::nullopt, QString());
        i->setAutoDelete(false);
        await(i);
        registrants += i->succeeded() ? i->result().size() : 0;
        delete i;
        auto *g = client.searchGroups(std::nullopt, QString(), true);
        g->setAutoDelete(false);
        await(g);
        registrants += g->succeeded() ? g->result().size() : 0;
        delete g;
        for (int offset = 0;; offset += CacheRefresh::membershipPage) {
            auto *m = client.listMemberships({}, CacheRefresh::membershipPage, offset);
            m->setAutoDelete(false);
            await(m);
            const bool more = m->succeeded() && m->result().hasMore() && !m->result().items.isEmpty();
            memberships += m->succeeded() ? m->result().items.size() : 0;
            delete m;
            if (!more)
                break;
        }
    }
    const double fetchMs = double(t.elapsed());
    bench::emit(
        "cache_refresh", QStringLiteral("fetch_only"), "registrants_per_s", registrants / (fetchMs / 1000.0));
    bench::emit("cache_refresh", QStringLiteral("fetch_only"), "total_ms", fetchMs);

    // Ours: into a fresh local copy.
    QTemporaryDir tmp(p.value(dir) + QStringLiteral("/cache_refresh-XXXXXX"));
    LocalStore store(tmp.filePath(QStringLiteral("cache.sqlite")), QString());
    {
        QEventLoop loop;
        QObject::connect(&store, &LocalStore::opened, &loop, &QEventLoop::quit);
        loop.exec();
    }
    CacheRefresh refresh(&backend, &store);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&refresh, &CacheRefresh::finished, &loop, [&](bool done, const QString &message) {
        ok = done;
        std::fprintf(stderr, "%s\n", qPrintable(message));
        loop.quit();
    });
    t.restart();
    refresh.start();
    loop.exec();
    const double ms = double(t.elapsed());
    if (!ok)
        return 1;
    bench::emit("cache_refresh", QStringLiteral("g2p_refresh"), "registrants_per_s",
        double(refresh.registrantCount()) / (ms / 1000.0));
    bench::emit("cache_refresh", QStringLiteral("g2p_refresh"), "total_ms", ms);
    bench::emit(
        "cache_refresh", QStringLiteral("g2p_refresh"), "memberships", double(refresh.membershipCount()));
    server.kill();
    server.waitForFinished();
    return 0;
}
