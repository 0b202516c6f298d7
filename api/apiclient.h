// The REST contract's endpoints (upstream and the G2P Desk extension): each operation builds its
// request and says how its answer is read; RestTransport sends it. One instance per server.
#pragma once

#include "records.h"
#include "resttransport.h"

namespace g2p {

class ApiClient : public RestTransport
{
    Q_OBJECT
public:
    using RestTransport::RestTransport;

    // GET /program?limit=1: Extension when it answers, UpstreamOnly on a plain 404.
    Job<ServerCapability> *detectCapabilities();

    // Upstream
    Job<Individual> *getIndividual(qint64 id);
    // An empty result is [] (the server's 400 "no match" is not an error here).
    Job<QList<Individual>> *searchIndividuals(std::optional<qint64> id, const QString &name);
    Job<Individual> *createIndividual(const IndividualInput &input);
    Job<QList<Individual>> *updateIndividuals(
        const QString &idType, const QList<IndividualUpdateInput> &items);
    Job<QStringList> *getIndividualIds(
        const QString &includeIdType, const QString &excludeIdType = QString());
    Job<Group> *getGroup(qint64 id);
    Job<QList<Group>> *searchGroups(
        std::optional<qint64> id, const QString &name, bool includeMembers = false);
    Job<Group> *createGroup(const GroupInput &input);

    // Extension
    Job<Page<Program>> *listPrograms(const ProgramFilter &filter = {}, int limit = 100, int offset = 0);
    Job<Program> *getProgram(qint64 id);
    Job<Page<ProgramMembership>> *listMemberships(
        const MembershipFilter &filter, int limit = 100, int offset = 0);
    Job<ProgramMembership> *getMembership(qint64 id);
    Job<ProgramMembership> *updateMembership(qint64 id, const MembershipUpdate &update);
    Job<QList<HistoryEntry>> *membershipHistory(qint64 id);
    Job<BatchEnrollResponse> *batchEnroll(const BatchEnrollRequest &request);
    // GET /registrant: a page of the change list after `after` ("<write_date>,<id>"; empty: from
    // the start), individuals, groups or both. The page's cursor is X-Next-After (the one sent when
    // the page is empty); it is complete when X-Total-Count is at most `limit`. Not an extension
    // request for the transport: a server without it (404) keeps its other extension endpoints.
    Job<ChangedPage<RegistrantChange>> *listRegistrantChanges(
        std::optional<bool> isGroup, const QString &after, int limit);
    // GET /program_membership as a change list: the filter's memberships (changed since
    // `filter.changedSince` when valid) after `after` (empty: from the start), oldest change first.
    Job<ChangedPage<ProgramMembership>> *listMembershipChanges(
        const MembershipFilter &filter, const QString &after, int limit);
};

} // namespace g2p
