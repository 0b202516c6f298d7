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
};

} // namespace g2p
