// The local SQLite files: schema migrations applied once and in order, damaged or foreign files
// set aside and recreated (the outbox lives in its own file, so a damaged cache never costs a
// queued change), and the outbox's states surviving a reopen.
#include "localstore.h"
#include "membershipcache.h"
#include "outbox.h"
#include "profiledata.h"
#include "registrantcache.h"
#include "sqlitefile.h"
#include "storepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace g2p;

class TstStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Another connection to `path` (as another program, or another thread of this one, would
    // have), named `name`; not yet open.
    static QSqlDatabase otherConnection(const QString &name, const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        return db;
    }

    SqliteSchema twoStepSchema() const
    {
        SqliteSchema s;
        s.applicationId = 0x12345678;
        s.migrations = {{QStringLiteral("CREATE TABLE t (a INTEGER)")},
            {QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT"),
                QStringLiteral("INSERT INTO t VALUES (1, 'x')")}};
        return s;
    }

private Q_SLOTS:
    void migrationsRunOnceInOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("m.sqlite"));
        SqliteSchema one = twoStepSchema();
        one.migrations.removeLast();
        {
            SqliteFile f;
            QVERIFY2(f.open(path, one, Durability::Normal), qPrintable(f.error()));
            QCOMPARE(f.schemaVersion(), 1);
        }
        for (int i = 0; i < 2; ++i) { // the second open finds nothing to do
            SqliteFile f;
            QVERIFY2(f.open(path, twoStepSchema(), Durability::Normal), qPrintable(f.error()));
            QCOMPARE(f.schemaVersion(), 2);
            QVERIFY(f.setAsidePath().isEmpty());
            QSqlQuery q(f.database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(b) FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toString(), QStringLiteral("x"));
        }
    }

    void aFailingMigrationChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad-migration.sqlite"));
        SqliteSchema s = twoStepSchema();
        s.migrations[1].append(QStringLiteral("THIS IS NOT SQL"));
        SqliteFile f;
        QVERIFY(!f.open(path, s, Durability::Normal));
        QVERIFY(f.error().contains(QStringLiteral("migration 2")));
        QCOMPARE(f.schemaVersion(), 1); // the first step stays, the second rolled back whole
        QSqlQuery q(f.database());
        QVERIFY(!q.exec(QStringLiteral("SELECT b FROM t")));
    }

    void damagedAndForeignFilesAreSetAside()
    {
        // Not SQLite at all.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(8192, 'x'));
        g.close();
        SqliteFile f;
        QVERIFY2(f.open(garbage, twoStepSchema(), Durability::Normal), qPrintable(f.error()));
        QVERIFY(!f.setAsidePath().isEmpty());
        QVERIFY(QFile::exists(f.setAsidePath()));
        QCOMPARE(f.schemaVersion(), 2);
        f.close();

        // Another program's database.
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            SqliteSchema other;
            other.applicationId = 42;
            other.migrations = {{QStringLiteral("CREATE TABLE theirs (x)")}};
            SqliteFile o;
            QVERIFY(o.open(foreign, other, Durability::Normal));
        }
        SqliteFile mine;
        QVERIFY(mine.open(foreign, twoStepSchema(), Durability::Normal));
        QVERIFY(!mine.setAsidePath().isEmpty());
        QVERIFY(!mine.database().tables().contains(QStringLiteral("theirs")));
    }

    void outboxItemsMoveThroughTheirStatesAndSurviveReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        qint64 a = 0, b = 0, c = 0;
        {
            Outbox o;
            QVERIFY2(o.open(path), qPrintable(o.error()));
            a = o.enqueue(QStringLiteral("patch_membership"),
                {{QStringLiteral("state"), QStringLiteral("paused")}}, 71);
            b = o.enqueue(QStringLiteral("batch_enroll"), {{QStringLiteral("program_id"), 1}}, 72);
            c = o.enqueue(QStringLiteral("patch_membership"),
                {{QStringLiteral("state"), QStringLiteral("exited")}}, 73);
            QVERIFY(a && b && c);
            QVERIFY2(o.markSending(a), qPrintable(o.error()));
            QVERIFY(o.markSending(b));
            QVERIFY(o.markConfirmed(b, {{QStringLiteral("id"), 9}}));
            QVERIFY(o.markSending(c));
            QVERIFY(o.markConflict(c, QStringLiteral("changed since read"),
                {{QStringLiteral("state"), QStringLiteral("exited")}}));
            QVERIFY(!o.markFailed(999, QStringLiteral("x")));
        } // as if the app stopped here, with `a` on its way
        Outbox o;
        QVERIFY(o.open(path));
        QVERIFY(o.setAsidePath().isEmpty());
        const auto unknown = o.unknownOutcome();
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().id, a);
        QCOMPARE(unknown.first().attempts, 1);
        QCOMPARE(unknown.first().registrantId, 71);
        QCOMPARE(unknown.first().payload.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(o.item(b)->state, OutboxItem::State::Confirmed);
        QCOMPARE(o.item(b)->serverVersion.value(QStringLiteral("id")).toInt(), 9);
        QCOMPARE(o.item(c)->message, QStringLiteral("changed since read"));
        QVERIFY(!o.discard(a)); // its outcome is unknown: check it first
        QVERIFY(o.retry(c));
        QCOMPARE(o.count(OutboxItem::State::Pending), 1);
        QVERIFY(o.discard(c));
        QCOMPARE(o.item(c)->state, OutboxItem::State::Discarded);
        QVERIFY(!o.retry(b));
        // What the outbox view asks for: by state, the newest first cut, oldest first shown.
        QCOMPARE(o.itemsIn({OutboxItem::State::Confirmed}, 10).size(), 1);
        QCOMPARE(o.itemsIn({OutboxItem::State::Sending, OutboxItem::State::Discarded}, 10).size(), 2);
        const QList<OutboxItem> newest = o.itemsIn({}, 2);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.first().id, b);
        QCOMPARE(newest.last().id, c);
    }

    // Two programs on one outbox (two connections, as G2P Desk and g2p-desk-cli have): every
    // transition happens only from the state its caller saw, so a change the other program
    // discarded or settled is never claimed for sending, nor settled a second time.
    void transitionsHappenOnlyFromTheStateTheCallerSaw()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-programs.sqlite"));
        Outbox desktop, cli;
        QVERIFY(desktop.open(path));
        QVERIFY(cli.open(path));
        const qint64 a = desktop.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 1}}, 71);
        const qint64 b = desktop.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 1}}, 72);
        QVERIFY(a && b);
        QVERIFY(cli.discard(a)); // the desktop still believes `a` is pending
        QVERIFY(!desktop.markSending(a));
        QVERIFY(desktop.wasStale());
        QVERIFY2(desktop.error().contains(QStringLiteral("discarded")), qPrintable(desktop.error()));
        QCOMPARE(desktop.item(a)->state, OutboxItem::State::Discarded);
        QCOMPARE(desktop.item(a)->attempts, 0);
        // The CLI sent and confirmed `b` meanwhile: the desktop can neither send nor settle it.
        QVERIFY(cli.markSending(b));
        QVERIFY(cli.markConfirmed(b, {{QStringLiteral("id"), 5}}));
        QVERIFY(!desktop.markSending(b));
        QVERIFY(desktop.wasStale());
        QVERIFY(!desktop.markFailed(b, QStringLiteral("late"), OutboxItem::State::Sending));
        QVERIFY(desktop.wasStale());
        QCOMPARE(desktop.item(b)->state, OutboxItem::State::Confirmed);
        QVERIFY(desktop.item(b)->message.isEmpty());
        // Discard and retry are single conditional statements: only one of two programs wins.
        const qint64 c = desktop.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 1}}, 73);
        QVERIFY(desktop.markSending(c));
        QVERIFY(desktop.markFailed(c, QStringLiteral("refused")));
        QVERIFY(cli.retry(c));
        QVERIFY(!desktop.retry(c));
        QVERIFY(desktop.wasStale());
        QVERIFY(desktop.discard(c));
        QVERIFY(!cli.discard(c));
        QVERIFY(cli.wasStale());
        // An item on its way cannot be discarded, and says why.
        const qint64 d = desktop.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 1}}, 74);
        QVERIFY(desktop.markSending(d));
        QVERIFY(!cli.discard(d));
        QVERIFY2(cli.error().contains(QStringLiteral("unknown outcome")), qPrintable(cli.error()));
        QVERIFY(!desktop.markSending(999));
        QVERIFY(!desktop.wasStale()); // no such item: not "stale"
    }

    static QStringList damagedCopies(const QString &path)
    {
        const QFileInfo fi(path);
        return fi.dir().entryList({fi.fileName() + QStringLiteral(".damaged-*")}, QDir::Files);
    }

    static QList<qint64> fillOutbox(const QString &path, int n)
    {
        Outbox o;
        if (!o.open(path))
            return {};
        QList<qint64> ids;
        for (int i = 0; i < n; ++i)
            ids << o.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 1}}, 100 + i);
        return ids;
    }

    // A busy outbox (another program holds a write lock) is not damaged: it is kept as it is, the
    // error says what is wrong, and it opens with every change once the lock is gone.
    void aBusyOutboxIsKeptNotSetAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy/outbox.sqlite"));
        QCOMPARE(fillOutbox(path, 3).size(), 3);
        {
            QSqlDatabase other = otherConnection(QStringLiteral("locker"), path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET attempts = attempts")));
            SqliteFile f;
            f.setBusyTimeout(100);
            QVERIFY(!f.open(path, Outbox::schema(), Durability::Full));
            QVERIFY2(f.error().contains(QStringLiteral("left as it is")), qPrintable(f.error()));
            QVERIFY(f.setAsidePath().isEmpty());
            QVERIFY(damagedCopies(path).isEmpty());
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        Outbox o;
        QVERIFY2(o.open(path), qPrintable(o.error()));
        QCOMPARE(o.count(OutboxItem::State::Pending), 3);
    }

    // A -wal that cannot be opened (here: a folder in its place; in the field an I/O error, a full
    // disk, a root-owned file) keeps the outbox, too.
    void anUnopenableWalKeepsTheOutbox()
    {
        const QString path = m_dir.filePath(QStringLiteral("io/outbox.sqlite"));
        QCOMPARE(fillOutbox(path, 2).size(), 2);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("-wal")));
        Outbox o;
        QVERIFY(!o.open(path));
        QVERIFY2(o.error().contains(QStringLiteral("left as it is")), qPrintable(o.error()));
        QVERIFY(o.setAsidePath().isEmpty());
        QVERIFY(damagedCopies(path).isEmpty());
        QVERIFY(QDir(path + QStringLiteral("-wal")).removeRecursively());
        QVERIFY2(o.open(path), qPrintable(o.error()));
        QCOMPARE(o.count(OutboxItem::State::Pending), 2);
    }

    // An outbox SQLite calls damaged is set aside; its unsettled changes can be recovered into the
    // new one (in order and state), and the copy is not recovered twice.
    void aDamagedOutboxIsSetAsideAndItsChangesRecovered()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged/outbox.sqlite"));
        {
            Outbox o;
            QVERIFY(o.open(path));
            const qint64 a = o.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 1}}, 71);
            const qint64 b = o.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 2}}, 72);
            const qint64 c = o.enqueue(QStringLiteral("enroll"), {{QStringLiteral("program_id"), 3}}, 73);
            QVERIFY(o.markSending(b));
            QVERIFY(o.markSending(c));
            QVERIFY(o.markConfirmed(c, {}));
            QVERIFY(a);
        } // closing the last connection writes the WAL back into the file
        int rootPage = 0;
        {
            QSqlDatabase db = otherConnection(QStringLiteral("peek"), path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'outbox_registrant'")));
            QVERIFY(q.next());
            rootPage = q.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(rootPage - 1) * 4096));
        f.write(QByteArray(4096, char(0x5a))); // an index page turned to noise
        f.close();

        Outbox o;
        QVERIFY2(o.open(path), qPrintable(o.error()));
        QVERIFY(!o.setAsidePath().isEmpty());
        QCOMPARE(o.items().size(), 0);
        QCOMPARE(o.recoverFrom(o.setAsidePath()), 2); // the pending one and the one on its way
        const QList<OutboxItem> back = o.items();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].registrantId, 71);
        QCOMPARE(back[0].state, OutboxItem::State::Pending);
        QCOMPARE(back[1].registrantId, 72);
        QCOMPARE(back[1].state, OutboxItem::State::Sending); // checked before it is sent again
        QVERIFY(!QFile::exists(o.setAsidePath()));
        QVERIFY(o.recoverFrom(o.setAsidePath()) < 0);
        QCOMPARE(o.items().size(), 2);
    }

    // Personal data at rest: the profile's folders 0700, its SQLite files (and -wal, -shm) 0600.
    void localFilesArePrivate()
    {
        const QString root = m_dir.filePath(QStringLiteral("private-root"));
        const QString path = root + QStringLiteral("/profiles/abc/outbox.sqlite");
        Outbox o;
        QVERIFY(o.open(path));
        QVERIFY(o.enqueue(QStringLiteral("enroll"), {}, 1));
        const auto dirMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        for (const QString &d :
            QStringList {root, root + QStringLiteral("/profiles"), root + QStringLiteral("/profiles/abc")}) {
            const auto p = QFile::permissions(d)
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
            QVERIFY2(p == dirMode, qPrintable(d));
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(path + suffix), qPrintable(path + suffix));
            const auto p = QFile::permissions(path + suffix)
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
            QVERIFY2(p == (QFileDevice::ReadOwner | QFileDevice::WriteOwner), qPrintable(path + suffix));
        }
        // The mark a program holds while the profile is open (its host and program name) too.
        const ProfileInUse inUse(root + QStringLiteral("/profiles/abc"));
        const QFileInfoList marks
            = QDir(root + QStringLiteral("/profiles/abc"))
                  .entryInfoList({QStringLiteral(".in-use-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(QFile::permissions(marks.first().filePath())
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Programs opening one new outbox at the same moment (G2P Desk and g2p-desk-cli): each gets
    // it (the lock is waited for), none reports it as unusable.
    void programsOpeningOneFileAtOnceAllGetIt()
    {
        for (int round = 0; round < 20; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("race-%1/outbox.sqlite").arg(round));
            std::atomic<int> opened {0};
            QStringList errors;
            std::mutex lock;
            std::vector<std::thread> threads;
            for (int t = 0; t < 3; ++t)
                threads.emplace_back([&] {
                    Outbox o;
                    if (o.open(path) && o.enqueue(QStringLiteral("enroll"), {}, 1) > 0) {
                        ++opened;
                    } else {
                        std::lock_guard<std::mutex> g(lock);
                        errors << o.error();
                    }
                    o.close();
                });
            for (std::thread &t : threads)
                t.join();
            QVERIFY2(opened == 3, qPrintable(errors.join(QLatin1Char('\n'))));
        }
    }

    // Confirmed and discarded items go after the retention period; nothing unsettled ever does.
    void settledItemsArePrunedAfterTheRetentionPeriod()
    {
        const QString path = m_dir.filePath(QStringLiteral("prune/outbox.sqlite"));
        QList<qint64> ids;
        {
            Outbox o;
            QVERIFY(o.open(path));
            for (int i = 0; i < 5; ++i)
                ids << o.enqueue(QStringLiteral("enroll"), {}, 100 + i);
            QVERIFY(o.markSending(ids[0]) && o.markConfirmed(ids[0], {}));
            QVERIFY(o.discard(ids[1]));
            QVERIFY(o.markSending(ids[2]) && o.markFailed(ids[2], QStringLiteral("refused")));
            QVERIFY(o.markSending(ids[3])); // unknown outcome
            QVERIFY(o.markSending(ids[4]) && o.markConfirmed(ids[4], {}));
            QCOMPARE(o.pruneSettled(QDateTime::currentDateTimeUtc().addDays(-90)), 0); // all recent
        }
        {
            // ids[4] was confirmed long ago.
            QSqlDatabase db = otherConnection(QStringLiteral("age"), path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE outbox SET updated = '2020-01-01T00:00:00.000Z' WHERE id = %1")
                           .arg(ids[4])));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        {
            LocalStore store(QString(), path); // prunes on opening (90 days by default)
            QTRY_VERIFY(store.isOpen());
            QCOMPARE(store.report().prunedOutboxItems, 1);
            store.drain();
        }
        Outbox o;
        QVERIFY(o.open(path));
        QVERIFY(!o.item(ids[4]));
        for (int i : {0, 1, 2, 3})
            QVERIFY(o.item(ids[i]));
        QCOMPARE(
            o.pruneSettled(QDateTime::currentDateTimeUtc().addSecs(60)), 2); // the confirmed, the discarded
        QVERIFY(o.item(ids[2]) && o.item(ids[3]));
    }

    // A profile's files on this machine: listed, old damaged copies removed by themselves,
    // everything removed on request — never while a program has it open, never a file that is not
    // G2P Desk's.
    void profileDataIsListedAgedAndRemoved()
    {
        const QString dir = m_dir.filePath(QStringLiteral("profile-removal"));
        QVERIFY(QDir().mkpath(dir));
        {
            Outbox o;
            QVERIFY(o.open(dir + QStringLiteral("/outbox.sqlite")));
            QVERIFY(o.enqueue(QStringLiteral("enroll"), {}, 7) > 0);
        }
        const auto touch = [&](const QString &name) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        };
        const QString old = QStringLiteral("cache.sqlite.damaged-")
            + QDateTime::currentDateTimeUtc().addDays(-40).toString(QStringLiteral("yyyyMMdd-hhmmss"));
        const QString recent = QStringLiteral("outbox.sqlite.damaged-")
            + QDateTime::currentDateTimeUtc().addDays(-3).toString(QStringLiteral("yyyyMMdd-hhmmss"));
        touch(old);
        touch(recent);
        touch(QStringLiteral("cache.sqlite"));
        touch(QStringLiteral("notes.txt")); // not ours
        ProfileData d = inspectProfileData(dir);
        QCOMPARE(d.unsettledChanges, 1);
        QVERIFY(!d.inUse);
        QVERIFY(d.files.contains(dir + QLatin1Char('/') + old));
        QVERIFY(!d.files.contains(dir + QStringLiteral("/notes.txt")));
        QCOMPARE(removeOldSetAsideCopies(dir, 30, QDateTime::currentDateTimeUtc()), 1);
        QVERIFY(!QFile::exists(dir + QLatin1Char('/') + old));
        QVERIFY(QFile::exists(dir + QLatin1Char('/') + recent));

        QString error;
        {
            ProfileInUse open(dir);
            QVERIFY(open.isHeld());
            QVERIFY(inspectProfileData(dir).inUse);
            QVERIFY(!removeProfileData(dir, &error));
            QVERIFY2(error.contains(QStringLiteral("open")), qPrintable(error));
            QVERIFY(QFile::exists(dir + QStringLiteral("/outbox.sqlite")));
        }
        QVERIFY2(removeProfileData(dir, &error), qPrintable(error));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("notes.txt")});
        QFile::remove(dir + QStringLiteral("/notes.txt"));
        QVERIFY(removeProfileData(dir, &error) || !QFileInfo::exists(dir));
    }

    // kill -9 at random moments while changes are being written: every change whose commit
    // returned is there after the restart, the file is intact (not set aside), and writing goes on.
    void killedWriterLosesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash-outbox.sqlite"));
        QList<qint64> acknowledged;
        for (int round = 0; round < 3; ++round) {
            QProcess child;
            child.start(QStringLiteral(G2P_OUTBOX_WRITER), {path});
            QVERIFY(child.waitForStarted());
            // Let it write for a random while, then kill it without warning.
            QTest::qWait(100 + int(QRandomGenerator::global()->bounded(400)));
            child.kill();
            QVERIFY(child.waitForFinished(5000));
            for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    acknowledged << line.toLongLong();
            Outbox o;
            QVERIFY2(o.open(path), qPrintable(o.error()));
            QVERIFY2(o.setAsidePath().isEmpty(), "a killed writer must not leave a damaged file");
            QSet<qint64> present;
            for (const OutboxItem &i : o.items())
                present.insert(i.id);
            for (qint64 id : std::as_const(acknowledged))
                QVERIFY2(present.contains(id), qPrintable(QStringLiteral("change %1 was lost").arg(id)));
            if (!acknowledged.isEmpty()) // items it was sending are reported for a check
                QVERIFY(!o.unknownOutcome().isEmpty());
        }
        QVERIFY2(acknowledged.size() > 3, "the writer should have written for a while");
        qInfo("%lld changes acknowledged over three kills, none lost", qlonglong(acknowledged.size()));
    }

    // Import rows that name a registrant by ID type and number are resolved through the local copy
    // (the registry API has no such lookup): exact value, type without case, none when ambiguous.
    void registrantCacheFindsRegistrantsByIdNumber()
    {
        RegistrantCache c;
        QVERIFY2(c.open(m_dir.filePath(QStringLiteral("ids-cache.sqlite"))), qPrintable(c.error()));
        const auto row = [](qint64 id, const char *ids, const char *json) {
            CachedRegistrant r;
            r.id = id;
            r.name = QStringLiteral("PERSON %1").arg(id);
            r.idNumbers = QString::fromUtf8(ids);
            r.json = json;
            return r;
        };
        QVERIFY(c.upsert({row(1, "NID-000123",
                              R"({"reg_ids": [{"id_type_as_str": "National ID", "value": "NID-000123"}]})"),
            row(2, "NID-0001234",
                R"({"reg_ids": [{"id_type_as_str": "National ID", "value": "NID-0001234"}]})"),
            row(3, "555", R"({"ids": [{"id_type": "Tax ID", "value": "555"}]})"),
            row(4, "777", R"({"reg_ids": [{"id_type_as_str": "Passport", "value": "777"}]})"),
            row(5, "777", R"({"reg_ids": [{"id_type_as_str": "Passport", "value": "777"}]})")}));
        const QList<qint64> found
            = c.findByIdNumbers({{QStringLiteral("national id"), QStringLiteral("NID-000123")},
                {QStringLiteral("Tax ID"), QStringLiteral("555")},
                {QStringLiteral("Passport"), QStringLiteral("NID-000123")},
                {QStringLiteral("Passport"), QStringLiteral("777")},
                {QStringLiteral("National ID"), QStringLiteral("999")}});
        QCOMPARE(found,
            (QList<qint64> {1, 3, 0, 0, 0})); // exact; base_rest names; wrong type; two holders; unknown
    }

    // A refresh page read before this desktop's change was confirmed arrives after it: the older
    // state is not put back, and no observation says the membership went back.
    void anOlderMembershipRowDoesNotReplaceANewerOne()
    {
        RegistrantCache c;
        QVERIFY2(c.open(m_dir.filePath(QStringLiteral("older-cache.sqlite"))), qPrintable(c.error()));
        MembershipCache memberships(c.database());
        const auto row = [](const char *state, const char *written) {
            CachedMembership m;
            m.id = 7;
            m.registrantId = 70;
            m.programId = 1;
            m.state = QString::fromLatin1(state);
            m.writeDate = QString::fromLatin1(written);
            m.json = QByteArray("{}");
            return m;
        };
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY2(memberships.upsert({row("enrolled", "2026-12-01T10:00:00.000000+00:00")}, t0),
            qPrintable(memberships.error()));
        QVERIFY(memberships.upsert({row("paused", "2026-12-05T10:48:01.5+00:00")}, t0.addSecs(1)));
        QVERIFY(memberships.upsert({row("enrolled", "2026-12-01T10:00:00.000000+00:00")}, t0.addSecs(2)));
        QCOMPARE(memberships.ofRegistrant(70).value(0).state, QStringLiteral("paused"));
        QCOMPARE(memberships.observations(70).size(), 2); // enrolled, then paused: not enrolled again
        // The same write date again, or a later one, is taken (a server that does not move it).
        QVERIFY(memberships.upsert({row("exited", "2026-12-05T10:48:01.5+00:00")}, t0.addSecs(3)));
        QCOMPARE(memberships.ofRegistrant(70).value(0).state, QStringLiteral("exited"));
        // A server without write dates: every row is taken.
        QVERIFY(memberships.upsert({row("enrolled", "")}, t0.addSecs(4)));
        QCOMPARE(memberships.ofRegistrant(70).value(0).state, QStringLiteral("enrolled"));
    }

    // Each observation shows the membership as it was when seen: after it changed state, after a
    // change that kept the state, and after its registrant left the copy.
    void observationsKeepTheMembershipAsItWasSeen()
    {
        RegistrantCache c;
        QVERIFY2(c.open(m_dir.filePath(QStringLiteral("seen-cache.sqlite"))), qPrintable(c.error()));
        MembershipCache memberships(c.database());
        const auto row = [](const char *state, const char *json) {
            CachedMembership m;
            m.id = 8;
            m.registrantId = 80;
            m.programId = 2;
            m.state = QString::fromLatin1(state);
            m.json = QByteArray(json);
            return m;
        };
        const auto seen = [&memberships] {
            QList<QByteArray> out;
            for (const Observation &o : memberships.observations(80))
                out << o.json;
            return out;
        };
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY2(memberships.upsert({row("enrolled", "{\"n\":1}")}, t0), qPrintable(memberships.error()));
        QCOMPARE(seen(), (QList<QByteArray> {"{\"n\":1}"}));
        QVERIFY(memberships.upsert({row("paused", "{\"n\":2}")}, t0.addSecs(1)));
        QCOMPARE(seen(), (QList<QByteArray> {"{\"n\":1}", "{\"n\":2}"}));
        QVERIFY(memberships.upsert({row("paused", "{\"n\":3}")}, t0.addSecs(2))); // same state: not seen
        QCOMPARE(seen(), (QList<QByteArray> {"{\"n\":1}", "{\"n\":2}"}));
        QCOMPARE(memberships.ofRegistrant(80).value(0).json, QByteArray("{\"n\":3}"));
        CachedMembership other = row("enrolled", "{\"n\":9}");
        other.id = 9;
        QVERIFY(memberships.upsert({other}, t0.addSecs(3)));
        QCOMPARE(seen().size(), 3);
        QVERIFY2(c.remove({80}), qPrintable(c.error()));
        QCOMPARE(memberships.count(), 0);
        QCOMPARE(seen(), (QList<QByteArray> {"{\"n\":1}", "{\"n\":2}", "{\"n\":9}"}));
    }

    // While a refresh writes, its pages go to the file together every few seconds: another
    // connection sees none until then; a page that fails leaves the pages before it and their
    // cursor, which setWriting(false) commits.
    void aRefreshsPagesAreCommittedTogetherAndAFailedOneLeavesTheRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("grouped-cache.sqlite"));
        RegistrantCache c;
        QVERIFY2(c.open(path), qPrintable(c.error()));
        const auto person = [](qint64 id) {
            CachedRegistrant r;
            r.id = id;
            r.name = QStringLiteral("PERSON %1").arg(id);
            r.json = QByteArray("{}");
            return r;
        };
        const auto countElsewhere = [&path] { // another program reading the file
            qint64 n = -1;
            {
                QSqlDatabase db = otherConnection(QStringLiteral("elsewhere"), path);
                QSqlQuery q(db);
                if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM registrant")) && q.next())
                    n = q.value(0).toLongLong();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("elsewhere"));
            return n;
        };
        c.setWriting(true);
        QVERIFY2(c.storePage(QStringLiteral("individuals"), QStringLiteral("c1"),
                     [&] {
                         return c.upsert({person(1), person(2)});
                     }),
            qPrintable(c.error()));
        QVERIFY(c.storePage(
            QStringLiteral("individuals"), QStringLiteral("c2"), [&] { return c.upsert({person(3)}); }));
        QCOMPARE(c.count(), 3); // this connection sees its own pages
        QCOMPARE(countElsewhere(), 0);
        QVERIFY(!c.storePage(QStringLiteral("individuals"), QStringLiteral("c3"), [&] {
            return c.upsert({person(4)}) && false; // the page's writes fail after its first row
        }));
        QCOMPARE(c.count(), 3);
        c.setWriting(false);
        QCOMPARE(countElsewhere(), 3);
        QCOMPARE(c.syncCursor(QStringLiteral("individuals")), QStringLiteral("c2"));
        // Outside a refresh each page is committed at once.
        QVERIFY(c.storePage(
            QStringLiteral("individuals"), QStringLiteral("c4"), [&] { return c.upsert({person(5)}); }));
        QCOMPARE(countElsewhere(), 4);
        c.close();
        // A refresh waiting for a slow server: the store commits what it grouped once it has
        // nothing else to do.
        LocalStore store(path, m_dir.filePath(QStringLiteral("grouped-outbox.sqlite")));
        QTRY_VERIFY(store.isOpen());
        store.post([&person](StoreHandles &h) {
            h.cache.setWriting(true);
            h.cache.storePage(QStringLiteral("individuals"), QStringLiteral("c5"),
                [&] { return h.cache.upsert({person(6)}); });
        });
        store.drain();
        QTRY_COMPARE(countElsewhere(), 5);
        store.post([](StoreHandles &h) { h.cache.setWriting(false); });
        store.drain();
    }

    // A write SQLite refuses says why in SQLite's words, and the batch it was in leaves nothing.
    void aRefusedWriteSaysWhyAndKeepsNothingOfItsBatch()
    {
        RegistrantCache c;
        QVERIFY2(c.open(m_dir.filePath(QStringLiteral("refused-cache.sqlite"))), qPrintable(c.error()));
        MembershipCache memberships(c.database());
        CachedMembership good;
        good.id = 1;
        good.registrantId = 10;
        good.programId = 1;
        good.state = QStringLiteral("enrolled");
        good.json = QByteArray("{}");
        CachedMembership stateless = good;
        stateless.id = 2;
        stateless.state = QString(); // the column is NOT NULL
        QVERIFY(!memberships.upsert({good, stateless}, QDateTime::currentDateTimeUtc()));
        QVERIFY2(memberships.error().contains(QLatin1String("NOT NULL")), qPrintable(memberships.error()));
        QCOMPARE(memberships.count(), 0);
        QVERIFY(memberships.observations(10).isEmpty());
        QVERIFY2(
            memberships.upsert({good}, QDateTime::currentDateTimeUtc()), qPrintable(memberships.error()));
        QCOMPARE(memberships.count(), 1);
        QCOMPARE(memberships.ofRegistrant(10).value(0).json, QByteArray("{}"));
    }

    // A copy written before memberships were kept in arrival order (schema 3) keeps them: read by
    // registrant and in id order as before, and a membership the server sends again is updated,
    // not added twice.
    void membershipsSurviveTheMoveToArrivalOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3-cache.sqlite"));
        {
            SqliteSchema v3 = RegistrantCache::schema();
            v3.migrations.resize(3);
            SqliteFile f;
            QVERIFY2(f.open(path, v3, Durability::Normal), qPrintable(f.error()));
            QSqlQuery q(f.database());
            for (const char *sql :
                {"INSERT INTO membership VALUES (30, 300, 1, 'enrolled', 'w30', '{\"id\":30}')",
                    "INSERT INTO membership VALUES (10, 100, 1, 'draft', 'w10', '{\"id\":10}')",
                    "INSERT INTO membership VALUES (20, 100, 2, 'exited', 'w20', '{\"id\":20}')"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        RegistrantCache c;
        QVERIFY2(c.open(path), qPrintable(c.error()));
        MembershipCache memberships(c.database());
        QCOMPARE(memberships.count(), 3);
        const QList<CachedMembership> of100 = memberships.ofRegistrant(100);
        QCOMPARE(of100.size(), 2);
        QCOMPARE(of100.at(0).id, 10);
        QCOMPARE(of100.at(1).state, QStringLiteral("exited"));
        QCOMPARE(of100.at(1).json, QByteArray("{\"id\":20}"));
        const QList<CachedMembership> all = memberships.page(0, 10);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, 10);
        QCOMPARE(all.at(2).id, 30);
        CachedMembership again = all.at(2);
        again.state = QStringLiteral("paused");
        again.writeDate = QStringLiteral("w31");
        QVERIFY2(
            memberships.upsert({again}, QDateTime::currentDateTimeUtc()), qPrintable(memberships.error()));
        QCOMPARE(memberships.count(), 3);
        QCOMPARE(memberships.ofRegistrant(300).value(0).state, QStringLiteral("paused"));
    }

    void registrantCacheSearchesNamesAndIds()
    {
        RegistrantCache c;
        QVERIFY2(c.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), qPrintable(c.error()));
        auto row = [](qint64 id, const char *name, const char *ids, bool group = false) {
            CachedRegistrant r;
            r.id = id;
            r.name = QString::fromUtf8(name);
            r.idNumbers = QString::fromUtf8(ids);
            r.isGroup = group;
            r.writeDate = QStringLiteral("2026-11-01T10:00:00.000001");
            return r;
        };
        QVERIFY2(c.upsert({row(1, "MÜLLER, ANNA", "NID-0001"), row(2, "SANTOS, MARIA", "NID-0002, PHN-77"),
                     row(3, "SANTOS HOUSEHOLD", "", true), row(4, "أسرة النجار", "")}),
            qPrintable(c.error()));
        QCOMPARE(c.count(), 4);
        QCOMPARE(c.search(QStringLiteral("muller"), 10).size(), 1); // accents folded
        QCOMPARE(c.search(QStringLiteral("san"), 10).size(), 2); // prefixes
        QCOMPARE(c.search(QStringLiteral("santos mar"), 10).size(), 1); // every word
        QCOMPARE(c.search(QStringLiteral("PHN-77"), 10).value(0).id, 2); // id numbers
        QCOMPARE(c.search(QStringLiteral("النجار"), 10).value(0).id, 4);
        QVERIFY(c.search(QStringLiteral("\"AND( OR *"), 10).isEmpty()); // no query syntax from the box
        QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
        // A changed name is found by its new name only.
        QVERIFY(c.upsert({row(2, "SANTOS-OKAFOR, MARIA", "NID-0002")}));
        QCOMPARE(c.count(), 4);
        QCOMPARE(c.search(QStringLiteral("okafor"), 10).size(), 1);
        QVERIFY(c.search(QStringLiteral("PHN-77"), 10).isEmpty());
        // The same words again (a refresh that changed another field) are indexed once; a
        // registrant that left is no longer found; the index matches the rows word for word.
        QVERIFY(c.upsert({row(1, "MÜLLER, ANNA", "NID-0001")}));
        QCOMPARE(c.search(QStringLiteral("muller"), 10).size(), 1);
        QVERIFY(c.remove({4}));
        QVERIFY(c.search(QStringLiteral("النجار"), 10).isEmpty());
        QSqlQuery check(c.database());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO registrant_fts(registrant_fts, rank) "
                                           "VALUES ('integrity-check', 1)")),
            qPrintable(check.lastError().text()));
        QVERIFY(c.upsert({row(4, "أسرة النجار", "")}));
        const auto first = c.firstByName(10, false);
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.first().name, QStringLiteral("MÜLLER, ANNA"));
        QCOMPARE(c.firstByName(10, true).size(), 1);
        QVERIFY(!c.refreshedAt().isValid());
        const QDateTime when = QDateTime::currentDateTimeUtc();
        QVERIFY(c.setRefreshedAt(when));
        QCOMPARE(c.refreshedAt().toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
    }

    void aNewCopyHasLargePagesAndAnOlderOneKeepsItsOwn()
    {
        const auto pragmaOf = [](const QSqlDatabase &db, const char *name) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) && q.next()
                ? q.value(0).toLongLong()
                : -1;
        };
        const QString fresh = m_dir.filePath(QStringLiteral("pages-new.sqlite"));
        {
            RegistrantCache c;
            QVERIFY2(c.open(fresh), qPrintable(c.error()));
            QCOMPARE(pragmaOf(c.database(), "page_size"), 16384);
            // The WAL sizes are bytes whatever the page: 16 MiB usually, 256 MiB while writing.
            QCOMPARE(pragmaOf(c.database(), "wal_autocheckpoint"), 16 * 1024 * 1024 / 16384);
            QCOMPARE(pragmaOf(c.database(), "journal_size_limit"), 16 * 1024 * 1024);
            c.setWriting(true); // (checkpoints then run on a thread of their own: no autocheckpoint)
            QCOMPARE(pragmaOf(c.database(), "journal_size_limit"), 256 * 1024 * 1024);
            c.setWriting(false);
            QCOMPARE(pragmaOf(c.database(), "wal_autocheckpoint"), 16 * 1024 * 1024 / 16384);
        }
        // A copy made before (SQLite's 4 KiB pages, first schema version) opens, is brought up to
        // date and works as it is.
        const QString older = m_dir.filePath(QStringLiteral("pages-old.sqlite"));
        {
            SqliteSchema first = RegistrantCache::schema();
            first.pageSize = 0;
            first.migrations = first.migrations.mid(0, 1);
            SqliteFile f;
            QVERIFY2(f.open(older, first, Durability::Normal), qPrintable(f.error()));
            QCOMPARE(f.pageSize(), 4096);
        }
        RegistrantCache c;
        QVERIFY2(c.open(older), qPrintable(c.error()));
        QCOMPARE(pragmaOf(c.database(), "page_size"), 4096);
        QCOMPARE(pragmaOf(c.database(), "wal_autocheckpoint"), 16 * 1024 * 1024 / 4096);
        CachedRegistrant r;
        r.id = 7;
        r.name = QStringLiteral("OKAFOR, ADA");
        QVERIFY2(c.upsert({r}), qPrintable(c.error()));
        QCOMPARE(c.search(QStringLiteral("okafor"), 10).value(0).id, 7);
    }

    // While a refresh writes, the WAL is copied into the file on another thread and started over
    // now and then: it stays small however much is written, a reader holding an old snapshot
    // never blocks the writer, and everything written is there.
    void aRefreshsWalIsCopiedInTheBackgroundAndStartedOver()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal-background.sqlite"));
        RegistrantCache c;
        QVERIFY2(c.open(path), qPrintable(c.error()));
        c.setWritingWal(64, 512); // KiB: 4 and 32 pages of 16 KiB
        c.setWriting(true);
        const QByteArray json(2000, 'x');
        qint64 next = 1;
        const auto write = [&](int batches) {
            for (int b = 0; b < batches; ++b) {
                QList<CachedRegistrant> rows;
                for (int i = 0; i < 50; ++i) {
                    CachedRegistrant r;
                    r.id = next++;
                    r.name = QStringLiteral("PERSON %1").arg(r.id);
                    r.json = json;
                    rows << r;
                }
                if (!c.upsert(rows)) // (one transaction each: no group is open outside storePage)
                    return false;
            }
            return true;
        };
        QVERIFY2(write(60), qPrintable(c.error())); // ~6 MB of rows
        QTRY_VERIFY(c.backgroundCheckpoints() > 0);
        const auto walBytes = [&] { return QFileInfo(path + QStringLiteral("-wal")).size(); };
        QVERIFY2(walBytes() < 2 * 1024 * 1024, qPrintable(QString::number(walBytes())));

        // A reader on an old snapshot: the WAL cannot start over, the writer goes on regardless.
        {
            QSqlDatabase reader = otherConnection(QStringLiteral("old-snapshot"), path);
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM registrant")) && q.next());
            const qint64 seenThen = q.value(0).toLongLong();
            QVERIFY2(write(40), qPrintable(c.error()));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM registrant")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), seenThen);
            q.exec(QStringLiteral("COMMIT"));
            q.clear();
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-snapshot"));
        QVERIFY2(write(60), qPrintable(c.error())); // started over again once the reader left
        QVERIFY2(walBytes() < 2 * 1024 * 1024, qPrintable(QString::number(walBytes())));

        QVERIFY(c.checkpoint());
        c.setWriting(false);
        QCOMPARE(walBytes(), 0);
        QCOMPARE(c.count(), next - 1);
        QSqlQuery check(c.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(c.search(QStringLiteral("person"), 100000).size(), next - 1);
    }

    void profilesHaveTheirOwnFolders()
    {
        const QUrl a(QStringLiteral("https://registry.example.org/api/v1/registry"));
        QCOMPARE(profileKey(a, QStringLiteral("amina")),
            profileKey(QUrl(a.toString() + QLatin1Char('/')), QStringLiteral("amina")));
        QVERIFY(profileKey(a, QStringLiteral("amina")) != profileKey(a, QStringLiteral("demo")));
        QVERIFY(cacheFilePath(a, QStringLiteral("amina")).endsWith(QStringLiteral("/cache.sqlite")));
        QCOMPARE(QFileInfo(cacheFilePath(a, QStringLiteral("amina"))).dir(),
            QFileInfo(outboxFilePath(a, QStringLiteral("amina"))).dir());
    }
};

QTEST_GUILESS_MAIN(TstStore)
#include "tst_store.moc"
