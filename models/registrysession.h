// One connected registry: the client, what the server offers, its programs and the activity log.
#pragma once

#include "activitylog.h"
#include "apiclient.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace g2p {

class RegistrySession : public QObject
{
    Q_OBJECT
public:
    explicit RegistrySession(ClientConfig config, QObject *parent = nullptr);
    ~RegistrySession() override;

    ApiClient *client() { return m_client.get(); }
    const ClientConfig &config() const { return m_client->config(); }
    ActivityLog *activity() { return &m_activity; }
    bool hasExtension() const { return m_client->capability() == ServerCapability::Extension; }
    bool isConnected() const { return m_connected; }

    // Checks the credentials (GET /individual?_id=0), learns what the server offers and loads its
    // programs. Emits connected() or connectionFailed().
    void connectToServer();
    void refreshPrograms();

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

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    ActivityLog m_activity;
    QList<Program> m_programs;
    QHash<qint64, QList<QPair<qint64, QString>>> m_households;
    bool m_connected = false;
};

} // namespace g2p
