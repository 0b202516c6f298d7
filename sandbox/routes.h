// The contract's operations, each a handler from a Request to a Reply.
#pragma once

#include "exchange.h"
#include "registrystore.h"
#include "validation.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace g2p::sandbox {

struct UserAccount
{
    QString password;
    bool readOnly = false;
};

// Change lists (GET /registrant; GET /program_membership with `changed_since` / `after`): where
// they start, read from the query (nullopt: neither parameter given; problems added to `issues`).
struct ChangeWindow
{
    std::optional<qint64> sinceMicros;
    std::optional<QPair<qint64, qint64>> after; // write_date (micros), id
    // SQL conditions on `alias`.write_date / `alias`.id.
    void addTo(const QString &alias, QStringList *clauses, QVariantList *binds) const;
    // `filters` (the list and its other parameters) and where this page starts: RemainingCounts' key.
    QString key(const QString &filters) const;
};
std::optional<ChangeWindow> readChangeWindow(const Request &r, Issues &issues);
// What X-Total-Count a change-list page will say when it follows one already served: the previous
// page's count less the records it held, as long as nothing was written in between (SQLite's
// total_changes() on the sandbox's one connection). Counting from the cursor reads every record
// after it: each page of a million-row pass would cost a scan of what remains.
class RemainingCounts
{
public:
    // `key`: the list, its filters and the cursor the page starts after.
    std::optional<qint64> known(const QSqlDatabase &db, const QString &key);
    void remember(const QSqlDatabase &db, const QString &key, qint64 remaining);

private:
    qint64 m_changes = -1;
    QHash<QString, qint64> m_after;
};

// A page of a change list: X-Total-Count (this page and every later one), X-Next-After when non-empty.
Reply changePage(const QJsonArray &items, qint64 remaining, qint64 lastWriteMicros, qint64 lastId);
// The same with the page's items as JSON text (an array; `empty` when it has none).
Reply changePage(QByteArray items, bool empty, qint64 remaining, qint64 lastWriteMicros, qint64 lastId);

class Routes
{
public:
    enum class Match
    {
        Found,
        NoPath,
        WrongMethod
    };
    using Handler = Reply (Routes::*)(Request &);

    Routes(RegistryStore &store, bool upstreamOnly);

    // Finds the handler for method + path (404/405 as FastAPI answers them otherwise).
    struct RouteKind
    {
        bool write = false; // changes something (upstream or extension)
        bool extension = false;
        bool baseRest = false; // errors in base_rest's shape
    };
    Match match(const Request &r, Handler *handler, RouteKind *kind) const;
    Reply dispatch(Handler h, Request &r) { return (this->*h)(r); }

    // Odoo sessions (base_rest variant), outside the registry root.
    Reply sessionLogin(const QByteArray &body, const QHash<QString, UserAccount> &users);
    Reply sessionLogout(const QString &sid);
    // The login of a live session, or empty (unknown or expired: an expired one is forgotten).
    QString sessionUser(const QString &sid);
    // Odoo keeps a session for a week by default (SESSION_LIFETIME); tests shorten it.
    void setSessionLifetime(int seconds) { m_sessionLifetimeSeconds = seconds; }

private:
    // upstream (routes_registry.cpp)
    Reply getIndividual(Request &r);
    Reply searchIndividuals(Request &r);
    Reply searchIndividualsBaseRest(Request &r);
    Reply createIndividual(Request &r);
    Reply updateIndividuals(Request &r);
    Reply updateIdentification(Request &r);
    Reply getIndividualIds(Request &r);
    Reply getGroup(Request &r);
    Reply searchGroups(Request &r);
    Reply searchGroupsBaseRest(Request &r);
    Reply createGroup(Request &r);
    // extension (routes_programs.cpp)
    Reply listPrograms(Request &r);
    Reply getProgram(Request &r);
    Reply listMemberships(Request &r);
    Reply getMembership(Request &r);
    Reply updateMembership(Request &r);
    Reply membershipHistory(Request &r);
    Reply batchEnroll(Request &r);
    // change lists (routes_changes.cpp)
    Reply listRegistrantChanges(Request &r);

    // shared helpers
    Reply searchPartners(Request &r, bool isGroup, bool baseRest);
    std::optional<Reply> createRegistrantParts(
        qint64 partnerId, const QJsonObject &body, bool isGroup, const QString &user);
    qint64 createMembership(qint64 partnerId,
        qint64 programId,
        const QString &state,
        const QVariant &enrollment,
        const QString &user,
        const QString &note,
        const QString &source);

    RegistryStore &m_store;
    bool m_upstreamOnly;
    RemainingCounts m_remaining;
    struct Session
    {
        QString login;
        QDateTime expiresAt;
    };
    QHash<QString, Session> m_sessions; // by sid
    int m_sessionLifetimeSeconds = 7 * 24 * 3600;
};

} // namespace g2p::sandbox
