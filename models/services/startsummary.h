// What the start page shows: registrants opened recently (kept in the local copy, which is private
// to the profile and goes with it), what this desktop sent in the last seven days, the changes that
// failed or wait, and each program's counts from the server. Read on the store's thread; the
// counts through the backend, one call per program.
#pragma once

#include "outbox.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace g2p {

class RegistrySession;

struct RecentRegistrant
{
    qint64 id = 0;
    bool isGroup = false;
    QString name;
};

// Changes this desktop sent that the server confirmed, by what they did.
struct SentCounts
{
    int enrolments = 0, exits = 0, pauses = 0, resumptions = 0, other = 0;
    int total() const { return enrolments + exits + pauses + resumptions + other; }
};

struct StartFacts
{
    QList<RecentRegistrant> recent; // newest first; registrants no longer in the local copy are left out
    SentCounts sentThisWeek;
    QList<OutboxItem> problems; // failed or in conflict, the newest few
    QHash<qint64, QString> registrantNames; // of the problems' registrants, from the local copy
    int waiting = 0; // pending or on the way
    bool readable = false; // false: the local files could not be opened
};

class StartSummary : public QObject
{
    Q_OBJECT
public:
    static constexpr int recentLimit = 10;
    static constexpr int problemLimit = 5;

    explicit StartSummary(RegistrySession *session, QObject *parent = nullptr);

    // Puts a registrant first among the recently opened.
    void remember(qint64 id, bool isGroup);
    // Emits factsRead().
    void read();
    // Emits programCounted() once per program the session knows (counts indexed by MembershipState).
    void countPrograms();

    // The kinds of change a confirmed outbox item made (exposed for the tests).
    static void countSent(const OutboxItem &item, SentCounts *counts);

Q_SIGNALS:
    void factsRead(const g2p::StartFacts &facts);
    void programCounted(qint64 programId, const QList<qint64> &counts, const QString &problem);

private:
    RegistrySession *m_session;
    int m_countGeneration = 0;
};

} // namespace g2p
