#include "registrystore.h"

#include "sqlitestatement.h"
#include "wiretime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <chrono>

namespace g2p::sandbox {
namespace {

const char kPartnerCols[] = "id, is_group, name, given_name, addl_name, family_name, gender, birthdate, "
                            "birth_place, registration_date, email, address, image_1920, kind, "
                            "is_partial_group, active, create_date, write_date";

const char kMembershipSelect[]
    = "SELECT m.id, m.partner_id, m.program_id, m.state, m.enrollment_date, m.exit_date, m.exit_reason, "
      "m.create_date, m.write_date, p.name, p.is_group, g.name FROM membership m "
      "JOIN partner p ON p.id = m.partner_id JOIN program g ON g.id = m.program_id";

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS partner (id INTEGER PRIMARY KEY, is_group INTEGER NOT NULL, name TEXT NOT "
    "NULL,"
    " given_name TEXT, addl_name TEXT, family_name TEXT, gender TEXT, birthdate TEXT, birth_place TEXT,"
    " registration_date TEXT, email TEXT, address TEXT, image_1920 TEXT, kind TEXT, is_partial_group INTEGER,"
    " active INTEGER NOT NULL DEFAULT 1, create_date INTEGER NOT NULL, write_date INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS partner_kind_name ON partner(is_group, name)",
    "CREATE INDEX IF NOT EXISTS partner_changes ON partner(write_date, id)",
    "CREATE INDEX IF NOT EXISTS partner_kind_changes ON partner(is_group, write_date, id)",
    "CREATE TABLE IF NOT EXISTS reg_id (id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL, id_type TEXT "
    "NOT NULL,"
    " value TEXT, expiry_date TEXT, status TEXT NOT NULL DEFAULT 'valid', description TEXT,"
    " UNIQUE(partner_id, id_type))",
    "CREATE INDEX IF NOT EXISTS reg_id_value ON reg_id(id_type, value)",
    "CREATE TABLE IF NOT EXISTS phone (id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL, phone_no TEXT "
    "NOT NULL,"
    " phone_sanitized TEXT NOT NULL, date_collected TEXT)",
    "CREATE INDEX IF NOT EXISTS phone_partner ON phone(partner_id)",
    "CREATE TABLE IF NOT EXISTS group_membership (id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL,"
    " individual_id INTEGER NOT NULL, kinds TEXT NOT NULL DEFAULT '', create_date INTEGER NOT NULL,"
    " write_date INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS group_membership_group ON group_membership(group_id)",
    "CREATE INDEX IF NOT EXISTS group_membership_individual ON group_membership(individual_id)",
    "CREATE TABLE IF NOT EXISTS program (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT,"
    " target_type TEXT NOT NULL, state TEXT NOT NULL, active INTEGER NOT NULL, date_ended TEXT,"
    " create_date INTEGER NOT NULL, write_date INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS membership (id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL,"
    " program_id INTEGER NOT NULL, state TEXT NOT NULL, enrollment_date INTEGER, exit_date TEXT, exit_reason "
    "TEXT,"
    " create_date INTEGER NOT NULL, write_date INTEGER NOT NULL, UNIQUE(partner_id, program_id))",
    "CREATE INDEX IF NOT EXISTS membership_program_state ON membership(program_id, state)",
    "CREATE INDEX IF NOT EXISTS membership_changes ON membership(write_date, id)",
    "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY, membership_id INTEGER NOT NULL,"
    " changed_at INTEGER NOT NULL, changed_by TEXT, from_state TEXT, to_state TEXT NOT NULL,"
    " enrollment_date INTEGER, exit_date TEXT, exit_reason TEXT, note TEXT, source TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS history_membership ON history(membership_id, changed_at, id)",
    "CREATE TABLE IF NOT EXISTS id_type (name TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS gender_type (code TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS group_kind (name TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS membership_kind (name TEXT PRIMARY KEY)",
    // The chatter of Odoo's mail.thread records (the Odoo face posts and reads it).
    "CREATE TABLE IF NOT EXISTS mail_message (id INTEGER PRIMARY KEY, model TEXT NOT NULL, res_id INTEGER "
    "NOT NULL,"
    " body TEXT, date INTEGER NOT NULL, message_type TEXT NOT NULL, subtype_id INTEGER, author_uid INTEGER,"
    " author_name TEXT)",
    "CREATE INDEX IF NOT EXISTS mail_message_record ON mail_message(model, res_id)",
};

QString likeToGlob(const QString &like)
{
    QString g = QStringLiteral("*");
    for (const QChar c : like) {
        switch (c.unicode()) {
        case '%':
            g += QLatin1Char('*');
            break;
        case '_':
            g += QLatin1Char('?');
            break;
        case '*':
            g += QLatin1String("[*]");
            break;
        case '?':
            g += QLatin1String("[?]");
            break;
        case '[':
            g += QLatin1String("[[]");
            break;
        default:
            g += c;
        }
    }
    return g + QLatin1Char('*');
}

} // namespace

QString sqlIdList(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QString s;
    for (qsizetype i = from; i < from + count && i < ids.size(); ++i) {
        if (!s.isEmpty())
            s += QLatin1Char(',');
        s += QString::number(ids[i]);
    }
    return s;
}

void bindValues(SqliteStatement &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType:
            q.bindNull(i + 1);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            q.bind(i + 1, v.toLongLong());
            break;
        default: // text; a number in text compares as a number with an INTEGER column (SQLite's affinity)
            q.bind(i + 1, v.toString());
        }
    }
}

