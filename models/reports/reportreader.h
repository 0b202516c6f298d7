// Reads what a report holds from the registry (RegistryBackend), for the desktop and g2p-desk-cli
// alike: one report at a time; ready() or failed() once.
#pragma once

#include "apierror.h"
#include "queries.h"
#include "reportdata.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace g2p {

class PendingCall;
class RegistryBackend;

class ReportReader : public QObject
{
    Q_OBJECT
public:
    // A member list stops here (a longer one is said to be cut); a summary's months read this many.
    static constexpr int maxListRows = 20000;
    static constexpr int maxSummaryRows = 200000;

    explicit ReportReader(RegistryBackend *backend, QObject *parent = nullptr);
    ~ReportReader() override;

    void readRegistrant(const RecordRef &registrant, bool isGroup);
    // `nameFilter`: only members whose name contains it (case-insensitive); empty: all.
    void readMembers(
        const RecordRef &program, std::optional<MembershipState> state, const QString &nameFilter);
    void readSummary(const RecordRef &program);
    void cancel();

Q_SIGNALS:
    void registrantReady(const g2p::RegistrantReport &report);
    void membersReady(const g2p::MemberListReport &report);
    void summaryReady(const g2p::ProgramSummaryReport &report);
    void failed(const g2p::ApiError &why);
    // Rows read so far (a long list reads for a while).
    void progress(qint64 read, qint64 total);

private:
    ReportHeader header() const;
    // Reads every page of `filter` (up to `limit` rows), then calls `done` with them and the total.
    void readAll(const MembershipFilter &filter,
        int limit,
        std::function<void(QList<ProgramMembership>, qint64 total)> done);
    void readHistory(std::shared_ptr<RegistrantReport> report, int next);
    template<class C, class F>
    void follow(C *call, F onSuccess);

    RegistryBackend *m_backend;
    QPointer<PendingCall> m_call;
    int m_generation = 0;
};

} // namespace g2p
