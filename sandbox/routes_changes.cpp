// Change lists (x-extension): GET /registrant, and GET /program_membership with `changed_since` or
// `after` — registrants and memberships in (`write_date`, `id`) order with a keyset cursor, as
// openapi.yaml's GET /registrant describes once for both. The sandbox serves one request at a time
// and its clock never repeats (RegistryStore::nowMicros), so every change commits after every
// cursor already handed out: the guarantee "paging with the cursors misses nothing" holds as written.
#include "routes.h"

#include "sqlitestatement.h"
#include "wiretime.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace g2p::sandbox {

namespace {
// "<date-time>,<id>" (the contract's pattern for `after`).
const QRegularExpression kAfter(QStringLiteral(
    R"(^([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?),(-?[0-9]+)$)"));
} // namespace

std::optional<ChangeWindow> readChangeWindow(const Request &r, Issues &issues)
{
    const QString since = queryString(r, QStringLiteral("changed_since"));
    const QString after = queryString(r, QStringLiteral("after"));
    if (since.isNull() && after.isNull())
        return std::nullopt;
    ChangeWindow w;
    if (!since.isNull()) {
        const Timestamp t = Timestamp::parse(since);
        if (t.isNull())
            issues.add(QStringLiteral("datetime_from_date_parsing"),
                QJsonArray {QStringLiteral("query"), QStringLiteral("changed_since")},
                QStringLiteral("Input should be a valid datetime"), since);
        else
            w.sinceMicros = t.toUtcMicros();
    }
    if (!after.isNull()) {
        const QRegularExpressionMatch m = kAfter.match(after);
        const Timestamp t = m.hasMatch() ? Timestamp::parse(m.captured(1)) : Timestamp();
        bool ok = false;
        const qint64 id = m.hasMatch() ? m.captured(2).toLongLong(&ok) : 0;
        if (t.isNull() || !ok)
            issues.add(QStringLiteral("string_pattern_mismatch"),
                QJsonArray {QStringLiteral("query"), QStringLiteral("after")},
                QStringLiteral("String should match pattern '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}"
                               "(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?,-?[0-9]+$'"),
                after);
        else
            w.after = qMakePair(t.toUtcMicros(), id);
    }
    return w;
}

void ChangeWindow::addTo(const QString &alias, QStringList *clauses, QVariantList *binds) const
{
    if (sinceMicros) {
        *clauses << QStringLiteral("%1.write_date > ?").arg(alias);
        *binds << *sinceMicros;
    }
    if (after) {
        // A row value: SQLite walks the (write_date, id) index from the cursor.
        *clauses << QStringLiteral("(%1.write_date, %1.id) > (?, ?)").arg(alias);
        *binds << after->first << after->second;
    }
}

namespace {
qint64 totalChanges(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT total_changes()")) && q.next() ? q.value(0).toLongLong() : -2;
}
} // namespace

