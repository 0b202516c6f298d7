// Opens one of G2P Desk's SQLite files: checks it is ours and intact, sets WAL and the durability
// asked for, and brings its schema up to date with migrations, each in a transaction. A file that
// SQLite itself calls damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB, a failed integrity
// check) or that belongs to another program is renamed aside (".damaged-<time>") and a fresh one
// is created; the caller is told so it can say it. Any other failure (busy, locked, I/O error,
// disk full, no permission) keeps the file as it is and says what is wrong: it may hold changes.
// Folders are made 0700 and the files (with their -wal and -shm) 0600: they hold personal data.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace g2p {

struct SqliteSchema
{
    quint32 applicationId = 0; // PRAGMA application_id: marks the file as ours
    QList<QStringList> migrations; // migrations[i] takes user_version i to i + 1
    // A file whose loss loses work (the outbox): one made by a newer G2P Desk is kept, not set aside.
    bool precious = false;
    // SQLite's page cache for this connection, in KiB (0: SQLite's default, 2 MiB). A million-row
    // cache with its full-text index writes pages all over the file: with the default, a refresh
    // spends its time re-reading and re-writing pages through system calls.
    int pageCacheKiB = 0;
    // How much WAL is written before a checkpoint, in KiB (PRAGMA wal_autocheckpoint counts pages:
    // converted with the file's own page size; 0: SQLite's default, 1,000 pages). A refresh's
    // commit of a few thousand rows writes more than that, so each commit was followed by a
    // checkpoint writing the same hot pages (index levels, the search index) into the file again
    // and waiting for the disk. The WAL file is cut back to this size after a checkpoint.
    int walCheckpointKiB = 0;
    // Bytes per page of a file created new (PRAGMA page_size; 0: SQLite's 4,096). A file made
    // earlier keeps the size it was made with: SQLite cannot change it in WAL mode.
    int pageSize = 0;
    // The integrity check on open (PRAGMA quick_check) reads the whole file: a few seconds for a
    // million cached registrants. Files larger than this many bytes are checked by reading their
    // schema only (damage elsewhere shows as an error where it is read); 0: always the whole file.
    qint64 wholeCheckUpToBytes = 0;
};

// Makes `dir` (and missing parents) and keeps it private (0700). False when it cannot.
bool makePrivateDir(const QString &dir);
// Owner read/write only (0600), for a file that exists.
bool makePrivateFile(const QString &path);

enum class Durability
{
    Full, // synchronous=FULL: a committed change survives a power cut (the outbox)
    Normal, // synchronous=NORMAL: may lose the last commits on a power cut, never corrupts (the cache)
};

class SqliteFile
{
public:
    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // False with error() when the file can be neither opened nor recreated.
    bool open(const QString &path, const SqliteSchema &schema, Durability durability);
    void close();
    QSqlDatabase database() const;
    QString error() const { return m_error; }
    // Where a damaged or foreign file was moved, when that happened on open; empty otherwise.
    QString setAsidePath() const { return m_setAside; }
    QString setAsideReason() const { return m_setAsideWhy; }
    // The connection's page cache and how much WAL is written before a checkpoint (and the size
    // the WAL is cut back to): the schema's sizes when the file opens; a bulk writer may raise them
    // for a while (0 leaves one as it is).
    void setMemory(int pageCacheKiB, int walCheckpointKiB);
    // The file's bytes per page.
    int pageSize() const;
    // How long to wait for another program's lock before saying the file is busy (default 5 s).
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    int schemaVersion() const;

private:
    enum class Verdict
    {
        Ours,
        SetAside, // damaged, not a database, another program's (or a newer version's cache)
        Keep, // cannot be used now (busy, I/O, permissions, a newer version's outbox): left alone
    };
    Verdict openConnection(const QString &path, Durability durability, int pageSize);
    bool openOnce(const QString &path, const SqliteSchema &schema, Durability durability);
    Verdict isOurs(const SqliteSchema &schema, QString *why);
    bool migrate(const SqliteSchema &schema);

    QString m_connection;
    QString m_error;
    QString m_setAside;
    QString m_setAsideWhy;
    int m_busyTimeoutMs = 5000;
    bool m_busy = false; // the last step failed because another connection held the lock
};

// Runs a SELECT with `values` bound in order and reads each row with `read(query)`; on failure
// sets *error and returns nothing.
template<class T, class Read>
QList<T> selectAll(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, Read read, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<T> out;
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << read(q);
    return out;
}

// A transaction that nests: SQLite's SAVEPOINT, so writes made by helpers that each keep their own
// rows consistent can also be joined into one larger all-or-nothing step (a page of records and
// the cursor saying it was read). Rolled back unless release() succeeded.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    bool isOpen() const { return m_open; }
    // Keeps the writes (commits them when this is the outermost); false with error() otherwise.
    bool release();
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_open = false;
};

// Runs an UPDATE that must change exactly one row; otherwise sets *error (the database's words,
// or `noRow`).
bool updateOne(const QSqlDatabase &db,
    const QString &sql,
    const QVariantList &values,
    const QString &noRow,
    QString *error);

} // namespace g2p
