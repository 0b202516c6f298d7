// A request as the routes see it and the reply they produce, with the contract's error bodies.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace g2p::sandbox {

// Query parameters decoded as Odoo (werkzeug) and Starlette decode them (form encoding):
// "+" is a space and "%2B" a plus sign; percent escapes are UTF-8.
class QueryParams
{
public:
    static QueryParams parse(const QByteArray &rawQuery);
    bool hasQueryItem(const QString &name) const;
    // The first value given for `name` (empty when given without a value, null when absent).
    QString queryItemValue(const QString &name) const;

private:
    QList<QPair<QString, QString>> m_items;
};

struct Request
{
    QString method; // "GET", "POST", ...
    QString path; // below /api/v1/registry, without a trailing slash, e.g. "/individual/71"
    QStringList segments;
    QueryParams query;
    QByteArray body;
    QByteArray cookieHeader;
    QByteArray authorization;
    QString user; // login, once authenticated
    bool readOnly = false;
};

struct Reply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &o, int status = 200);
    static Reply json(const QJsonArray &a, int status = 200);
    // A body that is JSON text already.
    static Reply jsonText(QByteArray body, int status = 200);
    // Odoo 17 FastAPI: {"detail": "..."} only.
    static Reply detail(int status, const QString &detail);
    // Extension: G2P keys plus `detail`, so both upstream parsers read it.
    static Reply extension(
        int status, const QString &code, const QString &message, const QString &description);
    static Reply extension(int status, const QString &code, const QString &description);
    // Odoo 15 base_rest: {"errorCode", "errorMessage", "errorDescription"}.
    static Reply baseRest(
        int status, const QString &code, const QString &message, const QString &description);
    Reply &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

// The value of cookie `name` in a Cookie header, or empty.
QString cookieValue(const QByteArray &header, const QByteArray &name);

// The message the contract attaches to each G2P code (openapi.yaml, G2PErrorCode).
QString g2pMessage(const QString &code);

} // namespace g2p::sandbox
