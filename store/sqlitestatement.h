// A statement prepared on a Qt connection's own SQLite handle, for the writes a refresh repeats
// millions of times. QSqlQuery wraps each bound value in a QVariant, hands text to SQLite as UTF-16
// (which SQLite converts back to UTF-8) and keeps a cached copy of each row read: for a million
// registrants that was about a fifth of the store thread's time. Runs inside whatever transaction
// the connection has open (Savepoint), on the connection's own thread.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace g2p {

// The SQLite connection under an open Qt connection; null when it is not one.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

class SqliteStatement
{
public:
    // Binding and stepping on a statement that failed to prepare return false with error().
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    SqliteStatement(const QSqlDatabase &db, const QByteArray &sql) : SqliteStatement(db, sql.constData()) { }
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    // Parameters count from 1, as in SQLite. A null QString or QByteArray binds NULL. A QString is
    // copied; UTF-8 text and blobs given as QByteArray must outlive the next step().
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindUtf8(int index, const QByteArray &utf8);
    void bindBlob(int index, const QByteArray &blob);
    // Not from a temporary: SQLite reads the bytes when the statement steps, not when bound.
    void bindUtf8(int index, QByteArray &&) = delete;
    void bindBlob(int index, QByteArray &&) = delete;
    void bindNull(int index);

    // Runs a statement that returns no rows, then resets it for the next values.
    bool exec();
    // Steps a query: true while a row is there; at its end (or on an error: check error()) the
    // statement is reset.
    bool next();
    // The current row's columns (from 0). Views stay valid until the next step or reset.
    QByteArrayView text(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;
    // Ends a query before its last row (keeps the bindings).
    void reset();

private:
    bool failed();
    // Steps once (a failure resets the statement and sets error()): SQLite's result code.
    int step();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    bool m_bindFailed = false;
};

} // namespace g2p
