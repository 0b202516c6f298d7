#include "odoomodels.h"

#include "../registrystore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace g2p::sandbox::odoo {
namespace {

FieldDef f(const QString &name, FieldType type, const QString &sql, const QString &label)
{
    FieldDef d;
    d.name = name;
    d.type = type;
    d.sql = sql;
    d.label = label;
    return d;
}

FieldDef rel(
    const QString &name, FieldType type, const QString &sql, const QString &comodel, const QString &label)
{
    FieldDef d = f(name, type, sql, label);
    d.comodel = comodel;
    return d;
}

FieldDef o2m(const QString &name, const QString &comodel, const QString &inverse, const QString &label)
{
    FieldDef d = f(name, FieldType::One2many, QString(), label);
    d.comodel = comodel;
    d.inverse = inverse;
    return d;
}

FieldDef ro(FieldDef d)
{
    d.readonly = true;
    return d;
}

FieldDef computed(FieldDef d)
{
    d.readonly = true;
    d.stored = false;
    return d;
}

FieldDef required(FieldDef d)
{
    d.required = true;
    return d;
}

// g2p_registry_individual's `age`: a char computed from the birth date, not stored.
FieldDef ageField()
{
    FieldDef d = computed(
        f(QStringLiteral("age"), FieldType::Char, QStringLiteral("$.birthdate"), QStringLiteral("Age")));
    d.compute = ageOf;
    return d;
}

QList<FieldDef> magic()
{
    return {ro(f(QStringLiteral("id"), FieldType::Integer, QStringLiteral("$.id"), QStringLiteral("ID"))),
        ro(f(QStringLiteral("create_date"), FieldType::Datetime, QStringLiteral("$.create_date"),
            QStringLiteral("Created on"))),
        ro(f(QStringLiteral("write_date"), FieldType::Datetime, QStringLiteral("$.write_date"),
            QStringLiteral("Last Updated on")))};
}

// Memberships of disabled registrants are invisible to everyone but the superuser
// (g2p_registry_base registrant_rule.xml).
const char kMembershipRule[]
    = "EXISTS (SELECT 1 FROM partner rr WHERE rr.id = $.partner_id AND rr.disabled IS NULL)";

QString membershipCount(const char *state)
{
    QString s = QStringLiteral(
        "(SELECT COUNT(*) FROM membership bc WHERE bc.program_id = $.id AND "
        "EXISTS (SELECT 1 FROM partner rr WHERE rr.id = bc.partner_id AND rr.disabled IS NULL)");
    if (state)
        s += QStringLiteral(" AND bc.state = '%1'").arg(QLatin1String(state));
    return s + QLatin1Char(')');
}

QHash<QString, ModelDef> buildModels()
{
    QHash<QString, ModelDef> all;
    using T = FieldType;
    {
        ModelDef m;
        m.name = QStringLiteral("res.partner");
        m.description = QStringLiteral("Contact");
        m.table = QStringLiteral("partner");
        m.displaySql = QStringLiteral("$.name");
        m.defaultOrder = QStringLiteral("name asc, id desc");
        m.hasActive = true;
        m.fields = magic();
        m.fields += {
            required(f(QStringLiteral("name"), T::Char, QStringLiteral("$.name"), QStringLiteral("Name"))),
            ro(f(QStringLiteral("display_name"), T::Char, QStringLiteral("$.name"),
                QStringLiteral("Display Name"))),
            f(QStringLiteral("given_name"), T::Char, QStringLiteral("$.given_name"),
                QStringLiteral("Given Name")),
            f(QStringLiteral("family_name"), T::Char, QStringLiteral("$.family_name"),
                QStringLiteral("Family Name")),
            f(QStringLiteral("addl_name"), T::Char, QStringLiteral("$.addl_name"),
                QStringLiteral("Additional Name")),
            f(QStringLiteral("gender"), T::Selection, QStringLiteral("$.gender"), QStringLiteral("Gender")),
            f(QStringLiteral("birthdate"), T::Date, QStringLiteral("$.birthdate"),
                QStringLiteral("Date of Birth")),
            f(QStringLiteral("birth_place"), T::Char, QStringLiteral("$.birth_place"),
                QStringLiteral("Birth Place")),
            ageField(),
            f(QStringLiteral("registration_date"), T::Date, QStringLiteral("$.registration_date"),
                QStringLiteral("Registration Date")),
            f(QStringLiteral("email"), T::Char, QStringLiteral("$.email"), QStringLiteral("Email")),
            f(QStringLiteral("address"), T::Text, QStringLiteral("$.address"), QStringLiteral("Address")),
            f(QStringLiteral("is_group"), T::Boolean, QStringLiteral("$.is_group"),
                QStringLiteral("Is Group")),
            ro(f(QStringLiteral("is_registrant"), T::Boolean, QStringLiteral("1"),
                QStringLiteral("Registrant"))),
            f(QStringLiteral("active"), T::Boolean, QStringLiteral("$.active"), QStringLiteral("Active")),
            f(QStringLiteral("disabled"), T::Datetime, QStringLiteral("$.disabled"),
                QStringLiteral("Date Disabled")),
            o2m(QStringLiteral("reg_ids"), QStringLiteral("g2p.reg.id"), QStringLiteral("partner_id"),
                QStringLiteral("Registrant IDs")),
            o2m(QStringLiteral("phone_number_ids"), QStringLiteral("g2p.phone.number"),
                QStringLiteral("partner_id"), QStringLiteral("Phone Numbers")),
            o2m(QStringLiteral("group_membership_ids"), QStringLiteral("g2p.group.membership"),
                QStringLiteral("group_id"), QStringLiteral("Group Members")),
            o2m(QStringLiteral("individual_membership_ids"), QStringLiteral("g2p.group.membership"),
                QStringLiteral("individual_id"), QStringLiteral("Membership to Groups")),
            o2m(QStringLiteral("program_membership_ids"), QStringLiteral("g2p.program_membership"),
                QStringLiteral("partner_id"), QStringLiteral("Program Memberships"))};
        all.insert(m.name, m);
    }
    {
        ModelDef m;
        m.name = QStringLiteral("g2p.reg.id");
        m.description = QStringLiteral("Registrant ID");
        m.table = QStringLiteral("reg_id");
        m.displaySql = QStringLiteral("(SELECT p.name FROM partner p WHERE p.id = $.partner_id)");
        m.defaultOrder = QStringLiteral("id asc");
        m.fields = {ro(f(QStringLiteral("id"), T::Integer, QStringLiteral("$.id"), QStringLiteral("ID"))),
            required(rel(QStringLiteral("partner_id"), T::Many2one, QStringLiteral("$.partner_id"),
                QStringLiteral("res.partner"), QStringLiteral("Registrant"))),
            required(rel(QStringLiteral("id_type"), T::Many2one,
                QStringLiteral("(SELECT it.rowid FROM id_type it WHERE it.name = $.id_type)"),
                QStringLiteral("g2p.id.type"), QStringLiteral("ID Type"))),
            ro(f(QStringLiteral("id_type_as_str"), T::Char, QStringLiteral("$.id_type"),
                QStringLiteral("ID Type"))),
            f(QStringLiteral("value"), T::Char, QStringLiteral("$.value"), QStringLiteral("Value")),
            f(QStringLiteral("expiry_date"), T::Date, QStringLiteral("$.expiry_date"),
                QStringLiteral("Expiry Date")),
            f(QStringLiteral("status"), T::Selection, QStringLiteral("$.status"), QStringLiteral("Status")),
            f(QStringLiteral("description"), T::Text, QStringLiteral("$.description"),
                QStringLiteral("Description"))};
        all.insert(m.name, m);
    }
    for (const auto &[name, table, label] : {std::tuple {"g2p.id.type", "id_type", "ID Type"},
             std::tuple {"g2p.group.membership.kind", "membership_kind", "Group Membership Kind"}}) {
        ModelDef m;
        m.name = QLatin1String(name);
        m.description = QLatin1String(label);
        m.table = QLatin1String(table);
        m.idSql = QStringLiteral("$.rowid");
        m.displaySql = QStringLiteral("$.name");
        m.defaultOrder = QStringLiteral("id asc");
        m.fields = {ro(f(QStringLiteral("id"), T::Integer, QStringLiteral("$.rowid"), QStringLiteral("ID"))),
            f(QStringLiteral("name"), T::Char, QStringLiteral("$.name"), QStringLiteral("Name"))};
        all.insert(m.name, m);
    }
    {
        ModelDef m;
        m.name = QStringLiteral("g2p.phone.number");
        m.description = QStringLiteral("Phone Number");
        m.table = QStringLiteral("phone");
        m.displaySql = QStringLiteral("$.phone_no");
        m.defaultOrder = QStringLiteral("id asc");
        m.fields = {ro(f(QStringLiteral("id"), T::Integer, QStringLiteral("$.id"), QStringLiteral("ID"))),
            required(rel(QStringLiteral("partner_id"), T::Many2one, QStringLiteral("$.partner_id"),
                QStringLiteral("res.partner"), QStringLiteral("Registrant"))),
            required(f(QStringLiteral("phone_no"), T::Char, QStringLiteral("$.phone_no"),
                QStringLiteral("Phone Number"))),
            ro(f(QStringLiteral("phone_sanitized"), T::Char, QStringLiteral("$.phone_sanitized"),
                QStringLiteral("Sanitized Phone Number"))),
            f(QStringLiteral("date_collected"), T::Date, QStringLiteral("$.date_collected"),
                QStringLiteral("Date Collected"))};
        all.insert(m.name, m);
    }
    {
        ModelDef m;
        m.name = QStringLiteral("g2p.group.membership");
        m.description = QStringLiteral("Group Membership");
        m.table = QStringLiteral("group_membership");
        m.displaySql = QStringLiteral("(SELECT p.name FROM partner p WHERE p.id = $.individual_id)");
        m.defaultOrder = QStringLiteral("id asc");
        m.fields = magic();
        m.fields += {required(rel(QStringLiteral("group"), T::Many2one, QStringLiteral("$.group_id"),
                         QStringLiteral("res.partner"), QStringLiteral("Group"))),
            required(rel(QStringLiteral("individual"), T::Many2one, QStringLiteral("$.individual_id"),
                QStringLiteral("res.partner"), QStringLiteral("Individual"))),
            rel(QStringLiteral("kind"), T::Many2manyNames, QStringLiteral("$.kinds"),
                QStringLiteral("g2p.group.membership.kind"), QStringLiteral("Kind")),
            ro(f(QStringLiteral("start_date"), T::Datetime, QStringLiteral("$.create_date"),
                QStringLiteral("Start Date"))),
            ro(f(QStringLiteral("is_ended"), T::Boolean, QStringLiteral("0"), QStringLiteral("Is Ended")))};
        all.insert(m.name, m);
    }
    {
        ModelDef m;
        m.name = QStringLiteral("g2p.program");
        m.description = QStringLiteral("Program");
        m.table = QStringLiteral("program");
        m.displaySql = QStringLiteral("$.name");
        m.defaultOrder = QStringLiteral("id desc");
        m.hasActive = true;
        m.fields = magic();
        m.fields += {
            required(f(QStringLiteral("name"), T::Char, QStringLiteral("$.name"), QStringLiteral("Name"))),
            ro(f(QStringLiteral("display_name"), T::Char, QStringLiteral("$.name"),
                QStringLiteral("Display Name"))),
            f(QStringLiteral("description"), T::Text, QStringLiteral("$.description"),
                QStringLiteral("Description")),
            f(QStringLiteral("target_type"), T::Selection, QStringLiteral("$.target_type"),
                QStringLiteral("Target Type")),
            ro(f(QStringLiteral("state"), T::Selection, QStringLiteral("$.state"), QStringLiteral("State"))),
            f(QStringLiteral("active"), T::Boolean, QStringLiteral("$.active"), QStringLiteral("Active")),
            f(QStringLiteral("date_ended"), T::Date, QStringLiteral("$.date_ended"),
                QStringLiteral("Date Ended")),
            computed(f(QStringLiteral("beneficiaries_count"), T::Integer, membershipCount(nullptr),
                QStringLiteral("# Beneficiaries"))),
            computed(f(QStringLiteral("eligible_beneficiaries_count"), T::Integer,
                membershipCount("enrolled"), QStringLiteral("# Eligible Beneficiaries"))),
            computed(f(QStringLiteral("duplicate_membership_count"), T::Integer,
                membershipCount("duplicated"), QStringLiteral("# Duplicate Memberships"))),
            o2m(QStringLiteral("program_membership_ids"), QStringLiteral("g2p.program_membership"),
                QStringLiteral("program_id"), QStringLiteral("Program Memberships"))};
        all.insert(m.name, m);
    }
    {
        ModelDef m;
        m.name = QStringLiteral("g2p.program_membership");
        m.description = QStringLiteral("Program Membership");
        m.table = QStringLiteral("membership");
        m.displaySql = QStringLiteral("(SELECT p.name FROM partner p WHERE p.id = $.partner_id)");
        m.defaultOrder = QStringLiteral("id desc");
        m.inherits = QStringLiteral("res.partner");
        m.recordRule = QLatin1String(kMembershipRule);
        m.fields = magic();
        m.fields += {required(rel(QStringLiteral("partner_id"), T::Many2one, QStringLiteral("$.partner_id"),
                         QStringLiteral("res.partner"), QStringLiteral("Registrant"))),
            required(rel(QStringLiteral("program_id"), T::Many2one, QStringLiteral("$.program_id"),
                QStringLiteral("g2p.program"), QStringLiteral("Program"))),
            f(QStringLiteral("state"), T::Selection, QStringLiteral("$.state"), QStringLiteral("Status")),
            ro(f(QStringLiteral("enrollment_date"), T::Datetime, QStringLiteral("$.enrollment_date"),
                QStringLiteral("Enrollment Date"))),
            f(QStringLiteral("exit_date"), T::Date, QStringLiteral("$.exit_date"),
                QStringLiteral("Exit Date")),
            ro(f(QStringLiteral("registrant_id"), T::Integer, QStringLiteral("$.partner_id"),
                QStringLiteral("Registrant ID"))),
            ro(f(QStringLiteral("display_name"), T::Char, m.displaySql, QStringLiteral("Display Name")))};
        // Readonly in the UI only: an RPC write of enrollment_date alone is stored (section 4.1).
        for (FieldDef &d : m.fields)
            if (d.name == QLatin1String("enrollment_date"))
                d.readonly = false;
        all.insert(m.name, m);
    }
    {
        ModelDef m;
        m.name = QStringLiteral("mail.message");
        m.description = QStringLiteral("Message");
        m.table = QStringLiteral("mail_message");
        m.displaySql = QStringLiteral("$.body");
        m.defaultOrder = QStringLiteral("id desc");
        FieldDef author = rel(QStringLiteral("author_id"), T::Many2one, QStringLiteral("$.author_uid"),
            QStringLiteral("res.partner"), QStringLiteral("Author"));
        author.displaySql = QStringLiteral("$.author_name");
        author.readonly = true;
        FieldDef subtype = rel(QStringLiteral("subtype_id"), T::Many2one, QStringLiteral("$.subtype_id"),
            QStringLiteral("mail.message.subtype"), QStringLiteral("Subtype"));
        subtype.displaySql
            = QStringLiteral("CASE $.subtype_id WHEN 1 THEN 'Discussions' WHEN 2 THEN 'Note' END");
        m.fields = {ro(f(QStringLiteral("id"), T::Integer, QStringLiteral("$.id"), QStringLiteral("ID"))),
            f(QStringLiteral("model"), T::Char, QStringLiteral("$.model"),
                QStringLiteral("Related Document Model")),
            f(QStringLiteral("res_id"), T::Integer, QStringLiteral("$.res_id"),
                QStringLiteral("Related Document ID")),
            f(QStringLiteral("body"), T::Text, QStringLiteral("$.body"), QStringLiteral("Contents")),
            ro(f(QStringLiteral("date"), T::Datetime, QStringLiteral("$.date"), QStringLiteral("Date"))),
            f(QStringLiteral("message_type"), T::Selection, QStringLiteral("$.message_type"),
                QStringLiteral("Type")),
            author, subtype};
        all.insert(m.name, m);
    }
    return all;
}

const QHash<QString, ModelDef> &models()
{
    static const QHash<QString, ModelDef> all = buildModels();
    return all;
}

// Unique aliases inside one statement.
QString nextAlias()
{
    static thread_local int n = 0;
    return QStringLiteral("a%1").arg(++n % 100000);
}

class DomainCompiler
{
public:
    DomainCompiler(SqlWhere &out) : m_out(out) { }
    std::optional<QString> error;
    bool mentionsActive = false;