namespace {

QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

RegistryStore::RegistryStore()
    : m_connection(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

RegistryStore::~RegistryStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase RegistryStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool RegistryStore::open(const QString &path, QString *error)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!d.open()) {
        *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    // A server keeps its hot pages in memory: with SQLite's 2 MB default a change list over a
    // million registrants read most of its rows (each membership's registrant, at random) through
    // read() calls again on every page.
    q.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    q.exec(QStringLiteral("PRAGMA mmap_size=4294967296"));
    if (!createSchema(error))
        return false;
    loadReferenceData();
    QSqlQuery last(d);
    last.exec(
        QStringLiteral("SELECT MAX(write_date) FROM (SELECT MAX(write_date) AS write_date FROM membership "
                       "UNION ALL SELECT MAX(write_date) FROM partner)"));
    if (last.next())
        m_lastMicros = last.value(0).toLongLong();
    return true;
}

bool RegistryStore::createSchema(QString *error)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    for (const char *stmt : kSchema) {
        if (!q.exec(QString::fromLatin1(stmt))) {
            *error = q.lastError().text();
            return false;
        }
    }
    // Registrants disabled in OpenG2P (a date; null = not disabled). Databases made before the
    // Odoo face lack the column: added in place (fails harmlessly when it is there).
    q.exec(QStringLiteral("ALTER TABLE partner ADD COLUMN disabled INTEGER"));
    // Trigram index for the `like` name search (SQLite >= 3.34 with FTS5); a plain scan otherwise.
    m_fts = q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS partner_name_fts USING fts5(name, "
                                  "tokenize='trigram case_sensitive 1')"));
    q.exec(QStringLiteral("SELECT COUNT(*) FROM id_type"));
    if (q.next() && q.value(0).toInt() == 0) {
        const char *const ref[] = {
            "INSERT INTO id_type VALUES ('National ID'), ('Household ID'), ('Passport'), ('Tax ID'), ('Birth "
            "Certificate')",
            "INSERT INTO gender_type VALUES ('Male', 'Male'), ('Female', 'Female'), ('Other', 'Other'),"
            " ('M', 'Male'), ('F', 'Female')",
            "INSERT INTO group_kind VALUES ('Household'), ('Family')",
            "INSERT INTO membership_kind VALUES ('Head'), ('Spouse'), ('Child'), ('Member')",
        };
        for (const char *stmt : ref)
            q.exec(QString::fromLatin1(stmt));
    }
    return true;
}

void RegistryStore::loadReferenceData()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT name FROM id_type"));
    while (q.next())
        m_idTypes << q.value(0).toString();
    q.exec(QStringLiteral("SELECT code, value FROM gender_type"));
    while (q.next())
        m_genders.insert(q.value(0).toString(), q.value(1).toString());
    q.exec(QStringLiteral("SELECT name FROM group_kind"));
    while (q.next())
        m_groupKinds << q.value(0).toString();
    q.exec(QStringLiteral("SELECT name FROM membership_kind"));
    while (q.next())
        m_memberKinds << q.value(0).toString();
}

