#include "routes.h"

#include <QJsonDocument>
#include <QUuid>

namespace g2p::sandbox {

Routes::Routes(RegistryStore &store, bool upstreamOnly) : m_store(store), m_upstreamOnly(upstreamOnly)
{ }

Routes::Match Routes::match(const Request &r, Handler *handler, RouteKind *kind) const
{
    struct Route
    {
        const char *method;
        QStringList pattern; // "*" matches one segment
        Handler handler;
        bool extension;
        bool write;
        bool baseRest;
    };
    static const QList<Route> routes = {
        {"GET", {QStringLiteral("individual"), QStringLiteral("search")}, &Routes::searchIndividualsBaseRest,
            false, false, true},
        {"PATCH", {QStringLiteral("individual"), QStringLiteral("updateIdentification")},
            &Routes::updateIdentification, false, true, true},
        {"GET", {QStringLiteral("individual"), QStringLiteral("*")}, &Routes::getIndividual, false, false,
            false},
        {"GET", {QStringLiteral("individual")}, &Routes::searchIndividuals, false, false, false},
        {"POST", {QStringLiteral("individual")}, &Routes::createIndividual, false, true, false},
        {"PUT", {QStringLiteral("update_individual")}, &Routes::updateIndividuals, false, true, false},
        {"GET", {QStringLiteral("get_individual_ids")}, &Routes::getIndividualIds, false, false, false},
        {"GET", {QStringLiteral("group"), QStringLiteral("search")}, &Routes::searchGroupsBaseRest, false,
            false, true},
        {"GET", {QStringLiteral("group"), QStringLiteral("*")}, &Routes::getGroup, false, false, false},
        {"GET", {QStringLiteral("group")}, &Routes::searchGroups, false, false, false},
        {"POST", {QStringLiteral("group")}, &Routes::createGroup, false, true, false},
        {"GET", {QStringLiteral("registrant")}, &Routes::listRegistrantChanges, true, false, false},
        {"GET", {QStringLiteral("program")}, &Routes::listPrograms, true, false, false},
        {"GET", {QStringLiteral("program"), QStringLiteral("*")}, &Routes::getProgram, true, false, false},
        {"GET", {QStringLiteral("program_membership")}, &Routes::listMemberships, true, false, false},
        {"POST", {QStringLiteral("program_membership"), QStringLiteral("batch_enroll")}, &Routes::batchEnroll,
            true, true, false},
        {"GET", {QStringLiteral("program_membership"), QStringLiteral("*")}, &Routes::getMembership, true,
            false, false},
        {"PATCH", {QStringLiteral("program_membership"), QStringLiteral("*")}, &Routes::updateMembership,
            true, true, false},
        {"GET", {QStringLiteral("program_membership"), QStringLiteral("*"), QStringLiteral("history")},
            &Routes::membershipHistory, true, false, false},
    };
    bool pathKnown = false;
    for (const Route &route : routes) {
        if (route.extension && m_upstreamOnly)
            continue;
        if (route.pattern.size() != r.segments.size())
            continue;
        bool same = true;
        for (int i = 0; i < route.pattern.size() && same; ++i)
            same = route.pattern[i] == QLatin1String("*") || route.pattern[i] == r.segments[i];
        if (!same)
            continue;
        pathKnown = true;
        if (r.method != QLatin1String(route.method))
            continue;
        *handler = route.handler;
        kind->write = route.write;
        kind->extension = route.extension;
        kind->baseRest = route.baseRest;
        return Match::Found;
    }
    return pathKnown ? Match::WrongMethod : Match::NoPath;
}

Reply Routes::sessionLogin(const QByteArray &body, const QHash<QString, UserAccount> &users)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString login = o.value(QStringLiteral("login")).toString();
    const QString password = o.value(QStringLiteral("password")).toString();
    if (login.isEmpty() || !o.value(QStringLiteral("password")).isString())
        return Reply::baseRest(400, QStringLiteral("400"), QStringLiteral("BadRequest"),
            QStringLiteral("login and password are required"));
    const auto it = users.constFind(login);
    if (it == users.constEnd() || !sameSecret(it->password, password))
        return Reply::baseRest(403, QStringLiteral("403"), QStringLiteral("AccessDenied"),
            QStringLiteral("Wrong login/password"));
    const QString sid = QUuid::createUuid().toString(QUuid::Id128);
    const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_sessionLifetimeSeconds);
    m_sessions.insert(sid, Session {login, expiresAt});
    const QString expires = expiresAt.toString(Qt::ISODate);
    Reply rep = Reply::json(QJsonObject {
        {QStringLiteral("uid"), qint64(qHash(login) % 100000 + 2)},
        {QStringLiteral("username"), login},
        {QStringLiteral("db"), o.value(QStringLiteral("db")).toString(QStringLiteral("sandbox"))},
        {QStringLiteral("session"),
            QJsonObject {{QStringLiteral("sid"), sid}, {QStringLiteral("expires_at"), expires}}},
    });
    rep.header("Set-Cookie", "session_id=" + sid.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax");
    return rep;
}

QString Routes::sessionUser(const QString &sid)
{
    const auto it = m_sessions.constFind(sid);
    if (it == m_sessions.cend())
        return QString();
    if (it->expiresAt <= QDateTime::currentDateTimeUtc()) {
        m_sessions.erase(it); // expired: the client signs in again
        return QString();
    }
    return it->login;
}

Reply Routes::sessionLogout(const QString &sid)
{
    if (sessionUser(sid).isEmpty() || !m_sessions.remove(sid))
        return Reply::baseRest(401, QStringLiteral("401"), QStringLiteral("Unauthorized"),
            QStringLiteral("Session expired or invalid"));
    Reply rep = Reply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Logged out")}});
    rep.header("Set-Cookie", "session_id=; Path=/; Max-Age=0");
    return rep;
}

} // namespace g2p::sandbox
