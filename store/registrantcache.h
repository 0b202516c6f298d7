// The cache's registrants (individuals and groups) as the lists and the search box need them: a
// row per registrant with its display fields and the record as the server sent it, and an FTS5
// index over names and id numbers so a search over a million cached registrants answers at once.
// The cache is rebuildable: a damaged file is set aside and refilled from the server.
// One object per thread (its own SQLite connection).
#pragma once

#include "sqlitefile.h"
#include "walcheckpointer.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace g2p {

// "National ID", "national id" and "national_id" name the same ID type (servers and sheets differ).
bool sameIdType(const QString &a, const QString &b);

struct CachedRegistrant
{
    qint64 id = 0;
    bool isGroup = false;
    QString name;
    QString idNumbers; // "value, value"
    QString phone;
    QDate birthDate;
    QString writeDate; // the server's write_date text, to refresh only what changed
    QByteArray json; // the record as the server sent it
    QList<qint64> memberIds; // groups: the individuals in it (kept in group_member)
};

class RegistrantCache
{
public:
    static SqliteSchema schema();
    RegistrantCache() = default;
    ~RegistrantCache() { commitGroup(); }
    RegistrantCache(const RegistrantCache &) = delete;
    RegistrantCache &operator=(const RegistrantCache &) = delete;

    bool open(const QString &path);
    void close()
    {
        commitGroup();
        m_checkpointer.reset();
        m_file.close();
    }
    QString error() const { return m_error; }
    QSqlDatabase database() const { return m_file.database(); }
    QString setAsidePath() const { return m_file.setAsidePath(); }

    // Inserts or replaces, in one transaction.
    bool upsert(const QList<CachedRegistrant> &rows);
    qint64 count() const;
    std::optional<CachedRegistrant> get(qint64 id) const;
    // The first rows by name (what the list shows at start-up).
    QList<CachedRegistrant> firstByName(int limit, bool groups) const;
    // Every cached registrant of one kind, by id, `limit` at a time after `afterId` (kBeforeFirst
    // for the first: ids of keyed backends, such as API v2's, are negative, recordkey.h).
    static constexpr qint64 kBeforeFirst = std::numeric_limits<qint64>::min();
    QList<CachedRegistrant> page(bool groups, qint64 afterId, int limit) const;
    // The groups (households) an individual belongs to, as cached: (id, name).
    QList<QPair<qint64, QString>> groupsOf(qint64 individualId) const;
    // The registrant holding this registration id (type as the registry names it, e.g. "National
    // ID", compared without case; value exactly), per pair; 0 when the local copy knows none or
    // more than one.
    QList<qint64> findByIdNumbers(const QList<QPair<QString, QString>> &typeAndValue) const;
    // Names and id numbers starting with each word typed (case and accents as SQLite's unicode61
    // tokenizer folds them), best matches first.
    QList<CachedRegistrant> search(const QString &text, int limit) const;
    // When the cache was last refreshed from the server (null when never).
    QDateTime refreshedAt() const;
    bool setRefreshedAt(const QDateTime &when);
    // Writes what the WAL holds into the file and empties the WAL: after a refresh, so that a
    // G2P Desk ended without closing the copy (killed, the session logged out) leaves no WAL for
    // the next start to read through before its first rows. False on failure (kept for later).
    bool checkpoint();
    // While a refresh writes: a page cache large enough for the memberships' and indexes' pages it
    // touches at random (with the usual 32 MiB most of them were read from the file again for every
    // batch) and fewer checkpoints; afterwards the usual sizes, the memory given back. And the
    // pages it stores (storePage) join one transaction committed every kGroupCommitMs: each commit
    // wrote every index page its rows had touched (names and ids arrive in no order) into the WAL
    // again. A page and its cursor still go together; a crash loses at most the last few seconds
    // of pages, and the next refresh reads them again. setWriting(false), checkpoint() and close()
    // commit; LocalStore commits when it has had nothing to do for a moment (a slow server).
    // While writing, the WAL is copied into the file on a thread of its own (WalCheckpointer) once
    // it holds more than `checkpointKiB`, and started over (a short wait on this thread, for what
    // the last background pass had not copied) once it holds more than `restartKiB`.
    void setWriting(bool writing);
    void setWritingWal(int checkpointKiB, int restartKiB)
    {
        m_walCheckpointKiB = checkpointKiB;
        m_walRestartKiB = restartKiB;
    }
    int backgroundCheckpoints() const { return m_checkpointer ? m_checkpointer->passes() : 0; }
    static constexpr int kGroupCommitMs = 3000;
    bool hasUncommittedPages() const { return m_groupOpen; } // a grouped transaction is open
    bool commitGroup();
    // Where the next refresh starts reading (a backend's change-list cursor, by name); empty when
    // the next refresh reads everything.
    QString syncCursor(const QString &name) const;
    bool setSyncCursor(const QString &name, const QString &cursor);
    // Runs `writes` (a page of what a change list returned) and moves the cursor `name` past it in
    // one transaction: after a crash or a dropped connection the next refresh starts where the last
    // stored page ended, never past a page that was not stored. False (nothing kept) when `writes`
    // returns false (having set its own error) or the database fails.
    bool storePage(const QString &name, const QString &cursor, const std::function<bool()> &writes);
    // Registrants that left the registry (archived, disabled): gone from the list and the search,
    // with their memberships, in one transaction.
    bool remove(const QList<qint64> &ids);
    // The registrants opened recently on this desktop, as the start page keeps them ("i:12 g:40",
    // newest first): in this private file, so they go with the profile.
    QString recentlyOpened() const { return metaValue(QStringLiteral("recent_registrants")); }
    bool setRecentlyOpened(const QString &list)
    {
        return setMetaValue(QStringLiteral("recent_registrants"), list);
    }

private:
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);
    static int walCommitted(void *self, sqlite3 *db, const char *name, int frames);

    SqliteFile m_file;
    mutable QString m_error;
    bool m_grouping = false; // setWriting(true)
    bool m_groupOpen = false; // a BEGIN of storePage's, not yet committed
    QElapsedTimer m_groupSince;
    int m_walCheckpointKiB = 256 * 1024;
    int m_walRestartKiB = 1024 * 1024;
    int m_walCheckpointFrames = 0, m_walRestartFrames = 0; // the two in pages of this file
    std::unique_ptr<WalCheckpointer> m_checkpointer; // while writing (after m_file: closed first)
};

} // namespace g2p