bool RegistryStore::isEmpty() const
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM partner) OR EXISTS(SELECT 1 FROM program)"));
    return !(q.next() && q.value(0).toBool());
}

qint64 RegistryStore::nowMicros()
{
    const qint64 now = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch())
                           .count();
    m_lastMicros = qMax(now, m_lastMicros + 1);
    return m_lastMicros;
}

bool RegistryStore::begin()
{
    return db().transaction();
}

bool RegistryStore::commit()
{
    return db().commit();
}

void RegistryStore::rollback()
{
    db().rollback();
}

QSqlQuery RegistryStore::prepare(const QString &sql) const
{
    QSqlQuery q(db());
    q.prepare(sql);
    return q;
}

// A text column as a QString; a NULL column is a null view, hence a null QString (OpenG2P's `false`
// for an unset field).
static QString textOf(const SqliteStatement &q, int column)
{
    return QString::fromUtf8(q.text(column));
}

PartnerRow RegistryStore::readPartner(const SqliteStatement &q)
{
    const auto text = [&q](int i) { return textOf(q, i); };
    PartnerRow p;
    p.id = q.int64(0);
    p.isGroup = q.int64(1) != 0;
    p.name = text(2);
    if (p.name.isNull())
        p.name = QLatin1String(""); // NOT NULL in the schema
    p.givenName = text(3);
    p.addlName = text(4);
    p.familyName = text(5);
    p.gender = text(6);
    p.birthdate = text(7);
    p.birthPlace = text(8);
    p.registrationDate = text(9);
    p.email = text(10);
    p.address = text(11);
    p.image1920 = text(12);
    p.kind = text(13);
    p.isPartialGroup = q.isNull(14) ? QVariant() : QVariant(q.int64(14) != 0);
    p.active = q.int64(15) != 0;
    p.createDate = q.int64(16);
    p.writeDate = q.int64(17);
    return p;
}

qint64 RegistryStore::insertPartner(PartnerRow &p)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO partner (is_group, name, given_name, addl_name, family_name, gender, "
                       "birthdate, birth_place, registration_date, email, address, image_1920, kind, "
                       "is_partial_group, active, create_date, write_date) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (p.createDate == 0)
        p.createDate = p.writeDate = nowMicros();
    const QVariantList values
        = {p.isGroup ? 1 : 0, p.name, nullable(p.givenName), nullable(p.addlName), nullable(p.familyName),
            nullable(p.gender), nullable(p.birthdate), nullable(p.birthPlace), nullable(p.registrationDate),
            nullable(p.email), nullable(p.address), nullable(p.image1920), nullable(p.kind),
            p.isPartialGroup.isNull() ? QVariant(QMetaType::fromType<int>())
                                      : QVariant(p.isPartialGroup.toBool() ? 1 : 0),
            p.active ? 1 : 0, p.createDate, p.writeDate};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    p.id = q.lastInsertId().toLongLong();
    if (m_fts) {
        QSqlQuery f(db());
        f.prepare(QStringLiteral("INSERT INTO partner_name_fts (rowid, name) VALUES (?, ?)"));
        f.addBindValue(p.id);
        f.addBindValue(p.name);
        f.exec();
    }
    return p.id;
}

bool RegistryStore::updatePartner(const PartnerRow &p)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE partner SET name=?, given_name=?, addl_name=?, family_name=?, gender=?, "
                       "birthdate=?, birth_place=?, registration_date=?, email=?, address=?, image_1920=?, "
                       "write_date=? WHERE id=?"));
    for (const QVariant &v : {QVariant(p.name), nullable(p.givenName), nullable(p.addlName),
             nullable(p.familyName), nullable(p.gender), nullable(p.birthdate), nullable(p.birthPlace),
             nullable(p.registrationDate), nullable(p.email), nullable(p.address), nullable(p.image1920),
             QVariant(p.writeDate), QVariant(p.id)})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    if (m_fts) {
        QSqlQuery f(db());
        f.prepare(QStringLiteral("UPDATE partner_name_fts SET name = ? WHERE rowid = ?"));
        f.addBindValue(p.name);
        f.addBindValue(p.id);
        f.exec();
    }
    return true;
}

