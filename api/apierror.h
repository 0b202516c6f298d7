// Every failure of an API call, whatever error shape the server sent.
#pragma once

#include "codec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace g2p {

// One item of a FastAPI 422 `detail` list.
struct ValidationIssue
{
    QJsonArray loc; // e.g. ["body", "items", 0, "registrant_id"]
    QString msg;
    QString type;
    QJsonValue input; // undefined when absent
    QJsonObject ctx;
    bool hasCtx = false;
    // "body.items[0].registrant_id"
    QString path() const;
};

// Any upstream or extension error body: base_rest {errorCode, errorMessage, errorDescription},
// FastAPI {detail: string | [issues]}, or the extension's union of both.
struct ServerErrorBody
{
    bool hasDetail = false;
    bool detailIsList = false;
    QString detail;
    QList<ValidationIssue> issues;
    QString errorCode;
    QString errorMessage;
    QString errorDescription; // null when absent or JSON null
    bool hasErrorCode = false, hasErrorMessage = false, hasErrorDescription = false;
    QString traceback;

    // Lenient: any JSON object with one of the known keys. Returns a DecodeError otherwise.
    static DecodeError parse(const QByteArray &json, ServerErrorBody &out);
    QJsonObject toJson() const;
};

class ApiError
{
public:
    enum class Kind
    {
        None,
        Network, // server unreachable, connection dropped
        Timeout, // no answer within the per-request timeout
        Tls, // certificate not trusted (the officer may pin it after comparing its fingerprint)
        TlsChanged, // a pinned profile's server presents another certificate: always refused
        Unauthorized, // 401: wrong user or password, or session expired
        Forbidden, // 403: the user may not do this
        NotFound, // 404 with a G2P code (unknown program or membership)
        BadRequest, // 400: upstream or extension validation, G2P code where the body has one
        Validation, // 422: the request did not match the schema
        Conflict, // 409: transition not allowed, stale write_date, program not active
        RateLimited, // 429
        Server, // 5xx
        Protocol, // the reply is not what the contract says (bad JSON, wrong shape)
        Unsupported, // the server lacks the extension endpoint (upstream-only registry)
        Cancelled,
        Usage, // the caller asked for something invalid before anything was sent
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    static ApiError fromHttp(int status, const QByteArray &body, const QString &operation);
    static ApiError protocol(const QString &operation, const DecodeError &e);

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // G2P-REQ-0xx, or a bare HTTP status from base_rest / the extension's 403 body; may be empty
    // (FastAPI drops the code).
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &description() const { return m_description; }
    // JSON path of the field concerned (422 loc, or the codec path of a malformed reply).
    const QString &fieldPath() const { return m_fieldPath; }
    const QList<ValidationIssue> &issues() const { return m_issues; }
    const QString &operation() const { return m_operation; }
    int retryAfterSeconds() const { return m_retryAfter; }

    void setOperation(const QString &op) { m_operation = op; }
    void setRetryAfter(int seconds) { m_retryAfter = seconds; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // A server's own name for the failure where it has no G2P code (Odoo: the exception's name).
    void setCode(const QString &code) { m_code = code; }

    // One line for a person: what failed and why, with the field where known.
    QString toString() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QString m_code;
    QString m_message;
    QString m_description;
    QString m_fieldPath;
    QString m_operation;
    QList<ValidationIssue> m_issues;
};

} // namespace g2p

Q_DECLARE_METATYPE(g2p::ApiError)
