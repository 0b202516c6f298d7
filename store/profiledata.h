// What one server profile keeps on this machine, and taking it away: the cache, the outbox,
// their SQLite side files, copies set aside as damaged (and recovered ones). A program that has the
// profile open holds an "in use" mark in its folder, so nothing is removed under its feet.
#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace g2p {

struct ProfileData
{
    QString dir;
    QStringList files; // absolute paths
    qint64 bytes = 0;
    int unsettledChanges = -1; // in the outbox: waiting, unknown outcome, failed, conflict; -1 unknown
    bool inUse = false; // G2P Desk or g2p-desk-cli has it open now
};

// Looks without changing anything (the outbox is read only when it exists).
ProfileData inspectProfileData(const QString &dir);
// Removes every file of the profile and its folder. Refuses while the profile is in use. Returns
// false and says why when something could not be removed (what could be is gone).
bool removeProfileData(const QString &dir, QString *error);
// Copies set aside as damaged ("*.damaged-<UTC time>") older than `days` are removed; returns how many.
int removeOldSetAsideCopies(const QString &dir, int days, const QDateTime &nowUtc);

// Held by a program while it has the profile open (one per process).
class ProfileInUse
{
public:
    explicit ProfileInUse(const QString &dir);
    bool isHeld() const { return m_lock && m_lock->isLocked(); }

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace g2p