    // The conditions of `domain` on `m` over `alias`, ANDed where no operator joins them.
    QString compile(const ModelDef &m, const QString &alias, const QJsonArray &domain)
    {
        qsizetype i = 0;
        QStringList parts;
        while (i < domain.size() && !error)
            parts << term(m, alias, domain, i);
        if (error)
            return QString();
        return parts.isEmpty() ? QStringLiteral("1")
                               : QLatin1Char('(') + parts.join(QLatin1String(") AND (")) + QLatin1Char(')');
    }

private:
    QString term(const ModelDef &m, const QString &alias, const QJsonArray &d, qsizetype &i)
    {
        if (i >= d.size()) {
            error = QStringLiteral("Invalid domain: an operator lacks its operands");
            return QString();
        }
        const QJsonValue v = d.at(i++);
        if (v.isString()) {
            const QString op = v.toString();
            if (op == QLatin1String("!"))
                return QStringLiteral("NOT (%1)").arg(term(m, alias, d, i));
            if (op == QLatin1String("&") || op == QLatin1String("|")) {
                const QString a = term(m, alias, d, i);
                const QString b = term(m, alias, d, i);
                return QStringLiteral("(%1) %2 (%3)")
                    .arg(a, op == QLatin1String("&") ? QLatin1String("AND") : QLatin1String("OR"), b);
            }
            error = QStringLiteral("Invalid domain term %1").arg(op);
            return QString();
        }
        const QJsonArray leaf = v.toArray();
        if (!v.isArray() || leaf.size() != 3) {
            error = QStringLiteral("Invalid leaf %1")
                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)));
            return QString();
        }
        if (leaf[0].isDouble()) { // TRUE_LEAF / FALSE_LEAF
            return leaf[0].toInt() == leaf[2].toInt() ? QStringLiteral("1") : QStringLiteral("0");
        }
        return condition(m, alias, leaf[0].toString(), leaf[1].toString(), leaf[2], leaf);
    }

    QString bind(const QVariant &value)
    {
        m_out.binds << value;
        return QStringLiteral("?");
    }

    QString leafText(const QJsonArray &leaf) const
    {
        return QString::fromUtf8(QJsonDocument(leaf).toJson(QJsonDocument::Compact));
    }

    std::optional<QVariant> scalar(const FieldDef &fd, const QJsonValue &v, const QJsonArray &leaf)
    {
        switch (fd.type) {
        case FieldType::Datetime: {
            if (!v.isString())
                break;
            if (const auto micros = parseOdooDatetime(v.toString()))
                return QVariant(*micros);
            error = QStringLiteral("Invalid datetime %1 in leaf %2").arg(v.toString(), leafText(leaf));
            return std::nullopt;
        }
        case FieldType::Boolean:
            return QVariant(v.toBool() ? 1 : 0);
        case FieldType::Integer:
        case FieldType::Many2one:
        case FieldType::Float:
            if (v.isDouble())
                return QVariant(v.toDouble());
            if (v.isString())
                return QVariant(v.toString());
            break;
        default:
            if (v.isString())
                return QVariant(v.toString());
            if (v.isDouble())
                return QVariant(QString::number(v.toDouble()));
        }
        error = QStringLiteral("Invalid value %1 in leaf %2")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)),
                        leafText(leaf));
        return std::nullopt;
    }

    static QString likePattern(const QString &value, bool wrap)
    {
        if (!wrap)
            return value;
        QString s = value;
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        s.replace(QLatin1Char('%'), QLatin1String("\\%"));
        s.replace(QLatin1Char('_'), QLatin1String("\\_"));
        return QLatin1Char('%') + s + QLatin1Char('%');
    }

    QString condition(const ModelDef &m,
        const QString &alias,
        const QString &path,
        const QString &rawOp,
        const QJsonValue &value,
        const QJsonArray &leaf)
    {
        const QString op = rawOp == QLatin1String("<>") ? QStringLiteral("!=") : rawOp.toLower();
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        const QString head = dot < 0 ? path : path.left(dot);
        const auto rf = resolveField(m, head, alias);
        if (!rf) {
            error = QStringLiteral("Invalid field %1.%2 in leaf %3").arg(m.name, head, leafText(leaf));
            return QString();
        }
        if (head == QLatin1String("active") && dot < 0)
            mentionsActive = true;
        const FieldDef &fd = *rf->def;
        const bool relational = fd.type == FieldType::Many2one || fd.type == FieldType::One2many;
        if (dot >= 0 || op == QLatin1String("any") || op == QLatin1String("not any")) {
            if (!relational) {
                error = QStringLiteral("Invalid field %1.%2 in leaf %3").arg(m.name, path, leafText(leaf));
                return QString();
            }
            const ModelDef *co = model(fd.comodel);
            if (!co) {
                error = QStringLiteral("Invalid field %1.%2 in leaf %3").arg(m.name, path, leafText(leaf));
                return QString();
            }
            const QString sub = nextAlias();
            QString inner;
            if (dot >= 0) {
                inner = condition(*co, sub, path.mid(dot + 1), rawOp, value, leaf);
            } else {
                if (!value.isArray()) {
                    error = QStringLiteral("Invalid leaf %1: 'any' takes a domain").arg(leafText(leaf));
                    return QString();
                }
                DomainCompiler nested(m_out);
                inner = nested.compile(*co, sub, value.toArray());
                if (nested.error)
                    error = nested.error;
            }
            if (error)
                return QString();
            if (!co->recordRule.isEmpty())
                inner = QStringLiteral("(%1) AND (%2)").arg(inner, over(co->recordRule, sub));
            const bool negate = op == QLatin1String("not any");
            if (fd.type == FieldType::Many2one) {
                const QString in = QStringLiteral("%1 IN (SELECT %2 FROM %3 %4 WHERE %5)")
                                       .arg(rf->expr, over(co->idSql, sub), co->table, sub, inner);
                return negate ? QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(rf->expr, in) : in;
            }
            const QString in = QStringLiteral("%1 IN (SELECT %2.%3 FROM %4 %2 WHERE %5)")
                                   .arg(over(m.idSql, alias), sub, fd.inverse, co->table, inner);
            return negate ? QStringLiteral("NOT (%1)").arg(in) : in;
        }
        if (!fd.stored) {
            error = QStringLiteral("Non-stored field %1.%2 cannot be searched.").arg(m.name, fd.name);
            return QString();
        }
        if (fd.type == FieldType::One2many || fd.type == FieldType::Many2manyNames) {
            error = QStringLiteral("The sandbox does not search %1.%2 by value; use a dotted path.")
                        .arg(m.name, fd.name);
            return QString();
        }
        const QString x = rf->expr;
        const bool isFalse = value.isBool() && !value.toBool() && fd.type != FieldType::Boolean;
        if (op == QLatin1String("=?")) {
            if (value.isNull() || (value.isBool() && !value.toBool()))
                return QStringLiteral("1");
            return condition(m, alias, path, QStringLiteral("="), value, leaf);
        }
        if (op == QLatin1String("=") || op == QLatin1String("!=")) {
            const bool eq = op == QLatin1String("=");
            if (isFalse || value.isNull())
                return QStringLiteral("%1 IS %2NULL").arg(x, eq ? QString() : QStringLiteral("NOT "));
            if (fd.type == FieldType::Boolean) {
                const bool want = value.toBool() == eq;
                return want ? QStringLiteral("COALESCE(%1, 0) = 1").arg(x)
                            : QStringLiteral("COALESCE(%1, 0) = 0").arg(x);
            }
            const auto v = scalar(fd, value, leaf);
            if (!v)
                return QString();
            return eq ? QStringLiteral("%1 = %2").arg(x, bind(*v))
                      : QStringLiteral("(%1 IS NULL OR %1 != %2)").arg(x, bind(*v));
        }
        if (op == QLatin1String("<") || op == QLatin1String(">") || op == QLatin1String("<=")
            || op == QLatin1String(">=")) {
            const auto v = scalar(fd, value, leaf);
            if (!v)
                return QString();
            return QStringLiteral("%1 %2 %3").arg(x, op, bind(*v));
        }
        if (op == QLatin1String("in") || op == QLatin1String("not in")) {
            if (!value.isArray()) {
                error = QStringLiteral("Invalid leaf %1: 'in' takes a list").arg(leafText(leaf));
                return QString();
            }
            QStringList marks;
            for (const QJsonValue &item : value.toArray()) {
                const auto v = scalar(fd, item, leaf);
                if (!v)
                    return QString();
                marks << bind(*v);
            }
            if (marks.isEmpty())
                return op == QLatin1String("in") ? QStringLiteral("0") : QStringLiteral("1");
            return QStringLiteral("%1 %2 (%3)")
                .arg(x, op == QLatin1String("in") ? QLatin1String("IN") : QLatin1String("NOT IN"),
                    marks.join(QLatin1Char(',')));
        }
        const bool like = op.endsWith(QLatin1String("like"));
        if (like) {
            const bool negate = op.startsWith(QLatin1String("not "));
            const bool exact = op.startsWith(QLatin1Char('='));
            const bool caseless = op.contains(QLatin1String("ilike"));
            const QString pattern = likePattern(value.toString(), !exact);
            // SQLite's LIKE folds ASCII letters only (Odoo on PostgreSQL folds every letter); a
            // case-sensitive `like` is a plain substring test.
            QString sql;
            if (caseless || exact)
                sql = QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(x, bind(pattern));
            else
                sql = QStringLiteral("instr(%1, %2) > 0").arg(x, bind(value.toString()));
            return negate ? QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(x, sql) : sql;
        }
        error = QStringLiteral("Invalid operator %1 in leaf %2").arg(rawOp, leafText(leaf));
        return QString();
    }

    SqlWhere &m_out;
};

} // namespace

