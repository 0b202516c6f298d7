#include "batchenroller.h"

#include <QTimer>

namespace g2p {
namespace {

bool outcomeUnknown(const ApiError &e)
{
    return e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout
        || e.kind() == ApiError::Kind::Server || e.kind() == ApiError::Kind::RateLimited;
}

} // namespace

BatchEnroller::BatchEnroller(RegistryBackend *backend, const RecordRef &program, QObject *parent)
    : QObject(parent), m_backend(backend), m_program(program)
{
    m_chunk = qBound(1, backend->capabilities().batchSize, BatchEnrollRequest::maxItems);
}

QString BatchEnroller::statusName(Status s)
{
    switch (s) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Created:
        return QStringLiteral("created");
    case Status::Updated:
        return QStringLiteral("updated");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::Error:
        return QStringLiteral("error");
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::NotSent:
        return QStringLiteral("not_sent");
    }
    return QString();
}

void BatchEnroller::start(const QList<BatchEnrollItem> &items)
{
    m_items = items;
    m_outcomes.clear();
    m_outcomes.reserve(items.size());
    for (const BatchEnrollItem &i : items) {
        Outcome o;
        o.registrantId = i.registrantId;
        m_outcomes.append(o);
    }
    m_chunks.clear();
    for (int first = 0; first < items.size(); first += m_chunk)
        m_chunks.append({first, int(qMin<qsizetype>(m_chunk, items.size() - first))});
    m_next = m_inFlight = m_done = 0;
    m_cancelled = false;
    m_fatal = ApiError();
    m_running = true;
    if (m_chunks.isEmpty()) {
        m_running = false;
        QTimer::singleShot(0, this, &BatchEnroller::finished);
        return;
    }
    pump();
}

void BatchEnroller::cancel()
{
    m_cancelled = true;
    pump(); // sends nothing more; finishes now when nothing is in flight
}

void BatchEnroller::pump()
{
    while (!m_cancelled && m_fatal.isNull() && m_inFlight < m_window && m_next < m_chunks.size())
        sendChunk(m_next++, 1);
    if (m_inFlight == 0 && m_running) {
        m_running = false;
        for (Outcome &o : m_outcomes)
            if (o.status == Status::Pending)
                o.status = Status::NotSent;
        Q_EMIT finished();
    }
}

void BatchEnroller::sendChunk(int chunk, int attempt)
{
    const auto [first, count] = m_chunks[chunk];
    BatchEnrollRequest req;
    req.programId = m_program.id;
    req.programKey = m_program.key;
    req.state = m_state;
    req.enrollmentDate = m_date;
    req.note = m_note;
    req.items = m_items.mid(first, count);
    ++m_inFlight;
    auto *typed = m_backend->enrol(req);
    m_jobs.append(typed);
    connect(typed, &PendingCall::finished, this, [this, typed, chunk, attempt, first = first, count = count] {
        --m_inFlight;
        if (typed->succeeded()) {
            for (const BatchItemResult &item : typed->result().items) {
                if (item.index < 0 || item.index >= count)
                    continue;
                Outcome &o = m_outcomes[first + int(item.index)];
                switch (item.status) {
                case BatchItemStatus::Created:
                    o.status = Status::Created;
                    break;
                case BatchItemStatus::Updated:
                    o.status = Status::Updated;
                    break;
                case BatchItemStatus::Unchanged:
                    o.status = Status::Unchanged;
                    break;
                case BatchItemStatus::Error:
                    o.status = Status::Error;
                    break;
                }
                o.membership = item.membership;
                o.code = item.error.errorCode;
                o.message = item.error.errorDescription.isEmpty() ? item.error.errorMessage
                                                                  : item.error.errorDescription;
            }
            for (int i = first; i < first + count; ++i)
                if (m_outcomes[i].status == Status::Pending) {
                    m_outcomes[i].status = Status::Error;
                    m_outcomes[i].message = tr("The server's answer did not mention this row.");
                }
            m_done += count;
            Q_EMIT progress(m_done, int(m_items.size()));
        } else if (outcomeUnknown(typed->error()) && attempt < m_attempts && !m_cancelled) {
            Q_EMIT chunkRetried(chunk, typed->error());
            sendChunk(chunk, attempt + 1);
            return;
        } else {
            if (m_fatal.isNull() && !outcomeUnknown(typed->error()))
                m_fatal = typed->error();
            for (int i = first; i < first + count; ++i) {
                Outcome &o = m_outcomes[i];
                o.status = outcomeUnknown(typed->error()) ? Status::Unknown : Status::Error;
                o.code = typed->error().code();
                o.message = typed->error().toString();
            }
            m_done += count;
            Q_EMIT progress(m_done, int(m_items.size()));
        }
        pump();
    });
}

int BatchEnroller::succeededCount() const
{
    int n = 0;
    for (const Outcome &o : m_outcomes)
        n += o.succeeded() ? 1 : 0;
    return n;
}

int BatchEnroller::failedCount() const
{
    return int(m_outcomes.size()) - succeededCount();
}

} // namespace g2p
