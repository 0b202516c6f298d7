// A registry as G2P Desk needs it, in domain terms and independent of what the server speaks: find
// and read registrants, programs and memberships, change and enrol, history, create registrants,
// sign in and out. One implementation per kind of server (RestContractBackend today); models and
// the CLI talk to this interface only. Each backend says what it can do (BackendCapabilities) and
// the desktop offers only those actions.
#pragma once

#include "pendingcall.h"
#include "queries.h"
#include "records.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

namespace g2p {

struct BackendCapabilities
{
    bool programs = false; // programs and memberships can be read
    bool stateChanges = false; // memberships can be enrolled, paused, resumed, exited
    bool serverHistory = false; // the server keeps each membership's history
    bool optimisticLocking = false; // a change names the version it was read at; a newer one refuses it
    bool batchEnrolment = false; // many registrants enrolled in one request
    int batchSize = 1; // registrants a batch may hold
    int maxPageSize = 1000; // rows a list request may ask for
    bool changedSince = false; // the registry lists what changed since a point (paged)
    bool exitReasonsKept = false; // the server stores the reason of an exit
    bool createRegistrants = true;
    bool searchByIdNumber = false;
    bool caseInsensitiveNames = false; // name search ignores case (otherwise: upper-case in, match out)

    bool operator==(const BackendCapabilities &o) const
    {
        return programs == o.programs && stateChanges == o.stateChanges && serverHistory == o.serverHistory
            && optimisticLocking == o.optimisticLocking && batchEnrolment == o.batchEnrolment
            && batchSize == o.batchSize && maxPageSize == o.maxPageSize && changedSince == o.changedSince
            && exitReasonsKept == o.exitReasonsKept && createRegistrants == o.createRegistrants
            && searchByIdNumber == o.searchByIdNumber && caseInsensitiveNames == o.caseInsensitiveNames;
    }
    bool operator!=(const BackendCapabilities &o) const { return !(*this == o); }
};

// What the signed-in account may do — not what the server offers (BackendCapabilities). Learned at
// sign-in where the API says (Odoo's check_access_rights, API v2's token scopes), else from the
// server's first refusal (403) of such a write (the REST contract has no way to ask).
struct AccountRights
{
    bool changeMemberships = true; // enrol, pause, resume, exit, correct dates
    bool createRegistrants = true;
    bool operator==(const AccountRights &o) const
    {
        return changeMemberships == o.changeMemberships && createRegistrants == o.createRegistrants;
    }
    bool operator!=(const AccountRights &o) const { return !(*this == o); }
};

// Records are addressed by RecordRef (recordkey.h): the local id, with the backend's own key where
// the backend's identifiers are not database integers. Records a backend returns carry their keys
// (`key`, `registrantKey`, `programKey`) in that case.
class RegistryBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // "REST contract", "REST (registry data only)", ... for the status bar and messages.
    virtual QString kindName() const = 0;
    virtual QUrl address() const = 0;
    virtual QString user() const = 0;
    // What the server offers. Before signIn() answers: what the caller said it offered when last
    // reached (setKnownCapabilities), else the least a server of this kind offers.
    virtual BackendCapabilities capabilities() const = 0;
    // The server's clock at its latest answer (its HTTP Date header), null when unknown. A change
    // list whose next start is a time takes it from here, never from this desktop's clock.
    virtual Timestamp serverTime() const { return {}; }
    virtual void setKnownCapabilities(const BackendCapabilities &caps) = 0;
    // What this account may do, as far as known (everything until the server says otherwise).
    AccountRights accountRights() const { return m_rights; }

    // Checks the credentials and learns what the server offers (capabilitiesChanged() when it
    // differs from what was known).
    virtual Call<BackendCapabilities> *signIn() = 0;
    // Closes the server's session when there is one and refuses every later call.
    virtual PendingCall *signOut() = 0;
    // A session is open on the server (closing the window should sign out).
    virtual bool hasServerSession() const = 0;
    // The officer typed the password again.
    virtual void setPassword(const QString &password) = 0;
    virtual void trustCertificate(const QSslCertificate &certificate) = 0;

