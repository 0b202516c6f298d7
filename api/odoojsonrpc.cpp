#include "odoojsonrpc.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace g2p::odoo {

QByteArray callEnvelope(qint64 id, const QString &service, const QString &method, const QJsonArray &args)
{
    const QJsonObject params {{QStringLiteral("service"), service}, {QStringLiteral("method"), method},
        {QStringLiteral("args"), args}};
    const QJsonObject call {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("method"), QStringLiteral("call")}, {QStringLiteral("id"), id},
        {QStringLiteral("params"), params}};
    return QJsonDocument(call).toJson(QJsonDocument::Compact);
}

QByteArray executeKw(qint64 id,
    const QString &database,
    qint64 uid,
    const QString &secret,
    const QString &model,
    const QString &method,
    const QJsonArray &args,
    const QJsonObject &kwargs)
{
    return callEnvelope(id, QStringLiteral("object"), QStringLiteral("execute_kw"),
        QJsonArray {database, uid, secret, model, method, args, kwargs});
}

namespace {

ApiError::Kind kindOf(const QString &name, int code)
{
    if (code == 100 || name == QLatin1String("odoo.exceptions.AccessDenied")
        || name == QLatin1String("odoo.http.SessionExpiredException"))
        return ApiError::Kind::Unauthorized;
    if (name == QLatin1String("odoo.exceptions.AccessError"))
        return ApiError::Kind::Forbidden;
    if (code == 404 || name == QLatin1String("odoo.exceptions.MissingError")
        || name == QLatin1String("werkzeug.exceptions.NotFound"))
        return ApiError::Kind::NotFound;
    if (name == QLatin1String("odoo.exceptions.ValidationError")
        || name == QLatin1String("odoo.exceptions.UserError"))
        return ApiError::Kind::Validation;
    return ApiError::Kind::Server;
}

ApiError protocolError(const QString &operation, const QString &why)
{
    ApiError e(ApiError::Kind::Protocol, why);
    e.setOperation(operation);
    return e;
}

} // namespace

Reply readReply(const QByteArray &body, qint64 id, const QString &operation)
{
    Reply reply;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        reply.error = protocolError(operation,
            QStringLiteral("the answer is not a JSON-RPC object (%1)")
                .arg(parse.error != QJsonParseError::NoError ? parse.errorString()
                                                             : QStringLiteral("not an object")));
        return reply;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0")) {
        reply.error = protocolError(operation, QStringLiteral("the answer is not JSON-RPC 2.0"));
        return reply;
    }
    if (o.value(QStringLiteral("id")).toInteger(-1) != id) {
        reply.error = protocolError(operation,
            QStringLiteral("the answer is for another call (id %1, expected %2)")
                .arg(o.value(QStringLiteral("id")).toInteger(-1))
                .arg(id));
        return reply;
    }
    if (o.contains(QStringLiteral("error"))) {
        const QJsonObject err = o.value(QStringLiteral("error")).toObject();
        const QJsonObject data = err.value(QStringLiteral("data")).toObject();
        const QString name = data.value(QStringLiteral("name")).toString();
        const int code = err.value(QStringLiteral("code")).toInt();
        QString message = data.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = err.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = QStringLiteral("the server reported an error without words");
        ApiError e(kindOf(name, code), message);
        e.setCode(name);
        e.setOperation(operation);
        reply.error = e;
        return reply;
    }
    // A method that returns None answers with neither "result" nor "error": a success with null.
    reply.result = o.value(QStringLiteral("result"));
    if (reply.result.isUndefined())
        reply.result = QJsonValue(QJsonValue::Null);
    return reply;
}

} // namespace g2p::odoo
