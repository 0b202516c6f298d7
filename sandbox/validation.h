// Request validation with FastAPI/pydantic v2 error items (422), as openapi.yaml describes them.
#pragma once

#include "exchange.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace g2p::sandbox {

class Issues
{
public:
    void add(const QString &type,
        const QJsonArray &loc,
        const QString &msg,
        const QJsonValue &input = QJsonValue(),
        const QJsonObject &ctx = QJsonObject(),
        bool withInput = true);
    bool isEmpty() const { return m_items.isEmpty(); }
    // FastAPI: 422 {"detail": [...]}; base_rest operations answer the same problems with 400.
    Reply reply(bool baseRest = false) const;

private:
    QJsonArray m_items;
};

// Query and path parameters.
std::optional<qint64> pathId(const QString &text, Issues &issues);
std::optional<qint64> queryInt(const Request &r,
    const QString &name,
    Issues &issues,
    std::optional<qint64> min = {},
    std::optional<qint64> max = {});
std::optional<bool> queryBool(const Request &r, const QString &name, Issues &issues);
QString queryString(const Request &r, const QString &name); // null when absent
QString queryEnum(const Request &r, const QString &name, const QStringList &allowed, Issues &issues);

// The JSON body: 422 json_invalid / missing / a type error when it is not an object (or array).
std::optional<QJsonValue> parseBody(const Request &r, Issues &issues);
// The same, for endpoints whose body must be one object (422 model_attributes_type otherwise).
// `ok` (optional) is false when an issue was added.
QJsonObject objectBody(const Request &r, Issues &issues, bool *ok = nullptr);

// Field checks on one JSON object of the body, each failure added at its `loc`.
class BodyReader
{
public:
    enum Flag : unsigned
    {
        Required = 1,
        Nullable = 2,
        NonEmpty = 4,
        EmptyDateIsNull = 8
    };

    BodyReader(const QJsonObject &obj, QJsonArray loc, Issues &issues);
    bool has(const QString &key) const { return m_obj.contains(key); }
    bool isNull(const QString &key) const { return m_obj.value(key).isNull(); }
    const QJsonObject &object() const { return m_obj; }
    QJsonArray loc(const QString &key) const;

    QString string(const QString &key, unsigned flags = Nullable, int maxLength = -1);
    // `valueError`: upstream (Odoo 17 validator) style; otherwise the extension's pydantic date type.
    QDate date(const QString &key, unsigned flags = Nullable, bool valueError = true);
    std::optional<qint64> integer(const QString &key, unsigned flags = 0);
    std::optional<bool> boolean(const QString &key, unsigned flags = 0);
    QString enumValue(const QString &key, const QStringList &allowed, unsigned flags = 0);
    // Returns the array (empty when absent/null/invalid); each element is checked by the caller.
    QJsonArray list(const QString &key, unsigned flags = 0, int minItems = 0);
    void forbidExtra(const QStringList &known);

private:
    bool present(const QString &key, unsigned flags);
    QJsonObject m_obj;
    QJsonArray m_loc;
    Issues &m_issues;
};

// `"'draft', 'enrolled' or 'paused'"` as pydantic lists enum choices.
QString pydanticChoices(const QStringList &allowed);

// Compares a password with the stored one in a time that depends on the given one's length only,
// not on where they differ (no timing oracle to guess it character by character).
bool sameSecret(const QString &stored, const QString &given);
// A phone number as the registry keeps it sanitized: E.164 ("+" and 8 to 15 digits), or empty.
QString sanitizedPhone(const QString &phone);

} // namespace g2p::sandbox
