#include "registrysession.h"

#include "cachemapping.h"
#include "cacherefresh.h"
#include "membershipimport.h"
#include "refreshcommand.h"
#include "restcontractbackend.h"
#include "retention.h"
#include "storepaths.h"

#include <QJsonDocument>

namespace g2p {
namespace {

// What the server offered when last reached, kept per profile (no secret in it).
QVariantMap toMap(const BackendCapabilities &c)
{
    return {
        {QStringLiteral("programs"), c.programs},
        {QStringLiteral("stateChanges"), c.stateChanges},
        {QStringLiteral("serverHistory"), c.serverHistory},
        {QStringLiteral("optimisticLocking"), c.optimisticLocking},
        {QStringLiteral("batchEnrolment"), c.batchEnrolment},
        {QStringLiteral("batchSize"), c.batchSize},
        {QStringLiteral("maxPageSize"), c.maxPageSize},
        {QStringLiteral("changedSince"), c.changedSince},
        {QStringLiteral("exitReasonsKept"), c.exitReasonsKept},
        {QStringLiteral("createRegistrants"), c.createRegistrants},
        {QStringLiteral("searchByIdNumber"), c.searchByIdNumber},
        {QStringLiteral("caseInsensitiveNames"), c.caseInsensitiveNames},
    };
}

std::optional<BackendCapabilities> fromMap(const QVariantMap &m)
{
    if (m.isEmpty())
        return std::nullopt;
    BackendCapabilities c;
    c.programs = m.value(QStringLiteral("programs")).toBool();
    c.stateChanges = m.value(QStringLiteral("stateChanges")).toBool();
    c.serverHistory = m.value(QStringLiteral("serverHistory")).toBool();
    c.optimisticLocking = m.value(QStringLiteral("optimisticLocking")).toBool();
    c.batchEnrolment = m.value(QStringLiteral("batchEnrolment")).toBool();
    c.batchSize = qBound(1, m.value(QStringLiteral("batchSize"), 1).toInt(), BatchEnrollRequest::maxItems);
    c.maxPageSize = qBound(1, m.value(QStringLiteral("maxPageSize"), 100).toInt(), 1000);
    c.changedSince = m.value(QStringLiteral("changedSince")).toBool();
    c.exitReasonsKept = m.value(QStringLiteral("exitReasonsKept")).toBool();
    c.createRegistrants = m.value(QStringLiteral("createRegistrants"), true).toBool();
    c.searchByIdNumber = m.value(QStringLiteral("searchByIdNumber")).toBool();
    c.caseInsensitiveNames = m.value(QStringLiteral("caseInsensitiveNames")).toBool();
    return c;
}

QString capabilitiesKey(const QUrl &url, const QString &user)
{
    return QStringLiteral("serverCapabilities/") + profileKey(url, user);
}

} // namespace

RegistrySession::RegistrySession(std::unique_ptr<QNetworkAccessManager> nam,
    std::unique_ptr<RegistryBackend> backend,
    QSettings *settings,
    QObject *parent)
    : QObject(parent), m_nam(std::move(nam)), m_backend(std::move(backend)), m_settings(settings)
{
    m_runner = new CommandRunner(&m_activity, this);
    connect(m_backend.get(), &RegistryBackend::untrustedCertificate, this,
        &RegistrySession::untrustedCertificate);
    connect(
        m_backend.get(), &RegistryBackend::capabilitiesChanged, this, &RegistrySession::capabilitiesChanged);
    connect(m_backend.get(), &RegistryBackend::notice, this, &RegistrySession::notice);
    const QUrl url = address();
    const QString userName = user();
    m_store = std::make_unique<LocalStore>(
        cacheFilePath(url, userName), outboxFilePath(url, userName), nullptr, storeRetention(*m_settings));
    m_sync = std::make_unique<OutboxSync>(m_backend.get(), m_store.get());
    std::optional<BackendCapabilities> known
        = fromMap(m_settings->value(capabilitiesKey(url, userName)).toMap());
    // Profiles saved before capabilities were kept said only whether the extension was there.
    const QString oldKey = QStringLiteral("serverExtension/") + profileKey(url, userName);
    if (!known && m_settings->value(oldKey).toBool())
        known = RestContractBackend::capabilitiesOf(ServerCapability::Extension);
    if (known)
        m_backend->setKnownCapabilities(*known);
    // What earlier sessions left in the outbox is sent (after a check when its outcome is unknown).
    connect(m_store.get(), &LocalStore::opened, m_sync.get(), &OutboxSync::resume);
    connect(m_store.get(), &LocalStore::opened, this, &RegistrySession::storeOpened);
}

RegistrySession::~RegistrySession()
{
    delete m_refresh;
    m_refresh = nullptr;
    m_sync.reset(); // before the store it writes to
    m_store.reset();
    m_backend.reset(); // before the network access it sends through
}

QString RegistrySession::whyNot(Action action) const
{
    const BackendCapabilities c = capabilities();
    const AccountRights rights = m_backend->accountRights();
    // The account's rights, in plain words: who may not, and what to do about it.
    const QString readOnly = tr("Your account “%1” may look at the registry but not change program "
                                "memberships. Ask the registry's administrator if you need to.")
                                 .arg(user());
    switch (action) {
    case Action::ReadPrograms:
        return c.programs ? QString() : upstreamOnlyExplanation();
    case Action::ChangeMemberships:
        if (!c.programs)
            return upstreamOnlyExplanation();
        if (!c.stateChanges)
            return tr("This server does not let G2P Desk change program memberships.");
        return rights.changeMemberships ? QString() : readOnly;
    case Action::BulkEnrol:
        if (!c.programs)
            return upstreamOnlyExplanation();
        if (!c.stateChanges)
            return tr("This server does not let G2P Desk enrol registrants.");
        return rights.changeMemberships ? QString() : readOnly;
    case Action::ServerHistory:
        if (!c.programs)
            return upstreamOnlyExplanation();
        return c.serverHistory ? QString()
                               : tr("This server keeps no history of memberships: only the changes made from "
                                    "this desktop are shown.");
    case Action::CreateRegistrants:
        if (!c.createRegistrants)
            return tr("This server does not let G2P Desk create registrants.");
        return rights.createRegistrants
            ? QString()
            : tr("Your account “%1” may not create registrants. Ask the registry's "
                 "administrator if you need to.")
                  .arg(user());
    }
    return QString();
}

void RegistrySession::signOut(QObject *context, std::function<void()> done)
{
    auto *call = m_backend->signOut();
    connect(call, &PendingCall::finished, context, done);
}

void RegistrySession::signInAgain(const QString &password)
{
    m_backend->setPassword(password);
    m_sync->signedInAgain();
}

QString RegistrySession::upstreamOnlyExplanation()
{
    return tr("This server offers registry data only: it lacks the program and membership endpoints "
              "(the G2P Desk extension), so programs, enrolment, exits and history are not available.");
}

void RegistrySession::rememberCapabilities()
{
    m_settings->setValue(capabilitiesKey(address(), user()), toMap(capabilities()));
}

void RegistrySession::connectToServer()
{
    auto *call = m_backend->signIn();
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->succeeded()) {
            Q_EMIT connectionFailed(call->error());
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
        rememberCapabilities();
        Q_EMIT connected();
        if (capabilities().programs)
            refreshPrograms();
        m_sync->syncNow();
        if (m_store->isOpen() && !isRefreshing())
            refreshLocalCopy();
    });
}

