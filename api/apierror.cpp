#include "apierror.h"

#include <QJsonDocument>

namespace g2p {

QString ValidationIssue::path() const
{
    QString out;
    for (const QJsonValue &seg : loc) {
        if (seg.isString()) {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += seg.toString();
        } else {
            out += QLatin1Char('[') + QString::number(seg.toInteger()) + QLatin1Char(']');
        }
    }
    return out;
}

DecodeError ServerErrorBody::parse(const QByteArray &json, ServerErrorBody &out)
{
    out = ServerErrorBody();
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    DecodeError err;
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        err.message = QStringLiteral("error body is not a JSON object");
        return err;
    }
    const QJsonObject o = doc.object();
    const auto optString = [&](const char *key, QString &target, bool &present) {
        const QJsonValue v = o.value(QLatin1String(key));
        present = !v.isUndefined();
        if (v.isString())
            target = v.toString();
    };
    optString("errorCode", out.errorCode, out.hasErrorCode);
    optString("errorMessage", out.errorMessage, out.hasErrorMessage);
    optString("errorDescription", out.errorDescription, out.hasErrorDescription);
    bool hasTrace = false;
    optString("traceback", out.traceback, hasTrace);
    const QJsonValue detail = o.value(QLatin1String("detail"));
    out.hasDetail = !detail.isUndefined();
    if (detail.isString()) {
        out.detail = detail.toString();
    } else if (detail.isArray()) {
        out.detailIsList = true;
        const QJsonArray items = detail.toArray();
        for (const QJsonValue &iv : items) {
            const QJsonObject io = iv.toObject();
            ValidationIssue issue;
            issue.loc = io.value(QLatin1String("loc")).toArray();
            issue.msg = io.value(QLatin1String("msg")).toString();
            issue.type = io.value(QLatin1String("type")).toString();
            issue.input = io.value(QLatin1String("input"));
            issue.hasCtx = io.contains(QLatin1String("ctx"));
            issue.ctx = io.value(QLatin1String("ctx")).toObject();
            out.issues.append(issue);
        }
    }
    if (!out.hasDetail && !out.hasErrorCode && !out.hasErrorMessage) {
        err.message = QStringLiteral("error body has neither `detail` nor `errorCode`/`errorMessage`");
        return err;
    }
    return err;
}

QJsonObject ServerErrorBody::toJson() const
{
    QJsonObject o;
    if (hasDetail) {
        if (detailIsList) {
            QJsonArray items;
            for (const ValidationIssue &i : issues) {
                QJsonObject io {{QStringLiteral("type"), i.type}, {QStringLiteral("loc"), i.loc},
                    {QStringLiteral("msg"), i.msg}};
                if (!i.input.isUndefined())
                    io.insert(QStringLiteral("input"), i.input);
                if (i.hasCtx)
                    io.insert(QStringLiteral("ctx"), i.ctx);
                items.append(io);
            }
            o.insert(QStringLiteral("detail"), items);
        } else {
            o.insert(QStringLiteral("detail"), detail);
        }
    }
    if (hasErrorCode)
        o.insert(QStringLiteral("errorCode"), errorCode);
    if (hasErrorMessage)
        o.insert(QStringLiteral("errorMessage"), errorMessage);
    if (hasErrorDescription)
        o.insert(QStringLiteral("errorDescription"),
            errorDescription.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorDescription));
    if (!traceback.isNull())
        o.insert(QStringLiteral("traceback"), traceback);
    return o;
}

ApiError::ApiError(Kind kind, QString message) : m_kind(kind), m_message(std::move(message))
{ }

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &operation)
{
    Kind kind = Kind::Server;
    switch (status) {
    case 400:
        kind = Kind::BadRequest;
        break;
    case 401:
        kind = Kind::Unauthorized;
        break;
    case 403:
        kind = Kind::Forbidden;
        break;
    case 404:
        kind = Kind::NotFound;
        break;
    case 405:
        kind = Kind::Unsupported;
        break;
    case 409:
        kind = Kind::Conflict;
        break;
    case 422:
        kind = Kind::Validation;
        break;
    case 429:
        kind = Kind::RateLimited;
        break;
    default:
        kind = status >= 500 ? Kind::Server : Kind::Protocol;
        break;
    }
    ApiError e(kind, QString());
    e.m_httpStatus = status;
    e.m_operation = operation;
    ServerErrorBody b;
    const DecodeError de = ServerErrorBody::parse(body, b);
    if (de.isNull()) {
        e.m_code = b.errorCode;
        if (b.detailIsList) {
            e.m_issues = b.issues;
            if (!b.issues.isEmpty()) {
                e.m_fieldPath = b.issues.first().path();
                e.m_message = b.issues.first().msg;
            }
        } else {
            e.m_message = b.hasErrorMessage ? b.errorMessage : b.detail;
        }
        e.m_description = b.errorDescription;
    } else {
        // Not a contract error body (a proxy page, HTML, an empty reply): keep a short excerpt.
        QString excerpt = QString::fromUtf8(body.left(200)).simplified();
        e.m_message = excerpt.isEmpty() ? QStringLiteral("HTTP %1 with no error body").arg(status) : excerpt;
    }
    // A 404 without a G2P code is the server's "no such path": the endpoint itself is missing.
    if (status == 404 && !e.m_code.startsWith(QLatin1String("G2P-")))
        e.m_kind = Kind::Unsupported;
    return e;
}

ApiError ApiError::protocol(const QString &operation, const DecodeError &de)
{
    ApiError e(Kind::Protocol, de.message);
    e.m_fieldPath = de.path;
    e.m_operation = operation;
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::TlsChanged:
        return QStringLiteral("tls_changed");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Usage:
        return QStringLiteral("usage");
    }
    return QString();
}

QString ApiError::toString() const
{
    if (isNull())
        return QString();
    QString out;
    if (!m_operation.isEmpty())
        out += m_operation + QLatin1String(": ");
    if (m_httpStatus > 0)
        out += QString::number(m_httpStatus) + QLatin1Char(' ');
    if (!m_code.isEmpty() && m_code != QString::number(m_httpStatus))
        out += m_code + QLatin1Char(' ');
    if (m_kind == Kind::Protocol)
        out += QStringLiteral("unexpected reply: ");
    if (!m_fieldPath.isEmpty())
        out += m_fieldPath + QLatin1String(": ");
    out += m_message;
    if (!m_description.isEmpty() && m_description != m_message)
        out += QLatin1String(" (") + m_description + QLatin1Char(')');
    if (m_issues.size() > 1)
        out += QStringLiteral(" [+%1 more]").arg(m_issues.size() - 1);
    return out;
}

} // namespace g2p
