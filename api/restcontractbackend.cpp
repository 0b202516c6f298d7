#include "restcontractbackend.h"

// The REST contract's identifiers are database integers: a record's key is its id, and the records
// it returns carry no key of their own (recordkey.h).
namespace g2p {
namespace {

// The call a caller holds, fed by the transport's job: the result (converted) and the error pass
// through; abort() reaches the request.
template<class T, class U, class Convert>
Call<U> *adopt(Job<T> *job, QObject *parent, Convert convert)
{
    auto *call = new Call<U>(parent);
    QPointer<Job<T>> j(job);
    call->setAbortHandler([j] {
        if (j)
            j->abort();
    });
    QObject::connect(job, &ApiJob::finished, call, [call, job, convert] {
        if (job->succeeded())
            call->setResult(convert(job->takeResult()));
        call->finish(job->error());
    });
    return call;
}

template<class T>
Call<T> *adopt(Job<T> *job, QObject *parent)
{
    return adopt<T, T>(job, parent, [](T v) { return v; });
}

QString searchName(const RegistrantQuery &q)
{
    // The contract searches by id and name; an ID number is not a criterion it has.
    return q.name;
}

} // namespace

RestContractBackend::RestContractBackend(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : RegistryBackend(parent)
    , m_owned(std::make_unique<ApiClient>(nam, std::move(config)))
    , m_client(m_owned.get())
{
    watchClient();
}

RestContractBackend::RestContractBackend(ApiClient *client, QObject *parent)
    : RegistryBackend(parent), m_client(client)
{
    watchClient();
}

void RestContractBackend::watchClient()
{
    qRegisterMetaType<BackendCapabilities>();
    connect(m_client, &ApiClient::untrustedCertificate, this, &RegistryBackend::untrustedCertificate);
    connect(m_client, &ApiClient::capabilityKnown, this, [this](ServerCapability c) {
        const BackendCapabilities before = m_known.value_or(capabilitiesOf(ServerCapability::UpstreamOnly));
        m_known.reset();
        if (capabilitiesOf(c) != before)
            Q_EMIT capabilitiesChanged();
    });
}

RestContractBackend::~RestContractBackend() = default;

BackendCapabilities RestContractBackend::capabilitiesOf(ServerCapability capability)
{
    BackendCapabilities c;
    c.createRegistrants = true;
    c.maxPageSize = 1000;
    c.batchSize = BatchEnrollRequest::maxItems; // the size of the contract's batch, offered or not
    if (capability == ServerCapability::Extension) {
        c.programs = true;
        c.stateChanges = true;
        c.serverHistory = true;
        c.optimisticLocking = true;
        c.batchEnrolment = true;
        c.exitReasonsKept = true;
    }
    return c;
}

QString RestContractBackend::kindName() const
{
    return capabilities().programs ? tr("REST contract") : tr("REST (registry data only)");
}

BackendCapabilities RestContractBackend::capabilities() const
{
    if (const auto c = m_client->capability())
        return capabilitiesOf(*c);
    return m_known.value_or(capabilitiesOf(ServerCapability::UpstreamOnly));
}

void RestContractBackend::setKnownCapabilities(const BackendCapabilities &caps)
{
    if (!m_client->capability())
        m_known = caps;
}

Call<BackendCapabilities> *RestContractBackend::signIn()
{
    auto *call = new Call<BackendCapabilities>(this);
    // An unknown path is 404 before authentication, so check the password on an upstream path.
    auto *check = m_client->searchIndividuals(qint64(0), QString());
    connect(check, &ApiJob::finished, call, [this, call, check] {
        if (!check->succeeded()) {
            call->finish(check->error());
            return;
        }
        auto *probe = m_client->detectCapabilities();
        call->setAbortHandler([p = QPointer<ApiJob>(probe)] {
            if (p)
                p->abort();
        });
        connect(probe, &ApiJob::finished, call, [this, call, probe] {
            if (probe->succeeded())
                call->setResult(capabilities());
            call->finish(probe->error());
        });
    });
    call->setAbortHandler([c = QPointer<ApiJob>(check)] {
        if (c)
            c->abort();
    });
    return call;
}

PendingCall *RestContractBackend::signOut()
{
    auto *call = new PendingCall(this);
    auto *job = m_client->signOut();
    if (!job)
        call->finishLater();
    else
        connect(job, &ApiJob::finished, call, [call] { call->finish(); });
    return call;
}

Call<QList<Individual>> *RestContractBackend::findIndividuals(const RegistrantQuery &q)
{
    return adopt(m_client->searchIndividuals(q.id, searchName(q)), this);
}

Call<QList<Group>> *RestContractBackend::findGroups(const RegistrantQuery &q)
{
    return adopt(m_client->searchGroups(q.id, searchName(q), q.withMembers), this);
}

Call<Individual> *RestContractBackend::individual(const RecordRef &registrant)
{
    return adopt(m_client->getIndividual(registrant.id), this);
}

Call<Group> *RestContractBackend::group(const RecordRef &registrant)
{
    return adopt(m_client->getGroup(registrant.id), this);
}

// The contract has no change list yet: the whole registry in one page (the upstream search
// without criteria), whatever the cursor says.
Call<ChangedPage<Individual>> *RestContractBackend::changedIndividuals(const ChangesQuery &)
{
    return adopt<QList<Individual>, ChangedPage<Individual>>(
        m_client->searchIndividuals(std::nullopt, QString()), this, [](QList<Individual> all) {
            ChangedPage<Individual> page;
            page.items = std::move(all);
            return page;
        });
}

Call<ChangedPage<Group>> *RestContractBackend::changedGroups(const ChangesQuery &query)
{
    return adopt<QList<Group>, ChangedPage<Group>>(
        m_client->searchGroups(std::nullopt, QString(), query.withMembers), this, [](QList<Group> all) {
            ChangedPage<Group> page;
            page.items = std::move(all);
            return page;
        });
}

Call<Individual> *RestContractBackend::createIndividual(const IndividualInput &input)
{
    return adopt(m_client->createIndividual(input), this);
}

Call<Group> *RestContractBackend::createGroup(const GroupInput &input)
{
    return adopt(m_client->createGroup(input), this);
}

Call<Page<Program>> *RestContractBackend::programs(const ProgramFilter &filter, int limit, int offset)
{
    return adopt(m_client->listPrograms(filter, limit, offset), this);
}

Call<Program> *RestContractBackend::program(const RecordRef &program)
{
    return adopt(m_client->getProgram(program.id), this);
}

Call<Page<ProgramMembership>> *RestContractBackend::memberships(
    const MembershipFilter &filter, int limit, int offset)
{
    return adopt(m_client->listMemberships(filter, limit, offset), this);
}

Call<ProgramMembership> *RestContractBackend::membership(const RecordRef &membership)
{
    return adopt(m_client->getMembership(membership.id), this);
}

Call<ProgramMembership> *RestContractBackend::changeMembership(
    const RecordRef &membership, const MembershipUpdate &update)
{
    return adopt(m_client->updateMembership(membership.id, update), this);
}

Call<BatchEnrollResponse> *RestContractBackend::enrol(const BatchEnrollRequest &request)
{
    return adopt(m_client->batchEnroll(request), this);
}

Call<QList<HistoryEntry>> *RestContractBackend::history(const RecordRef &membership)
{
    return adopt(m_client->membershipHistory(membership.id), this);
}

} // namespace g2p
