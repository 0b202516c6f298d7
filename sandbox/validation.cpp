#include "validation.h"

#include "wiretime.h"

#include <QJsonDocument>

namespace g2p::sandbox {

void Issues::add(const QString &type,
    const QJsonArray &loc,
    const QString &msg,
    const QJsonValue &input,
    const QJsonObject &ctx,
    bool withInput)
{
    QJsonObject item {
        {QStringLiteral("type"), type}, {QStringLiteral("loc"), loc}, {QStringLiteral("msg"), msg}};
    if (withInput)
        item.insert(QStringLiteral("input"), input);
    if (!ctx.isEmpty())
        item.insert(QStringLiteral("ctx"), ctx);
    m_items.append(item);
}

Reply Issues::reply(bool baseRest) const
{
    if (baseRest)
        return Reply::baseRest(400, QStringLiteral("400"), QStringLiteral("BadRequest"),
            QString::fromUtf8(QJsonDocument(m_items).toJson(QJsonDocument::Compact)));
    return Reply::json(QJsonObject {{QStringLiteral("detail"), m_items}}, 422);
}

QString pydanticChoices(const QStringList &allowed)
{
    QString out;
    for (int i = 0; i < allowed.size(); ++i) {
        if (i > 0)
            out += (i == allowed.size() - 1) ? QStringLiteral(" or ") : QStringLiteral(", ");
        out += QLatin1Char('\'') + allowed[i] + QLatin1Char('\'');
    }
    return out;
}

static std::optional<qint64> parseIntText(const QString &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<qint64> pathId(const QString &text, Issues &issues)
{
    const auto v = parseIntText(text);
    if (!v)
        issues.add(QStringLiteral("int_parsing"), QJsonArray {QStringLiteral("path"), QStringLiteral("_id")},
            QStringLiteral("Input should be a valid integer, unable to parse string as an integer"), text);
    return v;
}

QString queryString(const Request &r, const QString &name)
{
    if (!r.query.hasQueryItem(name))
        return QString();
    QString v = r.query.queryItemValue(name);
    if (v.isNull())
        v = QStringLiteral("");
    return v;
}

std::optional<qint64> queryInt(const Request &r,
    const QString &name,
    Issues &issues,
    std::optional<qint64> min,
    std::optional<qint64> max)
{
    const QString text = queryString(r, name);
    if (text.isNull())
        return std::nullopt;
    const QJsonArray loc {QStringLiteral("query"), name};
    const auto v = parseIntText(text);
    if (!v) {
        issues.add(QStringLiteral("int_parsing"), loc,
            QStringLiteral("Input should be a valid integer, unable to parse string as an integer"), text);
        return std::nullopt;
    }
    if (min && *v < *min) {
        issues.add(QStringLiteral("greater_than_equal"), loc,
            QStringLiteral("Input should be greater than or equal to %1").arg(*min), text,
            QJsonObject {{QStringLiteral("ge"), *min}});
        return std::nullopt;
    }
    if (max && *v > *max) {
        issues.add(QStringLiteral("less_than_equal"), loc,
            QStringLiteral("Input should be less than or equal to %1").arg(*max), text,
            QJsonObject {{QStringLiteral("le"), *max}});
        return std::nullopt;
    }
    return v;
}

std::optional<bool> queryBool(const Request &r, const QString &name, Issues &issues)
{
    const QString text = queryString(r, name);
    if (text.isNull())
        return std::nullopt;
    const QString t = text.toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes")
        || t == QLatin1String("on") || t == QLatin1String("t") || t == QLatin1String("y"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no")
        || t == QLatin1String("off") || t == QLatin1String("f") || t == QLatin1String("n"))
        return false;
    issues.add(QStringLiteral("bool_parsing"), QJsonArray {QStringLiteral("query"), name},
        QStringLiteral("Input should be a valid boolean, unable to interpret input"), text);
    return std::nullopt;
}

QString queryEnum(const Request &r, const QString &name, const QStringList &allowed, Issues &issues)
{
    const QString text = queryString(r, name);
    if (text.isNull() || allowed.contains(text))
        return text;
    issues.add(QStringLiteral("enum"), QJsonArray {QStringLiteral("query"), name},
        QStringLiteral("Input should be %1").arg(pydanticChoices(allowed)), text,
        QJsonObject {{QStringLiteral("expected"), pydanticChoices(allowed)}});
    return QString();
}

std::optional<QJsonValue> parseBody(const Request &r, Issues &issues)
{
    if (r.body.trimmed().isEmpty()) {
        issues.add(QStringLiteral("missing"), QJsonArray {QStringLiteral("body")},
            QStringLiteral("Field required"), QJsonValue(QJsonValue::Null));
        return std::nullopt;
    }
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        issues.add(QStringLiteral("json_invalid"), QJsonArray {QStringLiteral("body"), pe.offset},
            QStringLiteral("JSON decode error"), QJsonObject(),
            QJsonObject {{QStringLiteral("error"), pe.errorString()}});
        return std::nullopt;
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

QJsonObject objectBody(const Request &r, Issues &issues, bool *ok)
{
    const auto body = parseBody(r, issues);
    if (ok)
        *ok = false;
    if (!body)
        return {};
    if (!body->isObject()) {
        issues.add(QStringLiteral("model_attributes_type"), QJsonArray {QStringLiteral("body")},
            QStringLiteral("Input should be a valid dictionary or object to extract fields from"), *body);
        return {};
    }
    if (ok)
        *ok = true;
    return body->toObject();
}

BodyReader::BodyReader(const QJsonObject &obj, QJsonArray loc, Issues &issues)
    : m_obj(obj), m_loc(std::move(loc)), m_issues(issues)
{ }

QJsonArray BodyReader::loc(const QString &key) const
{
    QJsonArray l = m_loc;
    l.append(key);
    return l;
}

bool BodyReader::present(const QString &key, unsigned flags)
{
    if (!m_obj.contains(key)) {
        if (flags & Required)
            m_issues.add(QStringLiteral("missing"), loc(key), QStringLiteral("Field required"), m_obj);
        return false;
    }
    return true;
}

QString BodyReader::string(const QString &key, unsigned flags, int maxLength)
{
    if (!present(key, flags))
        return QString();
    const QJsonValue v = m_obj.value(key);
    if (v.isNull()) {
        if (!(flags & Nullable))
            m_issues.add(
                QStringLiteral("string_type"), loc(key), QStringLiteral("Input should be a valid string"), v);
        return QString();
    }
    if (!v.isString()) {
        m_issues.add(
            QStringLiteral("string_type"), loc(key), QStringLiteral("Input should be a valid string"), v);
        return QString();
    }
    const QString s = v.toString();
    if ((flags & NonEmpty) && s.isEmpty()) {
        m_issues.add(QStringLiteral("string_too_short"), loc(key),
            QStringLiteral("String should have at least 1 character"), v,
            QJsonObject {{QStringLiteral("min_length"), 1}});
        return QString();
    }
    if (maxLength >= 0 && s.size() > maxLength) {
        m_issues.add(QStringLiteral("string_too_long"), loc(key),
            QStringLiteral("String should have at most %1 characters").arg(maxLength), v,
            QJsonObject {{QStringLiteral("max_length"), maxLength}});
        return QString();
    }
    return s;
}

QDate BodyReader::date(const QString &key, unsigned flags, bool valueError)
{
    if (!present(key, flags))
        return QDate();
    const QJsonValue v = m_obj.value(key);
    if (v.isNull()) {
        if (!(flags & Nullable))
            m_issues.add(
                QStringLiteral("date_type"), loc(key), QStringLiteral("Input should be a valid date"), v);
        return QDate();
    }
    if (v.isString() && v.toString().isEmpty() && (flags & EmptyDateIsNull))
        return QDate();
    const QDate d = v.isString() ? parseIsoDate(v.toString()) : QDate();
    if (!d.isValid()) {
        if (valueError)
            m_issues.add(QStringLiteral("value_error"), loc(key),
                QStringLiteral("Value error, time data '%1' does not match format '%Y-%m-%d'")
                    .arg(v.isString() ? v.toString() : QString::number(v.toDouble())),
                v, QJsonObject {{QStringLiteral("error"), QJsonObject()}});
        else
            m_issues.add(QStringLiteral("date_from_datetime_parsing"), loc(key),
                QStringLiteral("Input should be a valid date in the format YYYY-MM-DD"), v);
    }
    return d;
}

std::optional<qint64> BodyReader::integer(const QString &key, unsigned flags)
{
    if (!present(key, flags))
        return std::nullopt;
    const QJsonValue v = m_obj.value(key);
    if (v.isNull() && (flags & Nullable))
        return std::nullopt;
    if (!v.isDouble()) {
        m_issues.add(
            QStringLiteral("int_type"), loc(key), QStringLiteral("Input should be a valid integer"), v);
        return std::nullopt;
    }
    const qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 i = v.toInteger(sentinel);
    if (i == sentinel) {
        m_issues.add(QStringLiteral("int_from_float"), loc(key),
            QStringLiteral("Input should be a valid integer, got a number with a fractional part"), v);
        return std::nullopt;
    }
    return i;
}

std::optional<bool> BodyReader::boolean(const QString &key, unsigned flags)
{
    if (!present(key, flags))
        return std::nullopt;
    const QJsonValue v = m_obj.value(key);
    if (v.isNull() && (flags & Nullable))
        return std::nullopt;
    if (!v.isBool()) {
        m_issues.add(
            QStringLiteral("bool_type"), loc(key), QStringLiteral("Input should be a valid boolean"), v);
        return std::nullopt;
    }
    return v.toBool();
}

QString BodyReader::enumValue(const QString &key, const QStringList &allowed, unsigned flags)
{
    if (!present(key, flags))
        return QString();
    const QJsonValue v = m_obj.value(key);
    if (v.isNull() && (flags & Nullable))
        return QString();
    if (!v.isString() || !allowed.contains(v.toString())) {
        m_issues.add(QStringLiteral("enum"), loc(key),
            QStringLiteral("Input should be %1").arg(pydanticChoices(allowed)), v,
            QJsonObject {{QStringLiteral("expected"), pydanticChoices(allowed)}});
        return QString();
    }
    return v.toString();
}

QJsonArray BodyReader::list(const QString &key, unsigned flags, int minItems)
{
    if (!present(key, flags))
        return QJsonArray();
    const QJsonValue v = m_obj.value(key);
    if (v.isNull() && (flags & Nullable))
        return QJsonArray();
    if (!v.isArray()) {
        m_issues.add(
            QStringLiteral("list_type"), loc(key), QStringLiteral("Input should be a valid list"), v);
        return QJsonArray();
    }
    const QJsonArray a = v.toArray();
    if (a.size() < minItems)
        m_issues.add(QStringLiteral("too_short"), loc(key),
            QStringLiteral("List should have at least %1 item after validation, not %2")
                .arg(minItems)
                .arg(a.size()),
            v,
            QJsonObject {{QStringLiteral("field_type"), QStringLiteral("List")},
                {QStringLiteral("min_length"), minItems}, {QStringLiteral("actual_length"), a.size()}});
    return a;
}

void BodyReader::forbidExtra(const QStringList &known)
{
    for (auto it = m_obj.begin(); it != m_obj.end(); ++it)
        if (!known.contains(it.key()))
            m_issues.add(QStringLiteral("extra_forbidden"), loc(it.key()),
                QStringLiteral("Extra inputs are not permitted"), it.value());
}

bool sameSecret(const QString &stored, const QString &given)
{
    const QByteArray a = stored.toUtf8(), b = given.toUtf8();
    unsigned diff = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < b.size(); ++i)
        diff |= unsigned(
            static_cast<unsigned char>(a.isEmpty() ? 0 : a[i % a.size()]) ^ static_cast<unsigned char>(b[i]));
    return diff == 0;
}

QString sanitizedPhone(const QString &phone)
{
    // E.164: '+' then 8 to 15 digits; spaces, dashes, dots and parentheses are dropped.
    QString digits;
    const QString trimmed = phone.trimmed();
    if (!trimmed.startsWith(QLatin1Char('+')))
        return QString();
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (!QStringLiteral(" -.()").contains(c))
            return QString();
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(QLatin1Char('0')))
        return QString();
    return QLatin1Char('+') + digits;
}

} // namespace g2p::sandbox
