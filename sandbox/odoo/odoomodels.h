// The OpenG2P 17 models the sandbox's Odoo face serves, mapped onto the sandbox's tables, and Odoo
// domains translated to SQL over them (../shared/contract/backends/odoo17-jsonrpc.md, sections 3–4).
// Only what a client of the registry needs is mapped; an unknown field is Odoo's ValueError.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace g2p::sandbox::odoo {

enum class FieldType
{
    Integer,
    Float,
    Char,
    Text,
    Boolean,
    Date,
    Datetime, // stored as UTC microseconds, shown "YYYY-MM-DD HH:MM:SS"
    Selection,
    Many2one,
    One2many,
    Many2manyNames // the sandbox keeps names ('\n'-separated) where Odoo keeps a relation table
};

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Char;
    QString sql; // an expression over the alias "$"; empty for one2many
    QString label;
    QString comodel; // many2one, one2many, many2many
    QString inverse; // one2many: the comodel's column that points back here
    bool stored = true; // non-stored computes can be read, never searched
    bool readonly = false;
    bool required = false;
    QString displaySql; // many2one: the display name when the comodel has no table here
    QString (*compute)(const QString &) = nullptr; // a computed char field: its value from `sql`'s
};

struct ModelDef
{
    QString name; // "g2p.program_membership"
    QString description; // "Program Membership"
    QString table;
    QString idSql = QStringLiteral("$.id");
    QString displaySql; // the display name
    QString defaultOrder;
    QString inherits; // _inherits parent model (through partner_id)
    QString recordRule; // ANDed to every query (Odoo's global record rules); "$" is the alias
    bool hasActive = false;
    QList<FieldDef> fields;
    const FieldDef *field(const QString &name) const;
};

// Every model served, by name; nullptr when unknown (Odoo: UserError "Object X doesn't exist").
const ModelDef *model(const QString &name);
QStringList modelNames();

// A field of `m`, own or inherited (_inherits): the expression over `alias` that gives its value.
struct ResolvedField
{
    const FieldDef *def = nullptr;
    QString expr; // SQL
    const ModelDef *owner = nullptr;
};
std::optional<ResolvedField> resolveField(const ModelDef &m, const QString &name, const QString &alias);

struct SqlWhere
{
    QString sql = QStringLiteral("1");
    QVariantList binds;
};

// Odoo's prefix-notation domain → SQL over `alias`. Returns the problem as Odoo's ValueError says it.
// `activeTest`: archived rows are left out unless the domain speaks of `active`.
std::optional<QString> domainToSql(
    const ModelDef &m, const QString &alias, const QJsonArray &domain, bool activeTest, SqlWhere &out);

// A field's SQL (written over the alias "$") over `alias`.
QString over(const QString &sql, const QString &alias);

// Odoo's "YYYY-MM-DD HH:MM:SS" (UTC) ↔ microseconds; a bare date is midnight.
std::optional<qint64> parseOdooDatetime(const QString &text);
QString formatOdooDatetime(qint64 micros);

} // namespace g2p::sandbox::odoo
