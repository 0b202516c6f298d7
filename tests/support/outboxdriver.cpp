// The crash test's child: enrols the registrants listed in a file in one program and exits each
// of them again, every change through the outbox (OutboxSync, exactly as G2P Desk sends). On its
// first run it queues the whole plan in one transaction; on later runs (after being killed) it
// resumes what the outbox holds. It exits 0 when nothing waits in the outbox.
//   outbox_driver URL OUTBOX.sqlite PROGRAM_ID IDS.txt EXIT_DATE [rest|odoo|spp2]
// On API v2 (spp2) the program and the registrants are given by their keys (recordkey.h), one a line.
#include "backenddetector.h"
#include "localstore.h"
#include "outboxsync.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

#include <cstdio>

using namespace g2p;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 6 && a.size() != 7) {
        std::fprintf(
            stderr, "usage: outbox_driver URL OUTBOX PROGRAM_ID IDS_FILE EXIT_DATE [rest|odoo|spp2]\n");
        return 2;
    }
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ClientConfig config;
    config.baseUrl = QUrl(a[1]);
    config.user = config.password = QStringLiteral("demo");
    config.retry.baseDelayMs = 20;
    config.timeoutMs = 10000;
    config.backend = backendKindFromName(a.value(6)).value_or(BackendKind::Rest);
    if (config.backend == BackendKind::Auto)
        config.backend = BackendKind::Rest;
    config.database = QStringLiteral("openg2p");
    const auto backend = createBackend(&nam, config);
    LocalStore store(QString(), a[2]);
    OutboxSync sync(backend.get(), &store);
    sync.setRetryDelay(100);
    const bool keyed = config.backend == BackendKind::Spp2;
    const QString programKey = keyed ? a[3] : QString();
    const qint64 program = keyed ? localIdOf(RecordKind::Program, programKey) : a[3].toLongLong();
    const QDate exitDate = QDate::fromString(a[5], Qt::ISODate);
    QFile ids(a[4]);
    if (!ids.open(QIODevice::ReadOnly))
        return 2;
    QList<RecordRef> registrants;
    for (const QByteArray &line : ids.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line.trimmed());
        if (text.isEmpty())
            continue;
        registrants << (keyed ? RecordRef(localIdOf(RecordKind::Registrant, text), text)
                              : RecordRef(text.toLongLong()));
    }

    const auto finishWhenEmpty = [&] {
        store.run(
            &app,
            [](StoreHandles &h) {
                return h.outbox.count(OutboxItem::State::Pending)
                    + h.outbox.count(OutboxItem::State::Sending);
            },
            [&](int left) {
                if (left == 0 && sync.queuedCount() == 0)
                    app.exit(0);
            });
    };
    QObject::connect(&sync, &OutboxSync::idle, &app, finishWhenEmpty);
    QObject::connect(&sync, &OutboxSync::itemFinished, &app, [](const OutboxOutcome &o) {
        std::printf("finished %lld\n", qlonglong(o.id)); // the test kills after a random count of these
        std::fflush(stdout);
        if (o.state != OutboxItem::State::Confirmed)
            std::fprintf(stderr, "item %lld: %s: %s\n", qlonglong(o.id), qPrintable(outboxStateName(o.state)),
                qPrintable(o.message));
    });
    QObject::connect(&store, &LocalStore::opened, &app, [&](const StoreOpenReport &r) {
        if (!r.outboxOk) {
            std::fprintf(stderr, "outbox: %s\n", qPrintable(r.outboxError));
            app.exit(3);
            return;
        }
        store.run(
            &app, [](StoreHandles &h) { return h.outbox.items().size(); },
            [&](qsizetype existing) {
                if (existing > 0) {
                    sync.resume(); // killed before: go on from the outbox
                    return;
                }
                QList<OutboxDraft> plan;
                for (const RecordRef &who : std::as_const(registrants)) {
                    EnrollChange e;
                    e.programId = program;
                    e.programKey = programKey;
                    e.registrantId = who.id;
                    e.registrantKey = who.key;
                    e.date = exitDate.addDays(-10);
                    plan << toDraft(e);
                    MembershipChange x;
                    x.registrantId = who.id;
                    x.registrantKey = who.key;
                    x.programId = program;
                    x.programKey = programKey;
                    x.update.state = MembershipState::Exited;
                    x.update.exitDate = exitDate;
                    x.update.exitReason = QStringLiteral("Crash test");
                    plan << toDraft(x);
                }
                sync.submit(plan, &app, [&](const QList<qint64> &queued) {
                    if (queued.isEmpty())
                        app.exit(3);
                    else
                        std::printf("queued %lld\n", qlonglong(queued.size()));
                    std::fflush(stdout);
                });
            });
    });
    // A periodic look: a run that went offline and came back ends when the outbox is empty.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, finishWhenEmpty);
    poll.start(1000);
    return app.exec();
}