void RegistryStore::touchPartner(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE partner SET write_date = ? WHERE id = ?"));
    q.addBindValue(nowMicros());
    q.addBindValue(id);
    q.exec();
}

QList<PartnerRow> RegistryStore::partnerRows(const QList<qint64> &ids) const
{
    QList<PartnerRow> rows;
    rows.reserve(ids.size());
    SqliteStatement q(db(),
        QStringLiteral("SELECT %1 FROM partner WHERE id IN (%2)")
            .arg(QLatin1String(kPartnerCols), sqlIdList(ids, 0, ids.size()))
            .toUtf8());
    while (q.next())
        rows.append(readPartner(q));
    return rows;
}

std::optional<PartnerRow> RegistryStore::anyPartner(qint64 id) const
{
    SqliteStatement q(db(), (QByteArray("SELECT ") + kPartnerCols + " FROM partner WHERE id = ?"));
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    PartnerRow p = readPartner(q);
    q.reset();
    return p;
}

std::optional<PartnerRow> RegistryStore::partner(qint64 id, bool isGroup) const
{
    auto p = anyPartner(id);
    if (!p || p->isGroup != isGroup || !p->active)
        return std::nullopt;
    return p;
}

QList<qint64> RegistryStore::searchPartners(
    bool isGroup, std::optional<qint64> id, const QString &nameLike) const
{
    QString sql = QStringLiteral("SELECT id FROM partner WHERE is_group = ? AND active = 1");
    QVariantList binds {isGroup ? 1 : 0};
    if (id) {
        sql += QStringLiteral(" AND id = ?");
        binds << *id;
    }
    if (!nameLike.isNull()) {
        const QString glob = likeToGlob(nameLike);
        if (m_fts)
            sql += QStringLiteral(" AND id IN (SELECT rowid FROM partner_name_fts WHERE name GLOB ?)");
        else
            sql += QStringLiteral(" AND name GLOB ?");
        binds << glob;
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<qint64> out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

qint64 RegistryStore::insertRegId(qint64 partnerId,
    const QString &idType,
    const QString &value,
    const QString &expiry,
    const QString &status,
    const QString &description)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO reg_id (partner_id, id_type, value, expiry_date, status, "
                             "description) VALUES (?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(partnerId), QVariant(idType), nullable(value), nullable(expiry),
             QVariant(status.isEmpty() ? QStringLiteral("valid") : status), nullable(description)})
        q.addBindValue(v);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

bool RegistryStore::updateRegId(qint64 regId,
    const QString &value,
    const QString &expiry,
    const QString &status,
    const QString &description)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE reg_id SET value = ?, expiry_date = COALESCE(?, expiry_date), "
                       "status = COALESCE(?, status), description = COALESCE(?, description) WHERE id = ?"));
    for (const QVariant &v :
        {nullable(value), nullable(expiry), nullable(status), nullable(description), QVariant(regId)})
        q.addBindValue(v);
    return q.exec();
}

std::optional<qint64> RegistryStore::regIdOfType(qint64 partnerId, const QString &idType) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM reg_id WHERE partner_id = ? AND id_type = ?"));
    q.addBindValue(partnerId);
    q.addBindValue(idType);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> RegistryStore::partnerByRegId(const QString &idType, const QString &value) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT r.partner_id FROM reg_id r JOIN partner p ON p.id = r.partner_id "
                             "WHERE r.id_type = ? AND r.value = ? AND p.is_group = 0 AND p.active = 1 "
                             "ORDER BY r.partner_id LIMIT 1"));
    q.addBindValue(idType);
    q.addBindValue(value);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QStringList RegistryStore::idValues(const QString &includeType, const QString &excludeType) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT r.value FROM reg_id r JOIN partner p ON p.id = r.partner_id "
        "WHERE r.id_type = ? AND r.status = 'valid' AND r.value IS NOT NULL AND p.is_group = 0 AND p.active "
        "= 1 "
        "AND NOT EXISTS (SELECT 1 FROM reg_id x WHERE x.partner_id = r.partner_id AND x.id_type = ?)"));
    q.addBindValue(includeType);
    q.addBindValue(excludeType.isNull() ? QString() : excludeType);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

