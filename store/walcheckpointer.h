// Copies what a database's WAL holds into the database file on a thread of its own, through a
// second SQLite connection (a PASSIVE checkpoint: it never blocks the writer, and the writer never
// waits for it). A refresh of a million registrants used to checkpoint on its own thread every
// 256 MiB of WAL, and each time waited a second or two for the disk to take it all (fsync) while
// the work pool and the network ran out of pages to hand it.
//
// A PASSIVE checkpoint cannot start the WAL file over: SQLite does that when a writer begins with
// every frame already copied, which a writer that never pauses does not see. restartFromWriter()
// is that pause, made short: it copies only what came since the last background pass.
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace g2p {

class WalCheckpointer
{
public:
    // Opens its connection to `path` (a database in WAL mode) on its own thread.
    explicit WalCheckpointer(const QString &path);
    // Waits for a pass under way (a checkpoint is not interrupted halfway), then closes.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Asks for a pass and returns at once; asks made while one runs make one more pass after it.
    void request();
    // On the writer's thread, between its transactions: waits for a pass under way, then copies
    // the rest of the WAL on the writer's own connection, so that its next transaction starts the
    // WAL file over. False (nothing lost: the WAL keeps growing until the next try) when a reader
    // still uses older frames or the checkpoint fails.
    bool restartFromWriter(sqlite3 *writer);
    // Passes completed (for tests). A pass that fails loses nothing: the WAL grows until the
    // next one or until restartFromWriter copies it on the writer's connection.
    int passes() const { return m_passes.load(); }

private:
    void run(const QString &path);

    std::mutex m_mutex; // guards m_wanted and m_stop
    std::mutex m_passMutex; // held through each checkpoint, the writer's included
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stop = false;
    std::atomic<int> m_passes {0};
    std::thread m_thread;
};

} // namespace g2p
