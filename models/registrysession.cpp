#include "registrysession.h"

#include "codec.h"
#include "retention.h"
#include "storepaths.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSettings>

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
    const QUrl url = m_client->config().baseUrl;
    const QString user = m_client->config().user;
    m_store = std::make_unique<LocalStore>(
        cacheFilePath(url, user), outboxFilePath(url, user), nullptr, storeRetention(QSettings()));
    m_sync = std::make_unique<OutboxSync>(m_client.get(), m_store.get());
    m_knewExtension = QSettings().value(QStringLiteral("serverExtension/") + profileKey(url, user)).toBool();
    // What earlier sessions left in the outbox is sent (after a check when its outcome is unknown).
    connect(m_store.get(), &LocalStore::opened, m_sync.get(), &OutboxSync::resume);
}

RegistrySession::~RegistrySession()
{
    m_sync.reset(); // before the store it writes to
    m_store.reset();
}

void RegistrySession::signOut(QObject *context, std::function<void()> done)
{
    auto *job = m_client->signOut();
    if (!job) {
        QMetaObject::invokeMethod(context, done, Qt::QueuedConnection);
        return;
    }
    connect(job, &ApiJob::finished, context, done);
}

void RegistrySession::signInAgain(const QString &password)
{
    m_client->setPassword(password);
    m_sync->signedInAgain();
}

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
            if (m_offline) {
                m_offline = false;
                if (m_reconnect)
                    m_reconnect->stop();
                Q_EMIT offlineChanged(false);
            }
            m_sync->setPaused(false);
            QSettings().setValue(QStringLiteral("serverExtension/")
                    + profileKey(m_client->config().baseUrl, m_client->config().user),
                hasExtension());
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
        QList<QByteArray> json;
        for (const Program &p : std::as_const(m_programs))
            json << QJsonDocument(encode(p)).toJson(QJsonDocument::Compact);
        m_store->post([json](StoreHandles &h) {
            if (h.memberships)
                h.memberships->setPrograms(json);
        });
    });
}

void RegistrySession::startOffline(int retryMs)
{
    m_offline = true;
    Q_EMIT offlineChanged(true);
    loadCachedPrograms();
    if (!m_reconnect) {
        m_reconnect = new QTimer(this);
        connect(m_reconnect, &QTimer::timeout, this, [this] {
            if (m_offline)
                connectToServer();
        });
    }
    m_reconnect->start(retryMs);
}

void RegistrySession::loadCachedPrograms()
{
    m_store->run(
        this, [](StoreHandles &h) { return h.memberships ? h.memberships->programs() : QList<QByteArray>(); },
        [this](const QList<QByteArray> &json) {
            QList<Program> programs;
            for (const QByteArray &j : json) {
                Program p;
                if (decode(j, p).isNull())
                    programs << p;
            }
            if (programs.isEmpty() || !m_programs.isEmpty())
                return;
            m_programs = programs;
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
