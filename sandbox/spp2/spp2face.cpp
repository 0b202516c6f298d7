#include "spp2face.h"

#include "../validation.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace g2p::sandbox::spp2 {

namespace {

const QByteArray kIssuer = "openspp-api-v2";
const QByteArray kAudience = "openspp";

QByteArray b64url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray sign(const QByteArray &secret, const QByteArray &headerAndPayload)
{
    return b64url(QMessageAuthenticationCode::hash(headerAndPayload, secret, QCryptographicHash::Sha256));
}

Reply withVersion(Reply r)
{
    r.header("X-API-Version", "2.0.0");
    return r;
}

} // namespace

Spp2Face::Spp2Face(RegistryStore &store, const QHash<QString, UserAccount> &users, Spp2Options options)
    : m_store(store), m_users(users), m_options(std::move(options))
{
    m_secret.resize(48);
    for (char &c : m_secret)
        c = char(QRandomGenerator::system()->bounded(256));
}

bool Spp2Face::handles(const QString &path)
{
    return path == root() || path.startsWith(root() + QLatin1Char('/'));
}

QString Spp2Face::systemUuid(qint64 partnerId)
{
    // A name-based UUID whose last 12 hex digits are the id: stable, unguessable enough for a
    // sandbox, and read back without a table.
    static const QUuid ns(QStringLiteral("{6f1c1e0a-3c1b-4b8e-9d5e-2b7c1f0a9e11}"));
    QString u = QUuid::createUuidV5(ns, QByteArray::number(partnerId)).toString(QUuid::WithoutBraces);
    u.replace(24, 12, QStringLiteral("%1").arg(partnerId, 12, 16, QLatin1Char('0')));
    return u;
}

std::optional<qint64> Spp2Face::partnerOfSystemUuid(const QString &uuid)
{
    if (uuid.size() != 36)
        return std::nullopt;
    bool ok = false;
    const qint64 id = uuid.right(12).toLongLong(&ok, 16);
    if (!ok || id <= 0 || systemUuid(id) != uuid.toLower())
        return std::nullopt;
    return id;
}

Reply Spp2Face::metadata() const
{
    const auto resource = [](const QString &type, const QStringList &ops, const QStringList &params) {
        return QJsonObject {{QStringLiteral("type"), type},
            {QStringLiteral("operations"), QJsonArray::fromStringList(ops)},
            {QStringLiteral("searchParams"), QJsonArray::fromStringList(params)}};
    };
    const auto words = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QJsonObject o {
        {QStringLiteral("name"), QStringLiteral("OpenSPP API V2")},
        {QStringLiteral("version"), QStringLiteral("2.0.0")},
        {QStringLiteral("resources"),
            QJsonArray {resource(QStringLiteral("Individual"), words("read search create update"),
                            words("identifier name birthdate gender address group _lastUpdated")),
                resource(QStringLiteral("Group"), words("read search create update"),
                    words("identifier name member")),
                resource(
                    QStringLiteral("Program"), words("read search"), words("name status targetType _lastId")),
                resource(QStringLiteral("ProgramMembership"), words("read search create update"),
                    words("beneficiary program status"))}},
        {QStringLiteral("extensions"), QJsonArray {}},
        {QStringLiteral("authentication"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("oauth2")},
                {QStringLiteral("token_endpoint"), QString(root() + QStringLiteral("/oauth/token"))},
                {QStringLiteral("grant_types"), QJsonArray {QStringLiteral("client_credentials")}}}},
    };
    return Reply::json(o);
}