qint64 RegistryStore::insertPhone(
    qint64 partnerId, const QString &phoneNo, const QString &sanitized, const QString &dateCollected)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO phone (partner_id, phone_no, phone_sanitized, date_collected) VALUES (?,?,?,?)"));
    for (const QVariant &v :
        {QVariant(partnerId), QVariant(phoneNo), QVariant(sanitized), nullable(dateCollected)})
        q.addBindValue(v);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

qint64 RegistryStore::insertGroupMembership(qint64 groupId, qint64 individualId, const QStringList &kinds)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO group_membership (group_id, individual_id, kinds, create_date, write_date) "
        "VALUES (?,?,?,?,?)"));
    const qint64 now = nowMicros();
    QString joined = kinds.join(QLatin1Char('\n'));
    if (joined.isNull())
        joined = QLatin1String(""); // no kinds: '' (a null would break the NOT NULL column)
    for (const QVariant &v :
        {QVariant(groupId), QVariant(individualId), QVariant(joined), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

qint64 RegistryStore::insertProgram(const ProgramRow &p)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO program (name, description, target_type, state, active, date_ended, "
                       "create_date, write_date) VALUES (?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
        {QVariant(p.name), nullable(p.description), QVariant(p.targetType), QVariant(p.state),
            QVariant(p.active ? 1 : 0), nullable(p.dateEnded), QVariant(p.createDate), QVariant(p.writeDate)})
        q.addBindValue(v);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

static ProgramRow readProgram(const QSqlQuery &q)
{
    ProgramRow p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.description = q.value(2).isNull() ? QString() : q.value(2).toString();
    p.targetType = q.value(3).toString();
    p.state = q.value(4).toString();
    p.active = q.value(5).toBool();
    p.dateEnded = q.value(6).isNull() ? QString() : q.value(6).toString();
    p.createDate = q.value(7).toLongLong();
    p.writeDate = q.value(8).toLongLong();
    p.beneficiaries = q.value(9).toLongLong();
    p.enrolled = q.value(10).toLongLong();
    return p;
}

static const char kProgramSelect[]
    = "SELECT g.id, g.name, g.description, g.target_type, g.state, g.active, g.date_ended, g.create_date, "
      "g.write_date, (SELECT COUNT(*) FROM membership m WHERE m.program_id = g.id), "
      "(SELECT COUNT(*) FROM membership m WHERE m.program_id = g.id AND m.state = 'enrolled') FROM program g";

std::optional<ProgramRow> RegistryStore::program(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(kProgramSelect) + QStringLiteral(" WHERE g.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readProgram(q);
    return std::nullopt;
}

std::optional<qint64> RegistryStore::programByName(const QString &name, const QString &targetType) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id FROM program WHERE name = ? AND target_type = ? AND active = 1 ORDER BY id LIMIT 1"));
    q.addBindValue(name);
    q.addBindValue(targetType);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<ProgramRow> RegistryStore::programs(
    const QString &where, const QVariantList &binds, int limit, int offset, qint64 *total) const
{
    QSqlQuery c(db());
    c.prepare(QStringLiteral("SELECT COUNT(*) FROM program g") + where);
    for (const QVariant &b : binds)
        c.addBindValue(b);
    if (c.exec() && c.next())
        *total = c.value(0).toLongLong();
    QSqlQuery q(db());
    q.prepare(
        QString::fromLatin1(kProgramSelect) + where + QStringLiteral(" ORDER BY g.id LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<ProgramRow> out;
    if (q.exec())
        while (q.next())
            out.append(readProgram(q));
    return out;
}

static MembershipRow readMembership(const SqliteStatement &q)
{
    const auto text = [&q](int i) { return textOf(q, i); };
    MembershipRow m;
    m.id = q.int64(0);
    m.partnerId = q.int64(1);
    m.programId = q.int64(2);
    m.state = text(3);
    m.enrollmentDate = q.isNull(4) ? QVariant() : QVariant(q.int64(4));
    m.exitDate = text(5);
    m.exitReason = text(6);
    m.createDate = q.int64(7);
    m.writeDate = q.int64(8);
    m.registrantName = text(9);
    m.registrantIsGroup = q.int64(10) != 0;
    m.programName = text(11);
    return m;
}

static std::optional<MembershipRow> oneMembership(SqliteStatement &q)
{
    if (!q.next())
        return std::nullopt;
    MembershipRow m = readMembership(q);
    q.reset();
    return m;
}

std::optional<MembershipRow> RegistryStore::membership(qint64 id) const
{
    SqliteStatement q(db(), (QByteArray(kMembershipSelect) + " WHERE m.id = ?"));
    q.bind(1, id);
    return oneMembership(q);
}

std::optional<MembershipRow> RegistryStore::membershipOf(qint64 partnerId, qint64 programId) const
{
    SqliteStatement q(db(), (QByteArray(kMembershipSelect) + " WHERE m.partner_id = ? AND m.program_id = ?"));
    q.bind(1, partnerId);
    q.bind(2, programId);
    return oneMembership(q);
}

QList<MembershipRow> RegistryStore::memberships(const QString &where,
    const QVariantList &binds,
    int limit,
    int offset,
    qint64 *total,
    const QString &orderBy) const
{
    if (total) {
        SqliteStatement c(db(), (QByteArray("SELECT COUNT(*) FROM membership m") + where.toUtf8()));
        bindValues(c, binds);
        *total = c.next() ? c.int64(0) : 0;
        c.reset();
    }
    SqliteStatement q(db(),
        (QByteArray(kMembershipSelect) + where.toUtf8()
            + QStringLiteral(" ORDER BY %1 LIMIT ? OFFSET ?")
                  .arg(orderBy.isEmpty() ? QStringLiteral("m.id DESC") : orderBy)
                  .toUtf8()));
    bindValues(q, binds);
    q.bind(int(binds.size()) + 1, limit);
    q.bind(int(binds.size()) + 2, offset);
    QList<MembershipRow> out;
    out.reserve(qMin(limit, 1000));
    while (q.next())
        out.append(readMembership(q));
    return out;
}

qint64 RegistryStore::insertMembership(MembershipRow &m)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO membership (partner_id, program_id, state, enrollment_date, exit_date, "
                       "exit_reason, create_date, write_date) VALUES (?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(m.partnerId), QVariant(m.programId), QVariant(m.state),
             m.enrollmentDate.isNull() ? QVariant(QMetaType::fromType<qint64>()) : m.enrollmentDate,
             nullable(m.exitDate), nullable(m.exitReason), QVariant(m.createDate), QVariant(m.writeDate)})
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    m.id = q.lastInsertId().toLongLong();
    return m.id;
}

bool RegistryStore::updateMembership(const MembershipRow &m)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE membership SET state = ?, enrollment_date = ?, exit_date = ?, exit_reason = ?, "
        "write_date = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(m.state),
             m.enrollmentDate.isNull() ? QVariant(QMetaType::fromType<qint64>()) : m.enrollmentDate,
             nullable(m.exitDate), nullable(m.exitReason), QVariant(m.writeDate), QVariant(m.id)})
        q.addBindValue(v);
    return q.exec();
}

