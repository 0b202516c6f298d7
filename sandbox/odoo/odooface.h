// The sandbox's Odoo face: Odoo 17's external API over the same database as the REST face, as a
// stock OpenG2P 17 server answers it (../shared/contract/backends/odoo17-jsonrpc.md, section 6):
// POST /jsonrpc (services common, db, object.execute_kw), /web/session/authenticate,
// /web/dataset/call_kw, /web/database/list. Errors are JSON-RPC envelopes with HTTP 200, named by
// Odoo's exception classes.
#pragma once

#include "../exchange.h"
#include "../registrystore.h"
#include "../routes.h"
#include "odoomodels.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace g2p::sandbox::odoo {

struct OdooOptions
{
    QString database = QStringLiteral("openg2p");
    QHash<QString, QStringList> apiKeys; // login -> keys (40 hex characters in Odoo; any text here)
    QStringList admins; // logins in OpenG2P's Administrator group (the only ones who may unlink)
    int sessionLifetimeSeconds = 7 * 24 * 3600;
};

// An Odoo exception as the envelope names it.
struct Failure
{
    QString name; // "odoo.exceptions.AccessError"
    QString message;
    int code = 200;
    QString envelopeMessage = QStringLiteral("Odoo Server Error");
};

struct Outcome
{
    QJsonValue value; // null: the method returned None (the reply then has no "result")
    std::optional<Failure> failure;
    Outcome() = default;
    Outcome(QJsonValue v) : value(std::move(v)) { }
    Outcome(Failure f) : failure(std::move(f)) { }
};

class OdooFace
{
public:
    OdooFace(RegistryStore &store, const QHash<QString, UserAccount> &users, OdooOptions options);

    static bool handles(const QString &path);
    Reply handle(const QString &path,
        const QByteArray &contentType,
        const QByteArray &body,
        const QByteArray &cookies);

    enum class Role
    {
        Reader, // a read-only account (the sandbox's own group: stock OpenG2P has no read-only one)
        Registrar,
        Admin
    };
    struct User
    {
        qint64 uid = 0;
        QString login;
        QString password;
        QStringList keys;
        Role role = Role::Registrar;
    };

private:
    struct Env
    {
        const User *user = nullptr;
        QJsonObject context;
        qint64 now = 0; // the transaction's start: every write_date of one call
    };
    enum class Op
    {
        Read,
        Write,
        Create,
        Unlink
    };

    Outcome common(const QString &method, const QJsonArray &args);
    Outcome object(const QString &method, const QJsonArray &args);
    Outcome callKw(
        const User &user, const QString &model, const QString &method, QJsonArray args, QJsonObject kwargs);
    Reply webAuthenticate(const QJsonValue &id, const QJsonObject &params);
    Reply webCallKw(const QJsonValue &id, const QJsonObject &params, const QByteArray &cookies);
    const User *checkSecret(qint64 uid, const QString &secret) const;
    Outcome wrongDatabase(const QString &db) const;

    // ORM (odoomethods.cpp)
    Outcome dispatchMethod(
        Env &env, const ModelDef &m, const QString &method, const QJsonArray &args, const QJsonObject &kw);
    std::optional<Failure> checkAcl(const Env &env, const ModelDef &m, Op op) const;
    bool aclAllows(Role role, const ModelDef &m, Op op) const;
    std::optional<Failure> checkIds(
        const ModelDef &m, const QList<qint64> &ids, Op op, QList<qint64> *present = nullptr);
    Outcome search(Env &env,
        const ModelDef &m,
        const QJsonArray &domain,
        const QJsonObject &kw,
        bool count,
        bool withFields,
        QJsonArray fields);
    Outcome read(Env &env, const ModelDef &m, const QList<qint64> &ids, const QJsonArray &fields);
    Outcome write(Env &env, const ModelDef &m, const QList<qint64> &ids, const QJsonObject &vals);
    Outcome create(Env &env, const ModelDef &m, const QJsonValue &valsOrList);
    Outcome unlink(Env &env, const ModelDef &m, const QList<qint64> &ids);
    Outcome readGroup(
        Env &env, const ModelDef &m, const QJsonArray &domain, const QJsonArray &groupby, bool lazy);
    Outcome fieldsGet(const ModelDef &m, const QJsonObject &kw);
    Outcome messagePost(Env &env, const ModelDef &m, const QList<qint64> &ids, const QJsonObject &kw);
    std::optional<Failure> createOne(Env &env, const ModelDef &m, QJsonObject vals, qint64 *id);
    std::optional<Failure> assignColumns(const ModelDef &m,
        const QJsonObject &vals,
        QStringList *cols,
        QVariantList *binds,
        QJsonObject *parentVals);
    QList<QJsonObject> readRows(const ModelDef &m,
        const QString &where,
        const QVariantList &binds,
        const QStringList &fields,
        const QString &order,
        int limit,
        int offset);
    std::optional<QString> orderBy(const ModelDef &m, const QString &order, QString *sql) const;
    qint64 insertMessage(const QString &model,
        qint64 resId,
        const QString &body,
        const QString &type,
        int subtype,
        const User *author,
        qint64 at);
    QStringList selectionValues(const ModelDef &m, const QString &field) const;

    RegistryStore &m_store;
    OdooOptions m_options;
    QHash<qint64, User> m_users; // by uid
    struct Session
    {
        qint64 uid = 0;
        QDateTime expiresAt;
    };
    QHash<QString, Session> m_sessions;
};

} // namespace g2p::sandbox::odoo
