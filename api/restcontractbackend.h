// The registry through the REST contract (upstream endpoints, and G2P Desk's extension where the
// server has it): RegistryBackend on top of ApiClient. A server without the extension is the
// same backend with fewer capabilities (registry data only).
#pragma once

#include <QHash>

#include "apiclient.h"
#include "registrybackend.h"

#include <memory>

namespace g2p {

class RestContractBackend : public RegistryBackend
{
    Q_OBJECT
public:
    RestContractBackend(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);
    // Over a client someone else owns (tests that also send requests of their own through it).
    explicit RestContractBackend(ApiClient *client, QObject *parent = nullptr);
    ~RestContractBackend() override;

    // The capabilities of a REST server with and without the extension.
    static BackendCapabilities capabilitiesOf(ServerCapability capability);

    ApiClient *client() { return m_client; }

    QString kindName() const override;
    QUrl address() const override { return m_client->config().baseUrl; }
    QString user() const override { return m_client->config().user; }
    BackendCapabilities capabilities() const override;
    Timestamp serverTime() const override { return m_client->serverTime(); }
    void setKnownCapabilities(const BackendCapabilities &caps) override;

    Call<BackendCapabilities> *signIn() override;
    PendingCall *signOut() override;
    bool hasServerSession() const override { return m_client->hasSession(); }
    void setPassword(const QString &password) override { m_client->setPassword(password); }
    void trustCertificate(const QSslCertificate &certificate) override
    {
        m_client->trustCertificate(certificate);
    }

    Call<QList<Individual>> *findIndividuals(const RegistrantQuery &query) override;
    Call<QList<Group>> *findGroups(const RegistrantQuery &query) override;
    Call<Individual> *individual(const RecordRef &registrant) override;
    Call<Group> *group(const RecordRef &registrant) override;
    Call<ChangedPage<Individual>> *changedIndividuals(const ChangesQuery &query) override;
    Call<ChangedPage<Group>> *changedGroups(const ChangesQuery &query) override;
    Call<Individual> *createIndividual(const IndividualInput &input) override;
    Call<Group> *createGroup(const GroupInput &input) override;

    Call<Page<Program>> *programs(const ProgramFilter &filter, int limit, int offset) override;
    Call<Program> *program(const RecordRef &program) override;
    Call<Page<ProgramMembership>> *memberships(
        const MembershipFilter &filter, int limit, int offset) override;
    Call<ProgramMembership> *membership(const RecordRef &membership) override;
    Call<ChangedPage<ProgramMembership>> *changedMemberships(const ChangesQuery &query) override;
    Call<ProgramMembership> *changeMembership(
        const RecordRef &membership, const MembershipUpdate &update) override;
    Call<BatchEnrollResponse> *enrol(const BatchEnrollRequest &request) override;
    Call<QList<HistoryEntry>> *history(const RecordRef &membership) override;

private:
    void watchClient();
    template<class T>
    Call<T> *write(Job<T> *job, bool membershipWrite);

    std::unique_ptr<ApiClient> m_owned;
    ApiClient *m_client;
    std::optional<BackendCapabilities> m_known; // from an earlier session, until the server answers
    // The server has the change lists (GET /registrant): learned at sign-in; without them the whole
    // registry is one upstream search.
    std::optional<bool> m_changeLists;
};

} // namespace g2p
