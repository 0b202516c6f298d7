// Opens one of G2P Desk's SQLite files: checks it is ours and intact, sets WAL and the durability
// asked for, and brings its schema up to date with migrations, each in a transaction. A file that
// is not SQLite, belongs to another program or fails the integrity check is renamed aside
// (".damaged-<time>") and a fresh one is created; the caller is told so it can say it.
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
};

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
    int schemaVersion() const;

private:
    bool openConnection(const QString &path, Durability durability);
    bool isOurs(const SqliteSchema &schema, QString *why);
    bool migrate(const SqliteSchema &schema);

    QString m_connection;
    QString m_error;
    QString m_setAside;
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

// Runs an UPDATE that must change exactly one row; otherwise sets *error (the database's words,
// or `noRow`).
bool updateOne(const QSqlDatabase &db,
    const QString &sql,
    const QVariantList &values,
    const QString &noRow,
    QString *error);

} // namespace g2p