std::optional<qint64> RemainingCounts::known(const QSqlDatabase &db, const QString &key)
{
    const qint64 changes = totalChanges(db);
    if (changes != m_changes) {
        m_after.clear();
        m_changes = changes;
        return std::nullopt;
    }
    const auto it = m_after.constFind(key);
    return it == m_after.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void RemainingCounts::remember(const QSqlDatabase &db, const QString &key, qint64 remaining)
{
    const qint64 changes = totalChanges(db);
    if (changes != m_changes || m_after.size() >= 10000) {
        m_after.clear();
        m_changes = changes;
    }
    m_after.insert(key, remaining);
}

QString ChangeWindow::key(const QString &filters) const
{
    return after ? filters + QStringLiteral("|%1,%2").arg(after->first).arg(after->second)
                 : filters + QStringLiteral("|start");
}

Reply changePage(const QJsonArray &items, qint64 remaining, qint64 lastWriteMicros, qint64 lastId)
{
    return changePage(QJsonDocument(items).toJson(QJsonDocument::Compact), items.isEmpty(), remaining,
        lastWriteMicros, lastId);
}

Reply changePage(QByteArray items, bool empty, qint64 remaining, qint64 lastWriteMicros, qint64 lastId)
{
    Reply reply = Reply::jsonText(std::move(items));
    reply.header("X-Total-Count", QByteArray::number(remaining));
    if (!empty)
        reply.header("X-Next-After",
            (formatMicros(lastWriteMicros) + QLatin1Char(',') + QString::number(lastId)).toUtf8());
    return reply;
}

Reply Routes::listRegistrantChanges(Request &r)
{
    Issues issues;
    const auto isGroup = queryBool(r, QStringLiteral("is_group"), issues);
    const std::optional<ChangeWindow> window = readChangeWindow(r, issues);
    int limit = 100;
    if (const auto l = queryInt(r, QStringLiteral("limit"), issues, 1, 1000))
        limit = int(*l);
    if (!issues.isEmpty())
        return issues.reply();
    QStringList clauses;
    QVariantList binds;
    if (isGroup) {
        clauses << QStringLiteral("p.is_group = ?");
        binds << (*isGroup ? 1 : 0);
    }
    if (window)
        window->addTo(QStringLiteral("p"), &clauses, &binds);
    const QString where
        = clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    const QString filters = QStringLiteral("registrant|%1|%2")
                                .arg(queryString(r, QStringLiteral("is_group")),
                                    queryString(r, QStringLiteral("changed_since")));
    const QString key = window ? window->key(filters) : filters + QStringLiteral("|start");
    std::optional<qint64> remaining = m_remaining.known(m_store.db(), key);
    if (!remaining) {
        SqliteStatement count(
            m_store.db(), (QStringLiteral("SELECT COUNT(*) FROM partner p") + where).toUtf8());
        bindValues(count, binds);
        remaining = count.next() ? count.int64(0) : 0;
        count.reset();
    }
    SqliteStatement q(m_store.db(),
        (QStringLiteral("SELECT p.id, p.is_group, p.active, p.disabled IS NULL, p.write_date FROM partner p")
            + where + QStringLiteral(" ORDER BY p.write_date, p.id LIMIT ?"))
            .toUtf8());
    bindValues(q, binds);
    q.bind(int(binds.size()) + 1, limit);
    struct Item
    {
        qint64 id, writeDate;
        bool group, active;
    };
    QList<Item> order;
    QList<qint64> people, groups;
    QHash<qint64, bool> active;
    while (q.next()) {
        const Item it {q.int64(0), q.int64(4), q.int64(1) != 0, q.int64(2) != 0 && q.int64(3) != 0};
        order << it;
        (it.group ? groups : people) << it.id;
        active.insert(it.id, it.active);
    }
    // Written as text straight from the rows: QJsonObjects took most of a page's time.
    QHash<qint64, QByteArray> json = m_store.partnerTexts(people, false, false, false, &active);
    json.insert(m_store.partnerTexts(groups, true, true, false, &active));
    qsizetype bytes = 2;
    for (const QByteArray &text : std::as_const(json))
        bytes += text.size() + 1;
    QByteArray items;
    items.reserve(bytes); // a page of households is 3.4 MB: grown by appends, it was copied again and again
    items.append('[');
    for (const Item &it : std::as_const(order)) {
        const auto text = json.constFind(it.id);
        if (text == json.cend())
            continue; // (never: partners are archived, not deleted)
        if (items.size() > 1)
            items.append(',');
        items.append(*text);
    }
    items.append(']');
    if (order.isEmpty())
        return changePage(items, true, *remaining, 0, 0);
    ChangeWindow next;
    next.after = qMakePair(order.last().writeDate, order.last().id);
    m_remaining.remember(m_store.db(), next.key(filters), *remaining - order.size());
    return changePage(items, false, *remaining, order.last().writeDate, order.last().id);
}

} // namespace g2p::sandbox
