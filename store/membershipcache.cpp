#include "membershipcache.h"

#include "sqlitefile.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace g2p {

namespace {
CachedMembership readMembership(const QSqlQuery &q)
{
    CachedMembership m;
    m.id = q.value(0).toLongLong();
    m.registrantId = q.value(1).toLongLong();
    m.programId = q.value(2).toLongLong();
    m.state = q.value(3).toString();
    m.writeDate = q.value(4).toString();
    m.json = q.value(5).toByteArray();
    return m;
}
const char *kColumns = "id, registrant_id, program_id, state, write_date, json";
} // namespace

// Each observation is a state seen, with the membership's JSON as it was then. Most memberships are
// seen once: their first observation keeps no copy of its own (NULL) until the membership changes
// or leaves the cache, when the JSON it had is copied in. At a million memberships the copies were
// 400 MB of the cache's 2.4 GB, written in every first refresh.

bool MembershipCache::upsert(const QList<CachedMembership> &rows, const QDateTime &observedAt)
{
    Savepoint tx(m_db);
    if (!tx.isOpen()) {
        m_error = tx.error();
        return false;
    }
    SqliteStatement old(m_db, "SELECT state, write_date, registrant_id FROM membership WHERE id = ?");
    // An observation's JSON is NULL while it is the membership's own (see above):
    // copied in before the membership's JSON is replaced.
    SqliteStatement keep(m_db,
        "UPDATE observation SET json = (SELECT json FROM membership WHERE id = ?1) "
        "WHERE registrant_id = ?2 AND membership_id = ?1 AND json IS NULL");
    SqliteStatement put(m_db,
        "INSERT INTO membership (id, registrant_id, program_id, state, write_date, json) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET registrant_id = excluded.registrant_id, "
        "program_id = excluded.program_id, state = excluded.state, write_date = excluded.write_date, "
        "json = excluded.json");
    SqliteStatement seen(m_db,
        "INSERT INTO observation (registrant_id, membership_id, program_id, state, observed_at, json) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    const QByteArray when = observedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const auto fail = [this](const SqliteStatement &statement) {
        m_error = statement.error();
        return false;
    };
    for (const SqliteStatement *s : {&old, &keep, &put, &seen})
        if (!s->isValid())
            return fail(*s);
    const QByteArray empty("");
    for (const CachedMembership &m : rows) {
        const QByteArray state = m.state.toUtf8();
        const QByteArray written = m.writeDate.isNull() ? empty : m.writeDate.toUtf8();
        old.bind(1, m.id);
        const bool known = old.next();
        if (!known && !old.error().isEmpty())
            return fail(old);
        const bool changed = !known || old.text(0) != state;
        // A page read before a newer write (a refresh that started before this desktop's change was
        // confirmed) must not put the older state back: the server's write dates, in the one form a
        // server sends them, order as text.
        const bool older = known && !old.text(1).isEmpty() && !written.isEmpty() && written < old.text(1);
        const qint64 registrantBefore = known ? old.int64(2) : 0;
        old.reset();
        if (older)
            continue;
        if (known) {
            keep.bind(1, m.id);
            keep.bind(2, registrantBefore);
            if (!keep.exec())
                return fail(keep);
        }
        put.bind(1, m.id);
        put.bind(2, m.registrantId);
        put.bind(3, m.programId);
        put.bindUtf8(4, state);
        put.bindUtf8(5, written);
        put.bindBlob(6, m.json);
        if (!put.exec())
            return fail(put);
        if (changed) {
            seen.bind(1, m.registrantId);
            seen.bind(2, m.id);
            seen.bind(3, m.programId);
            seen.bindUtf8(4, state);
            seen.bindUtf8(5, when);
            seen.bindNull(6); // the membership's JSON, just written
            if (!seen.exec())
                return fail(seen);
        }
    }
    if (!tx.release()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QList<CachedMembership> MembershipCache::ofRegistrant(qint64 registrantId) const
{
    return selectAll<CachedMembership>(m_db,
        QStringLiteral("SELECT %1 FROM membership WHERE registrant_id = ? ORDER BY id")
            .arg(QLatin1String(kColumns)),
        {registrantId}, readMembership, &m_error);
}

QList<CachedMembership> MembershipCache::page(qint64 afterId, int limit) const
{
    return selectAll<CachedMembership>(m_db,
        QStringLiteral("SELECT %1 FROM membership WHERE id > ? ORDER BY id LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {afterId, limit}, readMembership, &m_error);
}

qint64 MembershipCache::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM membership")) && q.next() ? q.value(0).toLongLong()
                                                                                 : -1;
}

QList<Observation> MembershipCache::observations(qint64 registrantId) const
{
    return selectAll<Observation>(
        m_db,
        QStringLiteral("SELECT o.registrant_id, o.membership_id, o.program_id, o.state, o.observed_at, "
                       "COALESCE(o.json, m.json) FROM observation o LEFT JOIN membership m "
                       "ON m.id = o.membership_id WHERE o.registrant_id = ? ORDER BY o.id"),
        {registrantId},
        [](const QSqlQuery &q) {
            return Observation {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toString(), QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs),
                q.value(5).toByteArray()};
        },
        &m_error);
}

bool MembershipCache::setPrograms(const QList<QByteArray> &programJson)
{
    Savepoint tx(m_db); // (a refresh may hold a transaction open around its pages: nested, not BEGIN)
    if (!tx.isOpen()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    bool ok = q.exec(QStringLiteral("DELETE FROM program"));
    q.prepare(QStringLiteral("INSERT INTO program (id, json) VALUES (?, ?)"));
    qint64 n = 0;
    for (const QByteArray &json : programJson) {
        q.addBindValue(++n);
        q.addBindValue(json);
        ok = ok && q.exec();
    }
    if (!ok) {
        m_error = q.lastError().text();
        return false;
    }
    if (!tx.release()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QList<QByteArray> MembershipCache::programs() const
{
    QSqlQuery q(m_db);
    QList<QByteArray> out;
    if (q.exec(QStringLiteral("SELECT json FROM program ORDER BY id")))
        while (q.next())
            out << q.value(0).toByteArray();
    return out;
}

} // namespace g2p
