// One registry profile: the client, what the server offers, its programs, the activity log, and
// the profile's local store (cache and outbox, per server and user under the XDG data folder)
// with the outbox's sender. It works offline too: started from the cache, it reconnects by itself.
#pragma once

#include "activitylog.h"
#include "apiclient.h"
#include "localstore.h"
#include "outboxsync.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace g2p {

class RegistrySession : public QObject
{
    Q_OBJECT
public:
    explicit RegistrySession(ClientConfig config, QObject *parent = nullptr);
    ~RegistrySession() override;

    ApiClient *client() { return m_client.get(); }
    LocalStore *store() { return m_store.get(); }
    OutboxSync *sync() { return m_sync.get(); }
    const ClientConfig &config() const { return m_client->config(); }
    ActivityLog *activity() { return &m_activity; }
    // What the server offers; while offline, what it offered when last reached.
    bool hasExtension() const
    {
        return m_client->capability() ? *m_client->capability() == ServerCapability::Extension
                                      : m_knewExtension;
    }
    bool isConnected() const { return m_connected; }

    // Checks the credentials (GET /individual?_id=0), learns what the server offers and loads its
    // programs. Emits connected() or connectionFailed().
    void connectToServer();
    void refreshPrograms();
    // Works from the cache: programs as last seen, changes queued in the outbox; tries the
    // server again every `retryMs` and emits connected() when it answers.
    void startOffline(int retryMs = 30000);
    // Closes the server's session (Odoo session profiles), then calls `done` on `context`; at once
    // when there is none. Bounded by the client's timeout.
    void signOut(QObject *context, std::function<void()> done);
    // An Odoo session is open on the server (closing should sign out).
    bool hasServerSession() const { return m_client->hasSession(); }
    // The officer typed the password again after a refused sign-in: the outbox sends again.
    void signInAgain(const QString &password);
    bool isOffline() const { return m_offline; }

    const QList<Program> &programs() const { return m_programs; }
    const Program *program(qint64 id) const;
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
    void untrustedCertificate(const QSslCertificate &certificate, const QString &fingerprint);
    void offlineChanged(bool offline);

private:
    void loadCachedPrograms();

    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    ActivityLog m_activity;
    QList<Program> m_programs;
    QHash<qint64, QList<QPair<qint64, QString>>> m_households;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<OutboxSync> m_sync;
    QTimer *m_reconnect = nullptr;
    bool m_connected = false;
    bool m_offline = false;
    bool m_knewExtension = false;
};

} // namespace g2p
