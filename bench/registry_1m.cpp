// registry_1m: a million registrants end to end, from a sandbox of N individuals (default 1,000,000,
// with its households and memberships) kept in an SQLite file so a second server can serve it.
//   sync_1m (seconds): an empty local copy filled through the REST contract's change lists, page by
//     page ("g2p"); baseline "unpaged_search": the same refresh from the same database served as an
//     older server without change lists (its GET /registrant fails), the whole registry in one search.
//   refresh_incremental_1m (seconds): the same copy after 1% of registrants and of memberships
//     changed ("g2p"); baseline "full_sync": the sync just measured.
//   startup_1m (first_rows_ms): g2p-desk process start → first rows painted, with the million in its
//     local copy, median of --runs whole-process runs ("g2p"); baseline "copy_1k": the same with a
//     copy of 1,000 registrants (another user's profile), so what the million adds shows.
//   memory_1m (rss_MB): g2p-desk's resident memory once it has read the whole list and is idle
//     ("g2p"; baseline "copy_1k").
//   ui_stall (max_ms, p99_ms): the event loop kept from running — this process's own while sync_1m
//     writes ("g2p_refresh_1m": the refresh's GUI-thread side is the same code as in g2p-desk), and
//     g2p-desk's GUI thread from start until it has read the million-row list ("g2p_startup_1m");
//     baseline "idle": the probe on an idle loop (this machine's timer noise). Then ui_stall (run
//     beside g2p-desk, on the same profile) drives the real window over the million: typing a name
//     into the search ("g2p_search"), importing a sheet of count/10 lines (100,000 at a million,
//     "g2p_import"), sending count/100 enrolments from the grid ("g2p_grid_send"); "g2p" is the
//     worst of the refresh and these three, the four situations.
//
//   registry_1m --sandbox PATH --desk PATH --ui-stall PATH [--count N] [--runs K] [--dir DIR] [--keep]
// --keep leaves the registry's file and the profiles behind (their folders are printed on stderr) to
// trace a start by hand: g2p-sandbox --db FILE, then g2p-desk with XDG_DATA_HOME/XDG_CONFIG_HOME set.
#include "backenddetector.h"
#include "benchutil.h"
#include "registrybench.h"
#include "stallprobe.h"
#include "storepaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace g2p;

namespace {
QUrl startServer(QProcess &server, const QString &path, const QString &db, const QStringList &more)
{
    return bench::startSandbox(server, path, QStringList {QStringLiteral("--db"), db} + more);
}

void stopServer(QProcess &server)
{
    server.kill(); // the sandbox this program started, by its process
    server.waitForFinished();
}

std::unique_ptr<RegistryBackend> connectTo(QNetworkAccessManager &nam, const QUrl &url, BackendKind kind)
{
    ClientConfig c;
    c.baseUrl = url;
    c.user = c.password = QStringLiteral("demo");
    c.timeoutMs = 1800000; // the unpaged search of a million
    c.backend = kind;
    c.database = QStringLiteral("openg2p");
    auto b = createBackend(&nam, c);
    return bench::signIn(*b) ? std::move(b) : nullptr;
}

// Opens a profile's local store as g2p-desk would and waits until it is open.
std::unique_ptr<LocalStore> openStore(const QUrl &url, const QString &user)
{
    auto store = std::make_unique<LocalStore>(cacheFilePath(url, user), outboxFilePath(url, user));
    QEventLoop loop;
    QObject::connect(store.get(), &LocalStore::opened, &loop, &QEventLoop::quit);
    if (!store->isOpen())
        loop.exec();
    return store;
}

// CPU time (user + system, clock ticks) a process has used so far; -1 when it is gone.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

qint64 rssBytes(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

struct DeskRun
{
    double firstRowsMs = -1;
    double rssMb = -1;
    QJsonObject stalls;
};

// One g2p-desk process: start → "first_rows_painted"; then, when asked, until it is idle (almost no
// CPU time used for 1.5 s: the list is read), its resident memory and its stall report.
DeskRun runDesk(
    const QString &desk, const QUrl &url, const QString &user, const QString &home, bool untilIdle)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("G2P_REPORT_FIRST_ROWS"), QStringLiteral("1"));
    env.insert(QStringLiteral("G2P_PASSWORD"), user);
    const QString stallFile = home + QStringLiteral("/stalls.json");
    QFile::remove(stallFile);
    env.insert(QStringLiteral("G2P_STALL_REPORT"), stallFile);
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    DeskRun run;
    QElapsedTimer t;
    t.start();
    // The list of individuals, as an officer opens it (the window opens on the start page).
    p.start(desk,
        {QStringLiteral("--server"), url.toString(), QStringLiteral("--user"), user,
            QStringLiteral("--section"), QStringLiteral("individuals")});
    while (p.state() != QProcess::NotRunning && t.elapsed() < 300000) {
        if (p.canReadLine() || p.waitForReadyRead(1000)) {
            if (p.readLine().trimmed() == "first_rows_painted") {
                run.firstRowsMs = double(t.elapsed());
                break;
            }
        }
    }
    if (run.firstRowsMs >= 0 && untilIdle) {
        // Idle: under 4% of a core (the stall probe's own ticks) for three half-seconds in a row.
        qint64 last = cpuTicks(p.processId());
        for (int still = 0; still < 3 && t.elapsed() < 600000 && p.state() == QProcess::Running;) {
            bench::waitMs(500);
            const qint64 now = cpuTicks(p.processId());
            still = now - last <= 2 ? still + 1 : 0;
            last = now;
        }
        run.rssMb = double(rssBytes(p.processId())) / (1024.0 * 1024.0);
        bench::waitMs(1200); // the stall report is written every second
        QFile f(stallFile);
        if (f.open(QIODevice::ReadOnly))
            run.stalls = QJsonDocument::fromJson(f.readAll()).object();
    }
    p.terminate(); // this run's own g2p-desk
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
    return run;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    // g2p-desk and this program find the profiles' local copies in the same private folders.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/registry_1m-XXXXXX"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption desk(QStringLiteral("desk"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption uiStall(QStringLiteral("ui-stall"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption count(
        QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runs(
        QStringLiteral("runs"), QString(), QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption dir(QStringLiteral("dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"));
    p.addOptions({sandbox, desk, uiStall, count, runs, dir, keep});
    p.process(app);
    QTemporaryDir data(p.isSet(dir) ? p.value(dir) + QStringLiteral("/registry_1m-XXXXXX") : QString());
    if (p.isSet(keep)) {
        home.setAutoRemove(false);
        data.setAutoRemove(false);
        std::fprintf(stderr, "kept: profiles in %s, registry in %s\n", qPrintable(home.path()),
            qPrintable(data.path()));
    }
    const QString db = data.filePath(QStringLiteral("registry.sqlite"));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);

