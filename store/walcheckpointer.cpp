#include "walcheckpointer.h"

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sys/resource.h>
#endif

namespace g2p {

WalCheckpointer::WalCheckpointer(const QString &path)
{
    m_thread = std::thread([this, path] { run(path); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_wanted = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run(const QString &path)
{
#ifdef Q_OS_LINUX
    // Named for perf and top; below the window's thread, as the store's thread is (localstore.cpp):
    // copying a WAL is work for the kernel that must not keep the window waiting for a core.
    pthread_setname_np(pthread_self(), "g2p-checkpoint");
    setpriority(PRIO_PROCESS, 0, 5);
#endif
    sqlite3 *db = nullptr;
    // Read-write: a checkpoint writes the database file. Never creates it (the writer made it).
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return; // (requests are then left to the writer's own checkpoints: restartFromWriter)
    }
    // The same durability as the writer's (RegistrantCache: NORMAL): the WAL is synced before its
    // pages are copied, the file after.
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_wanted || m_stop; });
            if (m_stop)
                break;
            m_wanted = false;
        }
        std::lock_guard pass(m_passMutex);
        int frames = 0, copied = 0;
        // (SQLITE_BUSY: another checkpoint was running; the next request tries again.)
        if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied) == SQLITE_OK)
            ++m_passes;
    }
    // Not the last connection (the writer's is open): closing it neither checkpoints nor removes
    // the WAL.
    sqlite3_close(db);
}

bool WalCheckpointer::restartFromWriter(sqlite3 *writer)
{
    if (!writer)
        return false;
    std::lock_guard pass(m_passMutex);
    int frames = 0, copied = 0;
    // Copies what the background passes have not; SQLite starts the WAL over at the writer's next
    // transaction when every frame was copied and no reader holds an older snapshot.
    return sqlite3_wal_checkpoint_v2(writer, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied)
        == SQLITE_OK
        && frames == copied;
}

} // namespace g2p
