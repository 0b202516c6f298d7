// The ORM methods of the sandbox's Odoo face (odoo/models.py as OpenG2P 17 runs it), with the
// quirks a client must survive: no transition guard, `enrollment_date` stamped on every write that
// leaves a membership enrolled, a membership created without `partner_id` making a new registrant,
// the unique (registrant, program) constraint answering ValidationError, record rules hiding the
// memberships of disabled registrants, write_date = the transaction's start, no locking.
#include "odooface.h"

#include "../validation.h"

#include <QDate>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace g2p::sandbox::odoo {
namespace {

QJsonValue arg(const QJsonArray &args, const QJsonObject &kw, int index, const char *name)
{
    if (index < args.size())
        return args.at(index);
    return kw.value(QLatin1String(name));
}

QList<qint64> idsOf(const QJsonValue &v)
{
    QList<qint64> ids;
    if (v.isDouble())
        ids << v.toInteger();
    for (const QJsonValue &x : v.toArray())
        ids << x.toInteger();
    return ids;
}

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(','));
}

Failure valueError(const QString &message)
{
    return {QStringLiteral("builtins.ValueError"), message};
}

Failure validationError(const QString &message)
{
    return {QStringLiteral("odoo.exceptions.ValidationError"), message};
}

// "$.col" → "col"; empty for computed expressions.
QString plainColumn(const FieldDef &d)
{
    if (!d.sql.startsWith(QLatin1String("$.")))
        return QString();
    const QString c = d.sql.mid(2);
    for (const QChar ch : c)
        if (!ch.isLetterOrNumber() && ch != QLatin1Char('_'))
            return QString();
    return c;
}

QString typeName(FieldType t)
{
    switch (t) {
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Float:
        return QStringLiteral("float");
    case FieldType::Char:
        return QStringLiteral("char");
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Datetime:
        return QStringLiteral("datetime");
    case FieldType::Selection:
        return QStringLiteral("selection");
    case FieldType::Many2one:
        return QStringLiteral("many2one");
    case FieldType::One2many:
        return QStringLiteral("one2many");
    case FieldType::Many2manyNames:
        return QStringLiteral("many2many");
    }
    return QString();
}

QString operationWord(int op)
{
    static const char *const words[] = {"access", "modify", "create", "delete"};
    return QLatin1String(words[op]);
}

// message_post escapes a plain-text body (Odoo 17 `body_is_html=False`; the exact markup of a
// real server is unverified: paragraphs and <br> are the most likely).
QString plainToHtml(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
        + QStringLiteral("</p>");
}

} // namespace

bool OdooFace::aclAllows(Role role, const ModelDef &m, Op op) const
{
    if (role == Role::Admin || op == Op::Read)
        return true;
    if (op == Op::Unlink)
        return false; // unlink: OpenG2P's Administrator group only
    if (m.name == QLatin1String("g2p.program") || m.name == QLatin1String("mail.message"))
        return true; // the program ACL row has no group (every user); mail checks the document
    if (m.name == QLatin1String("g2p.id.type") || m.name == QLatin1String("g2p.group.membership.kind"))
        return false;
    return role == Role::Registrar;
}

std::optional<Failure> OdooFace::checkAcl(const Env &env, const ModelDef &m, Op op) const
{
    if (aclAllows(env.user->role, m, op))
        return std::nullopt;
    const QString groups = m.name == QLatin1String("g2p.program_membership")
        ? QStringLiteral("\t- OpenG2P Module Access/Administrator\n\t- OpenG2P Module Access/Registrar\n"
                         "\t- OpenG2P Program/Program Manager\n\t- OpenG2P Program/Program Validator")
        : QStringLiteral("\t- OpenG2P Module Access/Administrator\n\t- OpenG2P Module Access/Registrar");
    return Failure {QStringLiteral("odoo.exceptions.AccessError"),
        QStringLiteral("You are not allowed to %1 '%2' (%3) records.\n\nThis operation is allowed for the "
                       "following groups:\n%4\n\nContact your administrator to request access if necessary.")
            .arg(operationWord(int(op)), m.description, m.name, groups)};
}

// Ids that exist and are visible: a hidden one (record rule) is an AccessError; a missing one is a
// MissingError for a change and is dropped for a read.
std::optional<Failure> OdooFace::checkIds(
    const ModelDef &m, const QList<qint64> &ids, Op op, QList<qint64> *present)
{
    QSet<qint64> existing, visible;
    if (!ids.isEmpty()) {
        QSqlQuery q(m_store.db());
        const QString idExpr = over(m.idSql, QStringLiteral("t"));
        q.exec(QStringLiteral("SELECT %1, %2 FROM %3 t WHERE %1 IN (%4)")
                   .arg(idExpr,
                       m.recordRule.isEmpty() ? QStringLiteral("1") : over(m.recordRule, QStringLiteral("t")),
                       m.table, idList(ids)));
        while (q.next()) {
            existing.insert(q.value(0).toLongLong());
            if (q.value(1).toInt())
                visible.insert(q.value(0).toLongLong());
        }
    }
    QList<qint64> missing, hidden;
    for (qint64 id : ids) {
        if (!existing.contains(id))
            missing << id;
        else if (!visible.contains(id))
            hidden << id;
        else if (present)
            *present << id;
    }
    if (!hidden.isEmpty())
        return Failure {QStringLiteral("odoo.exceptions.AccessError"),
            QStringLiteral(
                "Due to security restrictions, you are not allowed to %1 '%2' (%3) records.\n\nContact "
                "your administrator to request access if necessary.")
                .arg(operationWord(int(op)), m.description, m.name)};
    if (!missing.isEmpty() && op != Op::Read && op != Op::Unlink)
        return Failure {QStringLiteral("odoo.exceptions.MissingError"),
            QStringLiteral(
                "One of the documents you are trying to access has been deleted, please try again after "
                "refreshing.\n\n(Document type: %1, Operation: %2, Records: [%3], User: %4)")
                .arg(m.name, op == Op::Write ? QStringLiteral("write") : QStringLiteral("create"),
                    idList(missing))
                .arg(0)};
    return std::nullopt;
}

