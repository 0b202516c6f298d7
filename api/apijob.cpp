#include "apijob.h"

#include <QNetworkReply>
#include <QTimer>

namespace g2p {

ApiJob::ApiJob(RequestSpec spec, QObject *parent) : QObject(parent), m_spec(std::move(spec))
{ }

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // the client sees OperationCanceledError and finishes the job
    else
        finish(ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!m_error.isNull() && m_error.operation().isEmpty())
        m_error.setOperation(m_spec.operation());
    if (m_timer)
        m_timer->stop();
    // A receiver may delete the job (or its client) in its slot.
    const QPointer<ApiJob> self(this);
    Q_EMIT finished();
    if (self && m_autoDelete)
        deleteLater();
}

} // namespace g2p
