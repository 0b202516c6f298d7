#include "profiledata.h"

#include "outbox.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace g2p {

namespace {
const QString kInUsePrefix = QStringLiteral(".in-use-");

// The files that belong to G2P Desk in a profile folder: nothing else is ever touched.
bool isProfileFile(const QString &name)
{
    for (const QString &base : {QStringLiteral("cache.sqlite"), QStringLiteral("outbox.sqlite")})
        if (name == base || name.startsWith(base + QLatin1Char('-'))
            || name.startsWith(base + QLatin1Char('.')))
            return true;
    return name.startsWith(kInUsePrefix);
}

// A live program holds an in-use mark; a stale one (the program died) is taken and removed.
bool heldByAnother(const QString &dir)
{
    const QStringList marks
        = QDir(dir).entryList({kInUsePrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &m : marks) { // this program's own mark counts too: its files are open
        QLockFile probe(dir + QLatin1Char('/') + m);
        probe.setStaleLockTime(0); // a live holder is never stale, however long it has run
        if (!probe.tryLock(0)) {
            if (probe.error() == QLockFile::LockFailedError)
                return true;
            continue;
        }
        probe.unlock(); // stale: removed
    }
    return false;
}

QDateTime setAsideTime(const QFileInfo &f)
{
    const int at = f.fileName().indexOf(QStringLiteral(".damaged-"));
    const QString stamp = f.fileName().mid(at + 9, 15); // yyyyMMdd-hhmmss
    QDateTime t = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-hhmmss"));
    if (t.isValid()) {
        t.setTimeSpec(Qt::UTC);
        return t;
    }
    return f.lastModified().toUTC();
}
} // namespace

ProfileData inspectProfileData(const QString &dir)
{
    ProfileData d;
    d.dir = dir;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &f : entries)
        if (isProfileFile(f.fileName()) && !f.fileName().startsWith(kInUsePrefix)) {
            d.files << f.absoluteFilePath();
            d.bytes += f.size();
        }
    d.inUse = heldByAnother(dir);
    const QString outboxPath = dir + QStringLiteral("/outbox.sqlite");
    if (QFileInfo::exists(outboxPath) && !d.inUse) {
        Outbox o;
        if (o.open(outboxPath)) {
            d.unsettledChanges = 0;
            for (auto s : {OutboxItem::State::Pending, OutboxItem::State::Sending, OutboxItem::State::Failed,
                     OutboxItem::State::Conflict})
                d.unsettledChanges += o.count(s);
            o.close();
        }
    } else if (!QFileInfo::exists(outboxPath)) {
        d.unsettledChanges = 0;
    }
    return d;
}

bool removeProfileData(const QString &dir, QString *error)
{
    if (!QFileInfo(dir).isDir()) {
        *error = QStringLiteral("%1 does not exist: there is nothing to remove").arg(dir);
        return false;
    }
    if (heldByAnother(dir)) {
        *error = QStringLiteral("G2P Desk or g2p-desk-cli has this profile open; close it first");
        return false;
    }
    QStringList left;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : entries)
        if (isProfileFile(f.fileName()) && !QFile::remove(f.absoluteFilePath()))
            left << f.fileName();
    if (!left.isEmpty()) {
        *error = QStringLiteral("these files could not be removed: %1").arg(left.join(QStringLiteral(", ")));
        return false;
    }
    // The folder goes when it holds nothing else (nothing of anybody else is removed).
    QDir().rmdir(dir);
    return true;
}

int removeOldSetAsideCopies(const QString &dir, int days, const QDateTime &nowUtc)
{
    int removed = 0;
    const QFileInfoList entries
        = QDir(dir).entryInfoList({QStringLiteral("*.damaged-*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : entries)
        if (isProfileFile(f.fileName()) && setAsideTime(f).daysTo(nowUtc) > days
            && QFile::remove(f.absoluteFilePath()))
            ++removed;
    return removed;
}

ProfileInUse::ProfileInUse(const QString &dir)
    : m_lock(std::make_unique<QLockFile>(
        dir + QLatin1Char('/') + kInUsePrefix + QString::number(QCoreApplication::applicationPid())))
{
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) // (QLockFile makes it 0644: it names this machine and program)
        makePrivateFile(m_lock->fileName());
}

} // namespace g2p
