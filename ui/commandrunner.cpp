#include "commandrunner.h"

namespace g2p {

CommandRunner::CommandRunner(RegistrySession *session, QObject *parent) : QObject(parent), m_session(session)
{ }

void CommandRunner::run(Command *command)
{
    command->setParent(this);
    m_current = command;
    ActivityLog *log = m_session->activity();
    const int id = log->start(command->title());
    connect(command, &Command::progress, this, [this, log, id](int done, int total) {
        log->progress(id, done, total);
        Q_EMIT progress(done, total);
    });
    connect(command, &Command::membershipChanged, this, &CommandRunner::membershipChanged);
    connect(command, &Command::finished, this,
        [this, command, log, id](ActivityLog::Status status, const QString &summary, const QString &detail) {
            log->finish(id, status, summary, detail);
            Q_EMIT finished(command, status, summary);
            if (m_current == command)
                m_current = nullptr;
            command->deleteLater();
        });
    Q_EMIT started(command);
    command->start();
}

void CommandRunner::cancelCurrent()
{
    if (m_current)
        m_current->cancel();
}

} // namespace g2p
