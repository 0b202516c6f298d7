// Odoo's external API over JSON-RPC (POST /jsonrpc, Odoo 17): the envelope of a call and the reading
// of its reply, with Odoo's failures turned into ApiError kinds. Sending is the REST transport's job;
// this is the wire format only (../shared/contract/backends/odoo17-jsonrpc.md, sections 1.1–1.5).
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace g2p::odoo {

// {"jsonrpc":"2.0","method":"call","id":ID,"params":{"service":S,"method":M,"args":[...]}}
QByteArray callEnvelope(qint64 id, const QString &service, const QString &method, const QJsonArray &args);
// object.execute_kw(db, uid, secret, model, method, args, kwargs)
QByteArray executeKw(qint64 id,
    const QString &database,
    qint64 uid,
    const QString &secret,
    const QString &model,
    const QString &method,
    const QJsonArray &args,
    const QJsonObject &kwargs = {});

struct Reply
{
    QJsonValue result; // null when the method returned None (no "result" and no "error": a success)
    ApiError error; // null on success
};

// Reads a reply to the call numbered `id`. JSON-RPC errors come with HTTP 200: the kind is decided by
// error.data.name (never by message text):
//   odoo.exceptions.AccessDenied, odoo.http.SessionExpiredException (code 100) → Unauthorized;
//   odoo.exceptions.AccessError → Forbidden; odoo.exceptions.MissingError, code 404 → NotFound;
//   odoo.exceptions.ValidationError, odoo.exceptions.UserError → Validation;
//   anything else → Server (a bug or an unexpected failure on the server).
// The error's message is data.message (the words Odoo shows its own users), its code data.name; the
// server's traceback (data.debug) is never kept. A reply that is not a JSON-RPC answer to this call
// is a Protocol error.
Reply readReply(const QByteArray &body, qint64 id, const QString &operation);

} // namespace g2p::odoo
