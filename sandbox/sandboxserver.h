// g2p-sandbox: a faithful server of ../shared/contract/openapi.yaml over QHttpServer and SQLite.
#pragma once

#include "odoo/odooface.h"
#include "routes.h"
#include "spp2/spp2face.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

namespace g2p::sandbox {

struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dbPath; // empty: in memory
    qint64 seedIndividuals = 0; // demo data on an empty database
    quint64 seed = 42;
    QHash<QString, UserAccount> users; // empty: demo/demo and viewer/viewer (read-only)
    bool upstreamOnly = false;
    int latencyMs = 0;
    double failRate = 0.0;
    quint64 failSeed = 1;
    QString failPath; // every request whose path contains it answers 503
    int sessionLifetimeSeconds = 7 * 24 * 3600; // Odoo's default
    qint64 maxBodyBytes = 16 * 1024 * 1024; // larger request bodies answer 413
    QString tlsCert, tlsKey;
    odoo::OdooOptions odoo; // the Odoo face: database name, API keys, administrators
    spp2::Spp2Options spp2; // OpenSPP2's API v2 face (off unless enabled)
};

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the database, seeds it if asked, listens. `log` receives progress lines.
    bool start(QString *error, const std::function<void(const QString &)> &log = {});
    // e.g. http://127.0.0.1:PORT/api/v1/registry
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }
    RegistryStore &store() { return m_store; }
    static QHash<QString, UserAccount> defaultUsers();

private:
    enum class Fault
    {
        None,
        Unavailable,
        DropBefore,
        DropAfter
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply process(const QHttpServerRequest &request);
    bool authenticate(Request &r, bool baseRest, Reply *failure);
    Fault drawFault();
    void send(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply);

    SandboxOptions m_options;
    RegistryStore m_store;
    Routes m_routes;
    std::unique_ptr<odoo::OdooFace> m_odoo;
    std::unique_ptr<spp2::Spp2Face> m_spp2;
    QHttpServer m_http;
    quint16 m_port = 0;
    QRandomGenerator m_faults;
};

} // namespace g2p::sandbox
