#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace g2p {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    // The driver's handle is documented as the connection's sqlite3*: the same library Qt's
    // driver loaded (Debian's libsqlite3), so both share one connection and its transaction.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
{
    m_db = sqliteHandle(db);
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_bindFailed = true;
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    if (m_stmt
        && sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
            != SQLITE_OK)
        m_bindFailed = true;
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull()) {
        bindNull(index);
        return;
    }
    if (m_stmt
        && sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC) != SQLITE_OK)
        m_bindFailed = true;
}

void SqliteStatement::bindBlob(int index, const QByteArray &blob)
{
    if (blob.isNull()) {
        bindNull(index);
        return;
    }
    if (m_stmt
        && sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_STATIC) != SQLITE_OK)
        m_bindFailed = true;
}

void SqliteStatement::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_bindFailed = true;
}

bool SqliteStatement::failed()
{
    m_error = m_bindFailed
        ? QStringLiteral("a value could not be bound: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))
        : QString::fromUtf8(sqlite3_errmsg(m_db));
    m_bindFailed = false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return false;
}

int SqliteStatement::step()
{
    if (!m_stmt)
        return SQLITE_MISUSE;
    m_error.clear();
    if (m_bindFailed) {
        failed();
        return SQLITE_ERROR;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        failed();
    return rc;
}

bool SqliteStatement::exec()
{
    const int rc = step();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return true;
}

bool SqliteStatement::next()
{
    const int rc = step();
    if (rc == SQLITE_DONE)
        sqlite3_reset(m_stmt);
    return rc == SQLITE_ROW;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void SqliteStatement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

} // namespace g2p
