#include "sqlitefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
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

bool SqliteFile::openConnection(const QString &path, Durability durability)
{
    close();
    m_connection = QStringLiteral("g2p-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // Reading the journal mode is the first real access: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    q.exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                          : QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return true;
}

bool SqliteFile::isOurs(const SqliteSchema &schema, QString *why)
{
    const QSqlDatabase db = database();
    const QString check = pragma(db, QStringLiteral("quick_check")).toString();
    if (check != QLatin1String("ok")) {
        *why = check.isEmpty() ? QStringLiteral("not a database") : check;
        return false;
    }
    const quint32 id = pragma(db, QStringLiteral("application_id")).toUInt();
    const bool empty = db.tables().isEmpty();
    if (id != schema.applicationId && !(id == 0 && empty)) {
        *why = QStringLiteral("made by another program (application id %1)").arg(id);
        return false;
    }
    if (pragma(db, QStringLiteral("user_version")).toInt() > schema.migrations.size()) {
        *why = QStringLiteral("made by a newer G2P Desk (schema %1)")
                   .arg(pragma(db, QStringLiteral("user_version")).toInt());
        return false;
    }
    return true;
}

bool SqliteFile::open(const QString &path, const SqliteSchema &schema, Durability durability)
{
    m_error.clear();
    m_setAside.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString why;
    const bool opened = openConnection(path, durability);
    if (!opened || !isOurs(schema, &why)) {
        if (!opened)
            why = m_error;
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
        }
        if (!openConnection(path, durability))
            return false;
    }
    return migrate(schema);
}

bool SqliteFile::migrate(const SqliteSchema &schema)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA application_id=%1").arg(schema.applicationId));
    for (int v = schemaVersion(); v < schema.migrations.size(); ++v) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        for (const QString &sql : schema.migrations[v]) {
            if (!q.exec(sql)) {
                m_error = QStringLiteral("migration %1: %2").arg(v + 1).arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        if (!db.commit()) {
            m_error = db.lastError().text();
            return false;
        }
    }
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
