#include "outbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace g2p {

namespace {
constexpr quint32 kOutboxApplicationId = 0x47325044; // "G2PD"

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}
} // namespace

QString outboxStateName(OutboxItem::State s)
{
    switch (s) {
    case OutboxItem::State::Pending:
        return QStringLiteral("pending");
    case OutboxItem::State::Sending:
        return QStringLiteral("sending");
    case OutboxItem::State::Confirmed:
        return QStringLiteral("confirmed");
    case OutboxItem::State::Failed:
        return QStringLiteral("failed");
    case OutboxItem::State::Conflict:
        return QStringLiteral("conflict");
    case OutboxItem::State::Discarded:
        return QStringLiteral("discarded");
    }
    return QString();
}

SqliteSchema Outbox::schema()
{
    SqliteSchema s;
    s.applicationId = kOutboxApplicationId;
    s.precious = true;
    s.migrations = {{
        QStringLiteral(
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "payload BLOB NOT NULL, registrant_id INTEGER NOT NULL DEFAULT 0, "
            "state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, "
            "message TEXT NOT NULL DEFAULT '', server BLOB, created TEXT NOT NULL, updated TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_state ON outbox(state, id)"),
        QStringLiteral("CREATE INDEX outbox_registrant ON outbox(registrant_id, id)"),
    }};
    return s;
}

bool Outbox::open(const QString &path)
{
    if (!m_file.open(path, schema(), Durability::Full)) {
        m_error = m_file.error();
        return false;
    }
    return true;
}

qint64 Outbox::enqueue(const QString &kind, const QJsonObject &payload, qint64 registrantId)
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("INSERT INTO outbox (kind, payload, registrant_id, state, created, updated) "
                             "VALUES (?, ?, ?, 0, ?, ?)"));
    const QString now = nowText();
    q.addBindValue(kind);
    q.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    q.addBindValue(registrantId);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<qint64> Outbox::enqueueMany(const QList<OutboxDraft> &drafts)
{
    QSqlDatabase db = m_file.database();
    QList<qint64> ids;
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return ids;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (kind, payload, registrant_id, state, created, updated) "
                             "VALUES (?, ?, ?, 0, ?, ?)"));
    const QString now = nowText();
    for (const OutboxDraft &d : drafts) {
        q.addBindValue(d.kind);
        q.addBindValue(QJsonDocument(d.payload).toJson(QJsonDocument::Compact));
        q.addBindValue(d.registrantId);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            m_error = q.lastError().text();
            db.rollback();
            return {};
        }
        ids << q.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return {};
    }
    return ids;
}

bool Outbox::transition(qint64 id,
    const QList<OutboxItem::State> &from,
    OutboxItem::State to,
    const QString &message,
    const QJsonObject *server,
    const QJsonObject *payload,
    bool countAttempt)
{
    m_stale = false;
    QStringList codes;
    for (OutboxItem::State st : from)
        codes << QString::number(int(st));
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, message = ?, server = COALESCE(?, server), "
                             "payload = COALESCE(?, payload), attempts = attempts + ?, updated = ? "
                             "WHERE id = ? AND state IN (%1)")
                  .arg(codes.join(QLatin1Char(','))));
    const auto blob = [](const QJsonObject *o) {
        return o ? QVariant(QJsonDocument(*o).toJson(QJsonDocument::Compact))
                 : QVariant(QMetaType(QMetaType::QByteArray));
    };
    q.addBindValue(int(to));
    q.addBindValue(message.isNull() ? QStringLiteral("") : message); // a null QString binds as NULL
    q.addBindValue(blob(server));
    q.addBindValue(blob(payload));
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 1)
        return true;
    const auto now = item(id);
    m_stale = now.has_value();
    m_error = now ? QStringLiteral("outbox item %1 is %2 now (another program changed it)")
                        .arg(id)
                        .arg(outboxStateName(now->state))
                  : QStringLiteral("no outbox item %1").arg(id);
    return false;
}

bool Outbox::markSending(qint64 id, const QJsonObject *payload, OutboxItem::State from)
{
    return transition(id, {from}, OutboxItem::State::Sending, QString(), nullptr, payload, true);
}

bool Outbox::replacePayload(qint64 id, const QJsonObject &payload)
{
    return updateOne(m_file.database(),
        QStringLiteral("UPDATE outbox SET payload = ?, updated = ? WHERE id = ? AND state IN (0, 3, 4)"),
        {QJsonDocument(payload).toJson(QJsonDocument::Compact), nowText(), id},
        QStringLiteral("outbox item %1 is on its way or gone").arg(id), &m_error);
}

bool Outbox::markPending(qint64 id, const QString &why, OutboxItem::State from)
{
    return transition(id, {from}, OutboxItem::State::Pending, why, nullptr, nullptr, false);
}

bool Outbox::markConfirmed(qint64 id, const QJsonObject &serverAnswer, OutboxItem::State from)
{
    return transition(id, {from}, OutboxItem::State::Confirmed, QString(), &serverAnswer, nullptr, false);
}

bool Outbox::markFailed(qint64 id, const QString &message, OutboxItem::State from)
{
    return transition(id, {from}, OutboxItem::State::Failed, message, nullptr, nullptr, false);
}

bool Outbox::markConflict(
    qint64 id, const QString &message, const QJsonObject &theirs, OutboxItem::State from)
{
    return transition(id, {from}, OutboxItem::State::Conflict, message, &theirs, nullptr, false);
}

bool Outbox::retry(qint64 id)
{
    return transition(id, {OutboxItem::State::Failed, OutboxItem::State::Conflict},
        OutboxItem::State::Pending, QString(), nullptr, nullptr, false);
}

