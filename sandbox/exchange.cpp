#include "exchange.h"

#include <QHash>
#include <QJsonDocument>

namespace g2p::sandbox {

QueryParams QueryParams::parse(const QByteArray &rawQuery)
{
    QueryParams q;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' '); // before the escapes are read: "%2B" stays a plus sign
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QStringLiteral("") : decode(pair.mid(eq + 1));
        q.m_items.append({key, value.isNull() ? QStringLiteral("") : value});
    }
    return q;
}

bool QueryParams::hasQueryItem(const QString &name) const
{
    for (const auto &[k, v] : m_items)
        if (k == name)
            return true;
    return false;
}

QString QueryParams::queryItemValue(const QString &name) const
{
    for (const auto &[k, v] : m_items)
        if (k == name)
            return v;
    return QString();
}

Reply Reply::json(const QJsonObject &o, int status)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Reply Reply::json(const QJsonArray &a, int status)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return r;
}

Reply Reply::jsonText(QByteArray body, int status)
{
    Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Reply Reply::detail(int status, const QString &detail)
{
    return json(QJsonObject {{QStringLiteral("detail"), detail}}, status);
}

Reply Reply::extension(int status, const QString &code, const QString &message, const QString &description)
{
    return json(
        QJsonObject {{QStringLiteral("detail"), message}, {QStringLiteral("errorCode"), code},
            {QStringLiteral("errorMessage"), message}, {QStringLiteral("errorDescription"), description}},
        status);
}

Reply Reply::extension(int status, const QString &code, const QString &description)
{
    return extension(status, code, g2pMessage(code), description);
}

Reply Reply::baseRest(int status, const QString &code, const QString &message, const QString &description)
{
    return json(QJsonObject {{QStringLiteral("errorCode"), code}, {QStringLiteral("errorMessage"), message},
                    {QStringLiteral("errorDescription"), description}},
        status);
}

QString g2pMessage(const QString &code)
{
    static const QHash<QString, QString> messages = {
        {QStringLiteral("G2P-REQ-001"), QStringLiteral("Invalid kind field.")},
        {QStringLiteral("G2P-REQ-002"), QStringLiteral("Field is mandatory.")},
        {QStringLiteral("G2P-REQ-003"), QStringLiteral("Group type Not Found")},
        {QStringLiteral("G2P-REQ-004"), QStringLiteral("Member's kind not found.")},
        {QStringLiteral("G2P-REQ-005"), QStringLiteral("Invalid ID field.")},
        {QStringLiteral("G2P-REQ-006"), QStringLiteral("Invalid phone number.")},
        {QStringLiteral("G2P-REQ-007"), QStringLiteral("Invalid email address.")},
        {QStringLiteral("G2P-REQ-008"), QStringLiteral("Invalid gender.")},
        {QStringLiteral("G2P-REQ-009"), QStringLiteral("Invalid account number.")},
        {QStringLiteral("G2P-REQ-010"), QStringLiteral("ID/Name not present.")},
        {QStringLiteral("G2P-REQ-011"), QStringLiteral("Future Date.")},
        {QStringLiteral("G2P-REQ-012"), QStringLiteral("Required field.")},
        {QStringLiteral("G2P-REQ-013"), QStringLiteral("Partner/Registrant is not present.")},
        {QStringLiteral("G2P-REQ-014"), QStringLiteral("Program not present.")},
        {QStringLiteral("G2P-REQ-015"), QStringLiteral("Program membership not present.")},
        {QStringLiteral("G2P-REQ-016"), QStringLiteral("Membership state change not allowed.")},
        {QStringLiteral("G2P-REQ-017"),
            QStringLiteral("Registrant type does not match the program target type.")},
        {QStringLiteral("G2P-REQ-018"), QStringLiteral("Exit reason is required.")},
        {QStringLiteral("G2P-REQ-019"), QStringLiteral("Program is not active.")},
        {QStringLiteral("G2P-REQ-020"), QStringLiteral("Too many items in one request.")},
        {QStringLiteral("G2P-REQ-021"), QStringLiteral("Record was changed since it was read.")},
        {QStringLiteral("G2P-REQ-022"), QStringLiteral("Dates are inconsistent.")},
    };
    return messages.value(code);
}

QString cookieValue(const QByteArray &header, const QByteArray &name)
{
    for (const QByteArray &part : header.split(';')) {
        const QByteArray kv = part.trimmed();
        if (kv.startsWith(QByteArray(name + '=')))
            return QString::fromLatin1(kv.mid(name.size() + 1));
    }
    return QString();
}

} // namespace g2p::sandbox