const FieldDef *ModelDef::field(const QString &fieldName) const
{
    for (const FieldDef &d : fields)
        if (d.name == fieldName)
            return &d;
    return nullptr;
}

const ModelDef *model(const QString &name)
{
    const auto it = models().constFind(name);
    return it == models().constEnd() ? nullptr : &*it;
}

QStringList modelNames()
{
    return models().keys();
}

std::optional<ResolvedField> resolveField(const ModelDef &m, const QString &name, const QString &alias)
{
    if (const FieldDef *d = m.field(name))
        return ResolvedField {d, over(d->sql, alias), &m};
    if (m.inherits.isEmpty())
        return std::nullopt;
    const ModelDef *parent = model(m.inherits);
    const FieldDef *d = parent ? parent->field(name) : nullptr;
    if (!d || d->type == FieldType::One2many || d->type == FieldType::Many2manyNames)
        return std::nullopt;
    const QString sub = nextAlias();
    return ResolvedField {d,
        QStringLiteral("(SELECT %1 FROM %2 %3 WHERE %3.id = %4.partner_id)")
            .arg(over(d->sql, sub), parent->table, sub, alias),
        parent};
}

std::optional<QString> domainToSql(
    const ModelDef &m, const QString &alias, const QJsonArray &domain, bool activeTest, SqlWhere &out)
{
    DomainCompiler c(out);
    QString sql = c.compile(m, alias, domain);
    if (c.error)
        return c.error;
    if (activeTest && m.hasActive && !c.mentionsActive)
        sql = QStringLiteral("(%1) AND %2.active = 1").arg(sql, alias);
    if (!m.recordRule.isEmpty())
        sql = QStringLiteral("(%1) AND (%2)").arg(sql, over(m.recordRule, alias));
    out.sql = sql;
    return std::nullopt;
}

QString over(const QString &sql, const QString &alias)
{
    QString s = sql;
    return s.replace(QLatin1String("$."), alias + QLatin1Char('.'));
}

std::optional<qint64> parseOdooDatetime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid())
            return std::nullopt;
        t = QDateTime(d, QTime(0, 0));
    }
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch() * 1000;
}

QString formatOdooDatetime(qint64 micros)
{
    qint64 secs = micros / 1000000;
    if (micros % 1000000 < 0)
        --secs;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace g2p::sandbox::odoo
