// Creating a registrant (an individual, or a household with its members) as a command: it runs
// through the CommandRunner like every other change, so it shows in the activity list with its
// outcome. Creation is not queued in the outbox: the server gives the new registrant its id, and a
// create whose answer was lost cannot be told from one never made, so the officer sees the outcome.
#pragma once

#include "apierror.h"
#include "membershipcommands.h"
#include "records.h"

#include <QPointer>

#include <variant>

namespace g2p {

class PendingCall;
class RegistryBackend;

class CreateRegistrantCommand : public Command
{
    Q_OBJECT
public:
    CreateRegistrantCommand(RegistryBackend *backend, IndividualInput input, QObject *parent = nullptr);
    CreateRegistrantCommand(RegistryBackend *backend, GroupInput input, QObject *parent = nullptr);

    QString title() const override;
    void start() override;
    void cancel() override;

    // After finished(): the new registrant's id (0 when it failed) and what went wrong.
    qint64 createdId() const { return m_created; }
    const ApiError &error() const { return m_error; }

private:
    void done(const ApiError &error, qint64 id, const QString &summary);

    RegistryBackend *m_backend;
    std::variant<IndividualInput, GroupInput> m_input;
    QPointer<PendingCall> m_call;
    qint64 m_created = 0;
    ApiError m_error;
};

} // namespace g2p