void RegistrySession::refreshPrograms()
{
    if (!capabilities().programs)
        return;
    ProgramFilter f;
    f.includeArchived = true;
    auto *job = m_backend->programs(f, qMin(1000, capabilities().maxPageSize), 0);
    connect(job, &PendingCall::finished, this, [this, job] {
        if (!job->succeeded()) {
            const int id = m_activity.start(tr("Load programs"));
            m_activity.finish(id, ActivityLog::Status::Failed, job->error().toString());
            return;
        }
        m_programs = job->result().items;
        Q_EMIT programsChanged();
        QList<QByteArray> json;
        for (const Program &p : std::as_const(m_programs))
            json << cachedProgram(p);
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
            for (const QByteArray &j : json)
                if (auto p = programFrom(j))
                    programs << *p;
            if (programs.isEmpty() || !m_programs.isEmpty())
                return;
            m_programs = programs;
            Q_EMIT programsChanged();
        });
}

void RegistrySession::storeOpened(const StoreOpenReport &r)
{
    QStringList what;
    if (!r.cacheSetAside.isEmpty())
        what << tr("The local copy was damaged: it was set aside (%1) and is rebuilt from the server.")
                    .arg(r.cacheSetAside);
    if (!r.outboxSetAside.isEmpty())
        what << tr("The outbox file was damaged: it was set aside (%1). Changes in it were not sent.")
                    .arg(r.outboxSetAside);
    if (!r.outboxOk)
        what << tr("The outbox cannot be opened (%1): changes cannot be queued, nothing will be sent.")
                    .arg(r.outboxError);
    m_storeProblem = what.join(QLatin1Char(' '));
    if (!m_storeProblem.isEmpty())
        m_activity.finish(
            m_activity.start(tr("Open the local files")), ActivityLog::Status::Failed, m_storeProblem);
    m_refreshedAt = r.refreshedAt;
    Q_EMIT localFilesOpened();
    Q_EMIT localCopyChanged();
    if (!r.outboxSetAside.isEmpty())
        Q_EMIT outboxSetAside(r.outboxSetAside);
    if (m_connected && !isRefreshing())
        refreshLocalCopy();
}

bool RegistrySession::isRefreshing() const
{
    return m_refresh && m_refresh->isRunning();
}

void RegistrySession::refreshLocalCopy()
{
    if (!m_connected || !m_store->isOpen())
        return;
    if (!m_refresh) {
        m_refresh = new CacheRefresh(m_backend.get(), m_store.get());
        connect(m_refresh, &CacheRefresh::progress, this,
            [this](const QString &stage, qint64 done, qint64 total) {
                m_refreshText = total > 0
                    ? tr("%1: %2 of %3").arg(stage, QLocale().toString(done), QLocale().toString(total))
                    : tr("%1…").arg(stage);
                Q_EMIT localCopyChanged();
            });
        connect(m_refresh, &CacheRefresh::finished, this, [this](bool ok, const QString &message) {
            m_refreshText.clear();
            if (ok)
                m_refreshedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT localCopyChanged();
            Q_EMIT localCopyRefreshed(ok, message, m_refresh->registrantsChanged());
        });
    }
    if (!m_refresh->isRunning())
        m_runner->run(new RefreshLocalCopyCommand(m_refresh));
}

MembershipImport *RegistrySession::newImport(MembershipGridModel *grid, QObject *parent)
{
    auto *import = new MembershipImport(m_backend.get(), grid, parent);
    import->setLocalCopy(m_store.get());
    return import;
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

RecordRef RegistrySession::programRef(qint64 id) const
{
    const Program *p = program(id);
    return p ? refOf(*p) : RecordRef(id);
}

QHash<qint64, QString> RegistrySession::programNames() const
{
    QHash<qint64, QString> names;
    for (const Program &p : m_programs)
        names.insert(p.id, p.name);
    return names;
}

} // namespace g2p
