// An in-process registry behind the RegistryBackend interface, for model and UI tests that need no
// server: individuals, groups, programs, memberships with versions and history, and faults to
// inject (the server unreachable, a refusal, one failure of the next calls, a delay). Answers come
// from the event loop, never from inside the call, as a real backend's do.
#pragma once

#include "registrybackend.h"
#include "sessionfactory.h"

#include <QHash>
#include <QMap>

namespace g2p::test {

// A server with every capability of the REST contract with its extension.
BackendCapabilities fullCapabilities();

// The data, shared by every FakeBackend made over it (a test keeps it and looks inside).
struct FakeRegistry
{
    QMap<qint64, Individual> individuals;
    QMap<qint64, Group> groups;
    QMap<qint64, Program> programs;
    QMap<qint64, ProgramMembership> memberships;
    QHash<qint64, QList<HistoryEntry>> history; // by membership
    qint64 nextId = 1000;
    // Identifiers that are not database integers (as OpenSPP2's API v2 has): every record is shown
    // with key "<kind>:<number>" and the local id derived from it, and must be addressed by that key
    // (an id alone is not found), so a path that loses a key fails its test.
    bool ownKeys = false;
    int clock = 0; // makes every write_date newer than the last

    Individual &addIndividual(const QString &name, qint64 id = 0);
    Group &addGroup(const QString &name, const QList<qint64> &memberIds, qint64 id = 0);
    Program &addProgram(const QString &name, TargetType target = TargetType::Individual, qint64 id = 0);
    ProgramMembership &addMembership(qint64 registrantId, qint64 programId, MembershipState state);
    Timestamp tick();
};

class FakeBackend : public RegistryBackend
{
    Q_OBJECT
public:
    explicit FakeBackend(FakeRegistry *data,
        QUrl address = QUrl(QStringLiteral("fake://registry")),
        QObject *parent = nullptr);

    // ---- faults
    // Every call fails with this error until cleared (Kind::None).
    void setFailure(ApiError::Kind kind) { m_failure = kind; }
    // The next `count` calls fail with `kind`; later ones answer.
    void failNext(ApiError::Kind kind, int count = 1)
    {
        m_failNextKind = kind;
        m_failNext = count;
    }
    void setDelayMs(int ms) { m_delayMs = ms; }
    // What the server is found to offer (capabilitiesChanged() when it differs).
    void setCapabilities(const BackendCapabilities &caps)
    {
        const bool changed = caps != m_caps;
        m_caps = caps;
        if (changed)
            Q_EMIT capabilitiesChanged();
    }
    // Pages of changedIndividuals/changedGroups hold at most this many registrants.
    void setChangePageSize(int size) { m_changePage = size; }
    // How many calls of each operation were made ("findIndividuals", "changeMembership", ...).
    int calls(const QString &operation) const { return m_calls.value(operation); }

    QString kindName() const override { return QStringLiteral("fake"); }
    QUrl address() const override { return m_address; }
    QString user() const override { return QStringLiteral("tester"); }
    BackendCapabilities capabilities() const override { return m_caps; }
    void setKnownCapabilities(const BackendCapabilities &) override { }

    Call<BackendCapabilities> *signIn() override;
    PendingCall *signOut() override;
    bool hasServerSession() const override { return false; }
    void setPassword(const QString &) override { }
    void trustCertificate(const QSslCertificate &) override { }

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

    // A record as this backend shows it (its keys when the registry has keys of its own).
    Individual shown(Individual i) const;
    Group shown(Group g) const;
    Program shown(Program p) const;
    ProgramMembership shown(ProgramMembership m) const;
    // The registry's number of the record a caller names; 0 when the reference does not name one.
    qint64 resolve(RecordKind kind, const RecordRef &ref) const;
    static QString keyFor(RecordKind kind, qint64 number);

private:
    // Answers `call` later with what `answer` computes (or the injected fault): `answer` returns the
    // error, null when it succeeded, and fills the result.
    template<class T>
    Call<T> *answer(const QString &operation, std::function<ApiError(T &)> compute);
    ApiError injectedFault();

    FakeRegistry *m_data;
    QUrl m_address;
    BackendCapabilities m_caps;
    ApiError::Kind m_failure = ApiError::Kind::None;
    ApiError::Kind m_failNextKind = ApiError::Kind::None;
    int m_failNext = 0;
    int m_delayMs = 0;
    int m_changePage = 1000;
    QHash<QString, int> m_calls;
};

// Sessions over a FakeBackend (each with the address its ClientConfig names, so each test can have
// a profile of its own); `backend()` is the last one made, for faults and counts.
class FakeSessionFactory : public SessionFactory
{
public:
    FakeSessionFactory(FakeRegistry *data, QSettings *settings) : SessionFactory(settings), m_data(data) { }
    // The last backend made, while its session lives (null after).
    FakeBackend *backend() const { return m_last; }
    BackendCapabilities capabilities = fullCapabilities();

protected:
    std::unique_ptr<RegistryBackend> makeBackend(QNetworkAccessManager *, ClientConfig config) const override;

private:
    FakeRegistry *m_data;
    mutable QPointer<FakeBackend> m_last;
};

} // namespace g2p::test
