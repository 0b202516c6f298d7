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
    if (const auto c = m_client->capability()) {
        BackendCapabilities caps = capabilitiesOf(*c);
        caps.changedSince = *c == ServerCapability::Extension && m_changeLists.value_or(false);
        return caps;
    }
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
            if (!probe->succeeded() || probe->result() != ServerCapability::Extension) {
                if (probe->succeeded())
                    call->setResult(capabilities());
                call->finish(probe->error());
                return;
            }
            // Does it list changes too? A page after the end of time answers that: empty, and the
            // server counts nothing for its X-Total-Count (without a cursor it counted the whole
            // registry at every sign-in).
            auto *lists = m_client->listRegistrantChanges(
                std::nullopt, QStringLiteral("9999-12-31T23:59:59.999999+00:00,0"), 1);
            call->setAbortHandler([l = QPointer<ApiJob>(lists)] {
                if (l)
                    l->abort();
            });
            connect(lists, &ApiJob::finished, call, [this, call, lists] {
                const bool before = capabilities().changedSince;
                m_changeLists = lists->succeeded();
                call->setResult(capabilities());
                call->finish();
                if (before != capabilities().changedSince)
                    Q_EMIT capabilitiesChanged();
            });
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

namespace {
Individual individualOf(RegistrantChange c)
{
    Individual i;
    static_cast<RegistrantCommon &>(i) = std::move(static_cast<RegistrantCommon &>(c));
    i.givenName = std::move(c.givenName);
    i.addlName = std::move(c.addlName);
    i.familyName = std::move(c.familyName);
    i.gender = std::move(c.gender);
    i.birthdate = c.birthdate;
    i.age = std::move(c.age);
    i.birthPlace = std::move(c.birthPlace);
    return i;
}

Group groupOf(RegistrantChange c)
{
    Group g;
    static_cast<RegistrantCommon &>(g) = std::move(static_cast<RegistrantCommon &>(c));
    g.members = std::move(c.members);
    g.isPartialGroup = c.isPartialGroup.value_or(false);
    return g;
}

// A page of GET /registrant as the interface has it: active records, and the ids of those that
// left (archived or disabled).
template<class R, class Convert>
ChangedPage<R> changedOf(ChangedPage<RegistrantChange> page, Convert convert)
{
    ChangedPage<R> out;
    out.cursor = std::move(page.cursor);
    out.complete = page.complete;
    out.remaining = page.remaining;
    out.items.reserve(page.items.size());
    for (RegistrantChange &c : page.items) {
        if (c.active)
            out.items.append(convert(std::move(c)));
        else
            out.left.append(c.id);
    }
    return out;
}
} // namespace

// With the change lists: a page after the cursor. Without: the whole registry in one page (the
// upstream search without criteria), whatever the cursor says.
Call<ChangedPage<Individual>> *RestContractBackend::changedIndividuals(const ChangesQuery &query)
{
    if (m_changeLists.value_or(false))
        return adopt<ChangedPage<RegistrantChange>, ChangedPage<Individual>>(
            m_client->listRegistrantChanges(false, query.cursor, query.limit), this,
            [](ChangedPage<RegistrantChange> page) {
                return changedOf<Individual>(std::move(page), individualOf);
            });
    return adopt<QList<Individual>, ChangedPage<Individual>>(
        m_client->searchIndividuals(std::nullopt, QString()), this, [](QList<Individual> all) {
            ChangedPage<Individual> page;
            page.items = std::move(all);
            return page;
        });
}

Call<ChangedPage<Group>> *RestContractBackend::changedGroups(const ChangesQuery &query)
{
    if (m_changeLists.value_or(false)) // groups in full, members included
        return adopt<ChangedPage<RegistrantChange>, ChangedPage<Group>>(
            m_client->listRegistrantChanges(true, query.cursor, query.limit), this,
            [](ChangedPage<RegistrantChange> page) { return changedOf<Group>(std::move(page), groupOf); });
    return adopt<QList<Group>, ChangedPage<Group>>(
        m_client->searchGroups(std::nullopt, QString(), query.withMembers), this, [](QList<Group> all) {
            ChangedPage<Group> page;
            page.items = std::move(all);
            return page;
        });
}

// A write the server refused as forbidden (403) says what this account may not do: the contract
// has no request to ask beforehand.
template<class T>
Call<T> *RestContractBackend::write(Job<T> *job, bool membershipWrite)
{
    Call<T> *call = adopt(job, this);
    connect(call, &PendingCall::finished, this, [this, call, membershipWrite] {
        if (call->error().kind() != ApiError::Kind::Forbidden)
            return;
        AccountRights r = accountRights();
        (membershipWrite ? r.changeMemberships : r.createRegistrants) = false;
        learnRights(r);
    });
    return call;
}

Call<Individual> *RestContractBackend::createIndividual(const IndividualInput &input)
{
    return write(m_client->createIndividual(input), false);
}

Call<Group> *RestContractBackend::createGroup(const GroupInput &input)
{
    return write(m_client->createGroup(input), false);
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

// The server's own change list where it has one: its cursor is exact (no overlap, nothing read
// twice). A cursor of another form (this machine's from before the server had change lists: no
// "write_date,id" comma) starts from the beginning.
Call<ChangedPage<ProgramMembership>> *RestContractBackend::changedMemberships(const ChangesQuery &query)
{
    if (!m_changeLists.value_or(false))
        return RegistryBackend::changedMemberships(query);
    const QString after = query.cursor.contains(QLatin1Char(',')) ? query.cursor : QString();
    return adopt(m_client->listMembershipChanges(MembershipFilter(), after, query.limit), this);
}

Call<ProgramMembership> *RestContractBackend::membership(const RecordRef &membership)
{
    return adopt(m_client->getMembership(membership.id), this);
}

Call<ProgramMembership> *RestContractBackend::changeMembership(
    const RecordRef &membership, const MembershipUpdate &update)
{
    return write(m_client->updateMembership(membership.id, update), true);
}

Call<BatchEnrollResponse> *RestContractBackend::enrol(const BatchEnrollRequest &request)
{
    return write(m_client->batchEnroll(request), true);
}

Call<QList<HistoryEntry>> *RestContractBackend::history(const RecordRef &membership)
{
    return adopt(m_client->membershipHistory(membership.id), this);
}

} // namespace g2p