// POST /oauth/token [OAUTH, RL]: the rate limit first (per address, 5 a minute and 50 a day, a
// sliding window), then form, JSON or Basic credentials.
Reply Spp2Face::token(const Spp2Request &r)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QDateTime> &times = m_tokenTimes[r.peer.toString()];
    times.erase(std::remove_if(times.begin(), times.end(),
                    [&](const QDateTime &t) { return t.msecsTo(now) >= qint64(86400) * 1000; }),
        times.end());
    // The wait: until the oldest request of the full window leaves it (whole seconds, rounded up).
    qint64 waitMs = 0;
    QList<QDateTime> lastMinute;
    for (const QDateTime &t : std::as_const(times))
        if (t.msecsTo(now) < 60000)
            lastMinute << t;
    if (lastMinute.size() >= m_options.tokensPerMinute)
        waitMs = 60000 - lastMinute.first().msecsTo(now);
    else if (times.size() >= m_options.tokensPerDay)
        waitMs = qint64(86400) * 1000 - times.first().msecsTo(now);
    const int retryAfter = waitMs > 0 ? int((waitMs + 999) / 1000) : 0;
    if (retryAfter > 0)
        return Reply::detail(429, QStringLiteral("Too many authentication attempts. Please try again later."))
            .header("Retry-After", QByteArray::number(qMax(1, retryAfter)));
    times.append(now);

    QString grant, id, secret;
    bool parsed = false;
    if (r.contentType.contains("application/x-www-form-urlencoded")) {
        const QueryParams form = QueryParams::parse(r.body);
        grant = form.queryItemValue(QStringLiteral("grant_type"));
        id = form.queryItemValue(QStringLiteral("client_id"));
        secret = form.queryItemValue(QStringLiteral("client_secret"));
        parsed = true;
    } else {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonObject o = doc.object();
            for (const char *k : {"grant_type", "client_id", "client_secret"})
                if (!o.value(QLatin1String(k)).isString())
                    return Reply::json(
                        QJsonObject {{QStringLiteral("detail"),
                            QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("missing")},
                                {QStringLiteral("loc"),
                                    QJsonArray {QStringLiteral("body"), QLatin1String(k)}},
                                {QStringLiteral("msg"), QStringLiteral("Field required")}}}}},
                        422);
            grant = o.value(QLatin1String("grant_type")).toString();
            id = o.value(QLatin1String("client_id")).toString();
            secret = o.value(QLatin1String("client_secret")).toString();
            parsed = true;
        }
    }
    if ((id.isEmpty() || secret.isEmpty()) && r.authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(r.authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            id = QString::fromUtf8(decoded.left(colon));
            secret = QString::fromUtf8(decoded.mid(colon + 1));
            if (!parsed)
                grant = QStringLiteral("client_credentials");
            parsed = true;
        }
    }
    if (!parsed)
        return Reply::detail(400,
            QStringLiteral(
                "Unable to parse token request. Send credentials via HTTP Basic Auth header, form-encoded "
                "body, or JSON body."));
    if (grant != QLatin1String("client_credentials"))
        return Reply::detail(
            400, QStringLiteral("Unsupported grant_type. Only 'client_credentials' is supported."));
    const auto it = m_users.constFind(id);
    if (it == m_users.constEnd() || !sameSecret(it->password, secret))
        return Reply::detail(401, QStringLiteral("Invalid client credentials"));
    QStringList scopes {QStringLiteral("individual:read"), QStringLiteral("group:read"),
        QStringLiteral("program:read"), QStringLiteral("program_membership:read")};
    if (!it->readOnly)
        scopes << QStringLiteral("program_membership:create") << QStringLiteral("program_membership:update");
    const qint64 iat = now.toSecsSinceEpoch();
    QJsonArray scopeArray;
    for (const QString &s : std::as_const(scopes))
        scopeArray << s;
    const QByteArray head = b64url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = b64url(QJsonDocument(
        QJsonObject {{QStringLiteral("iss"), QLatin1String(kIssuer)}, {QStringLiteral("sub"), id},
            {QStringLiteral("aud"), QLatin1String(kAudience)},
            {QStringLiteral("exp"), iat + m_options.tokenLifetimeSeconds}, {QStringLiteral("iat"), iat},
            {QStringLiteral("client_id"), id},
            {QStringLiteral("scopes"),
                scopeArray}}).toJson(QJsonDocument::Compact));
    const QByteArray unsigned_ = head + '.' + payload;
    const QByteArray jwt = unsigned_ + '.' + sign(m_secret, unsigned_);
    ++m_tokensIssued;
    if (m_options.log)
        m_options.log(QStringLiteral("api v2: token %1 issued to client %2 (%3 from %4 in the last day)")
                          .arg(m_tokensIssued)
                          .arg(id)
                          .arg(times.size())
                          .arg(r.peer.toString()));
    return Reply::json(QJsonObject {{QStringLiteral("access_token"), QString::fromLatin1(jwt)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}});
}

