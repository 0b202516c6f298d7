#include "odooface.h"

#include "../validation.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace g2p::sandbox::odoo {
namespace {

Reply envelope(const QJsonValue &id, const Outcome &o)
{
    QJsonObject r {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}};
    if (o.failure) {
        const Failure &f = *o.failure;
        // The server's traceback travels in data.debug (a client must never show or keep it).
        r.insert(QStringLiteral("error"),
            QJsonObject {{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.envelopeMessage},
                {QStringLiteral("data"),
                    QJsonObject {{QStringLiteral("name"), f.name},
                        {QStringLiteral("debug"),
                            QStringLiteral(
                                "Traceback (most recent call last):\n  File \"g2p-sandbox\"\n%1: %2\n")
                                .arg(f.name, f.message)},
                        {QStringLiteral("message"), f.message},
                        {QStringLiteral("arguments"), QJsonArray {f.message}},
                        {QStringLiteral("context"), QJsonObject {}}}}});
    } else if (!o.value.isNull() && !o.value.isUndefined()) {
        r.insert(QStringLiteral("result"), o.value); // None: neither "result" nor "error" (odoo/http.py)
    }
    Reply reply = Reply::json(r);
    return reply;
}

Reply plain400(const QString &text)
{
    Reply r;
    r.status = 400;
    r.body = text.toUtf8();
    r.header("Content-Type", "text/plain; charset=utf-8");
    return r;
}

} // namespace

OdooFace::OdooFace(RegistryStore &store, const QHash<QString, UserAccount> &users, OdooOptions options)
    : m_store(store), m_options(std::move(options))
{
    QStringList logins = users.keys();
    std::sort(logins.begin(), logins.end());
    qint64 uid = 6; // 1 is the superuser, 2 the stock admin
    for (const QString &login : logins) {
        User u;
        u.uid = uid++;
        u.login = login;
        u.password = users.value(login).password;
        u.keys = m_options.apiKeys.value(login);
        u.role = m_options.admins.contains(login) ? Role::Admin
            : users.value(login).readOnly         ? Role::Reader
                                                  : Role::Registrar;
        m_users.insert(u.uid, u);
    }
}

bool OdooFace::handles(const QString &path)
{
    return path == QLatin1String("/jsonrpc") || path == QLatin1String("/web/session/authenticate")
        || path == QLatin1String("/web/session/destroy") || path == QLatin1String("/web/database/list")
        || path == QLatin1String("/web/dataset/call_kw")
        || path.startsWith(QLatin1String("/web/dataset/call_kw/"));
}

Reply OdooFace::handle(
    const QString &path, const QByteArray &contentType, const QByteArray &body, const QByteArray &cookies)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime != "application/json" && mime != "application/json-rpc")
        return plain400(
            QStringLiteral("Request inferred type is compatible with ['http'] but '%1' is type='json'.")
                .arg(path));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return plain400(QStringLiteral("Invalid JSON data"));
    if (!doc.isObject())
        return plain400(QStringLiteral("Invalid JSON-RPC data"));
    const QJsonObject req = doc.object();
    const QJsonValue id = req.value(QStringLiteral("id"));
    const QJsonObject params = req.value(QStringLiteral("params")).toObject();
    if (path == QLatin1String("/web/session/authenticate"))
        return webAuthenticate(id, params);
    if (path == QLatin1String("/web/database/list"))
        return envelope(id, Outcome(QJsonArray {m_options.database}));
    if (path == QLatin1String("/web/session/destroy")) {
        m_sessions.remove(cookieValue(cookies, "session_id"));
        return envelope(id, Outcome());
    }
    if (path != QLatin1String("/jsonrpc"))
        return webCallKw(id, params, cookies);

    const auto typeError = [&](const QString &what) {
        return envelope(id,
            Failure {QStringLiteral("builtins.TypeError"),
                QStringLiteral("jsonrpc() missing 1 required positional argument: '%1'").arg(what)});
    };
    for (const char *key : {"service", "method", "args"})
        if (!params.contains(QLatin1String(key)))
            return typeError(QLatin1String(key));
    const QString service = params.value(QStringLiteral("service")).toString();
    const QString method = params.value(QStringLiteral("method")).toString();
    const QJsonArray args = params.value(QStringLiteral("args")).toArray();
    if (service == QLatin1String("common"))
        return envelope(id, common(method, args));
    if (service == QLatin1String("db")) {
        if (method == QLatin1String("list"))
            return envelope(id, Outcome(QJsonArray {m_options.database}));
        if (method == QLatin1String("server_version"))
            return envelope(id, Outcome(QJsonValue(QStringLiteral("17.0"))));
        return envelope(
            id, Failure {QStringLiteral("builtins.KeyError"), QStringLiteral("'exp_%1'").arg(method)});
    }
    if (service == QLatin1String("object"))
        return envelope(id, object(method, args));
    return envelope(id, Failure {QStringLiteral("builtins.KeyError"), QStringLiteral("'%1'").arg(service)});
}