bool Outbox::discard(qint64 id)
{
    // The message stays (why it failed, or the conflict) for the record.
    QSqlQuery q(m_file.database());
    m_stale = false;
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, updated = ? WHERE id = ? AND state IN (?, ?, ?)"));
    q.addBindValue(int(OutboxItem::State::Discarded));
    q.addBindValue(nowText());
    q.addBindValue(id);
    q.addBindValue(int(OutboxItem::State::Pending));
    q.addBindValue(int(OutboxItem::State::Failed));
    q.addBindValue(int(OutboxItem::State::Conflict));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 1)
        return true;
    const auto now = item(id);
    m_stale = now.has_value();
    m_error = !now ? QStringLiteral("no outbox item %1").arg(id)
        : now->state == OutboxItem::State::Sending
        ? QStringLiteral("outbox item %1 has an unknown outcome: it must be checked against the server first")
              .arg(id)
        : QStringLiteral("outbox item %1 is %2 and cannot be discarded")
              .arg(id)
              .arg(outboxStateName(now->state));
    return false;
}

int Outbox::pruneSettled(const QDateTime &before)
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE state IN (?, ?) AND updated < ?"));
    q.addBindValue(int(OutboxItem::State::Confirmed));
    q.addBindValue(int(OutboxItem::State::Discarded));
    q.addBindValue(before.toUTC().toString(Qt::ISODateWithMs)); // the stored form: text compares as time
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

static OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem i;
    i.id = q.value(0).toLongLong();
    i.kind = q.value(1).toString();
    i.payload = parseObject(q.value(2));
    i.registrantId = q.value(3).toLongLong();
    i.state = OutboxItem::State(q.value(4).toInt());
    i.attempts = q.value(5).toInt();
    i.message = q.value(6).toString();
    i.serverVersion = parseObject(q.value(7));
    i.created = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    i.updated = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return i;
}

static const char *kColumns
    = "id, kind, payload, registrant_id, state, attempts, message, server, created, updated";

int Outbox::recoverFrom(const QString &setAsidePath)
{
    QList<OutboxItem> found;
    {
        const QString name
            = QStringLiteral("g2p-recover-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            old.setDatabaseName(setAsidePath);
            old.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!old.open()) {
                m_error = old.lastError().text();
            } else {
                QSqlQuery q(old);
                q.setForwardOnly(true);
                // Row by row: a damaged page ends the reading there, what came before is kept.
                if (q.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state IN (0, 1, 3, 4) ORDER BY id")
                               .arg(QLatin1String(kColumns)))) {
                    while (q.next())
                        found << readItem(q);
                }
                if (found.isEmpty() && q.lastError().isValid())
                    m_error = q.lastError().text();
                old.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (found.isEmpty() && !m_error.isEmpty())
        return -1;
    QSqlDatabase db = m_file.database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return -1;
    }
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO outbox (kind, payload, registrant_id, state, attempts, message, server, "
                       "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const OutboxItem &i : std::as_const(found)) {
        ins.addBindValue(i.kind);
        ins.addBindValue(QJsonDocument(i.payload).toJson(QJsonDocument::Compact));
        ins.addBindValue(i.registrantId);
        ins.addBindValue(int(i.state));
        ins.addBindValue(i.attempts);
        ins.addBindValue(i.message);
        ins.addBindValue(i.serverVersion.isEmpty()
                ? QVariant(QMetaType(QMetaType::QByteArray))
                : QVariant(QJsonDocument(i.serverVersion).toJson(QJsonDocument::Compact)));
        ins.addBindValue(i.created.toString(Qt::ISODateWithMs));
        ins.addBindValue(nowText());
        if (!ins.exec()) {
            m_error = ins.lastError().text();
            db.rollback();
            return -1;
        }
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return -1;
    }
    const QString done
        = QString(setAsidePath).replace(QStringLiteral(".damaged-"), QStringLiteral(".recovered-"));
    const QString target = done == setAsidePath ? setAsidePath + QStringLiteral(".recovered") : done;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(setAsidePath + suffix, target + suffix);
    QFile::rename(setAsidePath, target);
    return int(found.size());
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readItem(q);
}

QList<OutboxItem> Outbox::items(std::optional<OutboxItem::State> state) const
{
    if (!state)
        return selectAll<OutboxItem>(m_file.database(),
            QStringLiteral("SELECT %1 FROM outbox ORDER BY id").arg(QLatin1String(kColumns)), {}, readItem,
            &m_error);
    return selectAll<OutboxItem>(m_file.database(),
        QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY id").arg(QLatin1String(kColumns)),
        {int(*state)}, readItem, &m_error);
}

QList<OutboxItem> Outbox::itemsIn(const QList<OutboxItem::State> &states, int limit) const
{
    QStringList codes;
    for (OutboxItem::State st : states)
        codes << QString::number(int(st));
    const QString where = codes.isEmpty()
        ? QString()
        : QStringLiteral("WHERE state IN (%1) ").arg(codes.join(QLatin1Char(',')));
    QList<OutboxItem> newestFirst = selectAll<OutboxItem>(m_file.database(),
        QStringLiteral("SELECT %1 FROM outbox %2ORDER BY id DESC LIMIT ?")
            .arg(QLatin1String(kColumns), where),
        {limit}, readItem, &m_error);
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

QList<OutboxItem> Outbox::itemsOfRegistrant(qint64 registrantId) const
{
    return selectAll<OutboxItem>(m_file.database(),
        QStringLiteral("SELECT %1 FROM outbox WHERE registrant_id = ? ORDER BY id")
            .arg(QLatin1String(kColumns)),
        {registrantId}, readItem, &m_error);
}

int Outbox::count(OutboxItem::State state) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    q.addBindValue(int(state));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace g2p
