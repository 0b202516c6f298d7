#include "createregistrantcommand.h"

#include "registrybackend.h"

namespace g2p {

CreateRegistrantCommand::CreateRegistrantCommand(
    RegistryBackend *backend, IndividualInput input, QObject *parent)
    : Command(parent), m_backend(backend), m_input(std::move(input))
{ }

CreateRegistrantCommand::CreateRegistrantCommand(RegistryBackend *backend, GroupInput input, QObject *parent)
    : Command(parent), m_backend(backend), m_input(std::move(input))
{ }

QString CreateRegistrantCommand::title() const
{
    if (const auto *g = std::get_if<GroupInput>(&m_input))
        return tr("Create household %1").arg(g->name.trimmed());
    return tr("Create individual %1").arg(std::get<IndividualInput>(m_input).name.trimmed());
}

void CreateRegistrantCommand::start()
{
    m_running = true;
    Q_EMIT progress(0, 1);
    if (const auto *g = std::get_if<GroupInput>(&m_input)) {
        auto *call = m_backend->createGroup(*g);
        m_call = call;
        connect(call, &PendingCall::finished, this, [this, call] {
            if (!call->succeeded()) {
                done(call->error(), 0, QString());
                return;
            }
            done(ApiError(), call->result().id,
                tr("created with ID %1 and %n member(s)", nullptr, int(call->result().members.size()))
                    .arg(call->result().id));
        });
        return;
    }
    auto *call = m_backend->createIndividual(std::get<IndividualInput>(m_input));
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->succeeded()) {
            done(call->error(), 0, QString());
            return;
        }
        done(ApiError(), call->result().id, tr("created with ID %1").arg(call->result().id));
    });
}

void CreateRegistrantCommand::cancel()
{
    if (m_call)
        m_call->abort(); // a create already sent may still have been made: the error says "Cancelled"
}

void CreateRegistrantCommand::done(const ApiError &error, qint64 id, const QString &summary)
{
    m_running = false;
    m_error = error;
    m_created = id;
    Q_EMIT progress(1, 1);
    if (error.isNull())
        Q_EMIT finished(ActivityLog::Status::Succeeded, summary, QString());
    else
        Q_EMIT finished(error.kind() == ApiError::Kind::Cancelled ? ActivityLog::Status::Cancelled
                                                                  : ActivityLog::Status::Failed,
            error.toString(), QString());
}

} // namespace g2p