Outcome OdooFace::wrongDatabase(const QString &db) const
{
    return Failure {QStringLiteral("psycopg2.OperationalError"),
        QStringLiteral("connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  "
                       "database \"%1\" does not exist")
            .arg(db)};
}

Outcome OdooFace::common(const QString &method, const QJsonArray &args)
{
    if (method == QLatin1String("version"))
        return QJsonValue(QJsonObject {{QStringLiteral("server_version"), QStringLiteral("17.0")},
            {QStringLiteral("server_version_info"),
                QJsonArray {17, 0, 0, QStringLiteral("final"), 0, QString()}},
            {QStringLiteral("server_serie"), QStringLiteral("17.0")},
            {QStringLiteral("protocol_version"), 1}});
    if (method == QLatin1String("login") || method == QLatin1String("authenticate")) {
        const QString db = args.at(0).toString();
        if (db != m_options.database)
            return wrongDatabase(db);
        const QString login = args.at(1).toString();
        const QString secret = args.at(2).toString();
        for (const User &u : std::as_const(m_users))
            if (u.login == login && checkSecret(u.uid, secret))
                return QJsonValue(u.uid);
        return QJsonValue(false); // a wrong password is no error here (exp_authenticate)
    }
    return Failure {QStringLiteral("builtins.Exception"), QStringLiteral("Method not found: %1").arg(method)};
}

const OdooFace::User *OdooFace::checkSecret(qint64 uid, const QString &secret) const
{
    const auto it = m_users.constFind(uid);
    if (it == m_users.constEnd() || secret.isEmpty())
        return nullptr;
    if (sameSecret(it->password, secret))
        return &*it;
    for (const QString &k : it->keys)
        if (sameSecret(k, secret))
            return &*it;
    return nullptr;
}

Outcome OdooFace::object(const QString &method, const QJsonArray &args)
{
    const QString db = args.at(0).toString();
    if (db != m_options.database)
        return wrongDatabase(db);
    const User *user = checkSecret(args.at(1).toInteger(), args.at(2).toString());
    if (!user)
        return Failure {QStringLiteral("odoo.exceptions.AccessDenied"), QStringLiteral("Access Denied")};
    if (method != QLatin1String("execute_kw") && method != QLatin1String("execute"))
        return Failure {
            QStringLiteral("builtins.NameError"), QStringLiteral("Method not available %1").arg(method)};
    const QString model = args.at(3).toString();
    const QString name = args.at(4).toString();
    if (method == QLatin1String("execute")) {
        QJsonArray rest;
        for (qsizetype i = 5; i < args.size(); ++i)
            rest << args.at(i);
        return callKw(*user, model, name, rest, {});
    }
    return callKw(*user, model, name, args.at(5).toArray(), args.at(6).toObject());
}