// [AUTH]: "Bearer <jwt>" (any case; a raw token too, as 19.0.2.1.0 accepts), signature, audience,
// issuer, expiry, then the client (its scopes are read from the server's table on every request).
std::optional<Reply> Spp2Face::authenticate(const Spp2Request &r, Client *client) const
{
    QByteArray token = r.authorization.trimmed();
    if (token.isEmpty() || token.startsWith("Basic ")) {
        Reply missing = Reply::detail(401, QStringLiteral("Missing Authorization header"));
        missing.header("WWW-Authenticate", "Bearer");
        return missing;
    }
    if (token.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        token = token.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || sign(m_secret, parts[0] + '.' + parts[1]) != parts[2])
        return Reply::detail(401, QStringLiteral("Invalid token"));
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    if (claims.value(QLatin1String("aud")).toString() != QLatin1String(kAudience)
        || claims.value(QLatin1String("iss")).toString() != QLatin1String(kIssuer))
        return Reply::detail(401, QStringLiteral("Invalid token"));
    if (claims.value(QLatin1String("exp")).toInteger() <= QDateTime::currentSecsSinceEpoch())
        return Reply::detail(401, QStringLiteral("Token expired"));
    const QString id = claims.value(QLatin1String("client_id")).toString();
    if (id.isEmpty())
        return Reply::detail(401, QStringLiteral("Invalid token: missing client_id"));
    const auto it = m_users.constFind(id);
    if (it == m_users.constEnd())
        return Reply::detail(401, QStringLiteral("Client not found or inactive"));
    client->id = id;
    client->scopes = {QStringLiteral("individual:read"), QStringLiteral("group:read"),
        QStringLiteral("program:read"), QStringLiteral("program_membership:read")};
    if (!it->readOnly)
        client->scopes += QSet<QString> {
            QStringLiteral("program_membership:create"), QStringLiteral("program_membership:update")};
    return std::nullopt;
}

std::optional<Reply> Spp2Face::requireScope(
    const Client &c, const QString &resource, const QString &action, const QString &alternative)
{
    if (c.scopes.contains(resource + QLatin1Char(':') + action)
        || c.scopes.contains(resource + QLatin1String(":all"))
        || (!alternative.isEmpty() && c.scopes.contains(resource + QLatin1Char(':') + alternative)))
        return std::nullopt;
    return Reply::detail(403,
        QStringLiteral("Missing required scope '%1:%2'. Request access from your administrator.")
            .arg(resource, action));
}

Reply Spp2Face::handle(const Spp2Request &r)
{
    QString path = r.path.mid(root().size());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/metadata") && r.method == QLatin1String("GET"))
        return withVersion(metadata());
    if (path == QLatin1String("/oauth/token")) {
        if (r.method != QLatin1String("POST"))
            return withVersion(Reply::detail(405, QStringLiteral("Method Not Allowed")));
        return withVersion(token(r));
    }
    // Routes split on '/' except inside an identifier: "/Individual/{system}|{value}" keeps a '/' of
    // the value only when encoded, which the server cannot route either (section 2.1).
    const QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.isEmpty())
        return withVersion(Reply::detail(404, QStringLiteral("Not Found")));
    const QString &resource = seg.first();
    if (resource != QLatin1String("Individual") && resource != QLatin1String("Group")
        && resource != QLatin1String("Program") && resource != QLatin1String("ProgramMembership"))
        return withVersion(Reply::detail(404, QStringLiteral("Not Found")));
    Client client;
    if (auto failure = authenticate(r, &client))
        return withVersion(*failure);
    if (resource == QLatin1String("Individual"))
        return withVersion(registrantRoute(client, r, seg, false));
    if (resource == QLatin1String("Group"))
        return withVersion(registrantRoute(client, r, seg, true));
    if (resource == QLatin1String("Program"))
        return withVersion(programRoute(client, r, seg));
    return withVersion(membershipRoute(client, r, seg));
}

} // namespace g2p::sandbox::spp2