    // Registrants. An empty query lists every registrant of the kind (unpaged where the server
    // cannot page: prefer changedIndividuals/changedGroups for the whole registry).
    virtual Call<QList<Individual>> *findIndividuals(const RegistrantQuery &query) = 0;
    virtual Call<QList<Group>> *findGroups(const RegistrantQuery &query) = 0;
    virtual Call<Individual> *individual(const RecordRef &registrant) = 0;
    virtual Call<Group> *group(const RecordRef &registrant) = 0;
    virtual Call<ChangedPage<Individual>> *changedIndividuals(const ChangesQuery &query) = 0;
    virtual Call<ChangedPage<Group>> *changedGroups(const ChangesQuery &query) = 0;
    virtual Call<Individual> *createIndividual(const IndividualInput &input) = 0;
    virtual Call<Group> *createGroup(const GroupInput &input) = 0;

    // Programs (with per-state counts where the server has them) and memberships.
    virtual Call<Page<Program>> *programs(const ProgramFilter &filter, int limit, int offset) = 0;
    virtual Call<Program> *program(const RecordRef &program) = 0;
    virtual Call<Page<ProgramMembership>> *memberships(const MembershipFilter &filter, int limit, int offset)
        = 0;
    virtual Call<ProgramMembership> *membership(const RecordRef &membership) = 0;
    // Memberships written after a change-list cursor (empty: every membership), a page at a time;
    // the last page's cursor is where the next refresh starts. By default an offset walk over
    // memberships(changedSince) — cursor "SINCE|OFFSET|NEWEST|STARTED" — whose next start is
    // nextChangeStart(); a backend whose server keeps a change list uses it.
    virtual Call<ChangedPage<ProgramMembership>> *changedMemberships(const ChangesQuery &query);
    // `update.writeDate` is the version the membership was read at: a newer one on the server
    // answers Conflict (where capabilities().optimisticLocking).
    virtual Call<ProgramMembership> *changeMembership(
        const RecordRef &membership, const MembershipUpdate &update)
        = 0;
    // At most capabilities().batchSize items.
    virtual Call<BatchEnrollResponse> *enrol(const BatchEnrollRequest &request) = 0;
    virtual Call<QList<HistoryEntry>> *history(const RecordRef &membership) = 0;
    // How many memberships of the program are in each state (indexed by MembershipState). By
    // default one one-row page per state, read for its total; a backend that can count in one
    // request does.
    virtual Call<QList<qint64>> *membershipCounts(const RecordRef &program);

    // Where a change list read by write_date starts next time, once a walk over it has ended:
    // - the server's clock when the walk read its first page (`walkStarted`, from serverTime()) less
    //   six minutes: a write_date is its transaction's start and a transaction may commit up to five
    //   minutes later, behind the walk; one more minute for the Date header's whole seconds and the
    //   first page's own time;
    // - without a Date header from the server, the newest write_date seen less five minutes (it
    //   reads again whatever was written in the five minutes before the newest: after a bulk import,
    //   much of the import);
    // never earlier than the walk's own start `since`. Null when none of the three is known.
    static Timestamp nextChangeStart(
        const Timestamp &since, const Timestamp &walkStarted, const Timestamp &newest);

protected:
    // capabilitiesChanged() when they differ from what was known.
    void learnRights(const AccountRights &rights);

Q_SIGNALS:
    void capabilitiesChanged();
    // Something the officer should know while a call waits (a server's sign-in limit).
    void notice(const QString &text);
    // The server presented a certificate nobody trusts: the UI may show the fingerprint and ask.
    void untrustedCertificate(const QSslCertificate &certificate, const QString &fingerprint);

private:
    AccountRights m_rights;
};

} // namespace g2p

Q_DECLARE_METATYPE(g2p::BackendCapabilities)
