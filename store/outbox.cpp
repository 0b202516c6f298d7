#include "outbox.h"

#include <QJsonDocument>

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

bool Outbox::setState(
    qint64 id, OutboxItem::State state, const QString &message, const QJsonObject *server, bool countAttempt)
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, message = ?, server = COALESCE(?, server), "
                             "attempts = attempts + ?, updated = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(message.isNull() ? QStringLiteral("") : message); // a null QString binds as NULL
    q.addBindValue(server ? QVariant(QJsonDocument(*server).toJson(QJsonDocument::Compact))
                          : QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_error = QStringLiteral("no outbox item %1").arg(id);
        return false;
    }
    return true;
}

bool Outbox::markSending(qint64 id, const QJsonObject *payload)
{
    if (!payload)
        return setState(id, OutboxItem::State::Sending, QString(), nullptr, true);
    return updateOne(m_file.database(),
        QStringLiteral("UPDATE outbox SET state = ?, payload = ?, attempts = attempts + 1, message = '', "
                       "updated = ? WHERE id = ?"),
        {int(OutboxItem::State::Sending), QJsonDocument(*payload).toJson(QJsonDocument::Compact), nowText(),
            id},
        QStringLiteral("no outbox item %1").arg(id), &m_error);
}

bool Outbox::replacePayload(qint64 id, const QJsonObject &payload)
{
    return updateOne(m_file.database(),
        QStringLiteral("UPDATE outbox SET payload = ?, updated = ? WHERE id = ? AND state IN (0, 3, 4)"),
        {QJsonDocument(payload).toJson(QJsonDocument::Compact), nowText(), id},
        QStringLiteral("outbox item %1 is on its way or gone").arg(id), &m_error);
}

bool Outbox::markPending(qint64 id, const QString &why)
{
    return setState(id, OutboxItem::State::Pending, why, nullptr, false);
}

bool Outbox::markConfirmed(qint64 id, const QJsonObject &serverAnswer)
{
    return setState(id, OutboxItem::State::Confirmed, QString(), &serverAnswer, false);
}

bool Outbox::markFailed(qint64 id, const QString &message)
{
    return setState(id, OutboxItem::State::Failed, message, nullptr, false);
}

bool Outbox::markConflict(qint64 id, const QString &message, const QJsonObject &theirs)
{
    return setState(id, OutboxItem::State::Conflict, message, &theirs, false);
}

bool Outbox::retry(qint64 id)
{
    const auto it = item(id);
    if (!it || (it->state != OutboxItem::State::Failed && it->state != OutboxItem::State::Conflict)) {
        m_error = QStringLiteral("outbox item %1 is not failed or in conflict").arg(id);
        return false;
    }
    return setState(id, OutboxItem::State::Pending, QString(), nullptr, false);
}

bool Outbox::discard(qint64 id)
{
    const auto it = item(id);
    if (!it || it->state == OutboxItem::State::Sending || it->state == OutboxItem::State::Confirmed) {
        m_error = QStringLiteral("outbox item %1 cannot be discarded now").arg(id);
        return false;
    }
    return setState(id, OutboxItem::State::Discarded, it->message, nullptr, false);
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