Outcome OdooFace::callKw(
    const User &user, const QString &modelName, const QString &method, QJsonArray args, QJsonObject kwargs)
{
    const ModelDef *m = model(modelName);
    if (!m && modelName != QLatin1String("res.users"))
        return Failure {QStringLiteral("odoo.exceptions.UserError"),
            QStringLiteral("Object %1 doesn't exist").arg(modelName)};
    if (method.startsWith(QLatin1Char('_')))
        return Failure {QStringLiteral("odoo.exceptions.AccessError"),
            QStringLiteral("Private methods (such as %1) cannot be called remotely.").arg(method)};
    Env env;
    env.user = &user;
    env.context = kwargs.take(QStringLiteral("context")).toObject();
    env.now = m_store.nowMicros();
    if (!m) { // res.users: the officer's own record and group checks
        if (method == QLatin1String("has_group")) {
            const QString group = args.at(1).toString();
            const bool admin = user.role == Role::Admin;
            const bool writer = user.role != Role::Reader;
            return QJsonValue(group == QLatin1String("base.group_user")
                || (group == QLatin1String("g2p_registry_base.group_g2p_admin") && admin)
                || (group == QLatin1String("g2p_registry_base.group_g2p_registrar") && writer));
        }
        if (method == QLatin1String("read") || method == QLatin1String("search_read"))
            return QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("id"), user.uid},
                {QStringLiteral("name"), user.login}, {QStringLiteral("login"), user.login},
                {QStringLiteral("lang"), QStringLiteral("en_US")}, {QStringLiteral("tz"), false}}});
        return Failure {QStringLiteral("builtins.AttributeError"),
            QStringLiteral("The method '%1' does not exist on the model 'res.users'").arg(method)};
    }
    // One call, one transaction (odoo/service/model.py retrying()): all or nothing.
    m_store.begin();
    Outcome o = dispatchMethod(env, *m, method, args, kwargs);
    if (o.failure)
        m_store.rollback();
    else
        m_store.commit();
    return o;
}

Reply OdooFace::webAuthenticate(const QJsonValue &id, const QJsonObject &params)
{
    if (params.value(QStringLiteral("db")).toString() != m_options.database)
        return envelope(id,
            Failure {QStringLiteral("odoo.exceptions.AccessError"), QStringLiteral("Database not found.")});
    const QString login = params.value(QStringLiteral("login")).toString();
    const QString password = params.value(QStringLiteral("password")).toString();
    // Interactive: an API key does not open a web session, only the password does.
    for (const User &u : std::as_const(m_users)) {
        if (u.login != login || !sameSecret(u.password, password))
            continue;
        const QString sid = QUuid::createUuid().toString(QUuid::Id128);
        m_sessions.insert(
            sid, {u.uid, QDateTime::currentDateTimeUtc().addSecs(m_options.sessionLifetimeSeconds)});
        Reply r = envelope(id,
            Outcome(QJsonObject {{QStringLiteral("uid"), u.uid}, {QStringLiteral("db"), m_options.database},
                {QStringLiteral("username"), u.login}, {QStringLiteral("name"), u.login},
                {QStringLiteral("server_version"), QStringLiteral("17.0")},
                {QStringLiteral("user_context"),
                    QJsonObject {{QStringLiteral("lang"), QStringLiteral("en_US")},
                        {QStringLiteral("tz"), false}, {QStringLiteral("uid"), u.uid}}}}));
        r.header("Set-Cookie",
            QStringLiteral("session_id=%1; Max-Age=%2; HttpOnly; Path=/")
                .arg(sid)
                .arg(m_options.sessionLifetimeSeconds)
                .toLatin1());
        return r;
    }
    return envelope(
        id, Failure {QStringLiteral("odoo.exceptions.AccessDenied"), QStringLiteral("Access Denied")});
}

Reply OdooFace::webCallKw(const QJsonValue &id, const QJsonObject &params, const QByteArray &cookies)
{
    const QString sid = cookieValue(cookies, "session_id");
    const auto it = m_sessions.constFind(sid);
    if (sid.isEmpty() || it == m_sessions.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc()) {
        m_sessions.remove(sid);
        Failure f {QStringLiteral("odoo.http.SessionExpiredException"), QStringLiteral("Session expired"),
            100, QStringLiteral("Odoo Session Expired")};
        return envelope(id, f);
    }
    const User &user = m_users[it->uid];
    return envelope(id,
        callKw(user, params.value(QStringLiteral("model")).toString(),
            params.value(QStringLiteral("method")).toString(), params.value(QStringLiteral("args")).toArray(),
            params.value(QStringLiteral("kwargs")).toObject()));
}

} // namespace g2p::sandbox::odoo
