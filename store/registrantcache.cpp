#include "registrantcache.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace g2p {

namespace {
constexpr quint32 kCacheApplicationId = 0x47325043; // "G2PC"
const char *kColumns = "r.id, r.is_group, r.name, r.id_numbers, r.phone, r.birth_date, r.write_date, r.json";

CachedRegistrant readRow(const QSqlQuery &q)
{
    CachedRegistrant r;
    r.id = q.value(0).toLongLong();
    r.isGroup = q.value(1).toBool();
    r.name = q.value(2).toString();
    r.idNumbers = q.value(3).toString();
    r.phone = q.value(4).toString();
    r.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.writeDate = q.value(6).toString();
    r.json = q.value(7).toByteArray();
    return r;
}

// Each word as an FTS5 prefix query term, quoted so that no character is read as syntax.
QString matchExpression(const QString &text)
{
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}
} // namespace

namespace {
constexpr int kWritingCacheKiB = 256 * 1024;
} // namespace

SqliteSchema RegistrantCache::schema()
{
    SqliteSchema s;
    s.applicationId = kCacheApplicationId;
    s.pageCacheKiB = 32 * 1024;
    s.walCheckpointKiB = 16 * 1024; // (a refresh ends with a checkpoint of its own)
    // 16 KiB pages: a first refresh of a million registrants took 42.7-49.2 s against 48.8-53.2 s
    // with SQLite's 4 KiB (interleaved runs): a quarter of the pages and of the system calls that
    // write them to the WAL and the file, shallower trees, and a household's document on one page
    // rather than an overflow chain. (32 KiB was no faster; 64 KiB slower.) Copies made earlier
    // keep 4 KiB pages until they are removed and refilled.
    s.pageSize = 16384;
    // A million registrants are ~2.5 GB: checking every page would keep the list empty for seconds
    // at each start. The copy is rebuildable; the outbox is always checked whole.
    s.wholeCheckUpToBytes = qint64(256) * 1024 * 1024;
    s.migrations = {{
        QStringLiteral(
            "CREATE TABLE registrant (id INTEGER PRIMARY KEY, is_group INTEGER NOT NULL, "
            "name TEXT NOT NULL, id_numbers TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
            "birth_date TEXT, write_date TEXT NOT NULL DEFAULT '', json BLOB)"),
        QStringLiteral("CREATE INDEX registrant_by_name ON registrant(is_group, name COLLATE NOCASE, id)"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE registrant_fts USING fts5(name, id_numbers, content='registrant', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral(
            "CREATE TRIGGER registrant_ai AFTER INSERT ON registrant BEGIN INSERT INTO "
            "registrant_fts(rowid, name, id_numbers) VALUES (new.id, new.name, new.id_numbers); END"),
        QStringLiteral("CREATE TRIGGER registrant_ad AFTER DELETE ON registrant BEGIN INSERT INTO "
                       "registrant_fts(registrant_fts, rowid, name, id_numbers) VALUES ('delete', old.id, "
                       "old.name, old.id_numbers); END"),
        QStringLiteral(
            "CREATE TRIGGER registrant_au AFTER UPDATE ON registrant BEGIN INSERT INTO "
            "registrant_fts(registrant_fts, rowid, name, id_numbers) VALUES ('delete', old.id, "
            "old.name, old.id_numbers); INSERT INTO registrant_fts(rowid, name, id_numbers) VALUES "
            "(new.id, new.name, new.id_numbers); END"),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
    }};
    // 2: memberships, programs, households and the server states observed over time.
    s.migrations.append({
        QStringLiteral(
            "CREATE TABLE group_member (group_id INTEGER NOT NULL, individual_id INTEGER NOT NULL, "
            "PRIMARY KEY (group_id, individual_id))"),
        QStringLiteral("CREATE INDEX group_member_individual ON group_member(individual_id)"),
        QStringLiteral(
            "CREATE TABLE membership (id INTEGER PRIMARY KEY, registrant_id INTEGER NOT NULL, "
            "program_id INTEGER NOT NULL, state TEXT NOT NULL, write_date TEXT NOT NULL DEFAULT '', "
            "json BLOB)"),
        QStringLiteral("CREATE INDEX membership_registrant ON membership(registrant_id)"),
        QStringLiteral("CREATE TABLE program (id INTEGER PRIMARY KEY, json BLOB)"),
        QStringLiteral(
            "CREATE TABLE observation (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "registrant_id INTEGER NOT NULL, membership_id INTEGER NOT NULL, "
            "program_id INTEGER NOT NULL, state TEXT NOT NULL, observed_at TEXT NOT NULL, json BLOB)"),
        QStringLiteral("CREATE INDEX observation_registrant ON observation(registrant_id, id)"),
    });
    // 3: upsert() keeps the search index itself. A trigger that writes to the index (a virtual
    // table) makes SQLite journal every page each upsert changes into a statement journal on disk:
    // that was most of what a refresh wrote (8 GB for 126,000 registrants). Deletes keep theirs.
    s.migrations.append({
        QStringLiteral("DROP TRIGGER registrant_ai"),
        QStringLiteral("DROP TRIGGER registrant_au"),
    });
    // 4: memberships stored in the order they arrive (seq), the server's id in an index of its own.
    // A change list sends them by write date, their ids scattered: kept in id order, each batch of
    // 25,000 landed on nearly every page of the table and rewrote it whole into the WAL (about
    // 4 GB for a million); in arrival order a batch appends, and only the small indexes are touched
    // at random places.
    s.migrations.append({
        QStringLiteral("CREATE TABLE membership_by_arrival (seq INTEGER PRIMARY KEY, id INTEGER NOT NULL, "
                       "registrant_id INTEGER NOT NULL, program_id INTEGER NOT NULL, state TEXT NOT NULL, "
                       "write_date TEXT NOT NULL DEFAULT '', json BLOB)"),
        QStringLiteral(
            "INSERT INTO membership_by_arrival (id, registrant_id, program_id, state, write_date, json) "
            "SELECT id, registrant_id, program_id, state, write_date, json FROM membership ORDER BY id"),
        QStringLiteral("DROP TABLE membership"),
        QStringLiteral("ALTER TABLE membership_by_arrival RENAME TO membership"),
        QStringLiteral("CREATE UNIQUE INDEX membership_id ON membership(id)"),
        QStringLiteral("CREATE INDEX membership_registrant ON membership(registrant_id)"),
    });
    return s;
}

bool RegistrantCache::open(const QString &path)
{
    if (!m_file.open(path, schema(), Durability::Normal)) {
        m_error = m_file.error();
        return false;
    }
    return true;
}

bool RegistrantCache::upsert(const QList<CachedRegistrant> &rows)
{
    QSqlDatabase db = m_file.database();
    Savepoint tx(db);
    if (!tx.isOpen()) {
        m_error = tx.error();
        return false;
    }
    // The search index follows each row: its old words out (when the row was there), its new in.
    SqliteStatement before(db, "SELECT name, id_numbers FROM registrant WHERE id = ?");
    SqliteStatement unindex(
        db, "INSERT INTO registrant_fts(registrant_fts, rowid, name, id_numbers) VALUES ('delete', ?, ?, ?)");
    SqliteStatement index(db, "INSERT INTO registrant_fts(rowid, name, id_numbers) VALUES (?, ?, ?)");
    SqliteStatement put(db,
        "INSERT INTO registrant (id, is_group, name, id_numbers, phone, birth_date, write_date, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET is_group = excluded.is_group, "
        "name = excluded.name, id_numbers = excluded.id_numbers, phone = excluded.phone, "
        "birth_date = excluded.birth_date, write_date = excluded.write_date, json = excluded.json");
    // Households' members: two statements prepared once for the page, not twice a household.
    SqliteStatement dropMembers(db, "DELETE FROM group_member WHERE group_id = ?");
    SqliteStatement addMember(
        db, "INSERT OR IGNORE INTO group_member (group_id, individual_id) VALUES (?, ?)");
    const auto failed = [this](const SqliteStatement &statement) {
        m_error = statement.error();
        return false;
    };
    for (const SqliteStatement *s : {&before, &unindex, &index, &put, &dropMembers, &addMember})
        if (!s->isValid())
            return failed(*s);
    const QByteArray empty("");
    for (const CachedRegistrant &r : rows) {
        const QByteArray name = r.name.isNull() ? empty : r.name.toUtf8();
        const QByteArray idNumbers = r.idNumbers.isNull() ? empty : r.idNumbers.toUtf8();
        before.bind(1, r.id);
        bool indexed = false;
        if (before.next()) {
            indexed = before.text(0) == name && before.text(1) == idNumbers;
            if (!indexed) {
                const QByteArray oldName = before.text(0).toByteArray();
                const QByteArray oldIds = before.text(1).toByteArray();
                unindex.bind(1, r.id);
                unindex.bindUtf8(2, oldName);
                unindex.bindUtf8(3, oldIds);
                before.reset();
                if (!unindex.exec())
                    return failed(unindex);
            }
            before.reset();
        } else if (!before.error().isEmpty()) {
            return failed(before);
        }
        if (!indexed) {
            index.bind(1, r.id);
            index.bindUtf8(2, name);
            index.bindUtf8(3, idNumbers);
            if (!index.exec())
                return failed(index);
        }
        put.bind(1, r.id);
        put.bind(2, r.isGroup ? 1 : 0);
        put.bindUtf8(3, name);
        put.bindUtf8(4, idNumbers);
        put.bind(5, r.phone.isNull() ? QStringLiteral("") : r.phone);
        if (r.birthDate.isValid())
            put.bind(6, r.birthDate.toString(Qt::ISODate));
        else
            put.bindNull(6);
        const QByteArray written = r.writeDate.isNull() ? empty : r.writeDate.toUtf8();
        put.bindUtf8(7, written);
        put.bindBlob(8, r.json);
        if (!put.exec())
            return failed(put);
        if (r.isGroup) {
            dropMembers.bind(1, r.id);
            if (!dropMembers.exec())
                return failed(dropMembers);
            for (qint64 member : r.memberIds) {
                addMember.bind(1, r.id);
                addMember.bind(2, member);
                if (!addMember.exec())
                    return failed(addMember);
            }
        }
    }
    if (!tx.release()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

qint64 RegistrantCache::count() const
{
    QSqlQuery q(m_file.database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM registrant")) && q.next() ? q.value(0).toLongLong()
                                                                                 : -1;
}

std::optional<CachedRegistrant> RegistrantCache::get(qint64 id) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT %1 FROM registrant r WHERE r.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<CachedRegistrant> RegistrantCache::firstByName(int limit, bool groups) const
{
    return selectAll<CachedRegistrant>(m_file.database(),
        QStringLiteral(
            "SELECT %1 FROM registrant r WHERE r.is_group = ? ORDER BY r.name COLLATE NOCASE, r.id LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {groups ? 1 : 0, limit}, readRow, &m_error);
}

QList<CachedRegistrant> RegistrantCache::page(bool groups, qint64 afterId, int limit) const
{
    return selectAll<CachedRegistrant>(m_file.database(),
        // (`+r.is_group`: by id through the table itself. Left to choose, SQLite took the name index
        // for is_group and sorted every registrant of the kind by id for each page: 200 ms for the
        // first 500 rows of 200,000, and seconds at a million.)
        QStringLiteral("SELECT %1 FROM registrant r WHERE +r.is_group = ? AND r.id > ? ORDER BY r.id LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {groups ? 1 : 0, afterId, limit}, readRow, &m_error);
}

QList<QPair<qint64, QString>> RegistrantCache::groupsOf(qint64 individualId) const
{
    QSqlQuery q(m_file.database());
    q.prepare(
        QStringLiteral("SELECT g.group_id, r.name FROM group_member g JOIN registrant r ON r.id = g.group_id "
                       "WHERE g.individual_id = ? ORDER BY r.name"));
    q.addBindValue(individualId);
    QList<QPair<qint64, QString>> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

bool sameIdType(const QString &a, const QString &b)
{
    const auto norm = [](QString s) {
        return s.trimmed()
            .toCaseFolded()
            .replace(QLatin1Char('_'), QLatin1Char(' '))
            .replace(QLatin1Char('-'), QLatin1Char(' '));
    };
    return norm(a) == norm(b);
}

QList<qint64> RegistrantCache::findByIdNumbers(const QList<QPair<QString, QString>> &typeAndValue) const
{
    QList<qint64> out;
    for (const auto &[type, value] : typeAndValue) {
        QString quoted = value.trimmed();
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        // The index finds the candidates by number; the record says which id type it is.
        const QList<CachedRegistrant> candidates = selectAll<CachedRegistrant>(m_file.database(),
            QStringLiteral("SELECT %1 FROM registrant_fts f JOIN registrant r ON r.id = f.rowid "
                           "WHERE registrant_fts MATCH ? LIMIT 50")
                .arg(QLatin1String(kColumns)),
            {QStringLiteral("id_numbers : \"%1\"").arg(quoted)}, readRow, &m_error);
        qint64 found = 0;
        int matches = 0;
        for (const CachedRegistrant &c : candidates) {
            const QJsonObject record = QJsonDocument::fromJson(c.json).object();
            const QJsonArray ids = record.contains(QStringLiteral("reg_ids"))
                ? record.value(QStringLiteral("reg_ids")).toArray()
                : record.value(QStringLiteral("ids")).toArray();
            for (const QJsonValue &v : ids) {
                const QJsonObject id = v.toObject();
                const QString idType = id.contains(QStringLiteral("id_type_as_str"))
                    ? id.value(QStringLiteral("id_type_as_str")).toString()
                    : id.value(QStringLiteral("id_type")).toString();
                if (id.value(QStringLiteral("value")).toString() == value.trimmed()
                    && sameIdType(idType, type)) {
                    found = c.id;
                    ++matches;
                    break;
                }
            }
        }
        out << (matches == 1 ? found : 0);
    }
    return out;
}

QList<CachedRegistrant> RegistrantCache::search(const QString &text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return {};
    return selectAll<CachedRegistrant>(m_file.database(),
        QStringLiteral("SELECT %1 FROM registrant_fts f JOIN registrant r ON r.id = f.rowid "
                       "WHERE registrant_fts MATCH ? ORDER BY f.rank LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {match, limit}, readRow, &m_error);
}

QDateTime RegistrantCache::refreshedAt() const
{
    return QDateTime::fromString(metaValue(QStringLiteral("refreshed_at")), Qt::ISODateWithMs);
}

bool RegistrantCache::setRefreshedAt(const QDateTime &when)
{
    return setMetaValue(QStringLiteral("refreshed_at"), when.toUTC().toString(Qt::ISODateWithMs));
}

bool RegistrantCache::checkpoint()
{
    if (!commitGroup())
        return false;
    // The background pass under way ends first. (Until setWriting(false) gives SQLite's own
    // checkpoints back, commits after this one are not copied: a refresh ends right after it.)
    m_checkpointer.reset();
    QSqlQuery q(m_file.database());
    // (SQLITE_BUSY while a reader holds an old snapshot: the first result column is 1, nothing lost.)
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0;
}

// While a refresh writes, the WAL is copied into the file every 256 MiB (m_walCheckpointKiB): a
// page the batches touch again and again (memberships arrive in random id order) is copied once
// per checkpoint. On this thread each checkpoint waited for the disk (one to two seconds, a dozen
// times in a refresh of a million) while nothing else had work; on WalCheckpointer's thread the
// writing goes on. Only starting the WAL over needs this thread: every 1 GiB, copying what the
// last background pass had not. The refresh ends with a checkpoint that empties the WAL.
int RegistrantCache::walCommitted(void *self, sqlite3 *db, const char *, int frames)
{
    auto *cache = static_cast<RegistrantCache *>(self);
    if (!cache->m_checkpointer)
        return SQLITE_OK;
    if (frames >= cache->m_walRestartFrames)
        cache->m_checkpointer->restartFromWriter(db);
    else if (frames >= cache->m_walCheckpointFrames)
        cache->m_checkpointer->request();
    return SQLITE_OK; // (a failed checkpoint loses nothing: the WAL grows until the next one)
}

void RegistrantCache::setWriting(bool writing)
{
    if (writing) {
        m_file.setMemory(kWritingCacheKiB, m_walCheckpointKiB);
        m_grouping = true;
        sqlite3 *db = sqliteHandle(m_file.database());
        if (db && !m_checkpointer) {
            const qint64 page = m_file.pageSize();
            m_walCheckpointFrames = int(qMax<qint64>(1, qint64(m_walCheckpointKiB) * 1024 / page));
            m_walRestartFrames = int(qMax<qint64>(1, qint64(m_walRestartKiB) * 1024 / page));
            m_checkpointer = std::make_unique<WalCheckpointer>(m_file.database().databaseName());
            sqlite3_wal_hook(db, &RegistrantCache::walCommitted, this); // (instead of autocheckpoint)
        }
        return;
    }
    commitGroup(); // (on failure the pages since the last commit are read again next time)
    m_grouping = false;
    const SqliteSchema usual = schema();
    m_file.setMemory(usual.pageCacheKiB, usual.walCheckpointKiB); // (SQLite's hook back)
    m_checkpointer.reset();
    QSqlQuery(m_file.database()).exec(QStringLiteral("PRAGMA shrink_memory"));
}

QString RegistrantCache::syncCursor(const QString &name) const
{
    return metaValue(QStringLiteral("sync_cursor/") + name);
}

bool RegistrantCache::setSyncCursor(const QString &name, const QString &cursor)
{
    return setMetaValue(QStringLiteral("sync_cursor/") + name, cursor);
}

bool RegistrantCache::storePage(
    const QString &name, const QString &cursor, const std::function<bool()> &writes)
{
    if (m_grouping && !m_groupOpen) {
        QSqlQuery begin(m_file.database());
        if (!begin.exec(QStringLiteral("BEGIN"))) {
            m_error = begin.lastError().text();
            return false;
        }
        m_groupOpen = true;
        m_groupSince.start();
    }
    Savepoint tx(m_file.database());
    if (!tx.isOpen()) {
        m_error = tx.error();
        return false;
    }
    if (!writes() || !setSyncCursor(name, cursor))
        return false;
    if (!tx.release()) {
        m_error = tx.error();
        return false;
    }
    return !m_groupOpen || m_groupSince.elapsed() < kGroupCommitMs || commitGroup();
}

bool RegistrantCache::commitGroup()
{
    if (!m_groupOpen)
        return true;
    m_groupOpen = false;
    QSqlQuery q(m_file.database());
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    m_error = q.lastError().text();
    q.exec(QStringLiteral("ROLLBACK")); // (the pages and their cursors go together)
    return false;
}

QString RegistrantCache::metaValue(const QString &key) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

bool RegistrantCache::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool RegistrantCache::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    QSqlDatabase db = m_file.database();
    Savepoint tx(db);
    if (!tx.isOpen()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(db);
    for (const char *sql :
        {"DELETE FROM registrant WHERE id = ?", "DELETE FROM group_member WHERE group_id = ?",
            "DELETE FROM group_member WHERE individual_id = ?",
            // An observation without its own JSON copy takes the membership's before it goes
            // (membershipcache.cpp): what was seen stays readable.
            "UPDATE observation SET json = (SELECT m.json FROM membership m WHERE m.id = "
            "observation.membership_id) WHERE registrant_id = ? AND json IS NULL",
            "DELETE FROM membership WHERE registrant_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        for (qint64 id : ids) {
            q.addBindValue(id);
            if (!q.exec()) {
                m_error = q.lastError().text();
                return false;
            }
        }
    }
    if (!tx.release()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace g2p