QStringList OdooFace::selectionValues(const ModelDef &m, const QString &field) const
{
    if (field == QLatin1String("state") && m.name == QLatin1String("g2p.program_membership"))
        return {QStringLiteral("draft"), QStringLiteral("enrolled"), QStringLiteral("paused"),
            QStringLiteral("exited"), QStringLiteral("not_eligible"), QStringLiteral("duplicated")};
    if (field == QLatin1String("state"))
        return {QStringLiteral("active"), QStringLiteral("ended")};
    if (field == QLatin1String("target_type"))
        return {QStringLiteral("group"), QStringLiteral("individual")};
    if (field == QLatin1String("status"))
        return {QStringLiteral("invalid"), QStringLiteral("valid")};
    if (field == QLatin1String("message_type"))
        return {QStringLiteral("email"), QStringLiteral("comment"), QStringLiteral("notification"),
            QStringLiteral("user_notification")};
    if (field == QLatin1String("gender")) { // values of gender.type, per deployment
        QStringList values;
        QSqlQuery q(m_store.db());
        q.exec(QStringLiteral("SELECT DISTINCT value FROM gender_type ORDER BY value"));
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    return {};
}

std::optional<QString> OdooFace::orderBy(const ModelDef &m, const QString &order, QString *sql) const
{
    QStringList parts;
    const QString spec = order.trimmed().isEmpty() ? m.defaultOrder : order;
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = raw.simplified().split(QLatin1Char(' '));
        const QString dir = words.size() > 1 ? words[1].toUpper() : QStringLiteral("ASC");
        if (words.size() > 2 || (dir != QLatin1String("ASC") && dir != QLatin1String("DESC")))
            return QStringLiteral(
                "Invalid \"order\" specified (%1). A valid \"order\" specification is a "
                "comma-separated list of valid field names (optionally followed by asc/desc "
                "for the direction)")
                .arg(order);
        const auto rf = resolveField(m, words[0], QStringLiteral("t"));
        if (!rf || !rf->def->stored || rf->def->type == FieldType::One2many)
            return QStringLiteral("Invalid \"order\" specified (%1).").arg(order);
        parts << rf->expr + QLatin1Char(' ') + dir;
    }
    *sql = parts.join(QStringLiteral(", "));
    return std::nullopt;
}

