// Finding registrants for a list: the whole local copy page by page, or a search that answers from
// the local copy at once (names and ID numbers, accents folded, each word a prefix) and then from the
// server, each registrant once (a row the server answers again is an update, not a second row). What
// the server answers is kept in the local copy. One search at a time: a new one abandons the last.
#pragma once

#include "household.h"
#include "records.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace g2p {

class PendingCall;
class RegistrySession;

struct FoundRegistrants
{
    QList<Individual> individuals;
    QList<Group> groups;
    HouseholdSummaries households; // of groups read without their members (the local copy)
    int size() const { return int(individuals.size() + groups.size()); }
};

class RegistrantSearch : public QObject
{
    Q_OBJECT
public:
    // `groups`: this search lists groups (households), otherwise individuals.
    RegistrantSearch(RegistrySession *session, bool groups, QObject *parent = nullptr);
    ~RegistrantSearch() override;

    // Every registrant of the local copy: a first screenful at once, then large pages.
    void loadLocalCopy();
    // Searches `text` (a name, an ID number or a database id); the server is asked too when the
    // session is online. Text of one letter searches nothing (but one digit does: an id).
    void search(const QString &text);
    // Abandons what runs; nothing more is emitted for it.
    void stop();

    bool isBusy() const { return m_pending > 0; }
    // Why the server's part failed (the local copy's answer stands); empty when it did not.
    QString serverProblem() const { return m_serverProblem; }
    // The words a search needs: at least two letters, or a number.
    static bool isSearchable(const QString &text);

Q_SIGNALS:
    // A page of the local copy (loadLocalCopy); `readSoFar` counts every row read until now.
    void localCopyPage(const g2p::FoundRegistrants &rows, qint64 readSoFar);
    void localCopyLoaded();
    // Rows of the search: new ones, and ones found before that the server answered again.
    void found(const g2p::FoundRegistrants &added, const g2p::FoundRegistrants &updated);
    // The local copy answered (`count` rows) while the server still has to.
    void localAnswered(int count);
    // Every part of the search answered.
    void searchFinished();

private:
    void loadPage(qint64 afterId, int limit, int generation);
    void merge(const FoundRegistrants &rows);
    void partDone();
    void askServer(const QString &text, int generation);

    RegistrySession *m_session;
    bool m_groups;
    int m_generation = 0;
    int m_pending = 0;
    qint64 m_read = 0;
    QSet<qint64> m_shown;
    QString m_serverProblem;
    QList<QPointer<PendingCall>> m_calls;
};

} // namespace g2p

Q_DECLARE_METATYPE(g2p::FoundRegistrants)
