// One registry profile: its backend (whatever the server speaks) and what that backend can do, its
// programs, the activity log and the command runner, and the profile's local store (cache and outbox,
// per server and user under the XDG data folder) with the outbox's sender and the local copy's
// refresh. It works offline too: started from the cache, it reconnects by itself. Made by a
// SessionFactory.
#pragma once

#include "activitylog.h"
#include "commandrunner.h"
#include "localstore.h"
#include "outboxsync.h"
#include "registrybackend.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QTimer>

#include <functional>
#include <memory>

namespace g2p {

class CacheRefresh;
class MembershipGridModel;
class MembershipImport;

class RegistrySession : public QObject
{
    Q_OBJECT
public:
    // What the officer may ask for, as far as the server allows it.
    enum class Action
    {
        ReadPrograms, // programs, their members, memberships of a registrant
        ChangeMemberships, // enrol, pause, resume, exit, change dates
        BulkEnrol,
        ServerHistory,
        CreateRegistrants,
    };

    RegistrySession(std::unique_ptr<QNetworkAccessManager> nam,
        std::unique_ptr<RegistryBackend> backend,
        QSettings *settings,
        QObject *parent = nullptr);
    ~RegistrySession() override;

    RegistryBackend *backend() { return m_backend.get(); }
    LocalStore *store() { return m_store.get(); }
    OutboxSync *sync() { return m_sync.get(); }
    ActivityLog *activity() { return &m_activity; }
    CommandRunner *runner() { return m_runner; }
    QSettings *settings() { return m_settings; }
    QUrl address() const { return m_backend->address(); }
    QString user() const { return m_backend->user(); }

    // What the server offers; while offline, what it offered when last reached.
    BackendCapabilities capabilities() const { return m_backend->capabilities(); }
    bool can(Action action) const { return whyNot(action).isEmpty(); }
    // Why the action is not offered, in words for a tooltip; empty when it is.
    QString whyNot(Action action) const;
    // The server's kind in words ("REST contract", ...).
    QString serverKind() const { return m_backend->kindName(); }
    bool isConnected() const { return m_connected; }

    // Checks the credentials, learns what the server offers and loads its programs. Emits
    // connected() or connectionFailed().
    void connectToServer();
    void refreshPrograms();
    // Works from the cache: programs as last seen, changes queued in the outbox; tries the
    // server again every `retryMs` and emits connected() when it answers.
    void startOffline(int retryMs = 30000);
    // Closes the server's session, then calls `done` on `context`; at once when there is none.
    // Bounded by the client's timeout.
    void signOut(QObject *context, std::function<void()> done);
    // A session is open on the server (closing should sign out).
    bool hasServerSession() const { return m_backend->hasServerSession(); }
    // The officer typed the password again after a refused sign-in: the outbox sends again.
    void signInAgain(const QString &password);
    bool isOffline() const { return m_offline; }

    // The local copy: refreshed from the server after connecting (through the runner: it shows in
    // the activity list and can be cancelled), and on request.
    void refreshLocalCopy();
    bool isRefreshing() const;
    bool localFilesOpen() const { return m_store->isOpen(); }
    CacheRefresh *cacheRefresh() const { return m_refresh; }
    QDateTime refreshedAt() const { return m_refreshedAt; }
    // "Storing individuals: 300 of 1,000" while a refresh runs; empty otherwise.
    QString refreshProgress() const { return m_refreshText; }
    // What went wrong opening the local files (set aside, outbox unavailable); empty when nothing.
    QString storeProblem() const { return m_storeProblem; }

    // An import into `grid` through this session's backend; lines naming their registrant by ID
    // number are looked up in the local copy.
    MembershipImport *newImport(MembershipGridModel *grid, QObject *parent);

    const QList<Program> &programs() const { return m_programs; }
    const Program *program(qint64 id) const;
    // How the backend names program `id` (its key, where it has keys of its own).
    RecordRef programRef(qint64 id) const;
    QHash<qint64, QString> programNames() const;
    // The registry API cannot list the groups of an individual: households are remembered as they
    // are read, and shown for their members.
    void rememberHousehold(qint64 individualId, qint64 groupId, const QString &groupName);
    QList<QPair<qint64, QString>> knownHouseholdsOf(qint64 individualId) const
    {
        return m_households.value(individualId);
    }

    // "This server offers registry data only" in words for tooltips and banners.
    static QString upstreamOnlyExplanation();

Q_SIGNALS:
    void connected();
    void connectionFailed(const g2p::ApiError &error);
    void programsChanged();
    void capabilitiesChanged();
    // Something the officer should know while a call waits (the server's sign-in limit).
    void notice(const QString &text);
    void untrustedCertificate(const QSslCertificate &certificate, const QString &fingerprint);
    void offlineChanged(bool offline);
    // The local files (local copy and outbox) are open: lists may read them.
    void localFilesOpened();
    // The local copy's state changed (a refresh started, progressed or ended; the files opened).
    void localCopyChanged();
    // `registrantsChanged`: the refresh stored or removed registrants (the lists read the copy again).
    void localCopyRefreshed(bool ok, const QString &message, bool registrantsChanged);
    // The outbox file was damaged and set aside: its changes may be recovered (OutboxSync::recover).
    void outboxSetAside(const QString &path);

private:
    void loadCachedPrograms();
    void storeOpened(const StoreOpenReport &report);
    void rememberCapabilities();

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RegistryBackend> m_backend;
    QSettings *m_settings;
    ActivityLog m_activity;
    CommandRunner *m_runner;
    QList<Program> m_programs;
    QHash<qint64, QList<QPair<qint64, QString>>> m_households;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<OutboxSync> m_sync;
    CacheRefresh *m_refresh = nullptr;
    QDateTime m_refreshedAt;
    QString m_refreshText;
    QString m_storeProblem;
    QTimer *m_reconnect = nullptr;
    bool m_connected = false;
    bool m_offline = false;
};

} // namespace g2p
