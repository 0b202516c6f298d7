#include "sqlitefile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace g2p {

namespace {
QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QVariant();
    return q.value(0);
}
} // namespace

SqliteFile::~SqliteFile()
{
    close();
}

void SqliteFile::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QSqlDatabase SqliteFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int SqliteFile::schemaVersion() const
{
    return pragma(database(), QStringLiteral("user_version")).toInt();
}

namespace {
// SQLite's primary result codes that say the file itself is not a usable database.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

constexpr int kSqliteBusy = 5, kSqliteLocked = 6;

// Another connection holds the lock (two programs opening one file at once): worth another try.
bool isBusy(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == kSqliteBusy || code == kSqliteLocked);
}

bool fileIsBroken(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary in the low byte
    return ok && (code == kSqliteCorrupt || code == kSqliteNotADb);
}
} // namespace

bool makePrivateDir(const QString &dir)
{
    // Every folder made here is private, not only the last one (g2p-desk/profiles/<key>).
    QStringList made;
    for (QString d = QDir::cleanPath(QFileInfo(dir).absoluteFilePath()); !QFileInfo::exists(d);
         d = QFileInfo(d).absolutePath()) {
        made.prepend(d);
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    if (!QDir().mkpath(dir))
        return false;
    made << dir;
    bool ok = true;
    for (const QString &d : std::as_const(made))
        ok &= QFile::setPermissions(
            d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return ok;
}

bool makePrivateFile(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

SqliteFile::Verdict SqliteFile::openConnection(const QString &path, Durability durability, int pageSize)
{
    close();
    // SQLite gives the -wal and -shm files the main file's mode: make it private before the first
    // open creates them (a new file is created empty here, 0600, and SQLite takes it as new).
    if (!QFile::exists(path)) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.close();
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(path + suffix))
            makePrivateFile(path + suffix);
    m_connection = QStringLiteral("g2p-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open()) {
        m_error = db.lastError().text();
        m_busy = isBusy(db.lastError());
        return fileIsBroken(db.lastError()) ? Verdict::SetAside : Verdict::Keep;
    }
    QSqlQuery q(db);
    // Before the first write of a new file (switching it to WAL is one): a file that exists
    // keeps its own size, and SQLite ignores this for it.
    if (pageSize > 0)
        q.exec(QStringLiteral("PRAGMA page_size=%1").arg(pageSize));
    // Reading the journal mode is the first real access: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        m_error = q.lastError().text();
        m_busy = isBusy(q.lastError());
        return fileIsBroken(q.lastError()) ? Verdict::SetAside : Verdict::Keep;
    }
    q.exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                          : QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // Sub-journals in memory: a write inside a nested savepoint keeps each page it changes for
    // ROLLBACK TO, and on disk (/var/tmp) that went through the kernel page by page.
    q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    return Verdict::Ours;
}

SqliteFile::Verdict SqliteFile::isOurs(const SqliteSchema &schema, QString *why)
{
    const QSqlDatabase db = database();
    QSqlQuery q(db);
    const qint64 size = QFileInfo(db.databaseName()).size();
    const bool whole = schema.wholeCheckUpToBytes <= 0 || size <= schema.wholeCheckUpToBytes;
    if (!q.exec(whole ? QStringLiteral("PRAGMA quick_check")
                      : QStringLiteral("SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_master"))) {
        *why = q.lastError().text();
        m_busy = isBusy(q.lastError());
        return fileIsBroken(q.lastError()) ? Verdict::SetAside : Verdict::Keep;
    }
    const QString check = q.next() ? q.value(0).toString() : QString();
    if (check != QLatin1String("ok")) {
        *why = check.isEmpty() ? QStringLiteral("the integrity check gave no answer") : check;
        return Verdict::SetAside; // SQLite read it and found it damaged
    }
    const quint32 id = pragma(db, QStringLiteral("application_id")).toUInt();
    const bool empty = db.tables().isEmpty();
    if (id != schema.applicationId && !(id == 0 && empty)) {
        *why = QStringLiteral("made by another program (application id %1)").arg(id);
        return Verdict::SetAside;
    }
    const int version = pragma(db, QStringLiteral("user_version")).toInt();
    if (version > schema.migrations.size()) {
        *why = QStringLiteral("made by a newer G2P Desk (schema %1); open it with that version").arg(version);
        return schema.precious ? Verdict::Keep : Verdict::SetAside;
    }
    return Verdict::Ours;
}

bool SqliteFile::open(const QString &path, const SqliteSchema &schema, Durability durability)
{
    // Two programs opening one file at the same moment (G2P Desk and g2p-desk-cli) can find it
    // locked while the other sets it up: that is tried again for the busy timeout, never reported
    // as a problem with the file. This runs on a store thread, never the GUI's.
    QElapsedTimer waited;
    waited.start();
    while (true) {
        m_busy = false;
        if (openOnce(path, schema, durability))
            return true;
        if (!m_busy || waited.elapsed() > m_busyTimeoutMs)
            return false;
        close();
        QThread::msleep(20);
    }
}

bool SqliteFile::openOnce(const QString &path, const SqliteSchema &schema, Durability durability)
{
    m_error.clear();
    m_setAside.clear();
    if (!makePrivateDir(QFileInfo(path).absolutePath())) {
        m_error = QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QString why;
    Verdict v = openConnection(path, durability, schema.pageSize);
    if (v == Verdict::SetAside || v == Verdict::Keep)
        why = m_error;
    else
        v = isOurs(schema, &why);
    if (v == Verdict::Keep) {
        close();
        m_error = QStringLiteral("%1 cannot be used now: %2. It was left as it is.").arg(path, why);
        return false;
    }
    if (v == Verdict::SetAside) {
        close();
        if (QFile::exists(path)) {
            const QString aside = path + QStringLiteral(".damaged-")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::rename(path + suffix, aside + suffix);
            if (!QFile::rename(path, aside)) {
                m_error = QStringLiteral("%1 is damaged (%2) and could not be moved aside").arg(path, why);
                return false;
            }
            m_setAside = aside;
            m_setAsideWhy = why;
        }
        if (openConnection(path, durability, schema.pageSize) != Verdict::Ours)
            return false;
    }
    setMemory(schema.pageCacheKiB, schema.walCheckpointKiB);
    return migrate(schema);
}

int SqliteFile::pageSize() const
{
    const int size = pragma(database(), QStringLiteral("page_size")).toInt();
    return size > 0 ? size : 4096;
}

void SqliteFile::setMemory(int pageCacheKiB, int walCheckpointKiB)
{
    QSqlQuery q(database());
    if (pageCacheKiB > 0)
        q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(pageCacheKiB));
    if (walCheckpointKiB > 0) {
        const qint64 bytes = qint64(walCheckpointKiB) * 1024;
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(qMax<qint64>(1, bytes / pageSize())));
        q.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(bytes));
    }
}