qint64 RegistryStore::insertHistory(const HistoryRow &h)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO history (membership_id, changed_at, changed_by, from_state, to_state, "
        "enrollment_date, exit_date, exit_reason, note, source) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(h.membershipId), QVariant(h.changedAt), nullable(h.changedBy),
             nullable(h.fromState), QVariant(h.toState),
             h.enrollmentDate.isNull() ? QVariant(QMetaType::fromType<qint64>()) : h.enrollmentDate,
             nullable(h.exitDate), nullable(h.exitReason), nullable(h.note), QVariant(h.source)})
        q.addBindValue(v);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

void RegistryStore::reindexNames(const QList<qint64> &ids)
{
    if (!m_fts || ids.isEmpty())
        return;
    for (qsizetype from = 0; from < ids.size(); from += 900) {
        const QString list = sqlIdList(ids, from, 900);
        QSqlQuery q(db());
        q.exec(QStringLiteral("DELETE FROM partner_name_fts WHERE rowid IN (%1)").arg(list));
        q.exec(QStringLiteral(
            "INSERT INTO partner_name_fts (rowid, name) SELECT id, name FROM partner WHERE id IN (%1)")
                   .arg(list));
    }
}

void RegistryStore::rebuildSearchIndex()
{
    if (!m_fts)
        return;
    QSqlQuery q(db());
    q.exec(QStringLiteral("DELETE FROM partner_name_fts"));
    q.exec(QStringLiteral("INSERT INTO partner_name_fts (rowid, name) SELECT id, name FROM partner"));
}

} // namespace g2p::sandbox
