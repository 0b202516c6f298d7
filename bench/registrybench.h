// Helpers of the benchmarks that drive a registry through the backends: waiting for a call, the
// Odoo face of a sandbox, 1% of the registry changed as other officers' work would, and a whole
// CacheRefresh run.
#pragma once

#include "cacherefresh.h"
#include "odoobackend.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <memory>

namespace g2p::bench {

// Waits for a call and keeps it for reading (calls delete themselves otherwise).
template<class J>
std::unique_ptr<J> await(J *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &PendingCall::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    return std::unique_ptr<J>(job);
}

// Signs in; says why on stderr when it cannot.
inline bool signIn(RegistryBackend &backend)
{
    auto in = await(backend.signIn());
    if (!in->succeeded())
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(in->error().toString()));
    return in->succeeded();
}

// 1% of the registrants get a new e-mail address and 1% of the enrolled memberships are paused,
// through Odoo's external API (the lowest ids: one write each).
inline bool changeOnePercent(OdooBackend &o)
{
    const auto change = [&](const QString &model, const QJsonArray &filter, const QJsonObject &vals) {
        QJsonArray domain; // the positional argument: the domain, wrapped (not copied)
        domain.append(filter);
        QJsonArray everything; // 1% of all the model's rows, taken among those the filter picks
        everything.append(QJsonArray {});
        const qint64 total = await(
            o.execute(model, QStringLiteral("search_count"), everything, {}, true, QStringLiteral("count")))
                                 ->result()
                                 .toInteger();
        auto ids = await(o.execute(model, QStringLiteral("search"), domain,
            {{QStringLiteral("limit"), qMax<qint64>(1, total / 100)},
                {QStringLiteral("order"), QStringLiteral("id asc")}},
            true, QStringLiteral("ids")));
        return await(o.execute(model, QStringLiteral("write"), QJsonArray {ids->result(), vals}, {}, false,
                         QStringLiteral("change")))
            ->succeeded();
    };
    return change(QStringLiteral("res.partner"),
               QJsonArray {QJsonArray {QStringLiteral("is_registrant"), QStringLiteral("="), true}},
               {{QStringLiteral("email"), QStringLiteral("changed@example.org")}})
        && change(QStringLiteral("g2p.program_membership"),
            QJsonArray {
                QJsonArray {QStringLiteral("state"), QStringLiteral("="), QStringLiteral("enrolled")}},
            {{QStringLiteral("state"), QStringLiteral("paused")}});
}

// Runs one refresh of `store` to its end; its message goes to stderr. False when it failed.
inline bool refreshOnce(CacheRefresh &refresh)
{
    QEventLoop loop;
    bool ok = false;
    // Each stage's first progress, with the time since start (where a refresh spends its time).
    QElapsedTimer clock;
    clock.start();
    QSet<QString> seen;
    QObject::connect(&refresh, &CacheRefresh::progress, &loop, [&](const QString &stage, qint64, qint64) {
        if (!seen.contains(stage)) {
            seen.insert(stage);
            std::fprintf(stderr, "  %6.1f s  %s\n", double(clock.elapsed()) / 1000.0, qPrintable(stage));
        }
    });
    QObject::connect(&refresh, &CacheRefresh::finished, &loop, [&](bool done, const QString &message) {
        ok = done;
        std::fprintf(stderr, "%s\n", qPrintable(message));
        loop.quit();
    });
    refresh.start();
    loop.exec();
    return ok;
}

} // namespace g2p::bench