    // The probe's noise floor on this machine: an idle loop for two seconds.
    StallProbe probe;
    probe.start();
    bench::waitMs(2000);
    bench::emit("ui_stall", QStringLiteral("idle"), "max_ms", probe.maxMs());
    bench::emit("ui_stall", QStringLiteral("idle"), "p99_ms", probe.percentileMs(99));
    probe.stop();

    // The registry, seeded once into its file (the first start takes minutes at a million).
    QProcess server;
    struct StopAtExit // whichever way this program ends, the sandbox it started ends too
    {
        QProcess &p;
        ~StopAtExit()
        {
            if (p.state() != QProcess::NotRunning)
                stopServer(p);
        }
    } stopAtExit {server};
    QUrl url = startServer(server, p.value(sandbox), db, {QStringLiteral("--seed"), p.value(count)});
    if (!url.isValid()) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }
    stopServer(server);

    // Baseline: the same database as an older server without change lists.
    double baselineS = -1;
    {
        QProcess older;
        const QUrl olderUrl = startServer(
            older, p.value(sandbox), db, {QStringLiteral("--fail-path"), QStringLiteral("/registrant")});
        auto b = connectTo(nam, olderUrl, BackendKind::Rest);
        if (b && !b->capabilities().changedSince) {
            auto store = openStore(olderUrl, QStringLiteral("demo"));
            CacheRefresh refresh(b.get(), store.get());
            QElapsedTimer t;
            t.start();
            if (bench::refreshOnce(refresh))
                baselineS = t.elapsed() / 1000.0;
        }
        stopServer(older);
    }

    // Ours: the change lists, with the stall probe on this thread.
    url = startServer(server, p.value(sandbox), db, {});
    auto backend = connectTo(nam, url, BackendKind::Rest);
    if (!backend)
        return 1;
    auto store = openStore(url, QStringLiteral("demo"));
    CacheRefresh refresh(backend.get(), store.get());
    QElapsedTimer t;
    t.start();
    probe.reset();
    probe.start();
    if (!bench::refreshOnce(refresh))
        return 1;
    const double syncS = t.elapsed() / 1000.0;
    probe.stop();
    bench::emit("sync_1m", QStringLiteral("g2p"), "seconds", syncS);
    bench::emit("sync_1m", QStringLiteral("unpaged_search"), "seconds", baselineS);
    bench::emit("sync_1m", QStringLiteral("g2p"), "registrants", double(refresh.registrantCount()));
    bench::emit("sync_1m", QStringLiteral("g2p"), "memberships", double(refresh.membershipCount()));
    bench::emit("ui_stall", QStringLiteral("g2p_refresh_1m"), "max_ms", probe.maxMs());
    bench::emit("ui_stall", QStringLiteral("g2p_refresh_1m"), "p99_ms", probe.percentileMs(99));
    std::fprintf(stderr, "  largest stall of the refresh: %.1f ms, ending %.1f s after its start\n",
        probe.maxMs(), probe.maxAtS());
    double worstMax = probe.maxMs(), worstP99 = probe.percentileMs(99);

    // 1% changed through the same server's Odoo face, then the same copy refreshed.
    {
        auto odoo = connectTo(nam, url, BackendKind::Odoo);
        if (!odoo || !bench::changeOnePercent(*qobject_cast<OdooBackend *>(odoo.get()))) {
            std::fprintf(stderr, "could not change 1%% on the server\n");
            return 1;
        }
        CacheRefresh again(backend.get(), store.get());
        t.restart();
        if (!bench::refreshOnce(again))
            return 1;
        bench::emit("refresh_incremental_1m", QStringLiteral("g2p"), "seconds", t.elapsed() / 1000.0);
        bench::emit("refresh_incremental_1m", QStringLiteral("full_sync"), "seconds", syncS);
        bench::emit("refresh_incremental_1m", QStringLiteral("g2p"), "registrants_read",
            double(again.registrantCount()));
        bench::emit("refresh_incremental_1m", QStringLiteral("g2p"), "memberships_read",
            double(again.membershipCount()));
    }

    // The baseline profile: another user's copy of the first 1,000 registrants, with the same
    // cursors (its refresh at start reads nothing new either).
    {
        const QString viewer = QStringLiteral("viewer");
        auto small = openStore(url, viewer);
        bool copied = false;
        QStringList names;
        for (const char *list : {"individuals", "groups", "memberships"})
            names << CacheRefresh::cursorName(backend.get(), list);
        store->run(
            store.get(),
            [names](StoreHandles &h) {
                QList<QPair<QString, QString>> cursors;
                for (const QString &name : names)
                    cursors << qMakePair(name, h.cache.syncCursor(name));
                return std::make_pair(h.cache.page(false, RegistrantCache::kBeforeFirst, 1000), cursors);
            },
            [&](const std::pair<QList<CachedRegistrant>, QList<QPair<QString, QString>>> &rows) {
                small->run(
                    small.get(),
                    [rows](StoreHandles &h) {
                        bool ok = h.cache.upsert(rows.first);
                        for (const auto &[name, cursor] : rows.second)
                            ok = ok && h.cache.setSyncCursor(name, cursor);
                        return ok;
                    },
                    [&](bool) { copied = true; });
            });
        while (!copied)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    store.reset(); // g2p-desk opens the profile itself
    backend.reset();

    const QString deskPath = p.value(desk);
    for (const auto &[impl, user] : {std::pair {QStringLiteral("g2p"), QStringLiteral("demo")},
             std::pair {QStringLiteral("copy_1k"), QStringLiteral("viewer")}}) {
        QList<double> firstRows;
        DeskRun last;
        const int k = qMax(1, p.value(runs).toInt());
        for (int i = 0; i < k; ++i) {
            last = runDesk(deskPath, url, user, home.path(), i == k - 1);
            if (last.firstRowsMs < 0) {
                std::fprintf(stderr, "g2p-desk painted no rows (%s)\n", qPrintable(user));
                return 1;
            }
            firstRows << last.firstRowsMs;
        }
        bench::emit("startup_1m", impl, "first_rows_ms", median(firstRows));
        bench::emit("memory_1m", impl, "rss_MB", last.rssMb);
        if (impl == QLatin1String("g2p")) {
            bench::emit("ui_stall", QStringLiteral("g2p_startup_1m"), "max_ms",
                last.stalls.value(QLatin1String("max_ms")).toDouble(-1));
            bench::emit("ui_stall", QStringLiteral("g2p_startup_1m"), "p99_ms",
                last.stalls.value(QLatin1String("p99_ms")).toDouble(-1));
        }
    }
    // The officer's three situations in the real window, on the million's profile.
    if (p.isSet(uiStall)) {
        const int n = p.value(count).toInt();
        QProcess ui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("G2P_PASSWORD"), QStringLiteral("demo"));
        ui.setProcessEnvironment(env);
        ui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        ui.start(p.value(uiStall),
            {QStringLiteral("--server"), url.toString(), QStringLiteral("--user"), QStringLiteral("demo"),
                QStringLiteral("--sheet-rows"), QString::number(qMax(1, n / 10)), QStringLiteral("--changes"),
                QString::number(qMax(1, n / 100))});
        int situations = 0;
        while (ui.state() != QProcess::NotRunning || ui.canReadLine()) {
            if (!ui.canReadLine() && !ui.waitForReadyRead(1000))
                continue;
            const QByteArray line = ui.readLine().trimmed();
            std::printf("%s\n", line.constData()); // ui_stall's own lines, as they come
            std::fflush(stdout);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString metric = o.value(QLatin1String("metric")).toString();
            if (metric == QLatin1String("max_ms")) {
                worstMax = qMax(worstMax, o.value(QLatin1String("value")).toDouble());
                ++situations;
            } else if (metric == QLatin1String("p99_ms")) {
                worstP99 = qMax(worstP99, o.value(QLatin1String("value")).toDouble());
            }
        }
        if (ui.exitStatus() != QProcess::NormalExit || ui.exitCode() != 0 || situations != 3) {
            std::fprintf(stderr, "ui_stall did not finish its three situations\n");
            return 1;
        }
        bench::emit("ui_stall", QStringLiteral("g2p"), "max_ms", worstMax);
        bench::emit("ui_stall", QStringLiteral("g2p"), "p99_ms", worstP99);
    }
    stopServer(server);
    return 0;
}
