// Enrols many registrants in one program through the backend's batch enrolment: chunks of at most
// the backend's batch size (1000 on the REST contract), several in
// flight, one outcome per item. A chunk whose outcome is unknown (connection dropped, timeout,
// 5xx) is sent again: batch_enroll answers "unchanged" for registrants already in the target
// state, so nothing is applied twice.
#pragma once

#include "registrybackend.h"

#include <QObject>

namespace g2p {

class BatchEnroller : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Pending,
        Created,
        Updated,
        Unchanged,
        Error,
        Unknown,
        NotSent
    };
    struct Outcome
    {
        qint64 registrantId = 0;
        Status status = Status::Pending;
        ProgramMembership membership; // when created, updated or unchanged
        QString code; // G2P code of a failure
        QString message; // the server's words
        bool succeeded() const
        {
            return status == Status::Created || status == Status::Updated || status == Status::Unchanged;
        }
    };

    BatchEnroller(RegistryBackend *backend, const RecordRef &program, QObject *parent = nullptr);
    void setTargetState(MembershipState state) { m_state = state; }
    void setDefaultDate(QDate date) { m_date = date; }
    void setNote(const QString &note) { m_note = note; }
    void setChunkSize(int size) { m_chunk = qBound(1, size, BatchEnrollRequest::maxItems); }
    void setWindow(int inFlight) { m_window = qMax(1, inFlight); }
    void setMaxChunkAttempts(int attempts) { m_attempts = qMax(1, attempts); }

    void start(const QList<BatchEnrollItem> &items);
    // Stops sending; chunks in flight finish. Items never sent end as NotSent.
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int succeededCount() const;
    int failedCount() const;
    // A whole-request failure (403, program ended, ...) that stopped the run; null otherwise.
    const ApiError &fatalError() const { return m_fatal; }
    static QString statusName(Status s);

Q_SIGNALS:
    void progress(int itemsDone, int itemsTotal);
    void chunkRetried(int chunk, const g2p::ApiError &error);
    void finished();

private:
    void sendChunk(int chunk, int attempt);
    void pump();

    RegistryBackend *m_backend;
    RecordRef m_program;
    MembershipState m_state = MembershipState::Enrolled;
    QDate m_date;
    QString m_note;
    int m_chunk = BatchEnrollRequest::maxItems;
    int m_window = 4;
    int m_attempts = 3;
    QList<BatchEnrollItem> m_items;
    QList<Outcome> m_outcomes;
    QList<QPair<int, int>> m_chunks; // [first, count)
    int m_next = 0, m_inFlight = 0, m_done = 0;
    bool m_running = false, m_cancelled = false;
    ApiError m_fatal;
    QList<QPointer<PendingCall>> m_jobs;
};

} // namespace g2p