QList<QJsonObject> OdooFace::readRows(const ModelDef &m,
    const QString &where,
    const QVariantList &binds,
    const QStringList &fields,
    const QString &order,
    int limit,
    int offset)
{
    QStringList exprs {over(m.idSql, QStringLiteral("t"))};
    struct Col
    {
        const FieldDef *def;
        int index;
        bool display;
    };
    QList<Col> cols;
    QList<const FieldDef *> toMany;
    for (const QString &name : fields) {
        const auto rf = resolveField(m, name, QStringLiteral("t"));
        if (!rf || name == QLatin1String("id"))
            continue;
        const FieldDef *d = rf->def;
        if (d->type == FieldType::One2many) {
            toMany << d;
            continue;
        }
        cols << Col {d, int(exprs.size()), false};
        exprs << rf->expr;
        if (d->type == FieldType::Many2one) {
            QString disp;
            if (!d->displaySql.isEmpty()) {
                disp = over(d->displaySql, QStringLiteral("t"));
            } else if (const ModelDef *co = model(d->comodel)) {
                disp = QStringLiteral("(SELECT %1 FROM %2 dn WHERE %3 = %4)")
                           .arg(over(co->displaySql, QStringLiteral("dn")), co->table,
                               over(co->idSql, QStringLiteral("dn")), rf->expr);
            }
            cols << Col {d, int(exprs.size()), true};
            exprs << (disp.isEmpty() ? QStringLiteral("''") : disp);
        }
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2 t WHERE %3")
                      .arg(exprs.join(QStringLiteral(", ")), m.table, where);
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0 || offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit > 0 ? limit : -1).arg(offset);
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qWarning("odoo face: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QHash<QString, qint64> kindIds;
    bool kindsLoaded = false;
    QList<QJsonObject> rows;
    QList<qint64> ids;
    while (q.next()) {
        QJsonObject row;
        const qint64 id = q.value(0).toLongLong();
        row.insert(QStringLiteral("id"), id);
        ids << id;
        for (const Col &c : cols) {
            const QVariant v = q.value(c.index);
            const FieldDef *d = c.def;
            if (c.display) {
                if (row.value(d->name).isDouble())
                    row.insert(d->name, QJsonArray {row.value(d->name), v.toString()});
                continue;
            }
            switch (d->type) {
            case FieldType::Integer:
                row.insert(d->name, v.toLongLong());
                break;
            case FieldType::Float:
                row.insert(d->name, v.toDouble());
                break;
            case FieldType::Boolean:
                row.insert(d->name, v.toInt() != 0);
                break;
            case FieldType::Datetime:
                row.insert(
                    d->name, v.isNull() ? QJsonValue(false) : QJsonValue(formatOdooDatetime(v.toLongLong())));
                break;
            case FieldType::Many2one:
                row.insert(d->name, v.isNull() ? QJsonValue(false) : QJsonValue(v.toLongLong()));
                break;
            case FieldType::Many2manyNames: {
                if (!kindsLoaded) {
                    QSqlQuery k(m_store.db());
                    k.exec(QStringLiteral("SELECT rowid, name FROM membership_kind"));
                    while (k.next())
                        kindIds.insert(k.value(1).toString(), k.value(0).toLongLong());
                    kindsLoaded = true;
                }
                QJsonArray list;
                for (const QString &n : v.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    if (kindIds.contains(n))
                        list << kindIds.value(n);
                row.insert(d->name, list);
                break;
            }
            default:
                if (d->compute)
                    row.insert(d->name, d->compute(v.toString()));
                else
                    row.insert(d->name,
                        v.isNull() || v.toString().isEmpty() ? QJsonValue(false) : QJsonValue(v.toString()));
            }
        }
        rows << row;
    }
    for (const FieldDef *d : std::as_const(toMany)) {
        const ModelDef *co = model(d->comodel);
        QHash<qint64, QJsonArray> children;
        for (qsizetype from = 0; co && from < ids.size(); from += 900) {
            QSqlQuery c(m_store.db());
            c.setForwardOnly(true);
            c.exec(QStringLiteral("SELECT c.%1, %2 FROM %3 c WHERE c.%1 IN (%4)%5 ORDER BY %2")
                       .arg(d->inverse, over(co->idSql, QStringLiteral("c")), co->table,
                           sqlIdList(ids, from, 900),
                           co->recordRule.isEmpty()
                               ? QString()
                               : QStringLiteral(" AND ") + over(co->recordRule, QStringLiteral("c"))));
            while (c.next())
                children[c.value(0).toLongLong()].append(c.value(1).toLongLong());
        }
        for (QJsonObject &row : rows)
            row.insert(d->name, children.value(row.value(QStringLiteral("id")).toInteger()));
    }
    return rows;
}

Outcome OdooFace::dispatchMethod(
    Env &env, const ModelDef &m, const QString &method, const QJsonArray &args, const QJsonObject &kw)
{
    if (method == QLatin1String("search_read") || method == QLatin1String("search")
        || method == QLatin1String("search_count")) {
        const bool count = method == QLatin1String("search_count");
        const bool withFields = method == QLatin1String("search_read");
        QJsonObject k = kw;
        if (withFields) {
            for (const auto &[i, name] : {std::pair {2, "offset"}, {3, "limit"}, {4, "order"}})
                if (i < args.size())
                    k.insert(QLatin1String(name), args.at(i));
        } else if (!count) {
            for (const auto &[i, name] : {std::pair {1, "offset"}, {2, "limit"}, {3, "order"}})
                if (i < args.size())
                    k.insert(QLatin1String(name), args.at(i));
        }
        return search(env, m, arg(args, kw, 0, "domain").toArray(), k, count, withFields,
            withFields ? arg(args, kw, 1, "fields").toArray() : QJsonArray());
    }
    if (method == QLatin1String("read"))
        return read(env, m, idsOf(arg(args, kw, 0, "ids")), arg(args, kw, 1, "fields").toArray());
    if (method == QLatin1String("write"))
        return write(env, m, idsOf(arg(args, kw, 0, "ids")), arg(args, kw, 1, "vals").toObject());
    if (method == QLatin1String("create"))
        return create(env, m, arg(args, kw, 0, "vals_list"));
    if (method == QLatin1String("unlink"))
        return unlink(env, m, idsOf(arg(args, kw, 0, "ids")));
    if (method == QLatin1String("read_group"))
        return readGroup(env, m, arg(args, kw, 0, "domain").toArray(), arg(args, kw, 2, "groupby").toArray(),
            kw.value(QStringLiteral("lazy")).toBool(true));
    if (method == QLatin1String("fields_get"))
        return fieldsGet(m, kw);
    if (method == QLatin1String("check_access_rights")) {
        const QString op = arg(args, kw, 0, "operation").toString();
        const Op o = op == QLatin1String("write") ? Op::Write
            : op == QLatin1String("create")       ? Op::Create
            : op == QLatin1String("unlink")       ? Op::Unlink
                                                  : Op::Read;
        const auto denied = checkAcl(env, m, o);
        if (denied && arg(args, kw, 1, "raise_exception").toBool(true))
            return *denied;
        return QJsonValue(!denied);
    }
    const bool thread = m.name == QLatin1String("g2p.program_membership")
        || m.name == QLatin1String("g2p.program") || m.name == QLatin1String("res.partner");
    if (method == QLatin1String("message_post") && thread) {
        if (args.size() > 1)
            return Failure {QStringLiteral("builtins.TypeError"),
                QStringLiteral("MailThread.message_post() takes 1 positional argument but %1 were given")
                    .arg(args.size())};
        return messagePost(env, m, idsOf(args.at(0)), kw);
    }
    if (m.name == QLatin1String("g2p.program_membership")) {
        if (method == QLatin1String("Back_to_draft")) {
            const Outcome o
                = write(env, m, idsOf(args.at(0)), {{QStringLiteral("state"), QStringLiteral("draft")}});
            return o.failure ? o : Outcome(); // returns None: no "result" in the reply
        }
        if (method == QLatin1String("verify_eligibility")) {
            if (const auto f = checkIds(m, idsOf(args.at(0)), Op::Read))
                return *f;
            return Outcome(); // every registrant here is eligible: nothing changes, None
        }
    }
    return Failure {QStringLiteral("builtins.AttributeError"),
        QStringLiteral("The method '%1' does not exist on the model '%2'").arg(method, m.name)};
}

Outcome OdooFace::search(Env &env,
    const ModelDef &m,
    const QJsonArray &domain,
    const QJsonObject &kw,
    bool count,
    bool withFields,
    QJsonArray fields)
{
    if (const auto f = checkAcl(env, m, Op::Read))
        return *f;
    SqlWhere where;
    const bool activeTest = env.context.value(QStringLiteral("active_test")).toBool(true);
    if (const auto problem = domainToSql(m, QStringLiteral("t"), domain, activeTest, where))
        return valueError(*problem);
    if (count) {
        QSqlQuery q(m_store.db());
        const int limit = kw.value(QStringLiteral("limit")).toInt(0);
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 t WHERE %2%3)")
                .arg(m.table, where.sql, limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
        for (const QVariant &b : where.binds)
            q.addBindValue(b);
        q.exec();
        return QJsonValue(q.next() ? q.value(0).toLongLong() : 0);
    }
    QString order;
    if (const auto problem = orderBy(m, kw.value(QStringLiteral("order")).toString(), &order))
        return valueError(*problem);
    QStringList names;
    if (withFields) {
        if (fields.isEmpty())
            for (const FieldDef &d : m.fields)
                fields << d.name;
        for (const QJsonValue &v : fields) {
            if (!resolveField(m, v.toString(), QStringLiteral("t")))
                return valueError(
                    QStringLiteral("Invalid field '%1' on model '%2'").arg(v.toString(), m.name));
            names << v.toString();
        }
    }
    const QList<QJsonObject> rows = readRows(m, where.sql, where.binds, names, order,
        kw.value(QStringLiteral("limit")).toInt(0), kw.value(QStringLiteral("offset")).toInt(0));
    QJsonArray out;
    for (const QJsonObject &r : rows)
        out << (withFields ? QJsonValue(r) : r.value(QStringLiteral("id")));
    return QJsonValue(out);
}

Outcome OdooFace::read(Env &env, const ModelDef &m, const QList<qint64> &ids, const QJsonArray &fields)
{
    if (const auto f = checkAcl(env, m, Op::Read))
        return *f;
    QList<qint64> present;
    if (const auto f = checkIds(m, ids, Op::Read, &present))
        return *f;
    QStringList names;
    for (const QJsonValue &v : fields) {
        if (!resolveField(m, v.toString(), QStringLiteral("t")))
            return valueError(QStringLiteral("Invalid field '%1' on model '%2'").arg(v.toString(), m.name));
        names << v.toString();
    }
    if (fields.isEmpty())
        for (const FieldDef &d : m.fields)
            names << d.name;
    QHash<qint64, QJsonObject> byId;
    for (qsizetype from = 0; from < present.size(); from += 900)
        for (const QJsonObject &r : readRows(m,
                 QStringLiteral("%1 IN (%2)")
                     .arg(over(m.idSql, QStringLiteral("t")), sqlIdList(present, from, 900)),
                 {}, names, QString(), 0, 0))
            byId.insert(r.value(QStringLiteral("id")).toInteger(), r);
    QJsonArray out; // in the order asked; missing ids are simply left out
    for (qint64 id : present)
        if (byId.contains(id))
            out << byId.value(id);
    return QJsonValue(out);
}

std::optional<Failure> OdooFace::assignColumns(const ModelDef &m,
    const QJsonObject &vals,
    QStringList *cols,
    QVariantList *binds,
    QJsonObject *parentVals)
{
    for (auto it = vals.begin(); it != vals.end(); ++it) {
        const QString &name = it.key();
        if (name == QLatin1String("id") || name == QLatin1String("create_date")
            || name == QLatin1String("write_date") || name == QLatin1String("create_uid")
            || name == QLatin1String("write_uid"))
            continue; // stripped by BaseModel.write
        const FieldDef *d = m.field(name);
        if (!d) {
            const ModelDef *parent = m.inherits.isEmpty() ? nullptr : model(m.inherits);
            if (parent && parent->field(name)) {
                parentVals->insert(name, it.value()); // _inherits: the registrant's field
                continue;
            }
            return valueError(QStringLiteral("Invalid field '%1' on model '%2'").arg(name, m.name));
        }
        if (d->type == FieldType::One2many || d->type == FieldType::Many2manyNames)
            continue; // commands: handled by the caller
        const QString col = plainColumn(*d);
        if (col.isEmpty() && !(m.name == QLatin1String("g2p.reg.id") && name == QLatin1String("id_type")))
            continue; // a computed field without an inverse: the ORM ignores the value
        const QJsonValue v = it.value();
        QVariant b;
        const bool unset = v.isNull() || (v.isBool() && !v.toBool() && d->type != FieldType::Boolean);
        if (unset) {
            if (d->required)
                return validationError(
                    QStringLiteral("The operation cannot be completed:\n- Create/update: a mandatory "
                                   "field is not set.\n- Delete: another model requires the record "
                                   "being deleted. If possible, archive it instead.\n\nModel: %1 (%2), "
                                   "Field: %3 (%4)")
                        .arg(m.description, m.name, d->label, d->name));
            b = QVariant(QMetaType::fromType<QString>());
        } else {
            switch (d->type) {
            case FieldType::Boolean:
                b = v.toBool() ? 1 : 0;
                break;
            case FieldType::Integer:
            case FieldType::Many2one:
                if (!v.isDouble())
                    return valueError(QStringLiteral("invalid literal for int() with base 10: '%1'")
                                          .arg(v.toVariant().toString()));
                b = v.toInteger();
                if (d->type == FieldType::Many2one) {
                    const ModelDef *co = model(d->comodel);
                    QSqlQuery q(m_store.db());
                    q.exec(QStringLiteral("SELECT %1 FROM %2 t WHERE %3 = %4")
                               .arg(co->name == QLatin1String("g2p.id.type") ? QStringLiteral("t.name")
                                                                             : QStringLiteral("1"),
                                   co->table, over(co->idSql, QStringLiteral("t")))
                               .arg(v.toInteger()));
                    if (!q.next())
                        return validationError(QStringLiteral(
                            "The operation cannot be completed: another model requires the record being "
                            "deleted. If possible, archive it instead.\n\nModel: %1 (%2), Field: %3 (%4)")
                                                   .arg(m.description, m.name, d->label, d->name));
                    if (co->name == QLatin1String("g2p.id.type"))
                        b = q.value(0).toString();
                }
                break;
            case FieldType::Float:
                b = v.toDouble();
                break;
            case FieldType::Date:
                if (!QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd")).isValid())
                    return valueError(
                        QStringLiteral("time data '%1' does not match format '%Y-%m-%d'").arg(v.toString()));
                b = v.toString();
                break;
            case FieldType::Datetime: {
                const auto micros = parseOdooDatetime(v.toString());
                if (!micros)
                    return valueError(
                        QStringLiteral("time data '%1' does not match format '%Y-%m-%d %H:%M:%S'")
                            .arg(v.toString()));
                b = *micros;
                break;
            }
            case FieldType::Selection: {
                const QStringList allowed = selectionValues(m, name);
                if (!allowed.isEmpty() && !allowed.contains(v.toString()))
                    return valueError(
                        QStringLiteral("Wrong value for %1.%2: '%3'").arg(m.name, name, v.toString()));
                b = v.toString();
                break;
            }
            default:
                b = v.isString() ? v.toString() : v.toVariant().toString();
            }
        }
        *cols << (col.isEmpty() ? name : col);
        *binds << b;
    }
    return std::nullopt;
}

Outcome OdooFace::write(Env &env, const ModelDef &m, const QList<qint64> &ids, const QJsonObject &vals)
{
    if (const auto f = checkAcl(env, m, Op::Write))
        return *f;
    if (const auto f = checkIds(m, ids, Op::Write))
        return *f;
    if (m.name == QLatin1String("mail.message") || m.table == QLatin1String("id_type")
        || m.table == QLatin1String("membership_kind") || m.name == QLatin1String("g2p.group.membership")
        || m.name == QLatin1String("g2p.reg.id") || m.name == QLatin1String("g2p.phone.number"))
        return Failure {QStringLiteral("odoo.exceptions.UserError"),
            QStringLiteral("The sandbox does not change %1 records over this API.").arg(m.name)};
    QStringList cols;
    QVariantList binds;
    QJsonObject parentVals;
    if (const auto f = assignColumns(m, vals, &cols, &binds, &parentVals))
        return *f;
    if (ids.isEmpty())
        return QJsonValue(true);
    if (m.name == QLatin1String("g2p.program_membership")
        && (vals.contains(QStringLiteral("partner_id")) || vals.contains(QStringLiteral("program_id")))) {
        QSqlQuery q(m_store.db());
        q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM membership a JOIN membership b ON a.id != b.id AND "
            "a.partner_id = COALESCE(%1, b.partner_id) AND a.program_id = COALESCE(%2, b.program_id) "
            "WHERE b.id IN (%3)")
                   .arg(vals.contains(QStringLiteral("partner_id"))
                           ? QString::number(vals.value(QStringLiteral("partner_id")).toInteger())
                           : QStringLiteral("NULL"),
                       vals.contains(QStringLiteral("program_id"))
                           ? QString::number(vals.value(QStringLiteral("program_id")).toInteger())
                           : QStringLiteral("NULL"),
                       idList(ids)));
        if ((q.next() && q.value(0).toInt() > 0) || ids.size() > 1)
            return validationError(
                QStringLiteral("The operation cannot be completed: Beneficiary must be unique per program."));
    }
    QStringList sets;
    for (const QString &c : std::as_const(cols))
        sets << c + QStringLiteral(" = ?");
    sets << QStringLiteral("write_date = ?");
    binds << env.now;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id IN (%3)")
                  .arg(m.table, sets.join(QStringLiteral(", ")), idList(ids)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return validationError(
            QStringLiteral("The operation cannot be completed: %1").arg(q.lastError().text()));
    if (m.name == QLatin1String("res.partner") && vals.contains(QStringLiteral("name")))
        m_store.reindexNames(ids);
    if (m.name == QLatin1String("g2p.program_membership") && vals.contains(QStringLiteral("state"))) {
        // _compute_enrolled_date depends on state and is readonly, hence unprotected: any write of
        // `state` that leaves the membership enrolled stamps now, whatever enrollment_date said.
        QSqlQuery s(m_store.db());
        s.prepare(QStringLiteral(
            "UPDATE membership SET enrollment_date = ? WHERE state = 'enrolled' AND id IN (%1)")
                      .arg(idList(ids)));
        s.addBindValue(env.now);
        s.exec();
    }
    if (!parentVals.isEmpty()) {
        const ModelDef *parent = model(m.inherits);
        QSqlQuery p(m_store.db());
        p.exec(QStringLiteral("SELECT partner_id FROM %1 WHERE id IN (%2)").arg(m.table, idList(ids)));
        QList<qint64> partners;
        while (p.next())
            partners << p.value(0).toLongLong();
        const Outcome o = write(env, *parent, partners, parentVals);
        if (o.failure)
            return o;
    }
    return QJsonValue(true);
}

qint64 OdooFace::insertMessage(const QString &modelName,
    qint64 resId,
    const QString &body,
    const QString &type,
    int subtype,
    const User *author,
    qint64 at)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO mail_message (model, res_id, body, date, message_type, subtype_id, author_uid, "
        "author_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(modelName);
    q.addBindValue(resId);
    q.addBindValue(body);
    q.addBindValue(at);
    q.addBindValue(type);
    q.addBindValue(subtype ? QVariant(subtype) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(author ? author->uid : 1);
    q.addBindValue(author ? author->login : QStringLiteral("OdooBot"));
    q.exec();
    return q.lastInsertId().toLongLong();
}

std::optional<Failure> OdooFace::createOne(Env &env, const ModelDef &m, QJsonObject vals, qint64 *id)
{
    const bool membership = m.name == QLatin1String("g2p.program_membership");
    if (membership) {
        if (!vals.contains(QStringLiteral("partner_id"))
            || vals.value(QStringLiteral("partner_id")) == QJsonValue(false)) {
            // _inherits: a membership without partner_id makes a brand-new res.partner from the
            // inherited values (a client must always send partner_id).
            QJsonObject partnerVals;
            for (const FieldDef &d : model(QStringLiteral("res.partner"))->fields)
                if (vals.contains(d.name) && !m.field(d.name))
                    partnerVals.insert(d.name, vals.take(d.name));
            qint64 pid = 0;
            if (const auto f = createOne(env, *model(QStringLiteral("res.partner")), partnerVals, &pid))
                return f;
            vals.insert(QStringLiteral("partner_id"), pid);
        }
        if (!vals.contains(QStringLiteral("state")))
            vals.insert(QStringLiteral("state"), QStringLiteral("draft"));
    }
    QStringList cols;
    QVariantList binds;
    QJsonObject parentVals;
    if (const auto f = assignColumns(m, vals, &cols, &binds, &parentVals))
        return f;
    for (const FieldDef &d : m.fields)
        if (d.required && !cols.contains(plainColumn(d).isEmpty() ? d.name : plainColumn(d)))
            return validationError(
                QStringLiteral("The operation cannot be completed:\n- Create/update: a mandatory field "
                               "is not set.\n- Delete: another model requires the record being "
                               "deleted. If possible, archive it instead.\n\nModel: %1 (%2), Field: %3 (%4)")
                    .arg(m.description, m.name, d.label, d.name));
    const auto put = [&](const QString &c, const QVariant &v) {
        const qsizetype i = cols.indexOf(c);
        if (i >= 0) {
            binds[i] = v;
        } else {
            cols << c;
            binds << v;
        }
    };
    const auto valueOf = [&](const QString &c) { return binds.value(cols.indexOf(c)); };
    if (membership) {
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("SELECT disabled FROM partner WHERE id = ?"));
        q.addBindValue(valueOf(QStringLiteral("partner_id")));
        q.exec();
        if (q.next() && !q.value(0).isNull())
            return Failure {QStringLiteral("odoo.exceptions.AccessError"),
                QStringLiteral(
                    "Due to security restrictions, you are not allowed to create 'Program Membership' "
                    "(g2p.program_membership) records.\n\nContact your administrator to request access if "
                    "necessary.")};
        q.prepare(QStringLiteral("SELECT 1 FROM membership WHERE partner_id = ? AND program_id = ?"));
        q.addBindValue(valueOf(QStringLiteral("partner_id")));
        q.addBindValue(valueOf(QStringLiteral("program_id")));
        q.exec();
        if (q.next())
            return validationError(
                QStringLiteral("The operation cannot be completed: Beneficiary must be unique per program."));
        // The compute runs on create too and wins over a value sent (readonly, not precomputed).
        put(QStringLiteral("enrollment_date"),
            valueOf(QStringLiteral("state")).toString() == QLatin1String("enrolled")
                ? QVariant(env.now)
                : QVariant(QMetaType::fromType<qint64>()));
    } else if (m.name == QLatin1String("res.partner")) {
        if (!cols.contains(QStringLiteral("is_group")))
            put(QStringLiteral("is_group"), 0);
        if (!cols.contains(QStringLiteral("registration_date")))
            put(QStringLiteral("registration_date"), QDate::currentDate().toString(Qt::ISODate));
        put(QStringLiteral("active"), vals.value(QStringLiteral("active")).toBool(true) ? 1 : 0);
    } else if (m.name == QLatin1String("mail.message")) {
        const ModelDef *doc = model(vals.value(QStringLiteral("model")).toString());
        const qint64 resId = vals.value(QStringLiteral("res_id")).toInteger();
        if (!doc || !aclAllows(env.user->role, *doc, Op::Write))
            return Failure {QStringLiteral("odoo.exceptions.AccessError"),
                QStringLiteral(
                    "The requested operation cannot be completed due to security restrictions. Please "
                    "contact your system administrator.\n\n(Document type: Message, Operation: create)")};
        if (const auto f = checkIds(*doc, {resId}, Op::Write))
            return f;
        put(QStringLiteral("author_uid"), env.user->uid);
        put(QStringLiteral("author_name"), env.user->login);
        put(QStringLiteral("date"), env.now);
        if (!cols.contains(QStringLiteral("message_type")))
            put(QStringLiteral("message_type"), QStringLiteral("notification"));
    } else if (m.name == QLatin1String("g2p.group.membership")) {
        // kind: many2many commands [6, 0, ids] or [4, id, 0], kept as names here.
        QStringList names;
        for (const QJsonValue &cmd : vals.value(QStringLiteral("kind")).toArray()) {
            const QJsonArray c = cmd.toArray();
            QList<qint64> ids;
            if (c.at(0).toInt() == 6)
                for (const QJsonValue &k : c.at(2).toArray())
                    ids << k.toInteger();
            else if (c.at(0).toInt() == 4)
                ids << c.at(1).toInteger();
            else
                return valueError(
                    QStringLiteral("The sandbox accepts only [6, 0, ids] and [4, id, 0] in kind"));
            for (qint64 k : ids) {
                QSqlQuery n(m_store.db());
                n.exec(QStringLiteral("SELECT name FROM membership_kind WHERE rowid = %1").arg(k));
                if (!n.next())
                    return validationError(
                        QStringLiteral("The operation cannot be completed: Group Membership Kind "
                                       "%1 does not exist.")
                            .arg(k));
                names << n.value(0).toString();
            }
        }
        put(QStringLiteral("kinds"), names.join(QLatin1Char('\n')));
    } else if (m.name == QLatin1String("g2p.phone.number")) {
        put(QStringLiteral("phone_sanitized"),
            sanitizedPhone(valueOf(QStringLiteral("phone_no")).toString()));
    } else if (m.name != QLatin1String("g2p.reg.id") && m.name != QLatin1String("g2p.program")) {
        return Failure {QStringLiteral("odoo.exceptions.UserError"),
            QStringLiteral("The sandbox does not create %1 records over this API.").arg(m.name)};
    }
    const bool logged = m.field(QStringLiteral("write_date")) != nullptr;
    if (logged) {
        put(QStringLiteral("create_date"), env.now);
        put(QStringLiteral("write_date"), env.now);
    }
    if (m.name == QLatin1String("g2p.program")) {
        if (!cols.contains(QStringLiteral("target_type")))
            put(QStringLiteral("target_type"), QStringLiteral("group"));
        put(QStringLiteral("state"), QStringLiteral("active"));
        if (!cols.contains(QStringLiteral("active")))
            put(QStringLiteral("active"), 1);
    }
    QStringList marks;
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(m.table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return validationError(
            QStringLiteral("The operation cannot be completed: %1").arg(q.lastError().text()));
    *id = q.lastInsertId().toLongLong();
    // one2many create commands: [0, 0, {values}]
    for (const FieldDef &d : m.fields) {
        if (d.type != FieldType::One2many || !vals.contains(d.name))
            continue;
        for (const QJsonValue &cmd : vals.value(d.name).toArray()) {
            const QJsonArray c = cmd.toArray();
            if (c.size() != 3 || c.at(0).toInt() != 0)
                return valueError(
                    QStringLiteral("The sandbox accepts only create commands [0, 0, values] in %1.%2")
                        .arg(m.name, d.name));
            QJsonObject child = c.at(2).toObject();
            // The inverse is a column of the comodel; its field may be named otherwise ("group").
            const ModelDef *co = model(d.comodel);
            QString inverseField = d.inverse;
            for (const FieldDef &cf : co->fields)
                if (plainColumn(cf) == d.inverse && cf.type == FieldType::Many2one)
                    inverseField = cf.name;
            child.insert(inverseField, *id);
            qint64 childId = 0;
            if (const auto f = createOne(env, *model(d.comodel), child, &childId))
                return f;
        }
    }
    if ((membership || m.name == QLatin1String("res.partner"))
        && !env.context.value(QStringLiteral("mail_create_nolog")).toBool())
        insertMessage(m.name, *id, QStringLiteral("<p>%1 created</p>").arg(m.description),
            QStringLiteral("notification"), 2, env.user, env.now);
    if (m.name == QLatin1String("res.partner"))
        m_store.reindexNames({*id});
    return std::nullopt;
}

Outcome OdooFace::create(Env &env, const ModelDef &m, const QJsonValue &valsOrList)
{
    if (const auto f = checkAcl(env, m, Op::Create))
        return *f;
    if (valsOrList.isObject()) {
        qint64 id = 0;
        if (const auto f = createOne(env, m, valsOrList.toObject(), &id))
            return *f;
        return QJsonValue(id);
    }
    QJsonArray ids;
    for (const QJsonValue &v : valsOrList.toArray()) { // one transaction: all or nothing
        qint64 id = 0;
        if (const auto f = createOne(env, m, v.toObject(), &id))
            return *f;
        ids << id;
    }
    return QJsonValue(ids);
}

Outcome OdooFace::unlink(Env &env, const ModelDef &m, const QList<qint64> &ids)
{
    if (const auto f = checkAcl(env, m, Op::Unlink))
        return *f;
    QList<qint64> present;
    if (const auto f = checkIds(m, ids, Op::Unlink, &present))
        return *f;
    if (!present.isEmpty()) {
        QSqlQuery q(m_store.db());
        q.exec(QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)")
                   .arg(m.table, over(m.idSql, m.table), idList(present)));
    }
    return QJsonValue(true);
}

Outcome OdooFace::readGroup(
    Env &env, const ModelDef &m, const QJsonArray &domain, const QJsonArray &groupbyIn, bool lazy)
{
    if (const auto f = checkAcl(env, m, Op::Read))
        return *f;
    SqlWhere where;
    if (const auto problem = domainToSql(m, QStringLiteral("t"), domain,
            env.context.value(QStringLiteral("active_test")).toBool(true), where))
        return valueError(*problem);
    QJsonArray groupby = groupbyIn;
    if (lazy && groupby.size() > 1)
        groupby = QJsonArray {groupbyIn.first()};
    QStringList exprs, keys;
    QList<const FieldDef *> defs;
    for (const QJsonValue &g : groupby) {
        const auto rf = resolveField(m, g.toString(), QStringLiteral("t"));
        if (!rf || !rf->def->stored || rf->def->type == FieldType::One2many
            || rf->def->type == FieldType::Datetime || rf->def->type == FieldType::Date)
            return valueError(QStringLiteral("Invalid field %1 on model %2").arg(g.toString(), m.name));
        exprs << rf->expr;
        defs << rf->def;
        keys << g.toString();
    }
    QStringList select = exprs;
    for (qsizetype i = 0; i < defs.size(); ++i) {
        const ModelDef *co = defs[i]->type == FieldType::Many2one ? model(defs[i]->comodel) : nullptr;
        select << (co ? QStringLiteral("(SELECT %1 FROM %2 dn WHERE dn.id = %3)")
                            .arg(over(co->displaySql, QStringLiteral("dn")), co->table, exprs[i])
                      : QStringLiteral("NULL"));
    }
    select << QStringLiteral("COUNT(*)");
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM %2 t WHERE %3%4")
            .arg(select.join(QStringLiteral(", ")), m.table, where.sql,
                exprs.isEmpty()
                    ? QString()
                    : QStringLiteral(" GROUP BY %1 ORDER BY %1").arg(exprs.join(QStringLiteral(", ")))));
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    q.exec();
    const QString countKey
        = lazy && keys.size() == 1 ? keys.first() + QStringLiteral("_count") : QStringLiteral("__count");
    QJsonArray out;
    const int n = int(defs.size());
    while (q.next()) {
        QJsonObject row;
        QJsonArray dom = domain;
        for (int i = 0; i < n; ++i) {
            const QVariant v = q.value(i);
            QJsonValue jv;
            if (v.isNull())
                jv = false;
            else if (defs[i]->type == FieldType::Many2one)
                jv = QJsonArray {v.toLongLong(), q.value(n + i).toString()};
            else if (defs[i]->type == FieldType::Boolean)
                jv = v.toInt() != 0;
            else if (defs[i]->type == FieldType::Integer)
                jv = v.toLongLong();
            else
                jv = v.toString();
            row.insert(keys[i], jv);
            dom << QJsonArray {keys[i], QStringLiteral("="), jv.isArray() ? jv.toArray().first() : jv};
        }
        row.insert(countKey, q.value(2 * n).toLongLong());
        row.insert(QStringLiteral("__domain"), dom);
        out << row;
    }
    return QJsonValue(out);
}

Outcome OdooFace::fieldsGet(const ModelDef &m, const QJsonObject &kw)
{
    QStringList wanted;
    for (const QJsonValue &v : kw.value(QStringLiteral("allfields")).toArray())
        wanted << v.toString();
    QList<const FieldDef *> defs;
    for (const FieldDef &d : m.fields)
        defs << &d;
    if (const ModelDef *parent = m.inherits.isEmpty() ? nullptr : model(m.inherits))
        for (const FieldDef &d : parent->fields)
            if (!m.field(d.name))
                defs << &d;
    QJsonObject out;
    for (const FieldDef *d : std::as_const(defs)) {
        if (!wanted.isEmpty() && !wanted.contains(d->name))
            continue;
        QJsonObject o {{QStringLiteral("type"), typeName(d->type)}, {QStringLiteral("string"), d->label},
            {QStringLiteral("readonly"), d->readonly}, {QStringLiteral("required"), d->required},
            {QStringLiteral("store"), d->stored}};
        if (!d->comodel.isEmpty())
            o.insert(QStringLiteral("relation"), d->comodel);
        if (d->type == FieldType::Selection) {
            QJsonArray sel;
            if (d->name == QLatin1String("gender")) {
                // gender.type: [(value, code)] — the key is the value, the label the code.
                QSqlQuery g(m_store.db());
                g.exec(QStringLiteral("SELECT value, code FROM gender_type ORDER BY code"));
                while (g.next())
                    sel << QJsonArray {g.value(0).toString(), g.value(1).toString()};
            } else {
                for (const QString &v : selectionValues(m.field(d->name) ? m : *model(m.inherits), d->name))
                    sel << QJsonArray {v, v};
            }
            o.insert(QStringLiteral("selection"), sel);
        }
        out.insert(d->name, o);
    }
    return QJsonValue(out);
}

Outcome OdooFace::messagePost(Env &env, const ModelDef &m, const QList<qint64> &ids, const QJsonObject &kw)
{
    if (ids.size() != 1)
        return valueError(
            QStringLiteral("Expected singleton: %1(%2)")
                .arg(m.name, idList(ids) + (ids.size() == 1 ? QStringLiteral(",") : QString())));
    // mail.thread's _mail_post_access is "write": posting needs the right to change the record.
    if (const auto f = checkAcl(env, m, Op::Write))
        return *f;
    if (const auto f = checkIds(m, ids, Op::Write))
        return *f;
    const QString subtype = kw.value(QStringLiteral("subtype_xmlid")).toString();
    const QString body = kw.value(QStringLiteral("body")).toString();
    const bool html = kw.value(QStringLiteral("body_is_html")).toBool(false);
    return QJsonValue(insertMessage(m.name, ids.first(), html ? body : plainToHtml(body),
        kw.value(QStringLiteral("message_type")).toString(QStringLiteral("notification")),
        subtype == QLatin1String("mail.mt_comment") ? 1 : 2, env.user, env.now));
}

} // namespace g2p::sandbox::odoo
