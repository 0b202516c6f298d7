#include "registrysession.h"

#include <QNetworkProxy>

namespace g2p {

RegistrySession::RegistrySession(ClientConfig config, QObject *parent) : QObject(parent)
{
    const QString host = config.baseUrl.host();
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
        || host == QLatin1String("::1"))
        m_nam.setProxy(QNetworkProxy::NoProxy);
    config.userAgent = "g2p-desk";
    m_client = std::make_unique<ApiClient>(&m_nam, std::move(config), this);
    connect(m_client.get(), &ApiClient::untrustedCertificate, this, &RegistrySession::untrustedCertificate);
}

RegistrySession::~RegistrySession() = default;

QString RegistrySession::upstreamOnlyExplanation()
{
    return tr("This server offers registry data only: it lacks the program and membership endpoints "
              "(the G2P Desk extension), so programs, enrolment, exits and history are not available.");
}

void RegistrySession::connectToServer()
{
    // An unknown path is 404 before authentication, so check the password on an upstream path.
    auto *check = m_client->searchIndividuals(qint64(0), QString());
    connect(check, &ApiJob::finished, this, [this, check] {
        if (!check->succeeded()) {
            Q_EMIT connectionFailed(check->error());
            return;
        }
        auto *probe = m_client->detectCapabilities();
        connect(probe, &ApiJob::finished, this, [this, probe] {
            if (!probe->succeeded()) {
                Q_EMIT connectionFailed(probe->error());
                return;
            }
            m_connected = true;
            Q_EMIT connected();
            if (hasExtension())
                refreshPrograms();
        });
    });
}

void RegistrySession::refreshPrograms()
{
    if (!hasExtension())
        return;
    ProgramFilter f;
    f.includeArchived = true;
    auto *job = m_client->listPrograms(f, 1000, 0);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            const int id = m_activity.start(tr("Load programs"));
            m_activity.finish(id, ActivityLog::Status::Failed, job->error().toString());
            return;
        }
        m_programs = job->result().items;
        Q_EMIT programsChanged();
    });
}

void RegistrySession::rememberHousehold(qint64 individualId, qint64 groupId, const QString &groupName)
{
    auto &list = m_households[individualId];
    for (const auto &g : list)
        if (g.first == groupId)
            return;
    list.append({groupId, groupName});
}

const Program *RegistrySession::program(qint64 id) const
{
    for (const Program &p : m_programs)
        if (p.id == id)
            return &p;
    return nullptr;
}

QHash<qint64, QString> RegistrySession::programNames() const
{
    QHash<qint64, QString> names;
    for (const Program &p : m_programs)
        names.insert(p.id, p.name);
    return names;
}

} // namespace g2p