bool SqliteFile::migrate(const SqliteSchema &schema)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // IMMEDIATE: the write lock is taken (waiting for the busy timeout) before the version is read,
    // so two programs migrating at once take turns instead of one failing at its first write.
    const auto fail = [&](const QSqlError &e, const QString &what) {
        m_error = what.isEmpty() ? e.text() : what;
        m_busy = isBusy(e);
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    while (true) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(q.lastError(), QString());
        const int v = schemaVersion();
        if (v >= schema.migrations.size()) {
            q.exec(QStringLiteral("COMMIT"));
            break;
        }
        if (v == 0 && !q.exec(QStringLiteral("PRAGMA application_id=%1").arg(schema.applicationId)))
            return fail(q.lastError(), QString());
        for (const QString &sql : schema.migrations[v])
            if (!q.exec(sql))
                return fail(
                    q.lastError(), QStringLiteral("migration %1: %2").arg(v + 1).arg(q.lastError().text()));
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        if (!q.exec(QStringLiteral("COMMIT")))
            return fail(q.lastError(), QString());
    }
    q.exec(QStringLiteral("PRAGMA application_id=%1").arg(schema.applicationId));
    return true;
}

namespace {
// Each open savepoint of this thread has its own name, so nested ones release in order.
thread_local int t_savepoints = 0;
} // namespace

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db)), m_name(QStringLiteral("sp%1").arg(++t_savepoints))
{
    QSqlQuery q(m_db);
    m_open = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_open)
        m_error = q.lastError().text();
}

Savepoint::~Savepoint()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        q.exec(QStringLiteral("RELEASE ") + m_name);
    }
    --t_savepoints;
}

bool Savepoint::release()
{
    if (!m_open)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        m_error = q.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

bool updateOne(const QSqlDatabase &db,
    const QString &sql,
    const QVariantList &values,
    const QString &noRow,
    QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = noRow;
        return false;
    }
    return true;
}

} // namespace g2p
