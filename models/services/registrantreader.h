// Reading one registrant for the record pane: the server first; when the server does not answer
// (unreachable, timeout, 5xx) the local copy, said plainly. A refusal (deleted registrant, no right)
// is reported as it is, never replaced by an old copy. What the server answers is written back to
// the local copy (memberships too: that is the local timeline). One registrant at a time: reading
// another abandons the last.
#pragma once

#include "apierror.h"
#include "pendingcall.h"
#include "records.h"

#include <QObject>
#include <QPointer>

namespace g2p {

class PendingCall;
class RegistrySession;

class RegistrantReader : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        Server,
        LocalCopy // the server did not answer: `why` says what happened
    };

    explicit RegistrantReader(RegistrySession *session, QObject *parent = nullptr);
    ~RegistrantReader() override;

    void read(const RecordRef &registrant, bool isGroup);
    // The memberships of the registrant last read (again after a change).
    void readMemberships();
    // Households of an individual: the registry API cannot list an individual's groups; those in
    // the local copy and those opened in this session are given.
    void readHouseholds(qint64 individualId);

Q_SIGNALS:
    void individualRead(
        const g2p::Individual &individual, g2p::RegistrantReader::Source source, const g2p::ApiError &why);
    void groupRead(const g2p::Group &group, g2p::RegistrantReader::Source source, const g2p::ApiError &why);
    // Neither the server nor the local copy could give it.
    void readFailed(const g2p::ApiError &why);
    void membershipsRead(const QList<g2p::ProgramMembership> &memberships,
        g2p::RegistrantReader::Source source,
        const g2p::ApiError &why);
    void householdsRead(qint64 individualId, const QList<QPair<qint64, QString>> &households);

private:
    template<class R, class Emit>
    void follow(Call<R> *call, int generation, Emit emitRead);
    void readFromLocalCopy(qint64 id, bool isGroup, const ApiError &why, int generation);
    void membershipsFromLocalCopy(qint64 registrantId, const ApiError &why, int generation);
    static bool serverDidNotAnswer(const ApiError &error);

    RegistrySession *m_session;
    RecordRef m_registrant;
    int m_generation = 0;
    int m_membershipGeneration = 0;
    QPointer<PendingCall> m_registrantCall, m_membershipsCall;
};

} // namespace g2p
