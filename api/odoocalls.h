// Internal to the Odoo backend's files: chaining calls, building execute_kw arguments and domains.
#pragma once

#include "pendingcall.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcOdoo)

namespace g2p::odoo_detail {

inline const QString M = QStringLiteral("g2p.program_membership");
inline const QString P = QStringLiteral("res.partner");

using g2p::step; // pendingcall.h

inline QList<qint64> intsOf(const QJsonArray &a)
{
    QList<qint64> out;
    for (const QJsonValue &v : a)
        out << v.toInteger();
    return out;
}

inline QJsonArray jsonIds(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

// Positional arguments holding one value (a domain, an id list): `{array}` would copy the array
// instead of wrapping it.
inline QJsonArray one(const QJsonValue &v)
{
    QJsonArray a;
    a.append(v);
    return a;
}

inline QJsonArray leaf(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray {field, op, value};
}

inline ApiError problem(ApiError::Kind kind, const QString &code, const QString &message)
{
    ApiError e(kind, message);
    e.setCode(code);
    return e;
}

} // namespace g2p::odoo_detail
