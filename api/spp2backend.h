// The registry through OpenSPP2's API v2 (/api/v2/spp; ../shared/contract/backends/openspp2-api-v2.md).
// Signs in with OAuth2 client credentials: the profile's user is the API client's id, its password
// the client secret; the access token (24 hours) is fetched once and kept in the TokenCache the
// configuration gives (the keyring: shared by every window and command-line call of the profile),
// because the token endpoint allows 5 requests a minute and 50 a day per address. A 401 fetches a
// new token once; a 429 waits for Retry-After when it is short and says so.
//
// Records are addressed by identifiers, never database ids (spp2records.h). The server writes
// membership states directly and refuses no transition: this backend applies the contract's table
// (membershipchange.h), reads the membership just before writing and sends its version in If-Match
// (409 → Conflict G2P-REQ-021). The server drops exit reasons and keeps no history: the
// capabilities say so, and the desktop keeps both in its own timeline. Memberships are created one
// POST each (the $batch endpoint does not take them), a bounded window at a time.
#pragma once

#include "registrybackend.h"
#include "resttransport.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <functional>
#include <memory>

namespace g2p {

class Spp2Backend : public RegistryBackend
{
    Q_OBJECT
public:
    // `config.baseUrl` is the server's root (https://registry.example.org); the API lives below
    // /api/v2/spp.
    Spp2Backend(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);
    ~Spp2Backend() override;

    static BackendCapabilities defaultCapabilities();
    static QString apiPath() { return QStringLiteral("/api/v2/spp"); }
    // Memberships created at the same time by enrol() (the server has no per-client limit; a real
    // Odoo runs a few workers).
    static constexpr int kEnrolWindow = 8;
    // The scopes the server granted with the token ("program_membership:update", ...), once signed in.
    QStringList scopes() const { return m_scopes; }
    bool hasScope(const QString &resource, const QString &action) const;
    // Tokens asked of the server by this backend (not those found in the cache).
    int tokenRequests() const { return m_tokenRequests; }
    // Enrolment POSTs on the wire now, all enrol() calls together (at most kEnrolWindow).
    int enrolmentsOnTheWire() const { return m_enrolInFlight; }

    QString kindName() const override;
    QUrl address() const override { return m_root; }
    QString user() const override { return m_config.user; }
    BackendCapabilities capabilities() const override;
    Timestamp serverTime() const override;
    void setKnownCapabilities(const BackendCapabilities &caps) override;

    Call<BackendCapabilities> *signIn() override;
    PendingCall *signOut() override;
    bool hasServerSession() const override { return false; } // a token is not a session
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

    // What an API v2 request answered: the JSON body, and the headers the client reads.
    struct Reply
    {
        QJsonValue body;
        QByteArray etag;
        QByteArray location;
        QByteArray apiVersion; // X-API-Version
        int status = 0;
    };
    // One request below /api/v2/spp with the access token (fetched first when needed; once more
    // after a 401). `path` is decoded ("/Individual/urn:...#national_id|X"); `query` pairs are
    // encoded here. `what` names the action in errors.
    Call<Reply> *request(const QByteArray &verb,
        const QString &path,
        const QList<QPair<QString, QString>> &query,
        const QJsonObject &body,
        const QList<QPair<QByteArray, QByteArray>> &headers,
        bool idempotent,
        const QString &what);

private:
    struct Waiter
    {
        QPointer<QObject> owner;
        std::function<void(const ApiError &)> then;
    };
    // Runs `then` once a token is at hand (cache, then the server), or with the error.
    void withToken(QObject *owner, std::function<void(const ApiError &)> then);
    void fetchToken(int attempt);
    void tokenReady(const ApiError &error);
    QString tokenAccount() const;
    void send(Call<Reply> *out, RequestSpec spec, bool mayRenew);
    // send() once a token is at hand (fetched or read from the cache first when needed).
    void sendWithToken(Call<Reply> *out, const RequestSpec &spec, bool mayRenew);
    ApiError officerError(const ApiError &e, const QString &what) const;
    template<class R>
    Call<QList<R>> *search(const QString &resource, const RegistrantQuery &query);
    template<class R>
    Call<R> *readOne(const QString &resource, const RecordRef &ref);
    template<class R>
    Call<ChangedPage<R>> *changed(const QString &resource, const ChangesQuery &query);
    void sendEnrolment(const std::shared_ptr<struct EnrolRun> &run, int index);
    void fillEnrolWindow();
    void finishEnrolIfDone(const std::shared_ptr<struct EnrolRun> &run);
    // A place in the window came free (a row settled, or its call went away).
    void enrolSlotFreed();
    friend struct EnrolSlot;
    void putChange(Call<ProgramMembership> *out,
        const QString &regKey,
        const QString &programKey,
        const QJsonObject &body,
        const QByteArray &ifMatch,
        const QString &what);

    RestTransport *m_transport;
    ClientConfig m_config;
    QUrl m_root;
    std::shared_ptr<TokenCache> m_tokens;
    AccessToken m_token;
    bool m_tokenBusy = false;
    QList<Waiter> m_waiting;
    int m_tokenRequests = 0;
    QStringList m_scopes;
    QString m_apiVersion;
    QSet<QString> m_idSystems; // ID-number systems seen in answers (searches by ID number try them)
    // Enrolment POSTs on the wire for every enrol() call together (the outbox sends several batches
    // at once): at most kEnrolWindow, shared in turn by the calls with rows still to send.
    int m_enrolInFlight = 0;
    QList<std::weak_ptr<struct EnrolRun>> m_enrolRuns;
    bool m_ifMatchBroken = false; // an older server answers 409 to every If-Match
    bool m_signedOut = false;
    std::optional<BackendCapabilities> m_known;
    bool m_answered = false;
};

} // namespace g2p
