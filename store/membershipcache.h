// The cache's memberships, programs and observations: what the server said about each
// registrant's programs, kept so the history and the lists work offline, and every state seen
// over time (an "observation" is recorded when a membership first appears or its state changes),
// which the local timeline shows beside the server's history. Works on the cache file's
// connection (RegistrantCache::database()), on the thread that opened it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace g2p {

struct CachedMembership
{
    qint64 id = 0;
    qint64 registrantId = 0;
    qint64 programId = 0;
    QString state; // wire name
    QString writeDate;
    QByteArray json;
};

struct Observation
{
    qint64 registrantId = 0;
    qint64 membershipId = 0;
    qint64 programId = 0;
    QString state;
    QDateTime observedAt;
    QByteArray json;
};

class MembershipCache
{
public:
    explicit MembershipCache(QSqlDatabase db) : m_db(std::move(db)) { }
    QString error() const { return m_error; }

    // In one transaction; records an observation for each membership that is new or changed state.
    // A row older than the one kept (its write date before the kept one's) is left out.
    bool upsert(const QList<CachedMembership> &rows, const QDateTime &observedAt);
    QList<CachedMembership> ofRegistrant(qint64 registrantId) const;
    QList<CachedMembership> page(qint64 afterId, int limit) const;
    qint64 count() const;
    QList<Observation> observations(qint64 registrantId) const;

    // Programs: replaced whole on each refresh.
    bool setPrograms(const QList<QByteArray> &programJson);
    QList<QByteArray> programs() const;

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace g2p
