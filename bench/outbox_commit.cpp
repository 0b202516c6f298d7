// outbox_commit: changes written durably to the outbox, one transaction each, synchronous=FULL
// (what survives a power cut). "g2p" is the Outbox (WAL + FULL); "rollback_journal" is SQLite's
// default journal with FULL, the usual baseline, in the same run and folder.
//
//   outbox_commit [--count N] [--dir DIR]
#include "benchutil.h"
#include "outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace g2p;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption count(
        QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QString(), QStringLiteral("DIR"));
    p.addOptions({count, dir});
    p.process(app);
    const int n = p.value(count).toInt();
    QTemporaryDir tmp(p.isSet(dir) ? p.value(dir) + QStringLiteral("/outbox-XXXXXX") : QString());
    const QJsonObject payload {{QStringLiteral("state"), QStringLiteral("exited")},
        {QStringLiteral("exit_reason"), QStringLiteral("Graduated")},
        {QStringLiteral("write_date"), QStringLiteral("2026-11-28T09:12:44.123456")}};

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(tmp.filePath(QStringLiteral("baseline.sqlite")));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral(
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY, kind TEXT, payload BLOB, registrant_id INTEGER)"));
        q.prepare(QStringLiteral("INSERT INTO outbox (kind, payload, registrant_id) VALUES (?, ?, ?)"));
        const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i) {
            q.addBindValue(QStringLiteral("patch_membership"));
            q.addBindValue(body);
            q.addBindValue(i);
            q.exec();
        }
        bench::emit("outbox_commit", QStringLiteral("rollback_journal"), "commits_per_s",
            n / (t.nsecsElapsed() / 1e9));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));

    Outbox outbox;
    if (!outbox.open(tmp.filePath(QStringLiteral("outbox.sqlite")))) {
        std::fprintf(stderr, "%s\n", qPrintable(outbox.error()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        if (!outbox.enqueue(QStringLiteral("patch_membership"), payload, i))
            return 1;
    bench::emit("outbox_commit", QStringLiteral("g2p"), "commits_per_s", n / (t.nsecsElapsed() / 1e9));
    return 0;
}
