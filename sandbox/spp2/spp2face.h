// The sandbox's OpenSPP2 face: API v2 (spp_api_v2 + spp_api_v2_programs) under /api/v2/spp over the
// same database as the other faces, as ../shared/contract/backends/openspp2-api-v2.md reads it from
// the code (section 9's checklist): the token endpoint and its rate limit, bearer JWTs (HS256),
// scopes from a server-side table, {system}|{value} identifiers (every registrant has a system_id
// UUID; its national ID comes first), Individual, Group, Program and ProgramMembership with the
// search envelope, ETag / If-Match, and {"detail": ...} errors. Where the document says
// "unverified", the most likely behaviour is chosen and said so beside the code.
//
// API clients are the sandbox's --user accounts: client id = user name, secret = password; a
// read-only account has the read scopes only.
#pragma once

#include "../exchange.h"
#include "../registrystore.h"
#include "../routes.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace g2p::sandbox::spp2 {

struct Spp2Options
{
    bool enabled = false;
    int tokensPerMinute = 5; // per client address, as the server's in-memory limiter
    int tokensPerDay = 50;
    int tokenLifetimeSeconds = 86400; // ICP spp_api_v2.token_lifetime_hours = 24
    // An older server (spp_api_v2_programs 19.0.1.0.0): If-Match always 409, no ?program=.
    bool older = false;
    std::function<void(const QString &)> log; // a line per token issued
};

struct Spp2Request
{
    QString method;
    QString path; // decoded, below /api/v2/spp ("/Individual/urn:...#national_id|X")
    QueryParams query;
    QByteArray rawQuery;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;
    QByteArray ifMatch;
    QHostAddress peer;
};

class Spp2Face
{
public:
    Spp2Face(RegistryStore &store, const QHash<QString, UserAccount> &users, Spp2Options options);

    static bool handles(const QString &path);
    static QString root() { return QStringLiteral("/api/v2/spp"); }
    Reply handle(const Spp2Request &r);
    int tokensIssued() const { return m_tokensIssued; }

    // A registrant's system_id UUID (derived from its id: stable, and read back without a table).
    static QString systemUuid(qint64 partnerId);
    static std::optional<qint64> partnerOfSystemUuid(const QString &uuid);

private:
    struct Client
    {
        QString id;
        QSet<QString> scopes; // "resource:action"
    };
    // Resolving an identifier: the partner, or the reply that refuses it.
    struct Resolved
    {
        qint64 partnerId = 0;
        std::optional<Reply> failure;
    };

    Reply token(const Spp2Request &r);
    Reply metadata() const;
    std::optional<Reply> authenticate(const Spp2Request &r, Client *client) const;
    static std::optional<Reply> requireScope(const Client &c,
        const QString &resource,
        const QString &action,
        const QString &alternative = QString());

    // Resources (spp2resources.cpp)
    Reply registrantRoute(const Client &c, const Spp2Request &r, const QStringList &seg, bool group);
    Reply programRoute(const Client &c, const Spp2Request &r, const QStringList &seg);
    Reply membershipRoute(const Client &c, const Spp2Request &r, const QStringList &seg);
    Reply searchRegistrants(const Spp2Request &r, bool groups);
    Reply membershipSearch(const Spp2Request &r);
    std::optional<Reply> membershipBody(const QByteArray &body, QJsonObject *out) const;
    Reply membershipCreate(const Spp2Request &r);
    Reply membershipUpdate(const Spp2Request &r, const QString &identifier);
    Reply membershipRead(const Spp2Request &r, const QString &identifier, bool forUpdate, MembershipRow *row);

    // Identifiers and JSON
    Resolved resolve(const QString &identifier, std::optional<bool> isGroup, const QString &notFound) const;
    std::optional<qint64> programOfSlug(const QString &reference, Reply *failure) const;
    QList<QJsonObject> registrantsJson(const QList<qint64> &ids, bool groups) const;
    QJsonArray identifiersOf(qint64 partnerId) const;
    QString primaryReference(qint64 partnerId, bool isGroup) const;
    QJsonObject programJson(const ProgramRow &p) const;
    QJsonObject membershipJson(const MembershipRow &m, bool forSearch) const;
    static QString slugOf(const QString &name);
    static QString idTypeSystem(const QString &idTypeName);
    std::optional<int> pageCount(const Spp2Request &r, Reply *failure) const;

    RegistryStore &m_store;
    QHash<QString, UserAccount> m_users;
    Spp2Options m_options;
    QByteArray m_secret; // HS256 key of this run
    QHash<QString, QList<QDateTime>> m_tokenTimes; // by client address
    int m_tokensIssued = 0;
};

} // namespace g2p::sandbox::spp2
