// The registry through Odoo's external API (POST /jsonrpc, object.execute_kw), as every stock
// OpenG2P 17 / OpenSPP 17 server offers it (../shared/contract/backends/odoo17-jsonrpc.md). The
// server enforces no transition and has no locking: this backend applies the contract's transition
// table, reads write_date just before writing and refuses to overwrite a newer change (Conflict,
// code G2P-REQ-021, as the REST extension answers). Each change is also posted to the membership's
// chatter (odoorecords.h), which is where the exit reason and the history live.
#pragma once

#include "registrybackend.h"
#include "resttransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace g2p {
namespace odoo {
struct ChangeNote;
}

class OdooBackend : public RegistryBackend
{
    Q_OBJECT
public:
    // `config.baseUrl` is the server's root (https://registry.example.org).
    OdooBackend(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);
    ~OdooBackend() override;

    static BackendCapabilities defaultCapabilities();
    // The database signed in to, and Odoo's version ("17.0"), once signIn() answered.
    QString database() const { return m_database; }
    QString serverVersion() const { return m_version; }
    // Signing in needs a database name the profile does not give (the server has several, or none
    // it lists); the names it listed, if any.
    bool databaseNeeded() const { return m_databaseNeeded; }
    QStringList listedDatabases() const { return m_listedDatabases; }

    QString kindName() const override;
    QUrl address() const override { return m_config.baseUrl; }
    QString user() const override { return m_config.user; }
    BackendCapabilities capabilities() const override;
    Timestamp serverTime() const override;
    void setKnownCapabilities(const BackendCapabilities &caps) override;

    Call<BackendCapabilities> *signIn() override;
    PendingCall *signOut() override;
    bool hasServerSession() const override { return false; } // every call carries the key
    void setPassword(const QString &password) override;
    void trustCertificate(const QSslCertificate &certificate) override;

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
    Call<ProgramMembership> *changeMembership(
        const RecordRef &membership, const MembershipUpdate &update) override;
    Call<BatchEnrollResponse> *enrol(const BatchEnrollRequest &request) override;
    Call<QList<HistoryEntry>> *history(const RecordRef &membership) override;
    Call<QList<qint64>> *membershipCounts(const RecordRef &program) override;

    // One object.execute_kw call (signs in first when needed). `what` names the action in errors.
    Call<QJsonValue> *execute(const QString &model,
        const QString &method,
        const QJsonArray &args,
        const QJsonObject &kwargs,
        bool idempotent,
        const QString &what);

private:
    Call<QJsonValue> *rpc(const QString &service,
        const QString &method,
        const QJsonArray &args,
        bool idempotent,
        const QString &what);
    Call<QJsonValue> *login();
    template<class R>
    Call<QList<R>> *registrants(const QJsonArray &domain,
        bool groups,
        int limit,
        const QJsonObject &extraKw = {},
        std::shared_ptr<QList<qint64>> gone = {});
    template<class R>
    Call<ChangedPage<R>> *changed(const ChangesQuery &query, bool groups);
    ApiError officerError(const ApiError &e, const QString &what) const;
    void postChangeNote(qint64 membershipId,
        const odoo::ChangeNote &note,
        PendingCall *owner,
        std::function<void()> then,
        int attempts);

    RestTransport *m_transport;
    ClientConfig m_config;
    QString m_database;
    QString m_version;
    qint64 m_uid = 0;
    qint64 m_nextId = 1;
    bool m_signedOut = false;
    bool m_databaseNeeded = false;
    QStringList m_listedDatabases;
    std::optional<BackendCapabilities> m_known;
    bool m_answered = false;
};

} // namespace g2p
