// g2p-sandbox: the reference server of the registry contract, for tests, demos and benchmarks.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace g2p::sandbox;

static bool parseUser(const QString &spec, QHash<QString, UserAccount> &users)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty()
        || (parts.size() == 3 && parts[2] != QLatin1String("ro")))
        return false;
    users.insert(parts[0], UserAccount {parts[1], parts.size() == 3});
    return true;
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Each answer is built in buffers of megabytes (a page of a thousand households is 3.4 MB of
    // JSON) and freed once sent. Left to glibc, buffers that large are mapped and unmapped for each
    // answer, or the heap is trimmed after it, and every page of the next one faults in again:
    // a sixth of the sandbox's time while a client read a million registrants (56 s, not 66, with
    // these). A sandbox keeps the memory of its largest answers for the next ones.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("g2p-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(G2P_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Reference server of the OpenG2P registry contract (upstream "
                                               "and extension endpoints) and of Odoo 17's\n"
                                               "external API (/jsonrpc) over the same database.\n"
                                               "Prints its base URL on the first line of standard output."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port({QStringLiteral("port")}, QStringLiteral("TCP port (0 picks a free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption host({QStringLiteral("host")},
        QStringLiteral("Address to bind (default 127.0.0.1)."), QStringLiteral("ADDR"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption db(
        {QStringLiteral("db")}, QStringLiteral("SQLite file (default: in memory)."), QStringLiteral("FILE"));
    const QCommandLineOption seed({QStringLiteral("seed")},
        QStringLiteral("Seed an empty database with N demo individuals."), QStringLiteral("N"));
    const QCommandLineOption seedValue({QStringLiteral("seed-value")},
        QStringLiteral("Random seed of the demo data (default 42)."), QStringLiteral("S"),
        QStringLiteral("42"));
    const QCommandLineOption user({QStringLiteral("user")},
        QStringLiteral("A user NAME:PASSWORD[:ro] (repeatable; ro users get 403 on every write). "
                       "Default: demo:demo and viewer:viewer:ro."),
        QStringLiteral("SPEC"));
    const QCommandLineOption usersFile({QStringLiteral("users-file")},
        QStringLiteral("File with one NAME:PASSWORD[:ro] per line."), QStringLiteral("FILE"));
    const QCommandLineOption upstream({QStringLiteral("upstream-only")},
        QStringLiteral("Serve only the upstream endpoints, as a stock server does."));
    const QCommandLineOption latency({QStringLiteral("latency-ms")},
        QStringLiteral("Delay every answer by N ms (without blocking others)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption failRate({QStringLiteral("fail-rate")},
        QStringLiteral("Fail this share of requests (0..1): 503s and dropped connections."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption failSeed({QStringLiteral("fail-seed")},
        QStringLiteral("Random seed of --fail-rate (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption failPath({QStringLiteral("fail-path")},
        QStringLiteral("Answer 503 to every request whose path contains TEXT (a fault for tests)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption sessionLifetime({QStringLiteral("session-lifetime")},
        QStringLiteral(
            "Odoo sessions (/session/auth/login) expire after N seconds (default a week, as Odoo)."),
        QStringLiteral("N"), QString::number(7 * 24 * 3600));
    const QCommandLineOption maxBody({QStringLiteral("max-body-bytes")},
        QStringLiteral("Answer 413 to request bodies larger than N bytes (default 16 MiB)."),
        QStringLiteral("N"), QString::number(16 * 1024 * 1024));
    const QCommandLineOption tlsCert({QStringLiteral("tls-cert")},
        QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey({QStringLiteral("tls-key")},
        QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption odooDb({QStringLiteral("odoo-db")},
        QStringLiteral("Database name of the Odoo face (/jsonrpc; default openg2p)."), QStringLiteral("NAME"),
        QStringLiteral("openg2p"));
    const QCommandLineOption apiKey({QStringLiteral("api-key")},
        QStringLiteral(
            "Give user LOGIN an Odoo API key KEY (repeatable): it works wherever the password does on "
            "/jsonrpc, never for a web session."),
        QStringLiteral("LOGIN:KEY"));
    const QCommandLineOption odooAdmin({QStringLiteral("odoo-admin")},
        QStringLiteral("Make LOGIN an OpenG2P administrator on the Odoo face (the only role that may delete "
                       "memberships; repeatable)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption apiV2({QStringLiteral("api-v2")},
        QStringLiteral(
            "Also speak OpenSPP2's API v2 under /api/v2/spp (OAuth2 client credentials: client id = a "
            "--user name, secret = its password; read-only users get read scopes only)."));
    const QCommandLineOption tokenRate({QStringLiteral("token-rate")},
        QStringLiteral("API v2 token requests allowed per client address (default 5:50, as OpenSPP2)."),
        QStringLiteral("PER_MINUTE:PER_DAY"), QStringLiteral("5:50"));
    const QCommandLineOption tokenLifetime({QStringLiteral("token-lifetime")},
        QStringLiteral("API v2 access tokens expire after N seconds (default 86400, as OpenSPP2)."),
        QStringLiteral("N"), QStringLiteral("86400"));
    const QCommandLineOption apiV2Older({QStringLiteral("api-v2-older")},
        QStringLiteral("API v2 as spp_api_v2_programs 19.0.1.0.0 answers it: every If-Match refused (409), "
                       "?program= ignored."));
    for (const auto &o : {port, host, db, seed, seedValue, user, usersFile, upstream, latency, failRate,
             failSeed, failPath, sessionLifetime, maxBody, tlsCert, tlsKey, odooDb, apiKey, odooAdmin, apiV2,
             tokenRate, tokenLifetime, apiV2Older})
        p.addOption(o);
    p.process(app);

    QTextStream err(stderr);
    const auto usage = [&](const QString &msg) {
        err << "g2p-sandbox: " << msg << "\n";
        return 2;
    };
    SandboxOptions o;
    bool ok = true;
    o.port = quint16(p.value(port).toUInt(&ok));
    if (!ok)
        return usage(QStringLiteral("--port needs a number"));
    if (!o.host.setAddress(p.value(host)))
        return usage(QStringLiteral("--host needs an IP address"));
    o.dbPath = p.value(db);
    if (p.isSet(seed)) {
        o.seedIndividuals = p.value(seed).toLongLong(&ok);
        if (!ok || o.seedIndividuals < 0)
            return usage(QStringLiteral("--seed needs a number of individuals"));
    }
    o.seed = p.value(seedValue).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed-value needs a number"));
    for (const QString &spec : p.values(user))
        if (!parseUser(spec, o.users))
            return usage(QStringLiteral("--user expects NAME:PASSWORD[:ro], got %1").arg(spec));
    if (p.isSet(usersFile)) {
        QFile f(p.value(usersFile));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return usage(QStringLiteral("cannot read %1").arg(f.fileName()));
        int line = 0;
        while (!f.atEnd()) {
            ++line;
            const QString l = QString::fromUtf8(f.readLine()).trimmed();
            if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
                continue;
            if (!parseUser(l, o.users))
                return usage(
                    QStringLiteral("%1 line %2: expected NAME:PASSWORD[:ro]").arg(f.fileName()).arg(line));
        }
    }
    o.upstreamOnly = p.isSet(upstream);
    o.latencyMs = p.value(latency).toInt(&ok);
    if (!ok || o.latencyMs < 0)
        return usage(QStringLiteral("--latency-ms needs a number of milliseconds"));
    o.failRate = p.value(failRate).toDouble(&ok);
    if (!ok || o.failRate < 0 || o.failRate > 1)
        return usage(QStringLiteral("--fail-rate needs a share between 0 and 1"));
    o.failPath = p.value(failPath);
    o.sessionLifetimeSeconds = p.value(sessionLifetime).toInt(&ok);
    if (!ok || o.sessionLifetimeSeconds < 1)
        return usage(QStringLiteral("--session-lifetime needs a number of seconds"));
    o.maxBodyBytes = p.value(maxBody).toLongLong(&ok);
    if (!ok || o.maxBodyBytes < 1024)
        return usage(QStringLiteral("--max-body-bytes needs a number of bytes (1024 at least)"));
    o.failSeed = p.value(failSeed).toULongLong(&ok);
    o.tlsCert = p.value(tlsCert);
    o.tlsKey = p.value(tlsKey);
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));

    o.odoo.database = p.value(odooDb);
    if (o.odoo.database.isEmpty())
        return usage(QStringLiteral("--odoo-db needs a name"));
    for (const QString &spec : p.values(apiKey)) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == spec.size() - 1)
            return usage(QStringLiteral("--api-key expects LOGIN:KEY"));
        o.odoo.apiKeys[spec.left(colon)].append(spec.mid(colon + 1));
    }
    o.odoo.admins = p.values(odooAdmin);
    o.spp2.enabled = p.isSet(apiV2);
    o.spp2.older = p.isSet(apiV2Older);
    const QStringList rate = p.value(tokenRate).split(QLatin1Char(':'));
    bool okDay = false;
    o.spp2.tokensPerMinute = rate.value(0).toInt(&ok);
    o.spp2.tokensPerDay = rate.value(1).toInt(&okDay);
    if (rate.size() != 2 || !ok || !okDay || o.spp2.tokensPerMinute < 1 || o.spp2.tokensPerDay < 1)
        return usage(QStringLiteral("--token-rate expects PER_MINUTE:PER_DAY"));
    o.spp2.tokenLifetimeSeconds = p.value(tokenLifetime).toInt(&ok);
    if (!ok || o.spp2.tokenLifetimeSeconds < 1)
        return usage(QStringLiteral("--token-lifetime needs a number of seconds"));
    o.spp2.log = [&err](const QString &line) {
        err << line << "\n";
        err.flush();
    };

    SandboxServer server(o);
    QString error;
    if (!server.start(&error, [&err](const QString &line) {
            err << line << "\n";
            err.flush();
        })) {
        err << "g2p-sandbox: " << error << "\n";
        return 1;
    }
    std::fprintf(stdout, "%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    err << "g2p-sandbox listening" << (o.upstreamOnly ? " (upstream-only)" : "")
        << (o.spp2.enabled ? " (API v2 at /api/v2/spp)" : "")
        << (o.latencyMs ? QStringLiteral(", latency %1 ms").arg(o.latencyMs) : QString())
        << (o.failRate > 0 ? QStringLiteral(", fail-rate %1").arg(o.failRate) : QString()) << "\n";
    err.flush();
    return app.exec();
}
